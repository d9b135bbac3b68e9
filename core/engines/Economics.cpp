// Monthly cash flow of converting a mining site versus keeping its miners, and the figures derived
// from it (NPV, IRR, payback, incremental NPV, cost of one month of delay). Formulas, defaults and
// conventions: docs/model.md "Economics".
#include "engines/Economics.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "engines/CashFlowComponents.h"
#include "engines/finance/CashFlow.h"
#include "engines/finance/SiteFinancing.h"

namespace m2ai {

namespace {

using finance::cumulative;
using finance::presentValue;

constexpr double kHoursPerDay = 24.0;

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Real calendar days, so February costs less energy than March (and leap Februaries one day more).
int daysInMonth(const YearMonth& ym) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (ym.month == 2 && isLeapYear(ym.year)) return 29;
    return kDays[(ym.month - 1 + 12) % 12];
}

// A price that changes pctPerYear, per month of the horizon. It steps once every 12 months counted
// from the portfolio start (months 0..11 are year 0), not on calendar new year: a project starting in
// July gets a full first year. Built by repeated multiplication, one pow-free pass per site.
void yearlyPath(double baseValue, double pctPerYear, int horizonMonths, std::vector<double>& out) {
    const auto months = static_cast<std::size_t>(std::max(horizonMonths, 0));
    out.resize(months);
    const double factor = 1.0 + pctPerYear / 100.0;
    double value = baseValue;
    // Year by year: the same multiplications as a month-by-month test of m % 12, without the test.
    for (std::size_t yearStart = 0; yearStart < months; yearStart += 12) {
        if (yearStart > 0) value *= factor;
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(yearStart),
                  out.begin() + static_cast<std::ptrdiff_t>(std::min(yearStart + 12, months)), value);
    }
}

// Domain.md gives no split of hashprice into subsidy and transaction fees, so all of it is treated
// as subsidy (docs/model.md "Mining"): a halving halves hashprice. A fee share would stay whole.
constexpr double kSubsidyShareOfHashprice = 1.0;

// Hashprice per month: the yearly trend of yearlyPath times the subsidy's halvings since the start.
// A halving dated in the start month or before it is already in the base hashprice.
// halvingMonthIndices: working memory, reused from site to site.
void hashpricePath(const MiningFleet& mining, const YearMonth& start, int horizonMonths,
                   const std::vector<BitcoinHalving>& halvings, std::vector<double>& out,
                   std::vector<int>& halvingMonthIndices) {
    yearlyPath(mining.hashpriceUsdPerPhDay, mining.hashpriceChangePctPerYear, horizonMonths, out);
    halvingMonthIndices.clear();
    for (const BitcoinHalving& h : halvings) {
        const int index = monthsBetween(start, h.month);
        if (index > 0 && index < horizonMonths) halvingMonthIndices.push_back(index);
    }
    if (halvingMonthIndices.empty()) return;
    std::sort(halvingMonthIndices.begin(), halvingMonthIndices.end());
    double subsidyFactor = 1.0;
    std::size_t next = 0;
    for (int m = 0; m < horizonMonths; ++m) {
        while (next < halvingMonthIndices.size() && halvingMonthIndices[next] <= m) {
            subsidyFactor *= 0.5;
            ++next;
        }
        out[static_cast<std::size_t>(m)] *=
            (1.0 - kSubsidyShareOfHashprice) + kSubsidyShareOfHashprice * subsidyFactor;
    }
}

const ScheduledTask* findTask(const ScheduleResult& schedule, std::string_view id) {
    for (const auto& task : schedule.tasks)
        if (task.id == id) return &task;
    return nullptr;
}

int clampMonth(int month, int horizonMonths) {
    return std::clamp(month, 0, std::max(horizonMonths - 1, 0));
}

// A fractional month index rounded down and clamped into the horizon; safe for NaN and huge values.
int monthOf(double month, int horizonMonths) {
    if (!(month > 0.0)) return 0;
    return clampMonth(static_cast<int>(std::min(std::floor(month), 1.0e9)), horizonMonths);
}

// The month in which a point in time falls; a finish at exactly 3.0 means "end of month 2".
int monthOfFinish(double finishMonth, int horizonMonths) {
    if (!(finishMonth > 0.0)) return 0;
    return clampMonth(static_cast<int>(std::min(std::ceil(finishMonth), 1.0e9)) - 1, horizonMonths);
}

// Spread amountUsd evenly over [startMonth, finishMonth) of fractional months: each calendar month
// gets the share of the task's duration that falls inside it. Spending past the horizon is booked in
// the last month so that the monthly capex always adds up to the capex total. add(m, usd) books a
// part in month m.
template <typename Add>
void spreadOver(int horizon, double amountUsd, double startMonth, double finishMonth, const Add& add) {
    if (horizon == 0 || amountUsd == 0.0) return;
    const double duration = finishMonth - startMonth;
    if (!(duration > 1e-9) || !std::isfinite(duration)) {
        add(monthOf(startMonth, horizon), amountUsd);
        return;
    }
    // Whatever falls before month 0 or after the horizon goes to the first or last month.
    const double end = static_cast<double>(horizon);
    const double before = std::clamp(std::min(finishMonth, 0.0) - startMonth, 0.0, duration);
    const double after = std::clamp(finishMonth - std::max(startMonth, end), 0.0, duration);
    add(0, amountUsd * before / duration);
    add(horizon - 1, amountUsd * after / duration);
    const int first = monthOf(startMonth, horizon);
    const int last = monthOfFinish(finishMonth, horizon);
    for (int m = first; m <= last; ++m) {
        const double overlap = std::min(finishMonth, m + 1.0) - std::max(startMonth, static_cast<double>(m));
        if (overlap > 0.0) add(m, amountUsd * overlap / duration);
    }
}

// Spread over the named schedule task, phase by phase where the schedule says how
// (ScheduleResult::capexWindows); a step whose task is missing is paid in month 0 (the
// conservative choice: money spent earliest is discounted least).
template <typename Add>
void spreadOverTask(int horizon, double amountUsd, const ScheduleResult& schedule, CapexStep step,
                    const Add& add) {
    if (horizon == 0 || amountUsd == 0.0) return;  // as spreadOver, without the search
    bool phased = false;
    for (const CapexWindow& w : schedule.capexWindows)
        if (w.step == step) {
            spreadOver(horizon, amountUsd * w.share, w.startMonth, w.finishMonth, add);
            phased = true;
        }
    if (phased) return;
    if (const ScheduledTask* task = findTask(schedule, capexStepTaskId(step)))
        spreadOver(horizon, amountUsd, task->earlyStartMonth, task->earlyFinishMonth, add);
    else
        spreadOver(horizon, amountUsd, 0.0, 0.0, add);
}

// One month of a mining fleet: gross revenue, energy and O&M, scaled by the share of the month the
// fleet runs (1 for a whole month; the part before decommissioning starts otherwise).
struct MiningMonth {
    double revenueUsd = 0.0;
    double energyCostUsd = 0.0;
    double omCostUsd = 0.0;
    bool curtailed = false;  // switched off for the month: its margin would have been negative
    double netUsd() const { return revenueUsd - energyCostUsd - omCostUsd; }
};

// What a fleet's month depends on besides the month: computed once per fleet and site. Each is the
// leading part of the month's product as miningMonth evaluates it (left to right), so the months
// are the same bits as when every month recomputed them.
struct MiningRates {
    bool runs = false;  // the fleet has units
    double hashratePhPerSecond = 0.0;
    double loadTimesPue = 0.0;   // asicLoadMw × miningPue
    double uptime = 0.0;         // a fraction
    double omUsdPerMonth = 0.0;  // miningOmUsdPerMwYear × asicLoadMw / 12, for a whole month
};

MiningRates miningRates(const MiningBaseline& fleet, const MiningFleet& terms, const CostAssumptions& costs) {
    MiningRates out;
    out.runs = fleet.units > 0;
    out.hashratePhPerSecond = fleet.hashratePhPerSecond;
    out.loadTimesPue = fleet.asicLoadMw * fleet.miningPue;
    out.uptime = terms.uptimePct / 100.0;
    out.omUsdPerMonth = costs.miningOmUsdPerMwYear * fleet.asicLoadMw / 12.0;
    return out;
}

MiningMonth miningMonth(const MiningRates& fleet, double days, double powerPriceUsdPerMwh,
                        double hashpriceUsdPerPhDay, double shareOfMonth) {
    MiningMonth out;
    if (!fleet.runs || shareOfMonth <= 0.0) return out;
    const double uptime = fleet.uptime;
    out.revenueUsd = fleet.hashratePhPerSecond * hashpriceUsdPerPhDay * days * uptime * shareOfMonth;
    out.energyCostUsd =
        fleet.loadTimesPue * days * kHoursPerDay * powerPriceUsdPerMwh * uptime * shareOfMonth;
    out.omCostUsd = fleet.omUsdPerMonth * shareOfMonth;
    // An operator switches the miners off in a month that would lose money: no revenue, no energy,
    // and no running O&M (repairs and site staff scale with machines running; docs/model.md).
    if (out.netUsd() < 0.0) {
        out = MiningMonth{};
        out.curtailed = true;
    }
    return out;
}

// The ASICs converted to AI: the whole fleet minus the share still mining.
MiningBaseline convertedFleet(const PowerBudget& power) {
    MiningBaseline out = power.miningBefore;
    out.units = std::max(power.miningBefore.units - power.miningAfter.units, 0);
    out.asicLoadMw = std::max(power.miningBefore.asicLoadMw - power.miningAfter.asicLoadMw, 0.0);
    out.facilityMw = std::max(power.miningBefore.facilityMw - power.miningAfter.facilityMw, 0.0);
    out.hashratePhPerSecond =
        std::max(power.miningBefore.hashratePhPerSecond - power.miningAfter.hashratePhPerSecond, 0.0);
    return out;
}

CapexByStep capexByStep(const Site& site, const CostAssumptions& costs, const PowerBudget& power) {
    const ConversionPlan& plan = site.plan;
    CapexByStep capex;
    const double itMw = power.itMw;
    if (plan.gpu.enabled) {
        // Colocation tenants bring their own GPUs; only an owner-operated GPU cloud buys them.
        if (plan.business.model == BusinessModel::GpuCloud)
            capex.gpusUsd = static_cast<double>(power.gpus) * plan.gpu.priceUsdPerGpu;
        capex.gpuInstallUsd = costs.gpuFitOutUsdPerMwIt * itMw + capex.gpusUsd;
    }
    // Per INSTALLED MW: a 2N chain buys twice the blocks for the same IT load.
    if (plan.electrical.enabled)
        capex.electricalUsd = costs.electricalUsdPerInstalledMw * power.installedCapacityMw;
    if (plan.cooling.enabled) {
        const auto tech = static_cast<std::size_t>(plan.cooling.technology);
        if (tech < costs.coolingUsdPerMwIt.size()) capex.coolingUsd = costs.coolingUsdPerMwIt[tech] * itMw;
    }
    if (plan.facility.enabled) {
        double usdPerMwIt = 0.0;
        if (plan.facility.sealingAndDustFiltration) usdPerMwIt += costs.sealingUsdPerMwIt;
        if (plan.facility.fireSuppression) usdPerMwIt += costs.fireSuppressionUsdPerMwIt;
        if (plan.facility.monitoringBms) usdPerMwIt += costs.monitoringUsdPerMwIt;
        if (plan.facility.certification == Certification::TierIII) usdPerMwIt += costs.tierIiiUsdPerMwIt;
        if (plan.facility.certification == Certification::TierIV) usdPerMwIt += costs.tierIvUsdPerMwIt;
        capex.facilityUsd = usdPerMwIt * itMw;
    }
    // Contingency covers works whose cost is uncertain; GPUs are bought at a vendor's quoted price.
    capex.contingencyUsd =
        costs.contingencyPct / 100.0 *
        (capex.gpuInstallUsd - capex.gpusUsd + capex.electricalUsd + capex.coolingUsd + capex.facilityUsd);
    const MiningBaseline converted = convertedFleet(power);
    capex.asicResaleUsd =
        static_cast<double>(converted.units) * site.mining.thPerSecondPerUnit * costs.asicResaleUsdPerTh;
    return capex;
}

// One delivery of owned GPUs (a fleet): delivered at deliveryMonth (a month index, or a finish time
// for a just-in-time arrival), paid in purchaseMonth, its GPU-hour price declining from then
// (docs/model.md "Operating costs"). Fleets fill the hall in delivery order: the first
// shareOfGpus of the GPUs online belong to the first fleet, and so on.
struct GpuFleet {
    int purchaseMonth = 0;
    double share = 1.0;
    double shareBefore = 0.0;  // of the fleets delivered earlier
    double deliveryMonth = 0.0;
};

// The fleets into out (reused from site to site). deliveryMonthIndex: the plan's (engines compute
// the just-in-time variant with none): all GPUs then; else each phase's share just in time.
void gpuFleets(std::optional<int> deliveryMonthIndex, const ConversionPlan& plan,
               const ScheduleResult& schedule, int horizonMonths, std::vector<GpuFleet>& out) {
    out.clear();
    const auto add = [&](double deliveryMonth, double share) {
        const double before = out.empty() ? 0.0 : out.back().shareBefore + out.back().share;
        // A user delivery month is a month index; a just-in-time arrival is a finish time.
        const int month = deliveryMonthIndex ? clampMonth(*deliveryMonthIndex, horizonMonths)
                                             : monthOfFinish(deliveryMonth, horizonMonths);
        out.push_back({month, share, before, deliveryMonth});
    };
    if (deliveryMonthIndex) return add(static_cast<double>(*deliveryMonthIndex), 1.0);
    const ScheduledTask* proc = findTask(schedule, "proc-gpu");
    if (!proc) return add(0.0, 1.0);
    const int phases = std::max(plan.energisationPhases, 1);
    for (int i = 0; i < phases; ++i)
        add(proc->lateFinishMonth +
                i * schedule.phaseGapMonths.value_or(std::max(plan.monthsBetweenPhases, 0.0)),
            1.0 / phases);
}

// Everything computeEconomics needs besides the inputs, computed once.
struct Context {
    const Site& site;
    const Portfolio& portfolio;
    const PowerBudget& power;
    int horizonMonths = 0;
    bool earnsAiRevenue = true;
    double decommissionStartMonth = 0.0;       // converted ASICs mine until then
    int firstRfsMonth = 0;                     // the first month with IT in service; the lease starts there
    int gpuLifeMonths = 0;                     // owned GPUs' useful life, ≥ 1
    std::optional<int> gpuDeliveryMonthIndex;  // the plan's; none for the just-in-time variant
    std::vector<GpuFleet>& fleets;             // the thread's EconomicsScratch
    // The mining fleets' constant terms: the part that stays, the converted ASICs, the whole fleet.
    MiningRates keptMining, convertedMining, wholeFleetMining;
    // Per month of the horizon (the thread's EconomicsScratch):
    const std::vector<double>& days;
    const std::vector<int>& calendarMonth;  // 0..11
    const std::vector<double>& powerPriceUsdPerMwh;
    const std::vector<double>& hashpriceUsdPerPhDay;
    const std::vector<double>& gpuUsdPerHourByAge;       // by months since the fleet's purchase
    const std::vector<double>& colocationUsdPerKwMonth;  // by months since first RFS (the escalator)
};

// computeEconomics' per-month working series, one set per thread, reused by the thread's next site
// instead of a dozen allocations per site (the engines compute one site at a time on a thread, and
// nothing inside computeEconomics calls it again).
struct EconomicsScratch {
    std::vector<double> days;
    std::vector<int> calendarMonth;
    std::vector<double> powerPriceUsdPerMwh, hashpriceUsdPerPhDay, gpuUsdPerHourByAge,
        colocationUsdPerKwMonth;
    std::vector<double> marginUsdByMonth, net, flows;
    std::vector<int> halvingMonthIndices;
    std::vector<GpuFleet> fleets;
    // The just-in-time variant's months and net (convertingNpvUsd).
    std::vector<MonthlyCashFlow> variantMonths;
    std::vector<double> variantNet;
    finance::TaxAndDebtInput taxInput;  // its series: the capex by class, the ASIC sale, operating cash
};

EconomicsScratch& economicsScratch() {
    thread_local EconomicsScratch s;
    return s;
}

// The AI hall's revenue, energy, O&M and other opex in month m with itOnlineMw of IT in service.
struct HallMonth {
    double revenueUsd = 0.0;
    double energyCostUsd = 0.0;
    double omCostUsd = 0.0;
    double otherOpexUsd = 0.0;
    double marginUsd() const { return revenueUsd - energyCostUsd - omCostUsd - otherOpexUsd; }
};

// Colocation, month m: the share of the contracted hall the tenant pays for (the lease-up ramp with
// take-or-pay as its floor; 0 after a term that ends in vacating) and the share it occupies (what
// draws power).
struct LeaseMonth {
    double paidShare = 0.0;
    double occupiedShare = 0.0;
};

LeaseMonth leaseMonth(const LeaseTerms& lease, int monthsSinceRfs) {
    if (monthsSinceRfs < 0) return {};
    if (lease.afterTerm == LeaseEnd::Vacate && monthsSinceRfs >= lease.termYears * 12.0) return {};
    LeaseMonth out;
    out.occupiedShare =
        lease.leaseUpMonths > 0.0 ? std::min((monthsSinceRfs + 1.0) / lease.leaseUpMonths, 1.0) : 1.0;
    out.paidShare = std::max(out.occupiedShare, std::clamp(lease.takeOrPayPct / 100.0, 0.0, 1.0));
    return out;
}

HallMonth hallMonth(const Context& ctx, int m, double itOnlineMw) {
    HallMonth out;
    if (!(itOnlineMw > 0.0)) return out;
    const auto i = static_cast<std::size_t>(m);
    const BusinessTerms& business = ctx.site.plan.business;
    const OperatingCosts& opex = ctx.portfolio.opex;
    const double hours = ctx.days[i] * kHoursPerDay;
    // Energy at this calendar month's PUE (the annual PUE if a month is unset).
    double pue = ctx.power.pue.monthly[static_cast<std::size_t>(ctx.calendarMonth[i])];
    if (!(pue > 0.0)) pue = ctx.power.pue.annual;
    const double fullLoadEnergyUsd = itOnlineMw * pue * hours * ctx.powerPriceUsdPerMwh[i];
    out.omCostUsd = ctx.portfolio.costs.omUsdPerMwItYear * itOnlineMw / 12.0;
    if (business.model == BusinessModel::Colocation) {
        const int sinceRfs = m - ctx.firstRfsMonth;
        const LeaseMonth lease = leaseMonth(business.lease, sinceRfs);
        const double rate = ctx.colocationUsdPerKwMonth[static_cast<std::size_t>(std::max(sinceRfs, 0))];
        out.revenueUsd = ctx.earnsAiRevenue ? rate * itOnlineMw * 1000.0 * lease.paidShare : 0.0;
        out.otherOpexUsd = opex.colocationOpexPctOfRent / 100.0 * out.revenueUsd;
        // Passed through, the tenant buys the hall's energy: it still counts for carbon and water
        // (engines/Environment), not in the operator's cash flow. An empty hall draws none.
        out.energyCostUsd = business.powerPassThrough ? 0.0 : fullLoadEnergyUsd * lease.occupiedShare;
        return out;
    }
    // GPU cloud: each fleet earns its GPU-hour price by its age; a retired fleet earns and draws
    // nothing. Without the GPU step there are no GPUs (the plan is infeasible) and the hall runs as
    // built, so the full load is charged.
    if (!ctx.site.plan.gpu.enabled || !(ctx.power.itMw > 0.0)) {
        out.energyCostUsd = fullLoadEnergyUsd;
        return out;
    }
    const double onlineShare = std::min(itOnlineMw / ctx.power.itMw, 1.0);
    const double gpus = static_cast<double>(ctx.power.gpus);
    const double sold = hours * business.gpuUtilisationPct / 100.0;
    double runningShare = 0.0;
    for (const GpuFleet& fleet : ctx.fleets) {
        // Fleets fill the hall in order (shareBefore grows), so once one has no share none after has.
        const double share = std::clamp(onlineShare - fleet.shareBefore, 0.0, fleet.share);
        if (share <= 0.0) break;
        int age = std::max(m - fleet.purchaseMonth, 0);
        if (age >= ctx.gpuLifeMonths) {
            if (ctx.portfolio.opex.gpuEndOfLife == GpuEndOfLife::Retire) continue;
            age %= ctx.gpuLifeMonths;
        }
        runningShare += share;
        if (ctx.earnsAiRevenue)
            out.revenueUsd += gpus * share * sold * ctx.gpuUsdPerHourByAge[static_cast<std::size_t>(age)];
    }
    out.energyCostUsd = fullLoadEnergyUsd * runningShare / onlineShare;
    out.otherOpexUsd = opex.gpuCloudOpexPctOfRevenue / 100.0 * out.revenueUsd;
    return out;
}

double itOnlineAt(const std::vector<double>& itOnlineMwByMonth, int m) {
    if (m < 0 || m >= static_cast<int>(itOnlineMwByMonth.size())) return 0.0;
    return std::max(itOnlineMwByMonth[static_cast<std::size_t>(m)], 0.0);
}

// Sums of the AI hall's own flows over the horizon, for its operating margin.
struct HallTotals {
    double revenueUsd = 0.0;
    double marginUsd = 0.0;
};

// The operating flows (everything but capex) of converting: the AI hall plus the mining that
// continues. Capex is added by addCapex. marginUsdByMonth (if given) gets the hall's margin of each
// month, which the delay cost and the exit value use again.
// The months go into `months` (its previous content is replaced).
void operatingFlows(const Context& ctx, const std::vector<double>& itOnlineMwByMonth,
                    int& remainingCurtailedMonths, HallTotals& hallTotals,
                    std::vector<double>* marginUsdByMonth, std::vector<MonthlyCashFlow>& months) {
    months.assign(static_cast<std::size_t>(ctx.horizonMonths), MonthlyCashFlow{});
    if (marginUsdByMonth) marginUsdByMonth->resize(months.size());
    for (int m = 0; m < ctx.horizonMonths; ++m) {
        const auto i = static_cast<std::size_t>(m);
        MonthlyCashFlow& cf = months[i];
        const HallMonth hall = hallMonth(ctx, m, itOnlineAt(itOnlineMwByMonth, m));
        if (marginUsdByMonth) (*marginUsdByMonth)[i] = hall.marginUsd();
        cf.revenueUsd = hall.revenueUsd;
        cf.energyCostUsd = hall.energyCostUsd;
        cf.omCostUsd = hall.omCostUsd;
        cf.otherOpexUsd = hall.otherOpexUsd;
        hallTotals.revenueUsd += hall.revenueUsd;
        hallTotals.marginUsd += hall.marginUsd();

        // Mining: the unconverted share all horizon, the converted ASICs until decommissioning starts.
        const double convertedShareOfMonth = std::clamp(ctx.decommissionStartMonth - m, 0.0, 1.0);
        const MiningMonth kept = miningMonth(ctx.keptMining, ctx.days[i], ctx.powerPriceUsdPerMwh[i],
                                             ctx.hashpriceUsdPerPhDay[i], 1.0);
        const MiningMonth leaving = miningMonth(ctx.convertedMining, ctx.days[i], ctx.powerPriceUsdPerMwh[i],
                                                ctx.hashpriceUsdPerPhDay[i], convertedShareOfMonth);
        remainingCurtailedMonths += kept.curtailed;
        cf.miningRevenueUsd = kept.revenueUsd + leaving.revenueUsd;
        cf.energyCostUsd += kept.energyCostUsd + leaving.energyCostUsd;
        cf.omCostUsd += kept.omCostUsd + leaving.omCostUsd;
    }
}

// The months a fleet is bought again (Refresh), after its first purchase: every useful life,
// inside the horizon, and only while the hall earns (an infeasible plan does not renew a fleet).
// f(m) for each, in order.
template <typename F>
void forEachRefreshMonth(const Context& ctx, const GpuFleet& fleet, const F& f) {
    if (ctx.portfolio.opex.gpuEndOfLife != GpuEndOfLife::Refresh || !ctx.earnsAiRevenue) return;
    for (int m = fleet.purchaseMonth + ctx.gpuLifeMonths; m < ctx.horizonMonths; m += ctx.gpuLifeMonths) f(m);
}

// Straight-line book value left at the end of the horizon of an asset that entered service at
// inServiceMonth (an asset entering service after the horizon keeps its whole value).
double bookValueAtHorizonEnd(double costUsd, double inServiceMonth, double lifeYears, int horizonMonths) {
    if (costUsd == 0.0 || !(lifeYears > 0.0)) return 0.0;
    const double ageMonths = std::max(static_cast<double>(horizonMonths) - inServiceMonth, 0.0);
    return costUsd * std::max(1.0 - ageMonths / (lifeYears * 12.0), 0.0);
}

// An exit at a cap rate: the hall's net operating income (rent − the operator's energy, O&M and
// lease costs) of the horizon's final 12 months, divided by the cap rate. A shorter horizon
// annualises what it has; an income of zero or less sells for nothing.
// marginUsdByMonth: operatingFlows' margins of this ctx, if at hand.
double exitValueUsd(const Context& ctx, const ScheduleResult& schedule,
                    const std::vector<double>* marginUsdByMonth) {
    const int months = std::min(12, ctx.horizonMonths);
    const double capRate = ctx.portfolio.exitCapRatePct / 100.0;
    if (months <= 0 || !(capRate > 0.0)) return 0.0;
    double noiUsd = 0.0;
    for (int m = ctx.horizonMonths - months; m < ctx.horizonMonths; ++m)
        noiUsd += marginUsdByMonth ? (*marginUsdByMonth)[static_cast<std::size_t>(m)]
                                   : hallMonth(ctx, m, itOnlineAt(schedule.itOnlineMwByMonth, m)).marginUsd();
    noiUsd *= 12.0 / months;
    return std::max(noiUsd, 0.0) / capRate;
}

// The converted hall's value when the horizon ends (the portfolio's terminal-value method): none; an
// exit at the cap rate for colocation; else the book value — the facility (everything but GPUs,
// with its contingency) from RFS over facilityLifeYears, owned GPUs (no contingency) from their
// last purchase over gpuDepreciationYears; a retired fleet is worth nothing. A GPU fleet is not a
// perpetuity, so a GPU cloud is always valued at book.
double residualValueUsd(const CapexByStep& capex, const Context& ctx, const ScheduleResult& schedule,
                        const std::vector<double>* marginUsdByMonth) {
    const CostAssumptions& costs = ctx.portfolio.costs;
    const TerminalValueMethod method = ctx.portfolio.terminalValue;
    if (!costs.includeResidualValue || method == TerminalValueMethod::None) return 0.0;
    if (method == TerminalValueMethod::ExitCapRate &&
        ctx.site.plan.business.model == BusinessModel::Colocation)
        return exitValueUsd(ctx, schedule, marginUsdByMonth);
    const double withContingency = 1.0 + costs.contingencyPct / 100.0;
    const double facilityUsd =
        (capex.gpuInstallUsd - capex.gpusUsd + capex.electricalUsd + capex.coolingUsd + capex.facilityUsd) *
        withContingency;
    double value = bookValueAtHorizonEnd(facilityUsd, schedule.durationMonths, costs.facilityLifeYears,
                                         ctx.horizonMonths);
    if (capex.gpusUsd == 0.0) return value;
    for (const GpuFleet& fleet : ctx.fleets) {
        std::optional<int> lastRefresh;
        forEachRefreshMonth(ctx, fleet, [&](int m) { lastRefresh = m; });
        // The first fleet ages from its delivery (a finish time), a refresh from its month's start.
        const double inService = lastRefresh ? static_cast<double>(*lastRefresh) : fleet.deliveryMonth;
        const bool retired = ctx.portfolio.opex.gpuEndOfLife == GpuEndOfLife::Retire &&
                             ctx.horizonMonths - fleet.purchaseMonth >= ctx.gpuLifeMonths;
        if (!retired)
            value += bookValueAtHorizonEnd(capex.gpusUsd * fleet.share, inService, costs.gpuDepreciationYears,
                                           ctx.horizonMonths);
    }
    return value;
}

// Each tax asset class's capex by month and the ASIC sale, as financeSite hands them to the tax and
// debt engine (the asset classes always add up to the monthly capex).
// The series of the tax engine's input that addCapex fills (the thread's EconomicsScratch).
struct CapexByClass {
    std::array<std::vector<double>, finance::kAssetClassCount>& usd;
    std::vector<double>& asicResaleUsd;
};

// Capex into the months it is paid; returns the GPU refreshes paid inside the horizon. With byClass,
// every amount booked into a month is booked into its asset class's month too, in the same order, so
// each class's series is the one that class alone would give.
double addCapex(std::vector<MonthlyCashFlow>& months, const CapexByStep& capex, const Context& ctx,
                const ScheduleResult& schedule, CapexByClass* byClass = nullptr) {
    using finance::AssetClass;
    const int horizon = static_cast<int>(months.size());
    if (byClass) {
        for (std::vector<double>& v : byClass->usd) v.assign(months.size(), 0.0);
        byClass->asicResaleUsd.assign(months.size(), 0.0);
    }
    const auto facilityInto = [&](AssetClass c) {
        double* classUsd = byClass ? byClass->usd[static_cast<std::size_t>(c)].data() : nullptr;
        return [&months, classUsd](int m, double usd) {
            months[static_cast<std::size_t>(m)].facilityCapexUsd += usd;
            if (classUsd) classUsd[m] += usd;
        };
    };
    // Contingency follows the spending it covers, so each item carries its own share.
    const double withContingency = 1.0 + ctx.portfolio.costs.contingencyPct / 100.0;
    spreadOverTask(horizon, (capex.gpuInstallUsd - capex.gpusUsd) * withContingency, schedule,
                   CapexStep::GpuInstall, facilityInto(AssetClass::GpuFitOut));
    spreadOverTask(horizon, capex.electricalUsd * withContingency, schedule, CapexStep::Electrical,
                   facilityInto(AssetClass::Electrical));
    spreadOverTask(horizon, capex.coolingUsd * withContingency, schedule, CapexStep::Cooling,
                   facilityInto(AssetClass::Cooling));
    spreadOverTask(horizon, capex.facilityUsd * withContingency, schedule, CapexStep::Facility,
                   facilityInto(AssetClass::Facility));

    // GPUs are paid on delivery, the same delivery the schedule assumes (engines/Schedule.cpp):
    // all at the user's delivery month, else each phase's share just in time for that phase, at
    // the GPU procurement's late finish plus the phase offset; again at every refresh.
    double refreshUsd = 0.0;
    double* gpusByMonth = byClass ? byClass->usd[static_cast<std::size_t>(AssetClass::Gpus)].data() : nullptr;
    const auto gpusInto = [&](int m, double usd) {
        months[static_cast<std::size_t>(m)].gpuPurchaseUsd += usd;
        if (gpusByMonth) gpusByMonth[m] += usd;
    };
    if (capex.gpusUsd != 0.0 && !months.empty())
        for (const GpuFleet& fleet : ctx.fleets) {
            gpusInto(fleet.purchaseMonth, capex.gpusUsd * fleet.share);
            forEachRefreshMonth(ctx, fleet, [&](int m) {
                gpusInto(m, capex.gpusUsd * fleet.share);
                refreshUsd += capex.gpusUsd * fleet.share;
            });
        }

    // The ASICs are sold once pulled out: a credit in the month decommissioning finishes.
    if (capex.asicResaleUsd != 0.0 && !months.empty()) {
        int month = 0;
        if (const ScheduledTask* decom = findTask(schedule, "decommission"))
            month = monthOfFinish(decom->earlyFinishMonth, ctx.horizonMonths);
        months[static_cast<std::size_t>(month)].asicResaleUsdCredit += capex.asicResaleUsd;
        if (byClass) byClass->asicResaleUsd[static_cast<std::size_t>(month)] += capex.asicResaleUsd;
    }
    if (byClass)
        // Proceeds, as the sale alone's capex (0 + 0 − credit) negated: −0.0 in the months without
        // one, as the tax engine has always been given.
        for (double& credit : byClass->asicResaleUsd) credit = -(0.0 + 0.0 - credit);
    return refreshUsd;
}

// netUsd (and capexUsd, kept for the charts) of each month, and the nets into net.
void netOf(std::vector<MonthlyCashFlow>& months, std::vector<double>& net) {
    net.resize(months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        MonthlyCashFlow& cf = months[i];
        cf.capexUsd = cf.facilityCapexUsd + cf.gpuPurchaseUsd - cf.asicResaleUsdCredit;
        cf.netUsd = netOfComponents(cf);
        net[i] = cf.netUsd;
    }
}

// Tax and debt of the site's flows, with the capex split into its tax asset classes (paid as
// addCapex paid it).
void financeSite(EconomicsResult& result, const Context& ctx, finance::TaxAndDebtInput& taxInput,
                 const ScheduleResult& schedule) {
    result.financing = finance::computeSiteFinancing(ctx.site, ctx.portfolio, result.monthly, taxInput,
                                                     schedule.rfsMonthIndex);
}

// The pre-tax NPV of the converting plan alone (operating flows, capex, terminal value), the first
// figure computeEconomics derives: what the just-in-time variant of an owned fleet needs. Its months
// and net are working series of the thread's scratch.
double convertingNpvUsd(const Context& ctx, const CapexByStep& capex, const ScheduleResult& schedule,
                        double monthlyRate, EconomicsScratch& work) {
    int curtailedMonths = 0;
    HallTotals hall;
    std::vector<MonthlyCashFlow>& months = work.variantMonths;
    operatingFlows(ctx, schedule.itOnlineMwByMonth, curtailedMonths, hall, nullptr, months);
    addCapex(months, capex, ctx, schedule);
    if (!months.empty()) months.back().residualValueUsd = residualValueUsd(capex, ctx, schedule, nullptr);
    std::vector<double>& net = work.variantNet;
    netOf(months, net);
    return presentValue(monthlyRate, net);
}

}  // namespace

EconomicsResult computeEconomics(const Site& site, const Portfolio& portfolio, const PowerBudget& power,
                                 const ScheduleResult& schedule, bool earnsAiRevenue,
                                 const std::vector<BitcoinHalving>& halvings) {
    return computeEconomics(site, portfolio, power, schedule, earnsAiRevenue, halvings, EconomicsExtras{});
}

EconomicsResult computeEconomics(const Site& site, const Portfolio& portfolio, const PowerBudget& power,
                                 const ScheduleResult& schedule, bool earnsAiRevenue,
                                 const std::vector<BitcoinHalving>& halvings, const EconomicsExtras& extras) {
    EconomicsResult result;
    const int horizonMonths = std::max(portfolio.horizonYears, 0) * 12;
    EconomicsScratch& work = economicsScratch();
    yearlyPath(site.powerPriceUsdPerMwh, site.powerPriceEscalationPctPerYear, horizonMonths,
               work.powerPriceUsdPerMwh);
    hashpricePath(site.mining, portfolio.startMonth, horizonMonths, halvings, work.hashpriceUsdPerPhDay,
                  work.halvingMonthIndices);
    // Indexed by age (months since a fleet's purchase), not by month of the horizon.
    yearlyPath(site.plan.business.gpuUsdPerHour, -site.plan.business.gpuPriceDeclinePctPerYear, horizonMonths,
               work.gpuUsdPerHourByAge);
    // Indexed by months since first RFS: the escalator steps on the lease's anniversaries.
    yearlyPath(site.plan.business.colocationUsdPerKwMonth, site.plan.business.lease.escalatorPctPerYear,
               horizonMonths, work.colocationUsdPerKwMonth);
    work.days.resize(static_cast<std::size_t>(horizonMonths));
    work.calendarMonth.resize(static_cast<std::size_t>(horizonMonths));
    // Month by month from the start (startMonth.plusMonths(m) for every m, without its divisions);
    // a start before year 0, where plusMonths' integer division rounds the other way, keeps it.
    YearMonth ym = portfolio.startMonth.plusMonths(0);
    const bool stepByMonth = portfolio.startMonth.serial() >= 0;
    for (int m = 0; m < horizonMonths; ++m) {
        if (!stepByMonth)
            ym = portfolio.startMonth.plusMonths(m);
        else if (m > 0 && ++ym.month > 12) {
            ym.month = 1;
            ++ym.year;
        }
        work.days[static_cast<std::size_t>(m)] = daysInMonth(ym);
        work.calendarMonth[static_cast<std::size_t>(m)] = (ym.month - 1 + 12) % 12;
    }
    gpuFleets(site.plan.gpuDeliveryMonthIndex, site.plan, schedule, horizonMonths, work.fleets);
    Context ctx{site,
                portfolio,
                power,
                horizonMonths,
                earnsAiRevenue,
                0.0,
                0,
                std::max(static_cast<int>(
                             std::lround(std::clamp(portfolio.opex.gpuUsefulLifeYears, 0.0, 100.0) * 12.0)),
                         1),
                site.plan.gpuDeliveryMonthIndex,
                work.fleets,
                miningRates(power.miningAfter, site.mining, portfolio.costs),
                miningRates(convertedFleet(power), site.mining, portfolio.costs),
                miningRates(power.miningBefore, site.mining, portfolio.costs),
                work.days,
                work.calendarMonth,
                work.powerPriceUsdPerMwh,
                work.hashpriceUsdPerPhDay,
                work.gpuUsdPerHourByAge,
                work.colocationUsdPerKwMonth};
    // Converted ASICs keep mining until decommissioning starts (no task: they stop at once).
    if (const ScheduledTask* decom = findTask(schedule, "decommission"))
        ctx.decommissionStartMonth = std::isnan(decom->earlyStartMonth) ? 0.0 : decom->earlyStartMonth;
    ctx.firstRfsMonth = horizonMonths;
    for (int m = 0; m < horizonMonths; ++m)
        if (itOnlineAt(schedule.itOnlineMwByMonth, m) > 0.0) {
            ctx.firstRfsMonth = m;
            break;
        }

    result.capex = capexByStep(site, portfolio.costs, power);
    result.capexUsd = result.capex.totalUsd();
    result.gpuPurchaseUsd = result.capex.gpusUsd;
    result.facilityCapexUsd = result.capexUsd - result.capex.gpusUsd + result.capex.asicResaleUsd;
    if (power.itMw > 0.0) result.facilityCapexUsdPerMwIt = result.facilityCapexUsd / power.itMw;

    // Converting.
    HallTotals hall;
    std::vector<double>& marginUsdByMonth = work.marginUsdByMonth;
    operatingFlows(ctx, schedule.itOnlineMwByMonth, result.remainingMiningCurtailedMonths, hall,
                   &marginUsdByMonth, result.monthly);
    if (hall.revenueUsd > 0.0) result.hallOperatingMarginPct = 100.0 * hall.marginUsd / hall.revenueUsd;
    finance::TaxAndDebtInput& taxInput = work.taxInput;
    CapexByClass capexByClass{taxInput.capexUsdByClass, taxInput.asicResaleUsd};
    result.gpuRefreshUsd = addCapex(result.monthly, result.capex, ctx, schedule, &capexByClass);
    result.residualValueUsd = residualValueUsd(result.capex, ctx, schedule, &marginUsdByMonth);
    if (!result.monthly.empty()) result.monthly.back().residualValueUsd = result.residualValueUsd;
    // The pre-tax, unlevered monthly net is complete here: a later step (tax, debt) adds its own
    // components to result.monthly and recomputes net the same way before the figures below.
    std::vector<double>& net = work.net;
    netOf(result.monthly, net);
    if (extras.cumulativeSeries) result.cumulativeNetUsd = cumulative(net);

    // Keeping the whole fleet mining, on the same months and prices.
    result.keepMiningNetUsdByMonth.resize(static_cast<std::size_t>(ctx.horizonMonths));
    for (int m = 0; m < ctx.horizonMonths; ++m) {
        const auto i = static_cast<std::size_t>(m);
        const MiningMonth month = miningMonth(ctx.wholeFleetMining, ctx.days[i], ctx.powerPriceUsdPerMwh[i],
                                              ctx.hashpriceUsdPerPhDay[i], 1.0);
        result.keepMiningNetUsdByMonth[i] = month.netUsd();
        result.keepMiningCurtailedMonths += month.curtailed;
    }
    if (extras.cumulativeSeries) result.cumulativeKeepMiningUsd = cumulative(result.keepMiningNetUsdByMonth);

    // Month 0 undiscounted, month m by (1 + r_m)^−m with r_m the monthly equivalent of the annual rate.
    const double monthlyRate = finance::ratePerPeriodFromAnnual(portfolio.discountRatePct / 100.0, 12);
    result.npvUsd = presentValue(monthlyRate, net);
    result.terminalValueUsd = result.residualValueUsd;
    if (ctx.horizonMonths > 0)
        result.terminalValuePvUsd = result.terminalValueUsd *
                                    std::pow(1.0 + monthlyRate, -static_cast<double>(ctx.horizonMonths - 1));
    result.npvWithinHorizonUsd = result.npvUsd - result.terminalValuePvUsd;
    if (result.npvUsd > 0.0) result.terminalValueSharePct = 100.0 * result.terminalValuePvUsd / result.npvUsd;
    result.npvKeepMiningUsd = presentValue(monthlyRate, result.keepMiningNetUsdByMonth);
    result.incrementalNpvUsd = result.npvUsd - result.npvKeepMiningUsd;
    if (const auto monthlyIrr = finance::irr(net))
        result.convertingIrr = finance::annualRateFromPerPeriod(*monthlyIrr, 12);
    result.irr = result.convertingIrr;
    std::vector<double>& scratch = work.flows;  // the incremental flows, then the delay's margins
    scratch.resize(net.size());
    for (std::size_t m = 0; m < net.size(); ++m) scratch[m] = net[m] - result.keepMiningNetUsdByMonth[m];
    if (const auto monthlyIrr = finance::irr(scratch))
        result.incrementalIrr = finance::annualRateFromPerPeriod(*monthlyIrr, 12);
    if (extras.cumulativeSeries) result.paybackMonthIndex = finance::paybackPeriod(result.cumulativeNetUsd);
    financeSite(result, ctx, taxInput, schedule);

    // One month of delay: the IT-online profile (and with it revenue, energy and O&M) shifts one
    // month later; capex, mining and decommissioning keep their dates.
    // Only the hall's margin changes, so the loss is the present value of margin(IT(m)) −
    // margin(IT(m−1)) month by month. margin(IT(m)) is the operating flows' own; a month whose IT
    // equals the month before's (bit for bit) has the same margin both ways.
    std::vector<double>& marginLostUsd = scratch;
    marginLostUsd.assign(static_cast<std::size_t>(extras.delayCost ? ctx.horizonMonths : 0), 0.0);
    for (int m = 0; m < static_cast<int>(marginLostUsd.size()); ++m) {
        const auto i = static_cast<std::size_t>(m);
        const double it = itOnlineAt(schedule.itOnlineMwByMonth, m);
        const double itBefore = itOnlineAt(schedule.itOnlineMwByMonth, m - 1);
        const double marginBefore = std::bit_cast<std::uint64_t>(it) == std::bit_cast<std::uint64_t>(itBefore)
                                        ? marginUsdByMonth[i]
                                        : hallMonth(ctx, m, itBefore).marginUsd();
        marginLostUsd[i] = marginUsdByMonth[i] - marginBefore;
    }
    if (extras.delayCost) result.delayCostUsdPerMonth = presentValue(monthlyRate, marginLostUsd);

    // Owner-operated GPUs delivered on a fixed month are paid then and earn nothing until their phase
    // has power: what that costs inside the NPV is the NPV of the same plan with just-in-time
    // deliveries minus this one. A colocation tenant's idle GPUs are not the owner's cost. Only the
    // deliveries (and with them the fleets) differ: the rest of the context is the plan's.
    if (extras.idleGpuCost && result.capex.gpusUsd > 0.0 && ctx.gpuDeliveryMonthIndex) {
        ctx.gpuDeliveryMonthIndex.reset();
        gpuFleets(std::nullopt, site.plan, schedule, horizonMonths, ctx.fleets);
        const double jitNpvUsd = convertingNpvUsd(ctx, result.capex, schedule, monthlyRate, work);
        result.idleGpuCostUsd = std::max(jitNpvUsd - result.npvUsd, 0.0);
    }
    return result;
}

}  // namespace m2ai
