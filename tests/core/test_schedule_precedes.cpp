// User tasks that precede generated ones (UserTask::precedes, issue 12 item 11): the schedule engine
// with hand-computed dates, validation (unknown ids, cycles through the generated network, named by
// field), and the JSON round trip. PowerBudget is built by hand as in test_schedule.cpp.
#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "engines/Schedule.h"
#include "io/JsonIo.h"
#include "io/SitesTable.h"
#include "sample/Sample.h"
#include "validation/Validation.h"

using namespace m2ai;
using Approx = Catch::Detail::Approx;

namespace {

// 30 MW of IT (the works' reference size, so durations are the defaults), on today's grid.
PowerBudget power30() {
    PowerBudget p;
    p.gridMw = p.gridWithQueueMw = p.convertedGridMw = 40.0;
    p.itMw = 30.0;
    p.itMwOnCurrentGrid = 30.0;
    p.gpus = 1000;
    return p;
}

// Every step on, direct-to-chip cooling. Fast-track without user tasks (test_schedule.cpp
// "calibration: all four steps"): design 0–3; proc-electrical 1–12; proc-cooling 1–7; proc-gpu 1–7;
// decommission 3–4; electrical 12–15; cooling 13–16; facility 4–6; GPU install 16–17;
// commissioning 17–18; RFS 18.
Site site(ScheduleMode mode) {
    Site s;
    s.name = "Hand";
    s.gridInterconnectMw = 40.0;
    s.plan.scheduleMode = mode;
    s.plan.gpu.enabled = true;
    s.plan.electrical.enabled = true;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    s.plan.facility.enabled = true;
    return s;
}

UserTask before(const std::string& id, double months, std::vector<std::string> dependsOn,
                std::vector<std::string> precedes) {
    return UserTask{id, id, months, std::move(dependsOn), std::move(precedes)};
}

const ScheduledTask& task(const ScheduleResult& r, const std::string& id) {
    const auto it =
        std::find_if(r.tasks.begin(), r.tasks.end(), [&](const ScheduledTask& t) { return t.id == id; });
    INFO("task " << id);
    REQUIRE(it != r.tasks.end());
    return *it;
}

bool has(const std::vector<TaskText>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const CostAssumptions kCosts{};

// The problems of a valid sample site with these user tasks, paths from "extraTasks".
std::vector<Problem> taskProblems(ScheduleMode mode, std::vector<UserTask> tasks) {
    Portfolio p = samplePortfolio();
    Site& s = p.sites.at(0);
    s.plan.scheduleMode = mode;
    s.plan.gpu.enabled = s.plan.electrical.enabled = s.plan.cooling.enabled = s.plan.facility.enabled = true;
    s.plan.extraTasks = std::move(tasks);
    std::vector<Problem> out;
    for (Problem& problem : validateSite(s, "s")) {
        const std::string head = "s.plan.extraTasks";
        if (problem.path.rfind(head, 0) == 0)
            out.push_back({problem.path.substr(head.size()), problem.message});
    }
    return out;
}

}  // namespace

TEST_CASE("precedes: customs clearance holds GPU install", "[schedule][precedes]") {
    // Customs after the GPUs arrive (proc-gpu EF 7), 10 months: 7–17. GPU install waits for it:
    // max(7, 15, 16, 6, 17) = 17–18; commissioning 18–19; RFS 19 (one month later than without it).
    Site s = site(ScheduleMode::FastTrack);
    s.plan.extraTasks = {before("customs", 10.0, {"proc-gpu"}, {"gpu-install"})};
    const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
    CHECK(task(r, "customs").earlyStartMonth == Approx(7.0));
    CHECK(task(r, "gpu-install").earlyStartMonth == Approx(17.0));
    CHECK(task(r, "gpu-install").drivingPredecessor == "customs");
    CHECK(has(task(r, "gpu-install").predecessors, "customs"));
    CHECK(r.durationMonths == Approx(19.0));
    CHECK(r.rfsMonthIndex == 19);
    CHECK(r.criticalPath ==
          std::vector<std::string>{"design", "proc-gpu", "customs", "gpu-install", "commissioning", "rfs"});
    // It has a successor, so RFS no longer waits for it directly.
    CHECK_FALSE(has(task(r, "rfs").predecessors, "customs"));

    // A short clearance (3 months, 7–10) has float: it must end by GPU install's late start 16.
    s.plan.extraTasks = {before("customs", 3.0, {"proc-gpu"}, {"gpu-install"})};
    const ScheduleResult quick = computeSchedule(s, power30(), kCosts, 120);
    CHECK(quick.durationMonths == Approx(18.0));
    CHECK(task(quick, "customs").totalFloatMonths == Approx(6.0));
    CHECK_FALSE(task(quick, "customs").critical);
}

TEST_CASE("precedes: a tariff agreement before energisation, a lease before design", "[schedule][precedes]") {
    Site s = site(ScheduleMode::FastTrack);
    SECTION("tariff agreement gates commissioning") {
        // Tariff 0–20; commissioning max(17, 20) = 20–21; RFS 21.
        s.plan.extraTasks = {before("tariff", 20.0, {}, {"commissioning"})};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(task(r, "tariff").earlyStartMonth == 0.0);
        CHECK(task(r, "commissioning").earlyStartMonth == Approx(20.0));
        CHECK(r.durationMonths == Approx(21.0));
        CHECK(r.criticalPath == std::vector<std::string>{"tariff", "commissioning", "rfs"});
    }
    SECTION("a land lease before design shifts the whole network") {
        // Lease 0–2; design 2–5; every date + 2: RFS 20.
        s.plan.extraTasks = {before("lease", 2.0, {}, {"design"})};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(task(r, "design").earlyStartMonth == Approx(2.0));
        CHECK(task(r, "electrical").earlyStartMonth == Approx(14.0));
        CHECK(r.durationMonths == Approx(20.0));
        CHECK(task(r, "lease").critical);
    }
    SECTION("precedes another user task: the same as that task depending on it") {
        // permit 0–4 precedes works, which depends on decommission (EF 4): works 4–9, then RFS
        // waits for it and commissioning: max(18, 9) = 18.
        s.plan.extraTasks = {before("permit", 4.0, {}, {"works"}),
                             before("works", 5.0, {"decommission"}, {})};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(task(r, "works").earlyStartMonth == Approx(4.0));
        s.plan.extraTasks[0].durationMonths = 6.0;  // permit 0–6: works 6–11
        CHECK(task(computeSchedule(s, power30(), kCosts, 120), "works").earlyStartMonth == Approx(6.0));
        s.plan.extraTasks = {before("permit", 6.0, {}, {}),
                             before("works", 5.0, {"decommission", "permit"}, {})};
        CHECK(task(computeSchedule(s, power30(), kCosts, 120), "works").earlyStartMonth == Approx(6.0));
    }
    SECTION("rfs and full-capacity are already after every task; a missing step's task is dropped") {
        s.plan.extraTasks = {before("late", 25.0, {}, {"rfs", "full-capacity"})};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(r.durationMonths == Approx(25.0));
        s.plan.gpu.enabled = false;  // no "gpu-install": the link goes, the task still finishes by RFS
        s.plan.extraTasks = {before("customs", 30.0, {}, {"gpu-install"})};
        const ScheduleResult noGpu = computeSchedule(s, power30(), kCosts, 120);
        CHECK(noGpu.durationMonths == Approx(30.0));
        CHECK(has(task(noGpu, "rfs").predecessors, "customs"));
    }
}

TEST_CASE("precedes: a cycle or a bad link is refused by the engine with the error", "[schedule][precedes]") {
    // Waits for GPU install but must finish before the electrical works, which GPU install waits for.
    Site s = site(ScheduleMode::FastTrack);
    const auto refusal = [&](const std::vector<UserTask>& tasks) {
        s.plan.extraTasks = tasks;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK_FALSE(r.ok);
        return r.error;
    };
    CHECK_THAT(refusal({before("loop", 1.0, {"gpu-install"}, {"electrical"})}), Catch::Contains("cycle"));
    CHECK_THAT(refusal({before("odd", 1.0, {}, {"no-such-task"})}),
               Catch::Contains("precedes unknown task \"no-such-task\""));
    CHECK_THAT(refusal({before("odd", 1.0, {}, {"grid-upgrade"})}),
               Catch::Contains("cannot precede the grid upgrade"));
}

TEST_CASE("precedes: validation names the field", "[schedule][precedes][validation]") {
    using M = ScheduleMode;
    CHECK(taskProblems(M::FastTrack, {before("customs", 2, {"proc-gpu"}, {"gpu-install", "rfs"})}).empty());

    struct Row {
        std::vector<UserTask> tasks;
        std::string path;
        std::string message;
    };
    const std::vector<Row> rows{
        {{before("a", 1, {}, {"no-such-task"})}, "[0].precedes[0]", "unknown task id \"no-such-task\""},
        {{before("a", 1, {}, {"grid-upgrade"})}, "[0].precedes[0]", "cannot precede \"grid-upgrade\""},
        {{before("a", 1, {}, {"a"})}, "[0].precedes[0]", "cannot precede itself"},
        {{before("a", 1, {}, {"design", "design"})}, "[0].precedes[1]", "listed twice"},
        // Closed by the precedes link back into the user task.
        {{before("loop", 1, {"gpu-install"}, {"electrical"})},
         "[0].precedes",
         "dependency cycle: loop -> gpu-install -> electrical -> loop"},
        // Through a second user task: a precedes design, b comes after decommission but before a.
        {{before("a", 1, {}, {"design"}), before("b", 1, {"decommission"}, {"a"})},
         "[0].precedes",
         "dependency cycle: a -> b -> decommission -> design -> a"},
    };
    for (const Row& row : rows) {
        INFO(row.path << " / " << row.message);
        const std::vector<Problem> problems = taskProblems(M::FastTrack, row.tasks);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].path == row.path);
        CHECK_THAT(problems[0].message, Catch::Contains(row.message));
    }

    // The network depends on the plan: facility works wait for the electrical works only in
    // sequential mode, so the same links are a cycle there and fine in fast-track.
    const std::vector<UserTask> links{before("t", 1, {"facility"}, {"electrical"})};
    CHECK(taskProblems(M::FastTrack, links).empty());
    const std::vector<Problem> sequential = taskProblems(M::Sequential, links);
    REQUIRE(sequential.size() == 1);
    CHECK(sequential[0].path == "[0].precedes");
    CHECK_THAT(sequential[0].message, Catch::Contains("t -> facility -> cooling -> electrical -> t"));
}

TEST_CASE("precedes: round-trips through JSON, absent means none", "[schedule][precedes][json]") {
    Portfolio p = samplePortfolio();
    p.sites.at(0).plan.extraTasks = {before("customs", 2.5, {"proc-gpu"}, {"gpu-install", "commissioning"})};
    const std::string text = portfolioToJson(p);
    CHECK(text.find("\"precedes\"") != std::string::npos);
    const JsonImport back = portfolioFromJson(text);
    REQUIRE(back.ok());
    CHECK(back.portfolio == p);
    CHECK(back.portfolio.sites.at(0).plan.extraTasks.at(0).precedes ==
          std::vector<std::string>{"gpu-install", "commissioning"});

    // A task without precedes writes no key (older files read and write as before).
    p.sites.at(0).plan.extraTasks[0].precedes.clear();
    CHECK(portfolioToJson(p).find("\"precedes\"") == std::string::npos);

    std::string bad = text;
    bad.replace(bad.find("\"precedes\""), std::string("\"precedes\"").size(), "\"precedes\": 3, \"x\"");
    const JsonImport refused = portfolioFromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(std::any_of(refused.problems.begin(), refused.problems.end(), [](const Problem& problem) {
        return problem.path.find("extraTasks[0].precedes") != std::string::npos &&
               problem.message.find("must be an array") != std::string::npos;
    }));
}

TEST_CASE("precedes: the sites spreadsheet keeps them in a fifth part", "[schedule][precedes][sites-table]") {
    Portfolio p = samplePortfolio();
    std::vector<Site> sites{p.sites.at(0)};
    sites[0].plan.extraTasks = {before("customs", 3.0, {"proc-gpu"}, {"gpu-install", "commissioning"}),
                                before("consult", 2.0, {"design"}, {})};
    const std::string csv = sitesToCsv(sites);
    CHECK(csv.find("customs|customs|3|proc-gpu|gpu-install commissioning; consult|consult|2|design") !=
          std::string::npos);
    const SitesTableImport back = readSitesCsv(csv);
    INFO(back.error);
    REQUIRE(back.ok);
    REQUIRE(back.sites.size() == 1);
    CHECK(back.sites[0].plan.extraTasks == sites[0].plan.extraTasks);
}
