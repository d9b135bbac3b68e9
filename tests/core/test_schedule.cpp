// Schedule engine: the CPM solver on hand networks, the generated conversion network and its three
// calibration scenarios (domain.md §5.1), user tasks, properties over many plans, energisation
// phases, the grid upgrade and stranded GPUs. PowerBudget is built by hand so these tests do not
// depend on the power engine.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>
#include <string>

#include "engines/Schedule.h"
#include "engines/schedule/Cpm.h"
#include "engines/schedule/Network.h"

using namespace m2ai;
using Approx = Catch::Detail::Approx;

namespace {

// Hand networks are written with text ids and linked by index, as the network builder does.
struct HandLink {
    std::string from;
    cpm::LinkType type = cpm::LinkType::FinishToStart;
    double lag = 0.0;
};
struct HandActivity {
    std::string id;
    double months = 0.0;
    std::vector<HandLink> links;
};
HandActivity act(const std::string& id, double months, std::vector<HandLink> links = {}) {
    return {id, months, std::move(links)};
}
HandLink fs(const std::string& from, double lag = 0.0) {
    return {from, cpm::LinkType::FinishToStart, lag};
}
HandLink ss(const std::string& from, double lag) {
    return {from, cpm::LinkType::StartToStart, lag};
}
// An id that names no activity becomes an index past the end, which the solver must refuse.
std::vector<cpm::Activity> network(const std::vector<HandActivity>& hand) {
    std::vector<cpm::Activity> out;
    for (const HandActivity& a : hand) {
        cpm::Activity activity{a.id, a.months, {}};
        for (const HandLink& l : a.links) {
            std::size_t from = hand.size() + 7;
            for (std::size_t i = 0; i < hand.size(); ++i)
                if (hand[i].id == l.from) from = i;
            activity.predecessors.push_back({from, l.type, l.lag});
        }
        out.push_back(std::move(activity));
    }
    return out;
}

// 30 MW of IT, all on today's grid, 1,000 GPUs.
PowerBudget power30() {
    PowerBudget p;
    p.gridMw = p.gridWithQueueMw = p.convertedGridMw = 40.0;
    p.itMw = 30.0;
    p.itMwOnCurrentGrid = 30.0;
    p.gpus = 1000;
    return p;
}

Site site(ScheduleMode mode, bool gpu = true, bool electrical = true, bool cooling = true,
          bool facility = true) {
    Site s;
    s.name = "Hand";
    s.gridInterconnectMw = 40.0;
    s.plan.scheduleMode = mode;
    s.plan.gpu.enabled = gpu;
    s.plan.gpu.priceUsdPerGpu = 35000.0;
    s.plan.electrical.enabled = electrical;
    s.plan.cooling.enabled = cooling;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    s.plan.facility.enabled = facility;
    return s;
}

// A new build: 2 MW of grid today, +40 MW queued 36 months after the 2027-01 start.
Site newBuild() {
    Site s = site(ScheduleMode::FastTrack);
    s.gridInterconnectMw = 2.0;
    s.gridQueue = GridQueue{40.0, YearMonth{2030, 1}};
    return s;
}
PowerBudget newBuildPower() {
    PowerBudget p = power30();
    p.gridMw = 2.0;
    p.itMwOnCurrentGrid = 1.4;
    return p;
}

const ScheduledTask& task(const ScheduleResult& r, const std::string& id) {
    const auto it =
        std::find_if(r.tasks.begin(), r.tasks.end(), [&](const ScheduledTask& t) { return t.id == id; });
    INFO("task " << id);
    REQUIRE(it != r.tasks.end());
    return *it;
}
bool hasTask(const ScheduleResult& r, const std::string& id) {
    return std::any_of(r.tasks.begin(), r.tasks.end(), [&](const ScheduledTask& t) { return t.id == id; });
}

const CostAssumptions kCosts{};  // GPU depreciation 5 years

}  // namespace

TEST_CASE("CPM: hand network, finish-to-start", "[schedule]") {
    // A(3) → B(2) → D(1) → E(2); A → C(4) → E.
    // Forward: A 0–3; B 3–5; C 3–7; D 5–6; E max(7, 6) = 7–9. Finish 9.
    // Backward: E LF 9 LS 7; D LF 7 LS 6; C LF 7 LS 3; B LF min(LS D 6) = 6 LS 4; A LF min(4, 3) = 3 LS 0.
    // Float: A 0, B 1, C 0, D 1, E 0 → critical path A, C, E.
    const std::vector<cpm::Activity> net =
        network({act("A", 3), act("B", 2, {fs("A")}), act("C", 4, {fs("A")}), act("D", 1, {fs("B")}),
                 act("E", 2, {fs("C"), fs("D")})});
    const cpm::Solution s = cpm::solve(net);
    CHECK(s.finishMonth == Approx(9.0));
    const double es[] = {0, 3, 3, 5, 7}, ef[] = {3, 5, 7, 6, 9}, ls[] = {0, 4, 3, 6, 7},
                 lf[] = {3, 6, 7, 7, 9}, fl[] = {0, 1, 0, 1, 0};
    for (std::size_t i = 0; i < net.size(); ++i) {
        INFO(net[i].id);
        CHECK(s.timing[i].earlyStartMonth == Approx(es[i]));
        CHECK(s.timing[i].earlyFinishMonth == Approx(ef[i]));
        CHECK(s.timing[i].lateStartMonth == Approx(ls[i]));
        CHECK(s.timing[i].lateFinishMonth == Approx(lf[i]));
        CHECK(s.timing[i].totalFloatMonths == Approx(fl[i]));
        CHECK(s.timing[i].critical == (fl[i] == 0));
    }
    CHECK(s.timing[4].drivingLink == 0);  // E is driven by C (finish 7), not D (finish 6)
    CHECK(s.criticalPath == std::vector<std::size_t>{0, 2, 4});
    CHECK(s.order == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("CPM: start-to-start lag", "[schedule]") {
    // X(4); Y(3) starts 1 month after X starts; Z(2) after Y; W(1) after X.
    // Forward: X 0–4; Y 1–4; Z 4–6; W 4–5. Finish 6.
    // Backward: Z LF 6 LS 4; W LF 6 LS 5 (float 1); Y LF 4 LS 1;
    // X: via W LF ≤ 5, via Y (SS 1) LF ≤ LS_Y − 1 + 4 = 4 → LF 4, LS 0, float 0.
    // Critical path X, Y, Z: lag 1 + 3 + 2 = 6 = finish.
    const std::vector<cpm::Activity> net =
        network({act("X", 4), act("Y", 3, {ss("X", 1)}), act("Z", 2, {fs("Y")}), act("W", 1, {fs("X")})});
    const cpm::Solution s = cpm::solve(net);
    CHECK(s.finishMonth == Approx(6.0));
    CHECK(s.timing[1].earlyStartMonth == Approx(1.0));
    CHECK(s.timing[0].lateFinishMonth == Approx(4.0));
    CHECK(s.timing[0].totalFloatMonths == Approx(0.0));
    CHECK(s.timing[3].totalFloatMonths == Approx(1.0));
    CHECK(s.criticalPath == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("CPM: cycles, unknown and duplicate ids are refused instead of hanging", "[schedule]") {
    const cpm::Solution three =
        cpm::solve(network({act("A", 1, {fs("C")}), act("B", 1, {fs("A")}), act("C", 1, {fs("B")})}));
    CHECK_FALSE(three.ok);
    CHECK(three.timing.empty());
    const cpm::Solution two = cpm::solve(network({act("A", 1, {fs("B")}), act("B", 1, {fs("A")})}));
    CHECK_FALSE(two.ok);
    CHECK_THAT(two.error, Catch::Contains("cycle") && Catch::Contains("B -> A -> B"));
    CHECK_FALSE(cpm::solve(network({act("A", 1, {fs("nope")})})).ok);
    CHECK(cpm::solve(network({act("A", 1), act("B", 1, {fs("A")})})).ok);

    const auto refused = [](const Site& s, const std::string& words) {
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        INFO(r.error);
        CHECK_FALSE(r.ok);
        CHECK(r.tasks.empty());
        CHECK_THAT(r.error, Catch::Contains(words));
        // A phased plan solves its network for the whole site first: refused the same way.
        Site phased = s;
        phased.plan.energisationPhases = 3;
        CHECK(computeSchedule(phased, power30(), kCosts, 120).error == r.error);
        CHECK(prepareScheduleNetwork(s, power30(), YearMonth{2027, 1}).error == r.error);
        CHECK_FALSE(prepareScheduleNetwork(s, power30(), YearMonth{2027, 1}).ok);
    };
    Site s = site(ScheduleMode::FastTrack);
    CHECK(computeSchedule(s, power30(), kCosts, 120).ok);
    s.plan.extraTasks = {UserTask{"u1", "One", 1.0, {"u2"}}, UserTask{"u2", "Two", 1.0, {"u1"}}};
    refused(s, "cycle");
    s.plan.extraTasks = {UserTask{"u1", "After RFS", 1.0, {"rfs"}}};  // rfs waits for u1: a cycle
    refused(s, "cycle");
    s.plan.extraTasks = {UserTask{"u1", "Unknown", 1.0, {"no-such-task"}}};
    refused(s, "unknown task \"no-such-task\"");
    // Duplicate ids (validation refuses them first): the network builder refuses them too.
    s.plan.extraTasks = {UserTask{"u1", "One", 1.0, {}}, UserTask{"u1", "Again", 1.0, {}}};
    refused(s, "not unique");
    s.plan.extraTasks = {UserTask{"design", "Generated id", 1.0, {}}};
    refused(s, "not unique");
}

TEST_CASE("calibration: retrofit on its own grid, no long-lead gate, about 12 months", "[schedule]") {
    // domain.md §5.1: retrofit of an energised mining shell 10–14 months; Cipher Barber Lake ~12.
    // Fast-track, electrical step off (the existing chain is reused):
    // design 0–3; proc-cooling and proc-gpu 1–7 (ordered on the design basis at month 1);
    // decommission 3–4; facility 4–6; cooling max(7, 4) = 7–10; GPU install max(7, 10, 6) = 10–11;
    // commissioning 11–12; RFS 12.
    const ScheduleResult r =
        computeSchedule(site(ScheduleMode::FastTrack, true, false), power30(), kCosts, 120);
    CHECK(r.durationMonths == Approx(12.0).margin(2.0));
    CHECK(r.durationMonths == Approx(12.0));
    CHECK(r.rfsMonthIndex == 12);
    CHECK_FALSE(hasTask(r, "proc-electrical"));
    CHECK_FALSE(hasTask(r, "electrical"));
    CHECK(r.criticalPath == std::vector<std::string>{"design", "proc-cooling", "cooling", "gpu-install",
                                                     "commissioning", "rfs"});
    CHECK(task(r, "facility").totalFloatMonths == Approx(4.0));  // LF = LS(gpu-install) 10, EF 6
    CHECK(task(r, "cooling").drivingPredecessor == "proc-cooling");
}

TEST_CASE("calibration: all four steps, about 24 months sequential, about 18 fast-track", "[schedule]") {
    // Sequential: design 3 + procurement 11 (switchgear gates) + decommission 1 + electrical 3 +
    // cooling 3 + facility 2 + GPU install 1 + commissioning 1 = 25 months.
    const ScheduleResult seq = computeSchedule(site(ScheduleMode::Sequential), power30(), kCosts, 120);
    CHECK(seq.durationMonths == Approx(24.0).margin(2.0));
    CHECK(seq.durationMonths == Approx(25.0));
    CHECK(seq.criticalPath == std::vector<std::string>{"design", "proc-electrical", "decommission",
                                                       "electrical", "cooling", "facility", "gpu-install",
                                                       "commissioning", "rfs"});
    double sum = 0.0;
    for (const std::string& id : seq.criticalPath) sum += task(seq, id).durationMonths;
    CHECK(sum == Approx(seq.durationMonths));
    // proc-cooling 3–9 could finish as late as 14 (decommission's start): 5 months of float.
    CHECK(task(seq, "proc-cooling").totalFloatMonths == Approx(5.0));

    // Fast-track: design 0–3; proc-electrical 1–12; electrical 12–15; cooling max(7, 4, 12 + 1) = 13–16;
    // facility 4–6; GPU install max(7, 15, 16, 6) = 16–17; commissioning 17–18; RFS 18.
    const ScheduleResult ft = computeSchedule(site(ScheduleMode::FastTrack), power30(), kCosts, 120);
    CHECK(ft.durationMonths == Approx(18.0).margin(2.0));
    CHECK(ft.durationMonths == Approx(18.0));
    CHECK(task(ft, "cooling").earlyStartMonth == Approx(13.0));
    CHECK(task(ft, "cooling").drivingPredecessor == "electrical");
    CHECK(ft.criticalPath == std::vector<std::string>{"design", "proc-electrical", "electrical", "cooling",
                                                      "gpu-install", "commissioning", "rfs"});
    // electrical: LF limited by cooling's SS link: LS(cooling) 13 − 1 + 3 = 15 = EF → critical.
    CHECK(task(ft, "electrical").critical);
    CHECK(task(ft, "proc-gpu").totalFloatMonths == Approx(9.0));  // EF 7, LF = LS(gpu-install) 16
    CHECK(ft.tasks.back().id == "full-capacity");
    CHECK(ft.tasks[ft.tasks.size() - 2].id == "rfs");
}

TEST_CASE("calibration: new build waiting for the grid, 2–4 years", "[schedule]") {
    // domain.md §5.1: greenfield needing a new interconnection 36–60+ months; large-load queues 3–5 years.
    // Grid upgrade 2027-01 → 2030-01 = 36 months; commissioning max(17, 36) = 36–37; RFS 37.
    const ScheduleResult r = computeSchedule(newBuild(), newBuildPower(), kCosts, 120, YearMonth{2027, 1});
    CHECK(task(r, "grid-upgrade").durationMonths == Approx(36.0));
    CHECK(r.durationMonths == Approx(37.0));
    CHECK(r.durationMonths >= 24.0);
    CHECK(r.durationMonths <= 48.0);
    CHECK(r.criticalPath == std::vector<std::string>{"grid-upgrade", "commissioning", "rfs"});
    CHECK(task(r, "commissioning").drivingPredecessor == "grid-upgrade");
    CHECK(task(r, "gpu-install").totalFloatMonths == Approx(19.0));  // EF 17, LF 36

    // The start month matters: a portfolio starting a year earlier waits 48 months for the same queue.
    const ScheduleResult early =
        computeSchedule(newBuild(), newBuildPower(), kCosts, 120, YearMonth{2026, 1});
    CHECK(early.durationMonths == Approx(49.0));
    // The 4-argument form starts in 2027-01.
    CHECK(computeSchedule(newBuild(), newBuildPower(), kCosts, 120).durationMonths == Approx(37.0));
}

TEST_CASE("grid upgrade appears only when the plan needs the queued grid", "[schedule]") {
    Site s = newBuild();
    PowerBudget p = newBuildPower();
    p.itMwOnCurrentGrid = p.itMw;  // electrical capacity, not the grid, limits IT: the queue adds nothing
    CHECK_FALSE(hasTask(computeSchedule(s, p, kCosts, 120), "grid-upgrade"));
    s.gridQueue = GridQueue{40.0, YearMonth{2025, 6}};  // already past: zero-length upgrade
    const ScheduleResult past = computeSchedule(s, newBuildPower(), kCosts, 120);
    CHECK(task(past, "grid-upgrade").durationMonths == 0.0);
    CHECK(past.durationMonths == Approx(18.0));
}

TEST_CASE("user tasks join the network", "[schedule]") {
    Site s = site(ScheduleMode::FastTrack);  // 18 months, electrical EF 15 on the critical path
    SECTION("a dependency on the critical path lengthens the project") {
        // Utility witness test after the electrical works: 15 + 5 = 20 > 18.
        s.plan.extraTasks = {UserTask{"witness", "Utility witness test", 5.0, {"electrical"}}};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(r.durationMonths == Approx(20.0));
        CHECK(task(r, "witness").earlyStartMonth == Approx(15.0));
        CHECK(task(r, "rfs").drivingPredecessor == "witness");
        CHECK(r.criticalPath ==
              std::vector<std::string>{"design", "proc-electrical", "electrical", "witness", "rfs"});
        CHECK(task(r, "commissioning").totalFloatMonths == Approx(2.0));
    }
    SECTION("a task with slack leaves RFS alone and has float") {
        // Community consultation after design: 3–5, may finish by 18 → float 13.
        s.plan.extraTasks = {UserTask{"consult", "Community consultation", 2.0, {"design"}},
                             UserTask{"free", "Free-standing", 4.0, {}},
                             UserTask{"chained", "After consult", 1.0, {"consult"}}};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(r.durationMonths == Approx(18.0));
        CHECK(task(r, "consult").earlyFinishMonth == Approx(5.0));
        CHECK(task(r, "consult").totalFloatMonths == Approx(12.0));  // "chained" 5–6 must end by 18
        CHECK(task(r, "free").earlyStartMonth == 0.0);
        CHECK(task(r, "free").totalFloatMonths == Approx(14.0));
        // RFS waits for the user tasks nothing else waits for: "free" and "chained", not "consult".
        const auto& rfsPreds = task(r, "rfs").predecessors;
        CHECK(std::count(rfsPreds.begin(), rfsPreds.end(), "free") == 1);
        CHECK(std::count(rfsPreds.begin(), rfsPreds.end(), "chained") == 1);
        CHECK(std::count(rfsPreds.begin(), rfsPreds.end(), "consult") == 0);
    }
    SECTION("a dependency on a disabled step's task is dropped") {
        s.plan.electrical.enabled = false;  // 12 months, no "electrical" task
        s.plan.extraTasks = {UserTask{"witness", "Utility witness test", 5.0, {"electrical"}}};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(task(r, "witness").earlyStartMonth == 0.0);
        CHECK(r.durationMonths == Approx(12.0));
    }
}

TEST_CASE("properties over many plans", "[schedule]") {
    std::mt19937 rng(20270101u);
    std::uniform_int_distribution<int> coin(0, 1), techPick(0, 3), userCount(0, 4), months(0, 40);
    std::uniform_real_distribution<double> userMonths(0.0, 9.0);
    const std::vector<std::string> generated{"design",       "proc-electrical", "proc-cooling", "proc-gpu",
                                             "decommission", "electrical",      "cooling",      "facility",
                                             "gpu-install",  "commissioning",   "grid-upgrade"};
    for (int trial = 0; trial < 400; ++trial) {
        Site s = site(ScheduleMode::Sequential, coin(rng), coin(rng), coin(rng), coin(rng));
        s.plan.cooling.technology = static_cast<CoolingTech>(techPick(rng));
        PowerBudget p = power30();
        if (coin(rng)) {
            s.gridQueue = GridQueue{40.0, YearMonth{2027, 1}.plusMonths(months(rng))};
            p.itMwOnCurrentGrid = 10.0;
        }
        if (coin(rng)) s.plan.gpuDeliveryMonthIndex = months(rng);
        const int users = userCount(rng);
        for (int u = 0; u < users; ++u) {
            UserTask t{"user" + std::to_string(u), "User task", userMonths(rng), {}};
            // Depend on earlier user tasks or any generated id (present or not).
            for (int d = 0; d < 2; ++d) {
                if (!coin(rng)) continue;
                if (u > 0 && coin(rng))
                    t.dependsOn.push_back("user" +
                                          std::to_string(std::uniform_int_distribution<int>(0, u - 1)(rng)));
                else
                    t.dependsOn.push_back(
                        generated[std::uniform_int_distribution<std::size_t>(0, generated.size() - 1)(rng)]);
            }
            std::sort(t.dependsOn.begin(), t.dependsOn.end());
            t.dependsOn.erase(std::unique(t.dependsOn.begin(), t.dependsOn.end()), t.dependsOn.end());
            s.plan.extraTasks.push_back(t);
        }
        INFO("trial " << trial);

        const ScheduleResult seq = computeSchedule(s, p, kCosts, 120);
        Site fastSite = s;
        fastSite.plan.scheduleMode = ScheduleMode::FastTrack;
        const ScheduleResult fast = computeSchedule(fastSite, p, kCosts, 120);
        CHECK(fast.durationMonths <= seq.durationMonths + 1e-9);

        for (const Site* variant : {&s, &fastSite}) {
            const ScheduleResult& r = variant == &s ? seq : fast;
            REQUIRE_FALSE(r.tasks.empty());
            CHECK(r.tasks.back().id == "full-capacity");
            CHECK(r.durationMonths == Approx(task(r, "rfs").earlyFinishMonth));
            CHECK(r.fullCapacityMonths >= r.durationMonths - 1e-9);
            const std::vector<schedule::NetworkTask> net =
                schedule::buildNetwork(*variant, p, YearMonth{2027, 1}).tasks;
            std::map<std::string, const schedule::NetworkTask*> byId;
            for (const auto& n : net) byId[n.activity.id] = &n;
            std::map<std::string, std::size_t> position;
            for (std::size_t i = 0; i < r.tasks.size(); ++i) position[r.tasks[i].id] = i;
            for (const ScheduledTask& t : r.tasks) {
                INFO(t.id);
                CHECK(t.critical == (t.criticalForFirstRfs || t.criticalForFullCapacity));
                CHECK(t.earlyFinishMonth <= r.fullCapacityMonths + 1e-9);
                if (t.id == "full-capacity") continue;  // appended by computeSchedule, not the network
                CHECK(t.totalFloatMonths >= 0.0);
                CHECK(t.totalFloatMonths == Approx(t.lateStartMonth - t.earlyStartMonth).margin(1e-9));
                // A dated grid upgrade that gates only later capacity may end after RFS.
                if (!byId.at(t.id)->activity.externalDate) {
                    CHECK(t.earlyFinishMonth <= r.durationMonths + 1e-9);
                    CHECK(t.lateFinishMonth <= r.durationMonths + 1e-9);
                }
                CHECK(t.earlyStartMonth >= 0.0);
                for (const std::string& pred : t.predecessors) CHECK(position.at(pred) < position.at(t.id));
            }
            CHECK(hasTask(r, "proc-gpu") == variant->plan.gpu.enabled);
            CHECK(hasTask(r, "electrical") == variant->plan.electrical.enabled);
            CHECK(hasTask(r, "grid-upgrade") == variant->gridQueue.has_value());

            // The critical path: starts at month 0, each task is driven by the one before it, all
            // critical, and the links along it add up to the duration (FS: duration + lag; SS: lag).
            REQUIRE_FALSE(r.criticalPath.empty());
            CHECK(r.criticalPath.back() == "rfs");
            CHECK(task(r, r.criticalPath.front()).earlyStartMonth == 0.0);
            double length = 0.0;
            for (std::size_t k = 0; k < r.criticalPath.size(); ++k) {
                const ScheduledTask& t = task(r, r.criticalPath[k]);
                CHECK(t.critical);
                if (k + 1 == r.criticalPath.size()) {
                    length += t.durationMonths;
                    break;
                }
                const std::string& next = r.criticalPath[k + 1];
                CHECK(task(r, next).drivingPredecessor == t.id);
                for (const cpm::Link& l : byId.at(next)->activity.predecessors)
                    if (net[l.from].activity.id == t.id)
                        length +=
                            (l.type == cpm::LinkType::FinishToStart ? t.durationMonths : 0.0) + l.lagMonths;
            }
            CHECK(length == Approx(r.durationMonths));
            if (variant->plan.scheduleMode == ScheduleMode::Sequential) {
                double sum = 0.0;
                for (const std::string& id : r.criticalPath) sum += task(r, id).durationMonths;
                CHECK(sum == Approx(r.durationMonths));
            }
            CHECK(r.idleGpuMonths >= 0.0);
        }
    }
}

TEST_CASE("properties: phasing brings first RFS forward, full capacity not before the works", "[schedule]") {
    const auto taskOf = [](const ScheduleResult& r, const std::string& id) -> const ScheduledTask& {
        return task(r, id);
    };
    std::mt19937 rng(12u);
    std::uniform_int_distribution<int> coin(0, 1), phasePick(1, 10), months(0, 40);
    std::uniform_real_distribution<double> gap(0.0, 6.0), itMw(1.0, 200.0);
    for (int trial = 0; trial < 300; ++trial) {
        INFO("trial " << trial);
        Site s = site(coin(rng) ? ScheduleMode::Sequential : ScheduleMode::FastTrack, coin(rng), coin(rng),
                      coin(rng), coin(rng));
        PowerBudget p = power30();
        p.itMw = itMw(rng);
        p.itMwOnCurrentGrid = p.itMw;
        if (coin(rng)) {
            s.gridQueue = GridQueue{40.0, YearMonth{2027, 1}.plusMonths(months(rng))};
            p.itMwOnCurrentGrid = p.itMw * 0.4;
        }
        const ScheduleResult one = computeSchedule(s, p, kCosts, 120);
        s.plan.energisationPhases = phasePick(rng);
        s.plan.monthsBetweenPhases = gap(rng);
        const ScheduleResult phased = computeSchedule(s, p, kCosts, 120);
        CHECK(phased.durationMonths <= one.durationMonths + 1e-9);
        // Full capacity never comes before the unphased site's works are done, nor before the queued
        // grid. (With a queue, a single phase that does not fit on today's grid is commissioned after
        // the upgrade, while the last of several phases goes live on the upgrade's date: phasing may
        // then bring full capacity forward by up to one commissioning.)
        if (!s.gridQueue)
            CHECK(phased.fullCapacityMonths >= one.fullCapacityMonths - 1e-9);
        else
            CHECK(phased.fullCapacityMonths >=
                  std::min(one.fullCapacityMonths, taskOf(phased, "grid-upgrade").earlyFinishMonth) - 1e-9);
        CHECK(phased.fullCapacityMonths >= phased.durationMonths - 1e-9);
        // Capacity online never falls and reaches the whole IT load at full capacity.
        for (std::size_t m = 1; m < phased.itOnlineMwByMonth.size(); ++m)
            CHECK(phased.itOnlineMwByMonth[m] >= phased.itOnlineMwByMonth[m - 1] - 1e-9);
        if (*phased.fullCapacityMonthIndex < 120)
            CHECK(phased.itOnlineMwByMonth[static_cast<std::size_t>(*phased.fullCapacityMonthIndex)] ==
                  Approx(p.itMw));
        // Every step's capex windows add up to the whole step.
        std::map<std::string, double> shares;
        for (const CapexWindow& w : phased.capexWindows) shares[std::string(w.taskId())] += w.share;
        for (const auto& [id, total] : shares) CHECK(total == Approx(1.0));
    }
}

TEST_CASE("works durations scale with the site's size", "[schedule]") {
    // 30 MW is the reference: factor 1. 70 MW: 1 + 0.0075 × 40 = 1.3. 200 MW: 1 + 0.0075 × 170 =
    // 2.275, capped at 1.5. Below the reference nothing shrinks.
    CHECK(schedule::sizeDurationFactor(30.0) == Approx(1.0));
    CHECK(schedule::sizeDurationFactor(5.0) == Approx(1.0));
    CHECK(schedule::sizeDurationFactor(70.0) == Approx(1.3));
    CHECK(schedule::sizeDurationFactor(200.0) == Approx(1.5));
    CHECK(schedule::phaseDurationFactor(1) == Approx(1.0));
    CHECK(schedule::phaseDurationFactor(4) == Approx(0.625));
    // Fast-track, all steps, 70 MW in one phase: electrical 3.9, cooling 3.9, GPU install 1.3,
    // commissioning 1.3: proc-electrical 1–12; electrical 12–15.9; cooling 13–16.9; GPU install
    // 16.9–18.2; commissioning 18.2–19.5. RFS 19.5 → month 20.
    PowerBudget p = power30();
    p.itMw = p.itMwOnCurrentGrid = 70.0;
    const ScheduleResult r = computeSchedule(site(ScheduleMode::FastTrack), p, kCosts, 120);
    CHECK(task(r, "electrical").durationMonths == Approx(3.9));
    CHECK(task(r, "proc-electrical").durationMonths == Approx(11.0));  // lead times do not scale
    CHECK(r.durationMonths == Approx(19.5));
    CHECK(r.rfsMonthIndex == 20);
}

TEST_CASE("energisation phases shape capacity online", "[schedule]") {
    // One phase: RFS 18. Three phases: phase 1's works take 0.5 + 0.5/3 = 2/3 of the whole site's
    // (decommission 2/3, electrical 2, cooling 2, facility 4/3, GPU install 2/3, commissioning 2/3):
    // design 0–3; proc-electrical 1–12; electrical 12–14; cooling max(7, 3.67, 12 + 1) = 13–15;
    // GPU install 15–15.67; commissioning 15.67–16.33; first RFS 16.33 → month 17.
    Site s = site(ScheduleMode::FastTrack);
    s.plan.energisationPhases = 3;
    SECTION("whole-month gaps") {
        // Gap max(2, (18 − 16.33)/2 = 0.83) = 2: 10 MW at 16.33, 18.33, 20.33 → months 17, 19, 21.
        s.plan.monthsBetweenPhases = 2.0;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 30);
        REQUIRE(r.itOnlineMwByMonth.size() == 30);
        CHECK(r.durationMonths == Approx(16.0 + 1.0 / 3.0));
        CHECK(r.rfsMonthIndex == 17);
        CHECK(r.firstRfsMonthIndex == 17);
        CHECK(r.fullCapacityMonths == Approx(20.0 + 1.0 / 3.0));
        CHECK(r.fullCapacityMonthIndex == 21);
        CHECK(*r.phaseGapMonths == Approx(2.0));
        CHECK(r.itOnlineMwByMonth[16] == 0.0);
        CHECK(r.itOnlineMwByMonth[17] == Approx(10.0));
        CHECK(r.itOnlineMwByMonth[18] == Approx(10.0));
        CHECK(r.itOnlineMwByMonth[19] == Approx(20.0));
        CHECK(r.itOnlineMwByMonth[20] == Approx(20.0));
        CHECK(r.itOnlineMwByMonth[21] == Approx(30.0));
        CHECK(r.itOnlineMwByMonth[29] == Approx(30.0));
    }
    SECTION("fractional gaps round up to the next full month") {
        // Phases at 16.33, 17.83, 19.33 → serve from months 17, 18, 20.
        s.plan.monthsBetweenPhases = 1.5;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 24);
        CHECK(r.itOnlineMwByMonth[16] == 0.0);
        CHECK(r.itOnlineMwByMonth[17] == Approx(10.0));
        CHECK(r.itOnlineMwByMonth[18] == Approx(20.0));
        CHECK(r.itOnlineMwByMonth[19] == Approx(20.0));
        CHECK(r.itOnlineMwByMonth[20] == Approx(30.0));
    }
    SECTION("a gap shorter than the crews need is widened") {
        // No gap asked: the later phases still need (18 − 16.33)/2 = 0.83 months each, so the last
        // phase goes into service at 18, when the unphased site would.
        s.plan.monthsBetweenPhases = 0.0;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 24);
        CHECK(*r.phaseGapMonths == Approx(5.0 / 6.0));
        CHECK(r.fullCapacityMonths == Approx(18.0));
        // In service at 16.33, 17.17, 18 → from months 17, 18, 18.
        CHECK(r.itOnlineMwByMonth[17] == Approx(10.0));
        CHECK(r.itOnlineMwByMonth[18] == Approx(30.0));
    }
    SECTION("capex is paid phase by phase") {
        // Electrical works of phase 1 run 12–14; phases 2 and 3 the same window 2 and 4 months later,
        // each a third of the step's capex.
        s.plan.monthsBetweenPhases = 2.0;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 30);
        std::vector<CapexWindow> electrical;
        for (const CapexWindow& w : r.capexWindows)
            if (w.step == CapexStep::Electrical) electrical.push_back(w);
        REQUIRE(electrical.size() == 3);
        for (int k = 0; k < 3; ++k) {
            CHECK(electrical[static_cast<std::size_t>(k)].startMonth == Approx(12.0 + 2.0 * k));
            CHECK(electrical[static_cast<std::size_t>(k)].finishMonth == Approx(14.0 + 2.0 * k));
            CHECK(electrical[static_cast<std::size_t>(k)].share == Approx(1.0 / 3.0));
        }
    }
    SECTION("a fractional RFS") {
        // A 0.5-month user task after commissioning: RFS 18.5 → rfsMonthIndex 19; one phase of 30 MW.
        s.plan.energisationPhases = 1;
        s.plan.extraTasks = {UserTask{"handover", "Tenant handover", 0.5, {"commissioning"}}};
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 24);
        CHECK(r.durationMonths == Approx(18.5));
        CHECK(r.rfsMonthIndex == 19);
        CHECK(r.itOnlineMwByMonth[18] == 0.0);
        CHECK(r.itOnlineMwByMonth[19] == Approx(30.0));
    }
    SECTION("phases past the horizon are cut off") {
        s.plan.monthsBetweenPhases = 10.0;  // 16.33, 26.33, 36.33 with a 30-month horizon
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 30);
        CHECK(r.itOnlineMwByMonth[29] == Approx(20.0));
    }
}

TEST_CASE("grid upgrade: nothing online before the queued grid, then phases", "[schedule]") {
    // New build, 2 phases 2 months apart: RFS 37 (grid at 36 + commissioning 1), phases at 37 and 39.
    Site s = newBuild();
    s.plan.energisationPhases = 2;
    s.plan.monthsBetweenPhases = 2.0;
    const ScheduleResult r = computeSchedule(s, newBuildPower(), kCosts, 48);
    const double gridDoneMonth = task(r, "grid-upgrade").earlyFinishMonth;
    CHECK(gridDoneMonth == Approx(36.0));
    for (int m = 0; m < 37; ++m) CHECK(r.itOnlineMwByMonth[static_cast<std::size_t>(m)] == 0.0);
    CHECK(r.itOnlineMwByMonth[37] == Approx(15.0));
    CHECK(r.itOnlineMwByMonth[38] == Approx(15.0));
    CHECK(r.itOnlineMwByMonth[39] == Approx(30.0));
    CHECK(r.itOnlineMwByMonth[47] == Approx(30.0));
}

TEST_CASE("stranded GPUs", "[schedule]") {
    // 1,000 GPUs at USD 35,000 depreciated over 5 years: USD 35,000 / 60 = 583.33 per idle GPU-month.
    // Idle = months a GPU waits beyond the handling time (just-in-time arrival → RFS).
    SECTION("default delivery: just in time, nothing stranded") {
        // Fast-track, all steps: proc-gpu may finish as late as 16 (GPU install starts at 16); RFS 18,
        // so handling = 18 − 16 = 2 months (install + commissioning). GPUs arrive at 16 → idle 0.
        const ScheduleResult r = computeSchedule(site(ScheduleMode::FastTrack), power30(), kCosts, 120);
        CHECK(task(r, "proc-gpu").lateFinishMonth == Approx(16.0));
        CHECK(r.idleGpuMonths == 0.0);
        CHECK(r.strandedDepreciationUsd == 0.0);
    }
    SECTION("phased energisation after a grid wait: each phase's GPUs arrive just in time") {
        // New build: just-in-time arrival 35, RFS 37, handling 2. Phase 0 (500 GPUs) arrives 35, online 37;
        // phase 1 arrives 37, online 39: idle 0 + 0.
        Site s = newBuild();
        s.plan.energisationPhases = 2;
        s.plan.monthsBetweenPhases = 2.0;
        const ScheduleResult r = computeSchedule(s, newBuildPower(), kCosts, 120);
        CHECK(r.idleGpuMonths == 0.0);
    }
    SECTION("all phases delivered at once by the user strand the later phases") {
        // Same two phases: phase 1's works take 0.75 of the site's, so GPU install (0.75) must start
        // by 35.25 and commissioning runs 36–36.75: RFS 36.75, handling 36.75 − 35.25 = 1.5, gap
        // max(2, 37 − 36.75) = 2. User delivery at 35: phase 0 idles 36.75 − 1.5 − 35 = 0.25, phase 1
        // 38.75 − 1.5 − 35 = 2.25: 500 × 2.5 = 1,250 GPU-months; × 583.33 = USD 729,166.67.
        Site s = newBuild();
        s.plan.energisationPhases = 2;
        s.plan.monthsBetweenPhases = 2.0;
        s.plan.gpuDeliveryMonthIndex = 35;
        const ScheduleResult r = computeSchedule(s, newBuildPower(), kCosts, 120);
        CHECK(r.idleGpuMonths == Approx(1250.0));
        CHECK(r.strandedDepreciationUsd == Approx(729166.67));
    }
    SECTION("GPUs delivered when ordered on the design basis, waiting for the grid") {
        // The user sets delivery at month 7 (order at 1 + 6 months): proc-gpu 1–7. Just-in-time would be 35
        // (RFS 37, handling 2), so 1,000 GPUs idle 37 − 2 − 7 = 28 months = 28,000 GPU-months;
        // × 583.33 = USD 16,333,333.33.
        Site s = newBuild();
        s.plan.gpuDeliveryMonthIndex = 7;
        const ScheduleResult r = computeSchedule(s, newBuildPower(), kCosts, 120);
        CHECK(task(r, "proc-gpu").earlyFinishMonth == Approx(7.0));
        CHECK(r.idleGpuMonths == Approx(28000.0));
        CHECK(r.strandedDepreciationUsd == Approx(16333333.33));
    }
    SECTION("a late user delivery month holds GPU install") {
        // Delivery at month 20 > procurement finish 7: proc-gpu runs 1–20, GPU install max(15, 16, 6, 20) =
        // 20–21, commissioning 21–22, RFS 22. Handling 22 − 20 = 2: idle 22 − 2 − 20 = 0.
        Site s = site(ScheduleMode::FastTrack);
        s.plan.gpuDeliveryMonthIndex = 20;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(task(r, "proc-gpu").earlyFinishMonth == Approx(20.0));
        CHECK(task(r, "gpu-install").earlyStartMonth == Approx(20.0));
        CHECK(task(r, "gpu-install").drivingPredecessor == "proc-gpu");
        CHECK(r.durationMonths == Approx(22.0));
        CHECK(r.idleGpuMonths == 0.0);
    }
    SECTION("an early user delivery month strands more") {
        // Delivery at month 5, RFS stays 18, handling 2: 1,000 × (18 − 2 − 5) = 11,000 GPU-months.
        Site s = site(ScheduleMode::FastTrack);
        s.plan.gpuDeliveryMonthIndex = 5;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(r.durationMonths == Approx(18.0));
        CHECK(r.idleGpuMonths == Approx(11000.0));
    }
    SECTION("no GPU step, no GPUs") {
        Site s = site(ScheduleMode::FastTrack);
        s.plan.gpuDeliveryMonthIndex = 5;
        s.plan.gpu.enabled = false;
        const ScheduleResult r = computeSchedule(s, power30(), kCosts, 120);
        CHECK(r.idleGpuMonths == 0.0);
        CHECK(r.strandedDepreciationUsd == 0.0);
        CHECK_FALSE(hasTask(r, "gpu-install"));
        CHECK(hasTask(r, "decommission"));  // the converted ASICs still come out
    }
}

TEST_CASE("grid upgrade: a first phase that fits on today's grid goes live without waiting", "[schedule]") {
    // Fast-track, all steps; 30 MW in 2 phases 2 months apart; today's grid carries 15 MW, the queue
    // arrives 2030-01 = month 36. Phase 0 (15 MW) fits on today's grid, so it does not wait: its works
    // take 0.75 of the site's (electrical 12–14.25, cooling 13–15.25, GPU install 15.25–16,
    // commissioning 16–16.75), RFS 16.75, online from month 17; phase 1 (15 MW, all above today's
    // grid) waits for the upgrade: online from max(18.75, 36) = 36, which is full capacity.
    Site s = newBuild();
    s.plan.energisationPhases = 2;
    s.plan.monthsBetweenPhases = 2.0;
    PowerBudget p = power30();
    p.itMwOnCurrentGrid = 15.0;
    const ScheduleResult r = computeSchedule(s, p, kCosts, 120, YearMonth{2027, 1});
    CHECK(r.durationMonths == Approx(16.75));
    CHECK(r.fullCapacityMonths == Approx(36.0));
    CHECK(r.fullCapacityMonthIndex == 36);
    const ScheduledTask& grid = task(r, "grid-upgrade");
    CHECK(grid.earlyFinishMonth == Approx(36.0));
    CHECK(grid.totalFloatMonths == 0.0);  // fixed by its queue date
    // Critical for the milestone it drives: full capacity, not first RFS.
    CHECK_FALSE(grid.criticalForFirstRfs);
    CHECK(grid.criticalForFullCapacity);
    CHECK(task(r, "electrical").criticalForFirstRfs);
    CHECK_FALSE(task(r, "electrical").criticalForFullCapacity);  // 19.25 months of float to 36
    CHECK(std::find(r.criticalPath.begin(), r.criticalPath.end(), "grid-upgrade") == r.criticalPath.end());
    CHECK(r.criticalPathToFullCapacity == std::vector<std::string>{"grid-upgrade", "full-capacity"});
    CHECK(std::find(task(r, "commissioning").predecessors.begin(),
                    task(r, "commissioning").predecessors.end(),
                    "grid-upgrade") == task(r, "commissioning").predecessors.end());
    CHECK(r.itOnlineMwByMonth[16] == 0.0);
    CHECK(r.itOnlineMwByMonth[17] == Approx(15.0));
    CHECK(r.itOnlineMwByMonth[35] == Approx(15.0));
    CHECK(r.itOnlineMwByMonth[36] == Approx(30.0));
    // Default delivery is just in time for each tranche's power, the grid's included: nothing stranded.
    CHECK(r.idleGpuMonths == 0.0);

    SECTION("one phase that does not fit on today's grid waits for it, as a new build does") {
        Site one = s;
        one.plan.energisationPhases = 1;  // 30 MW > 15 MW on today's grid
        const ScheduleResult w = computeSchedule(one, p, kCosts, 120, YearMonth{2027, 1});
        CHECK(w.durationMonths == Approx(37.0));
        CHECK(w.criticalPath.front() == "grid-upgrade");
    }
}

TEST_CASE("one network serves every works factor: rescaled equals rebuilt, bit for bit", "[schedule]") {
    // The schedule builds a phased plan's network once, for the whole site, and gives it phase 1's
    // works durations afterwards; that must be exactly the network built for phase 1.
    for (const ScheduleMode mode : {ScheduleMode::Sequential, ScheduleMode::FastTrack})
        for (const bool electrical : {true, false})
            for (const double from : {1.0, 1.37, 0.0})
                for (const double to : {0.55, 1.5, 0.2, 2.0}) {
                    Site s = site(mode, true, electrical);
                    s.plan.extraTasks = {UserTask{"u1", "After cooling", 2.5, {"cooling"}}};
                    INFO(static_cast<int>(mode)
                         << " electrical " << electrical << " " << from << " → " << to);
                    std::vector<schedule::NetworkTask> built =
                        schedule::buildNetwork(s, power30(), YearMonth{2027, 1}, from).tasks;
                    const std::vector<schedule::NetworkTask> expected =
                        schedule::buildNetwork(s, power30(), YearMonth{2027, 1}, to).tasks;
                    std::vector<cpm::Activity> activities;
                    activities.reserve(built.size());
                    for (schedule::NetworkTask& t : built) activities.push_back(t.activity);
                    schedule::setWorksDurationFactor(activities, built, to);
                    REQUIRE(activities.size() == expected.size());
                    for (std::size_t i = 0; i < activities.size(); ++i) {
                        INFO(expected[i].activity.id);
                        CHECK(activities[i].durationMonths == expected[i].activity.durationMonths);
                        REQUIRE(activities[i].predecessors.size() ==
                                expected[i].activity.predecessors.size());
                        for (std::size_t k = 0; k < activities[i].predecessors.size(); ++k) {
                            CHECK(activities[i].predecessors[k].from ==
                                  expected[i].activity.predecessors[k].from);
                            CHECK(activities[i].predecessors[k].lagMonths ==
                                  expected[i].activity.predecessors[k].lagMonths);
                        }
                    }
                }

    // prepareScheduleNetwork hands the risk engine phase 1's network.
    Site s = site(ScheduleMode::FastTrack);
    s.plan.energisationPhases = 4;
    PowerBudget p = power30();
    p.itMw = 90.0;  // sized works: factor 1.45
    const ScheduledNetwork prepared = prepareScheduleNetwork(s, p, YearMonth{2027, 1});
    REQUIRE(prepared.ok);
    const double phaseOne = schedule::sizeDurationFactor(90.0) * schedule::phaseDurationFactor(4);
    const std::vector<schedule::NetworkTask> expected =
        schedule::buildNetwork(s, p, YearMonth{2027, 1}, phaseOne).tasks;
    REQUIRE(prepared.network.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(prepared.network[i].activity.durationMonths == expected[i].activity.durationMonths);
    // The whole site's RFS: the network built at once with the sized works (factor 1.45), solved.
    const cpm::Solution whole = cpm::solve([&] {
        std::vector<cpm::Activity> a;
        for (const schedule::NetworkTask& t :
             schedule::buildNetwork(s, p, YearMonth{2027, 1}, schedule::sizeDurationFactor(90.0)).tasks)
            a.push_back(t.activity);
        return a;
    }());
    REQUIRE(whole.ok);
    CHECK(prepared.unphasedRfsMonths == whole.timing.back().earlyFinishMonth);
}
