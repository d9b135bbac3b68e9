// The schedule of engines/Schedule.cpp (scheduleSolverNetwork) on a network compiled once: the same
// CPM passes (engines/schedule/Cpm) and the same capacity and capex rules, step for step, so every
// figure a trial reads is the one scheduleNetwork gives (tests/core/test_risk_trial_engine.cpp).
#include "engines/TrialSchedule.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "engines/schedule/TaskTiming.h"

namespace m2ai {

namespace {

using schedule::GeneratedTask;

// As engines/Schedule.cpp: capacity online at time t serves from month ceil(t), with a tolerance
// for sums of durations.
int firstFullMonth(double timeMonths) {
    return std::max(static_cast<int>(std::ceil(timeMonths - 1e-9)), 0);
}

constexpr std::array<GeneratedTask, 4> kCapexSteps{GeneratedTask::Electrical, GeneratedTask::Cooling,
                                                   GeneratedTask::Facility, GeneratedTask::GpuInstall};
constexpr std::array<CapexStep, 4> kCapexStepOf{CapexStep::Electrical, CapexStep::Cooling,
                                                CapexStep::Facility, CapexStep::GpuInstall};

// Capacity online by month from the energisation tranches of engines/Schedule.cpp (phase i of p at
// RFS + i·gap with 1/p of the capacity, the part above the current grid at the grid upgrade at the
// earliest), summed in tranche order as there, into out. tranches is scratch; both keep storage.
void itOnlineByMonth(const ConversionPlan& plan, const PowerBudget& power, double rfsMonth, double gapMonths,
                     const cpm::Timing& gridUpgrade, int horizonMonths,
                     std::vector<TrialSchedule::Tranche>& tranches, std::vector<double>& out) {
    const int phases = std::max(plan.energisationPhases, 1);
    const double phaseShare = 1.0 / phases;
    const double phaseMw = power.itMw * phaseShare;
    tranches.clear();
    for (int i = 0; i < phases; ++i) {
        const double onlineMonth = rfsMonth + i * gapMonths;
        if (!(phaseMw > 0.0)) {
            tranches.push_back({onlineMonth, phaseShare});
            continue;
        }
        const double onCurrentGridMw = std::clamp(power.itMwOnCurrentGrid - i * phaseMw, 0.0, phaseMw);
        const double withinShare = phaseShare * onCurrentGridMw / phaseMw;
        if (withinShare > 0.0) tranches.push_back({onlineMonth, withinShare});
        if (phaseShare - withinShare > 0.0)
            tranches.push_back(
                {std::max(onlineMonth, gridUpgrade.earlyFinishMonth), phaseShare - withinShare});
    }

    const double itMw = power.itMw;
    out.assign(static_cast<std::size_t>(std::max(horizonMonths, 0)), 0.0);
    if (!(itMw > 0.0)) return;
    bool inOrder = true;
    for (std::size_t k = 1; k < tranches.size() && inOrder; ++k)
        inOrder = firstFullMonth(tranches[k - 1].onlineMonth) <= firstFullMonth(tranches[k].onlineMonth);
    if (!inOrder) {
        for (const TrialSchedule::Tranche& t : tranches)
            for (int m = firstFullMonth(t.onlineMonth); m < horizonMonths; ++m)
                out[static_cast<std::size_t>(m)] += t.share * itMw;
        return;
    }
    double online = 0.0;
    std::size_t next = 0;
    for (int m = 0; m < horizonMonths; ++m) {
        while (next < tranches.size() && firstFullMonth(tranches[next].onlineMonth) <= m)
            online += tranches[next++].share * itMw;
        out[static_cast<std::size_t>(m)] = online;
    }
}

}  // namespace

TrialSchedule::TrialSchedule(const std::vector<schedule::NetworkTask>& network, double unphasedRfsMonths)
    : taskCount_(network.size()), unphasedRfsMonths_(unphasedRfsMonths) {
    std::array<std::size_t, schedule::kGeneratedTaskCount> index{};
    index.fill(network.size());
    activities_.reserve(network.size() + 1);
    for (std::size_t i = 0; i < network.size(); ++i) {
        activities_.push_back(network[i].activity);
        baseDurationMonths_.push_back(network[i].activity.durationMonths);
        if (network[i].generated != GeneratedTask::Count)
            index[static_cast<std::size_t>(network[i].generated)] = i;
    }
    const auto indexOf = [&](GeneratedTask t) { return index[static_cast<std::size_t>(t)]; };
    rfsIndex_ = indexOf(GeneratedTask::Rfs);
    if (rfsIndex_ >= network.size()) {
        error_ = "schedule: the network has no RFS milestone";
        return;
    }
    // Full capacity, as engines/Schedule.cpp appends it: after RFS (the phase lag is set per solve)
    // and after the queued grid.
    cpm::Activity full;
    full.id = std::string(schedule::taskId(GeneratedTask::FullCapacity));
    full.predecessors.push_back({rfsIndex_, cpm::LinkType::FinishToStart, 0.0});
    const std::size_t grid = indexOf(GeneratedTask::GridUpgrade);
    if (grid < network.size()) full.predecessors.push_back({grid, cpm::LinkType::FinishToStart, 0.0});
    activities_.push_back(std::move(full));
    gridIndex_ = grid < network.size() ? grid : activities_.size() - 1;
    for (std::size_t k = 0; k < kCapexSteps.size(); ++k) capexStepIndex_[k] = indexOf(kCapexSteps[k]);
    topology_ = cpm::compile(activities_);
    if (!topology_.ok) {
        error_ = topology_.error;
        return;
    }
    tasks_.reserve(activities_.size());
    for (const std::size_t i : topology_.order) {
        ScheduledTask task;
        if (i < network.size()) {
            task.id = network[i].generated != GeneratedTask::Count
                          ? TaskText::constant(schedule::taskIdText(network[i].generated))
                          : TaskText(activities_[i].id);
            task.name = network[i].name;
            task.kind = network[i].kind;
        } else {
            task.id = TaskText::constant(schedule::taskIdText(GeneratedTask::FullCapacity));
            task.name = schedule::fullCapacityName();
            task.kind = TaskKind::Milestone;
        }
        tasks_.push_back(std::move(task));
    }
    ok_ = true;
}

void TrialSchedule::solve(const Site& site, const PowerBudget& power, int horizonMonths,
                          const std::vector<double>& durationMonths, ScheduleResult& result) {
    if (!ok_) {
        result = ScheduleResult{};
        result.error = error_;
        return;
    }
    for (std::size_t i = 0; i < taskCount_; ++i)
        activities_[i].durationMonths =
            i < durationMonths.size() ? std::max(durationMonths[i], 0.0) : baseDurationMonths_[i];

    const ConversionPlan& plan = site.plan;
    const int phases = std::max(plan.energisationPhases, 1);
    const std::size_t fullIndex = activities_.size() - 1;
    double gapMonths = std::max(plan.monthsBetweenPhases, 0.0);
    if (phases > 1) {
        cpm::forwardPass(activities_, topology_, forward_);
        const double rfsFirst = forward_.timing[rfsIndex_].earlyFinishMonth;
        gapMonths = std::max(gapMonths, std::max(unphasedRfsMonths_ - rfsFirst, 0.0) / (phases - 1));
    }
    activities_[fullIndex].predecessors.front().lagMonths = (phases - 1) * gapMonths;
    const cpm::Solution solution = cpm::solve(activities_, topology_);
    if (!solution.ok) {
        result = ScheduleResult{};
        result.error = solution.error;
        return;
    }
    const cpm::MilestoneTiming toRfs = cpm::timingFor(activities_, topology_, solution, rfsIndex_);

    if (result.tasks.size() != tasks_.size()) result.tasks = tasks_;
    for (std::size_t k = 0; k < solution.order.size(); ++k) {
        const std::size_t i = solution.order[k];
        const cpm::Timing& timing = solution.timing[i];
        ScheduledTask& task = result.tasks[k];
        task.durationMonths = activities_[i].durationMonths;
        schedule::setTaskTiming(task, timing, toRfs, i);
    }
    result.durationMonths = solution.timing[rfsIndex_].earlyFinishMonth;
    result.rfsMonthIndex = firstFullMonth(result.durationMonths);
    result.fullCapacityMonths = solution.timing[fullIndex].earlyFinishMonth;
    result.firstRfsMonthIndex.reset();
    result.fullCapacityMonthIndex.reset();
    if (power.itMw > 0.0) {
        result.firstRfsMonthIndex = result.rfsMonthIndex;
        result.fullCapacityMonthIndex = firstFullMonth(result.fullCapacityMonths);
    }
    result.phaseGapMonths = gapMonths;

    // Each step's capex phase by phase over its task window shifted by i·gap; its windows keep their
    // storage from solve to solve.
    std::size_t w = 0;
    for (std::size_t s = 0; s < kCapexSteps.size(); ++s) {
        const std::size_t i = capexStepIndex_[s];
        if (i >= taskCount_) continue;
        for (int k = 0; k < phases; ++k, ++w) {
            if (w >= result.capexWindows.size()) result.capexWindows.emplace_back();
            CapexWindow& window = result.capexWindows[w];
            window.step = kCapexStepOf[s];
            window.startMonth = solution.timing[i].earlyStartMonth + k * gapMonths;
            window.finishMonth = solution.timing[i].earlyFinishMonth + k * gapMonths;
            window.share = 1.0 / phases;
        }
    }
    result.capexWindows.resize(w);

    itOnlineByMonth(plan, power, result.durationMonths, gapMonths, solution.timing[gridIndex_], horizonMonths,
                    tranches_, result.itOnlineMwByMonth);
    result.ok = true;
    result.error.clear();
}

}  // namespace m2ai
