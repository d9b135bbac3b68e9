#include "scenarios/ScenarioComparison.h"

#include <algorithm>
#include <exception>
#include <stdexcept>

#include "engines/Compute.h"
#include "engines/Results.h"
#include "engines/finance/PortfolioIrr.h"
#include "scenarios/ApplyScenario.h"

namespace m2ai {

namespace {

// Online IT within this of the full load counts as full: the schedule adds phases in steps that
// sum to itMw only up to rounding.
constexpr double kFullCapacityToleranceMw = 1e-6;

ScenarioOutcome outcomeOf(const Portfolio& portfolio, std::string name, bool isBase) {
    ScenarioOutcome out;
    out.name = std::move(name);
    out.isBase = isBase;
    const PortfolioResult result = computePortfolio(portfolio);
    // Caught below in compareScenarios, which reports it.
    if (!result.ok) throw std::invalid_argument(result.error);
    out.portfolio = portfolioFigures(result);
    for (const SiteResult& s : result.sites) out.sites.push_back(siteFigures(s));
    return out;
}

}  // namespace

ScenarioFigures siteFigures(const SiteResult& site) {
    ScenarioFigures f;
    f.feasible = site.feasible;
    f.npvUsd = site.economics.npvUsd;
    f.incrementalNpvUsd = site.economics.incrementalNpvUsd;
    f.equityIrr = site.economics.financing.equityIrr;
    f.itMw = site.power.itMw;
    f.gpus = site.power.gpus;
    f.capexUsd = site.economics.capexUsd;
    f.co2TonnesPerYear = site.environment.co2TonnesPerYear;
    if (site.feasible && site.power.itMw > 0.0) {
        f.firstRfsMonthIndex = site.schedule.rfsMonthIndex;
        f.pue = site.power.pue.annual;
        const auto& online = site.schedule.itOnlineMwByMonth;
        for (std::size_t m = 0; m < online.size(); ++m)
            if (online[m] >= site.power.itMw - kFullCapacityToleranceMw) {
                f.fullCapacityMonthIndex = static_cast<int>(m);
                break;
            }
    }
    return f;
}

ScenarioFigures portfolioFigures(const PortfolioResult& result) {
    ScenarioFigures f;
    f.npvUsd = result.npvUsd;
    f.incrementalNpvUsd = result.incrementalNpvUsd;
    f.itMw = result.itMw;
    f.gpus = result.gpus;
    f.capexUsd = result.capexUsd;
    f.feasible = result.sites.empty() || result.infeasibleSiteCount < static_cast<int>(result.sites.size());
    double facilityMwh = 0.0;
    double itMwh = 0.0;
    bool allFull = true;
    bool anyLoad = false;
    std::vector<double> equityFlows;
    for (const SiteResult& s : result.sites) {
        if (!s.feasible) continue;
        finance::addMonthlyFlows(equityFlows, s.economics.financing.equityNetUsdByMonth);
        f.co2TonnesPerYear += s.environment.co2TonnesPerYear;
        const ScenarioFigures site = siteFigures(s);
        if (!site.firstRfsMonthIndex) continue;
        anyLoad = true;
        facilityMwh += s.environment.facilityMwhPerYear;
        itMwh += s.environment.itMwhPerYear;
        if (!f.firstRfsMonthIndex || *site.firstRfsMonthIndex < *f.firstRfsMonthIndex)
            f.firstRfsMonthIndex = site.firstRfsMonthIndex;
        if (!site.fullCapacityMonthIndex)
            allFull = false;
        else if (!f.fullCapacityMonthIndex || *site.fullCapacityMonthIndex > *f.fullCapacityMonthIndex)
            f.fullCapacityMonthIndex = site.fullCapacityMonthIndex;
    }
    // Full capacity is when the LAST site reaches its full load; one that never does within the
    // horizon leaves the portfolio without a date.
    if (!anyLoad || !allFull) f.fullCapacityMonthIndex.reset();
    f.equityIrr = finance::annualIrrOfMonthly(equityFlows);
    if (itMwh > 0.0) f.pue = facilityMwh / itMwh;
    return f;
}

ScenarioComparison compareScenarios(const Portfolio& base) {
    ScenarioComparison out;
    try {
        out.problems = validateScenarios(base.scenarios);
        if (!out.problems.empty()) {
            out.errorMessage =
                coreMessageQuoting(M2AI_TR("ScenarioInputs", "the scenarios cannot be compared: %1"),
                                   {out.problems.front().toString()}, 0);
            out.error = out.errorMessage.english();
            return out;
        }
        for (const Site& s : base.sites) out.siteNames.push_back(s.name);
        out.outcomes.push_back(outcomeOf(base, kBaseScenarioName, true));
        for (std::size_t i = 0; i < base.scenarios.size(); ++i) {
            AppliedScenario applied = applyScenario(base, base.scenarios[i], i);
            ScenarioOutcome o = outcomeOf(applied.portfolio, base.scenarios[i].name, false);
            o.problems = std::move(applied.problems);
            out.outcomes.push_back(std::move(o));
        }
        out.ok = true;
    } catch (const std::exception& e) {
        // Nothing crosses the core API as an exception; the likeliest here is std::bad_alloc.
        out = ScenarioComparison{};
        out.errorMessage =
            coreMessage(M2AI_TR("ScenarioInputs", "cannot compare the scenarios: %1"), {e.what()});
        out.error = out.errorMessage.english();
    }
    return out;
}

}  // namespace m2ai
