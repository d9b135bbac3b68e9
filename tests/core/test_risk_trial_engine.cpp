// What the Monte Carlo trials call instead of the engines' everyday entry points gives the engines'
// own bits: engines/TrialSchedule (a network compiled once and solved again with other durations)
// against scheduleNetwork in every field the economics and the risk statistics read, also when the
// result is reused; computeEconomics without its extras (engines/EconomicsExtras.h) against the
// full call.
#include <catch2/catch.hpp>
#include <cstddef>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/Economics.h"
#include "engines/Feasibility.h"
#include "engines/PowerBudget.h"
#include "engines/Schedule.h"
#include "engines/TrialSchedule.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

// The fields TrialSchedule promises, compared with == on purpose: the same passes give the same bits.
void requireSame(const ScheduleResult& trial, const ScheduleResult& engine) {
    REQUIRE(trial.ok == engine.ok);
    REQUIRE(trial.tasks.size() == engine.tasks.size());
    for (std::size_t k = 0; k < engine.tasks.size(); ++k) {
        const ScheduledTask& a = trial.tasks[k];
        const ScheduledTask& b = engine.tasks[k];
        INFO(b.id);
        CHECK(a.id == b.id);
        CHECK(a.kind == b.kind);
        CHECK(a.durationMonths == b.durationMonths);
        CHECK(a.earlyStartMonth == b.earlyStartMonth);
        CHECK(a.earlyFinishMonth == b.earlyFinishMonth);
        CHECK(a.lateStartMonth == b.lateStartMonth);
        CHECK(a.lateFinishMonth == b.lateFinishMonth);
        CHECK(a.totalFloatMonths == b.totalFloatMonths);
        CHECK(a.critical == b.critical);
        CHECK(a.criticalForFirstRfs == b.criticalForFirstRfs);
        CHECK(a.criticalForFullCapacity == b.criticalForFullCapacity);
    }
    CHECK(trial.durationMonths == engine.durationMonths);
    CHECK(trial.rfsMonthIndex == engine.rfsMonthIndex);
    CHECK(trial.fullCapacityMonths == engine.fullCapacityMonths);
    CHECK(trial.firstRfsMonthIndex == engine.firstRfsMonthIndex);
    CHECK(trial.fullCapacityMonthIndex == engine.fullCapacityMonthIndex);
    CHECK(trial.phaseGapMonths == engine.phaseGapMonths);
    REQUIRE(trial.capexWindows.size() == engine.capexWindows.size());
    for (std::size_t w = 0; w < engine.capexWindows.size(); ++w) {
        CHECK(trial.capexWindows[w].step == engine.capexWindows[w].step);
        CHECK(trial.capexWindows[w].startMonth == engine.capexWindows[w].startMonth);
        CHECK(trial.capexWindows[w].finishMonth == engine.capexWindows[w].finishMonth);
        CHECK(trial.capexWindows[w].share == engine.capexWindows[w].share);
    }
    CHECK(trial.itOnlineMwByMonth == engine.itOnlineMwByMonth);
}

// Each portfolio's sites at their own durations, then shorter and longer ones (task by task
// different, some far enough to move the critical path), solved into one reused result.
void checkPortfolio(const Portfolio& portfolio) {
    const int horizonMonths = portfolio.horizonYears * 12;
    int scheduled = 0;
    for (const Site& site : portfolio.sites) {
        INFO(site.name);
        const PowerBudget power = computePowerBudget(site, defaultCatalogue());
        const ScheduledNetwork prepared = prepareScheduleNetwork(site, power, portfolio.startMonth);
        if (!prepared.ok) continue;
        TrialSchedule trial(prepared.network, prepared.unphasedRfsMonths);
        REQUIRE(trial.ok());
        REQUIRE(trial.taskCount() == prepared.network.size());
        ScheduleResult reused;
        for (const double scale : {1.0, 0.55, 1.8, 1.0, 0.0}) {
            INFO("scale " << scale);
            std::vector<schedule::NetworkTask> network = prepared.network;
            std::vector<double> durations;
            for (std::size_t t = 0; t < network.size(); ++t) {
                const double factor = scale * (t % 3 == 0 ? 1.3 : t % 3 == 1 ? 0.8 : 1.0);
                durations.push_back(network[t].activity.durationMonths * factor);
                network[t].activity.durationMonths = durations.back();
            }
            const ScheduleResult engine = scheduleNetwork(site, power, portfolio.costs, horizonMonths,
                                                          std::move(network), prepared.unphasedRfsMonths);
            trial.solve(site, power, horizonMonths, durations, reused);
            requireSame(reused, engine);
            ++scheduled;
        }
        // No durations: the network's own.
        trial.solve(site, power, horizonMonths, {}, reused);
        requireSame(reused, scheduleNetwork(site, power, portfolio.costs, horizonMonths, prepared.network,
                                            prepared.unphasedRfsMonths));
    }
    CHECK(scheduled > 0);
}

}  // namespace

TEST_CASE("risk trial schedule: the sample's sites as scheduleNetwork gives them", "[risk][trialschedule]") {
    checkPortfolio(samplePortfolio());
}

TEST_CASE("risk trial schedule: generated sites (phases, grid queues, fast-track) as scheduleNetwork",
          "[risk][trialschedule]") {
    Portfolio p = test::generatePortfolio(7, 60);
    p.horizonYears = 10;
    checkPortfolio(p);
}

TEST_CASE("risk trial economics: without the extras every other figure is the same bits",
          "[risk][trialschedule]") {
    Portfolio p = test::generatePortfolio(11, 40);
    for (const Site& s : samplePortfolio().sites) {
        p.sites.push_back(s);
        // Owned GPUs delivered in month 0 wait for the hall: the idle-GPU run has something to do.
        Site early = s;
        early.name += " (GPUs early)";
        early.plan.gpuDeliveryMonthIndex = 0;
        p.sites.push_back(early);
    }
    const int horizonMonths = p.horizonYears * 12;
    int owned = 0;
    for (const Site& site : p.sites) {
        INFO(site.name);
        const PowerBudget power = computePowerBudget(site, defaultCatalogue());
        const ScheduleResult schedule = computeSchedule(site, power, p.costs, horizonMonths, p.startMonth);
        if (!schedule.ok) continue;
        const bool feasible = checkFeasibility(site, defaultCatalogue(), power).empty();
        const auto& halvings = defaultCatalogue().halvings;
        const EconomicsResult full = computeEconomics(site, p, power, schedule, feasible, halvings);
        const EconomicsResult lean = computeEconomics(site, p, power, schedule, feasible, halvings,
                                                      EconomicsExtras{false, false, false});
        CHECK(lean.npvUsd == full.npvUsd);
        CHECK(lean.npvKeepMiningUsd == full.npvKeepMiningUsd);
        CHECK(lean.incrementalNpvUsd == full.incrementalNpvUsd);
        CHECK(lean.convertingIrr == full.convertingIrr);
        CHECK(lean.incrementalIrr == full.incrementalIrr);
        CHECK(lean.financing.equityIrr == full.financing.equityIrr);
        CHECK(lean.capexUsd == full.capexUsd);
        CHECK(lean.residualValueUsd == full.residualValueUsd);
        // Left out, so at their defaults.
        CHECK(lean.cumulativeNetUsd.empty());
        CHECK(lean.cumulativeKeepMiningUsd.empty());
        CHECK_FALSE(lean.paybackMonthIndex.has_value());
        CHECK(lean.delayCostUsdPerMonth == 0.0);
        CHECK(lean.idleGpuCostUsd == 0.0);
        if (full.idleGpuCostUsd > 0.0) ++owned;
    }
    // Some sites have owned GPUs idle before power: the skipped second run would have counted them.
    CHECK(owned > 0);
}
