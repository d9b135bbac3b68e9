#include "risk/TrialModel.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "engines/Economics.h"
#include "engines/Feasibility.h"
#include "engines/PowerBudget.h"
#include "engines/Schedule.h"
#include "engines/finance/PortfolioIrr.h"

namespace m2ai::risk {

namespace {

// base × factor, and base itself at factor 1 (no rounding of a product with 1 is possible, but
// (PUE − 1) · 1 + 1 may round, so every scaled input takes this path).
double scaled(double base, double factor) {
    return factor == 1.0 ? base : base * factor;
}

// What a trial records (SiteOutcome) needs none of the economics' extras.
constexpr EconomicsExtras kTrialExtras{false, false, false};

}  // namespace

TrialModel::TrialModel(const Portfolio& portfolio, const Catalogue& catalogue)
    : portfolio_(portfolio), catalogue_(catalogue) {
    horizonMonths_ = std::max(portfolio.horizonYears, 0) * 12;
    sites_.reserve(portfolio.sites.size());
    for (Site& site : portfolio_.sites) {
        PreparedSite prepared;
        prepared.power = computePowerBudget(site, catalogue);
        prepared.feasible = checkFeasibility(site, catalogue, prepared.power).empty();
        prepared.hasIt = prepared.power.itMw > 0.0;
        ScheduledNetwork network = prepareScheduleNetwork(site, prepared.power, portfolio.startMonth);
        // The risk runs catch this and report it (a cycle that validation missed).
        if (!network.ok) throw std::invalid_argument(network.error);
        prepared.network = std::move(network.network);
        prepared.unphasedRfsMonths = network.unphasedRfsMonths;
        const ScheduleResult base = scheduleNetwork(site, prepared.power, portfolio.costs, horizonMonths_,
                                                    prepared.network, prepared.unphasedRfsMonths);
        for (const ScheduledTask& t : base.tasks) {
            prepared.scheduledTaskIds.push_back(t.id);
            prepared.scheduledTaskNames.push_back(t.name);
        }
        const TrialSchedule compiled(prepared.network, prepared.unphasedRfsMonths);
        if (!compiled.ok()) throw std::invalid_argument(compiled.error());
        // Only the power budget reads the climate, and its result is kept: trials copy sites, and an
        // hourly climate is three 8,760-value arrays.
        site.hourlyClimate.reset();
        sites_.push_back(std::move(prepared));
    }
}

Workspace TrialModel::makeWorkspace() const {
    Workspace w;
    w.portfolio = portfolio_;
    w.portfolio.sites.clear();
    w.sites = portfolio_.sites;
    w.powers.reserve(sites_.size());
    w.schedules.reserve(sites_.size());
    for (const PreparedSite& s : sites_) {
        w.powers.push_back(s.power);
        w.schedules.emplace_back(s.network, s.unphasedRfsMonths);
    }
    w.scheduled.resize(sites_.size());
    return w;
}

Factors TrialModel::unitFactors() const {
    Factors f;
    f.sites.resize(sites_.size());
    return f;
}

void TrialModel::evaluate(const Factors& factors, Workspace& work, Outcome& out,
                          std::vector<std::vector<char>>* critical) const {
    const std::size_t n = sites_.size();
    out.sites.resize(n);
    out.npvUsd = 0.0;
    out.npvKeepMiningUsd = 0.0;
    out.incrementalNpvUsd = 0.0;
    int firstRfs = std::numeric_limits<int>::max();
    int fullCapacity = -1;
    if (critical) critical->resize(n);
    work.equityFlows.clear();

    Portfolio& pw = work.portfolio;
    const CostAssumptions& baseCosts = portfolio_.costs;
    pw.discountRatePct = scaled(portfolio_.discountRatePct, factors.discountRate);

    for (std::size_t i = 0; i < n; ++i) {
        const Site& base = portfolio_.sites[i];
        const PreparedSite& prepared = sites_[i];
        const SiteFactors& sf = factors.sites[i];
        Site& site = work.sites[i];
        site.powerPriceUsdPerMwh = scaled(base.powerPriceUsdPerMwh, sf.powerPrice);
        site.mining.hashpriceUsdPerPhDay = scaled(base.mining.hashpriceUsdPerPhDay, factors.hashprice);
        BusinessTerms& business = site.plan.business;
        business.colocationUsdPerKwMonth =
            scaled(base.plan.business.colocationUsdPerKwMonth, sf.colocationRent);
        business.gpuUsdPerHour = scaled(base.plan.business.gpuUsdPerHour, factors.gpuHourPrice);
        business.gpuUtilisationPct = std::min(scaled(base.plan.business.gpuUtilisationPct, sf.utilisation),
                                              std::max(base.plan.business.gpuUtilisationPct, 100.0));
        site.plan.gpu.priceUsdPerGpu = scaled(base.plan.gpu.priceUsdPerGpu, factors.gpuPrice);

        CostAssumptions& costs = pw.costs;
        const auto gpuFitOut = static_cast<std::size_t>(CapexStep::GpuFitOut);
        const auto electrical = static_cast<std::size_t>(CapexStep::Electrical);
        const auto cooling = static_cast<std::size_t>(CapexStep::Cooling);
        const auto facility = static_cast<std::size_t>(CapexStep::Facility);
        costs.gpuFitOutUsdPerMwIt = scaled(baseCosts.gpuFitOutUsdPerMwIt, sf.capex[gpuFitOut]);
        costs.electricalUsdPerInstalledMw =
            scaled(baseCosts.electricalUsdPerInstalledMw, sf.capex[electrical]);
        for (std::size_t t = 0; t < costs.coolingUsdPerMwIt.size(); ++t)
            costs.coolingUsdPerMwIt[t] = scaled(baseCosts.coolingUsdPerMwIt[t], sf.capex[cooling]);
        costs.sealingUsdPerMwIt = scaled(baseCosts.sealingUsdPerMwIt, sf.capex[facility]);
        costs.fireSuppressionUsdPerMwIt = scaled(baseCosts.fireSuppressionUsdPerMwIt, sf.capex[facility]);
        costs.monitoringUsdPerMwIt = scaled(baseCosts.monitoringUsdPerMwIt, sf.capex[facility]);
        costs.tierIiiUsdPerMwIt = scaled(baseCosts.tierIiiUsdPerMwIt, sf.capex[facility]);
        costs.tierIvUsdPerMwIt = scaled(baseCosts.tierIvUsdPerMwIt, sf.capex[facility]);

        PowerBudget& power = work.powers[i];
        if (sf.pueOverhead == 1.0) {
            power.pue.monthly = prepared.power.pue.monthly;
            power.pue.annual = prepared.power.pue.annual;
        } else {
            for (std::size_t m = 0; m < 12; ++m)
                power.pue.monthly[m] = 1.0 + (prepared.power.pue.monthly[m] - 1.0) * sf.pueOverhead;
            power.pue.annual = 1.0 + (prepared.power.pue.annual - 1.0) * sf.pueOverhead;
        }

        ScheduleResult& schedule = work.scheduled[i];
        work.schedules[i].solve(site, power, horizonMonths_, sf.taskMonths, schedule);
        const EconomicsResult economics =
            computeEconomics(site, pw, power, schedule, prepared.feasible, catalogue_.halvings, kTrialExtras);

        SiteOutcome& o = out.sites[i];
        o.npvUsd = economics.npvUsd;
        o.npvKeepMiningUsd = economics.npvKeepMiningUsd;
        o.incrementalNpvUsd = economics.incrementalNpvUsd;
        o.durationMonths = schedule.durationMonths;
        o.rfsMonthIndex = schedule.rfsMonthIndex;
        // The schedule's own definition (engines/Schedule.cpp), so a trial at the base durations reports
        // the month the Gantt and the results show.
        o.fullCapacityMonthIndex = schedule.fullCapacityMonthIndex.value_or(horizonMonths_);
        o.convertingIrr = economics.convertingIrr;
        o.incrementalIrr = economics.incrementalIrr;
        o.equityIrr = economics.financing.equityIrr;
        if (critical) {
            std::vector<char>& flags = (*critical)[i];
            flags.resize(schedule.tasks.size());
            for (std::size_t t = 0; t < schedule.tasks.size(); ++t)
                flags[t] = static_cast<char>(schedule.tasks[t].critical);
        }
        if (!prepared.feasible) continue;
        finance::addMonthlyFlows(work.equityFlows, economics.financing.equityNetUsdByMonth);
        out.npvUsd += o.npvUsd;
        out.npvKeepMiningUsd += o.npvKeepMiningUsd;
        out.incrementalNpvUsd += o.incrementalNpvUsd;
        if (prepared.hasIt) {
            firstRfs = std::min(firstRfs, o.rfsMonthIndex);
            fullCapacity = std::max(fullCapacity, o.fullCapacityMonthIndex);
        }
    }
    out.firstRfsMonthIndex = firstRfs == std::numeric_limits<int>::max() ? horizonMonths_ : firstRfs;
    out.fullCapacityMonthIndex = fullCapacity < 0 ? horizonMonths_ : fullCapacity;
    out.equityIrr = finance::annualIrrOfMonthly(work.equityFlows);
}

}  // namespace m2ai::risk
