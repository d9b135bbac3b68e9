// Issue 12 item 9: first RFS and full capacity as two milestones, criticality per milestone, and
// how they reach the compute --json output. Network-level hand computations are in
// test_schedule.cpp; this file checks the built-in sample and the JSON.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "catalogue/Catalogue.h"
#include "engines/Compute.h"
#include "engines/Schedule.h"
#include "engines/schedule/Cpm.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"

using namespace m2ai;

namespace {

const SiteResult& siteNamed(const PortfolioResult& r, const std::string& name) {
    const auto it =
        std::find_if(r.sites.begin(), r.sites.end(), [&](const SiteResult& s) { return s.name == name; });
    REQUIRE(it != r.sites.end());
    return *it;
}

const ScheduledTask& taskNamed(const ScheduleResult& r, const std::string& id) {
    const auto it =
        std::find_if(r.tasks.begin(), r.tasks.end(), [&](const ScheduledTask& t) { return t.id == id; });
    REQUIRE(it != r.tasks.end());
    return *it;
}

}  // namespace

TEST_CASE("cpm: late times against a milestone inside a longer network", "[schedule]") {
    // a(2) → m (milestone) → end; b(5) → end. Against "end" (5): a has 3 months of float. Against m:
    // a is critical, b does not lead to m.
    std::vector<cpm::Activity> acts(4);
    acts[0] = {"a", 2.0, {}, false};
    acts[1] = {"m", 0.0, {{0, cpm::LinkType::FinishToStart, 0.0}}, false};
    acts[2] = {"b", 5.0, {}, false};
    acts[3] = {
        "end", 0.0, {{1, cpm::LinkType::FinishToStart, 0.0}, {2, cpm::LinkType::FinishToStart, 0.0}}, false};
    const cpm::Solution s = cpm::solve(acts);
    CHECK(s.timing[0].totalFloatMonths == Approx(3.0));
    const cpm::MilestoneTiming m = cpm::timingFor(acts, s, 1);
    CHECK(m.leadsTo == std::vector<bool>{true, true, false, false});
    CHECK(m.totalFloatMonths[0] == 0.0);
    CHECK(m.lateFinishMonth[0] == Approx(2.0));
    CHECK(m.criticalPath == std::vector<std::size_t>{0, 1});
}

TEST_CASE("sample: Fox Creek's queued grid is critical for full capacity, not for first RFS", "[schedule]") {
    // Fox Creek: 60 MW today + 50 MW queued for 2029-01 (month 24), two phases. Phase 1 fits on
    // today's grid and goes live before the upgrade; phase 2 waits for it.
    const Portfolio p = samplePortfolio();
    const PortfolioResult r = computePortfolio(p, defaultCatalogue());
    const SiteResult& fox = siteNamed(r, "Fox Creek");
    const ScheduledTask& grid = taskNamed(fox.schedule, "grid-upgrade");
    CHECK(grid.earlyFinishMonth == Approx(24.0));
    CHECK(fox.schedule.durationMonths < 24.0);
    CHECK_FALSE(grid.criticalForFirstRfs);
    CHECK(grid.criticalForFullCapacity);
    CHECK(fox.schedule.fullCapacityMonths == Approx(24.0));
    REQUIRE(fox.schedule.fullCapacityMonthIndex);
    CHECK(*fox.schedule.fullCapacityMonthIndex == 24);
    CHECK(*fox.schedule.firstRfsMonthIndex == fox.schedule.rfsMonthIndex);
    CHECK(taskNamed(fox.schedule, "commissioning").criticalForFirstRfs);

    // compute --json carries both milestones and the per-task flags.
    const nlohmann::json j = nlohmann::json::parse(resultsToJson(p, r));
    for (const auto& site : j["sites"]) {
        INFO(site["name"]);
        const auto& sc = site["schedule"];
        REQUIRE(sc.contains("firstRfsMonthIndex"));
        REQUIRE(sc.contains("fullCapacityMonthIndex"));
        CHECK(sc["fullCapacityMonthIndex"].get<int>() >= sc["firstRfsMonthIndex"].get<int>());
        for (const auto& t : sc["tasks"]) {
            CHECK(t.contains("criticalForFirstRfs"));
            CHECK(t.contains("criticalForFullCapacity"));
        }
        if (site["name"] == "Fox Creek") CHECK(sc["fullCapacityMonthIndex"] == 24);
    }
}

TEST_CASE("milestones are null without AI capacity", "[schedule]") {
    Portfolio p = samplePortfolio();
    p.sites.resize(1);
    p.sites[0].plan.convertedSharePct = 0.0;
    const PortfolioResult r = computePortfolio(p, defaultCatalogue());
    CHECK_FALSE(r.sites[0].schedule.firstRfsMonthIndex);
    CHECK_FALSE(r.sites[0].schedule.fullCapacityMonthIndex);
    const nlohmann::json j = nlohmann::json::parse(resultsToJson(p, r));
    CHECK(j["sites"][0]["schedule"]["firstRfsMonthIndex"].is_null());
    CHECK(j["sites"][0]["schedule"]["fullCapacityMonthIndex"].is_null());
}

TEST_CASE("phased energisation brings first capacity forward (1 -> 10 phases)", "[schedule]") {
    // Sample Tydal-like plan is not needed: a fast-track 30 MW plan with every step. Phase 1's works
    // × (0.5 + 0.5/p): p = 1 → RFS 18; p = 10 → × 0.55: electrical 12–13.65, cooling 13–14.65,
    // GPU install 14.65–15.2, commissioning 15.2–15.75 → RFS 15.75, month 16. Full capacity: the gap
    // widens to max(2, (18 − 15.75)/9) = 2 → 15.75 + 18 = 33.75.
    Portfolio p = samplePortfolio();
    p.sites.resize(1);
    Site& s = p.sites[0];
    s.gridQueue.reset();
    s.plan.scheduleMode = ScheduleMode::FastTrack;
    s.plan.extraTasks.clear();
    s.plan.gpuDeliveryMonthIndex.reset();
    s.plan.monthsBetweenPhases = 2.0;
    PowerBudget power;
    power.itMw = power.itMwOnCurrentGrid = 30.0;
    power.gpus = 100;
    CostAssumptions costs;
    double previous = 1e9;
    for (int phases = 1; phases <= 10; ++phases) {
        INFO("phases " << phases);
        s.plan.energisationPhases = phases;
        const ScheduleResult r = computeSchedule(s, power, costs, 120);
        CHECK(r.durationMonths <= previous + 1e-9);
        previous = r.durationMonths;
        if (phases == 1) CHECK(r.durationMonths == Approx(18.0));
        if (phases == 10) {
            CHECK(r.durationMonths == Approx(15.75));
            CHECK(r.rfsMonthIndex == 16);
            CHECK(r.fullCapacityMonths == Approx(33.75));
        }
    }
}
