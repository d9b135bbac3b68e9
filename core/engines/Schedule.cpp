// Conversion schedule: build the task network (engines/schedule/Network), solve it with the
// critical path method (engines/schedule/Cpm), then derive capacity online by month from the
// energisation phases and the GPU-months stranded between delivery and power-on.
// Formulas: docs/model.md "Schedule".
#include "engines/Schedule.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "engines/schedule/Cpm.h"
#include "engines/schedule/Network.h"

namespace m2ai {

namespace {

// A month index m covers [m, m+1); capacity online at time t serves from month ceil(t). The
// tolerance keeps 12.000000000000002 (a sum of user durations) in month 12.
int firstFullMonth(double timeMonths) {
    return std::max(static_cast<int>(std::ceil(timeMonths - 1e-9)), 0);
}

// A share of the plan's capacity (and of its GPUs) that comes online at one time.
struct Tranche {
    double onlineMonth = 0.0;
    double share = 0.0;  // of power.itMw and power.gpus
};

// Phase i of p comes online at RFS + i·Δ carrying 1/p of the capacity. Capacity above what the
// current grid carries also waits for the grid upgrade. (The network already makes commissioning,
// hence RFS, wait for the grid upgrade, so today this bound cannot bind; it keeps the rule true
// whatever the network does.)
std::vector<Tranche> energisationTranches(const ConversionPlan& plan, const PowerBudget& power,
                                          double rfsMonth, const cpm::Timing* gridUpgrade) {
    const int phases = std::max(plan.energisationPhases, 1);
    const double gapMonths = std::max(plan.monthsBetweenPhases, 0.0);
    const double phaseShare = 1.0 / phases;
    const double phaseMw = power.itMw * phaseShare;
    std::vector<Tranche> tranches;
    for (int i = 0; i < phases; ++i) {
        const double onlineMonth = rfsMonth + i * gapMonths;
        if (!gridUpgrade || !(phaseMw > 0.0)) {
            tranches.push_back({onlineMonth, phaseShare});
            continue;
        }
        const double onCurrentGridMw = std::clamp(power.itMwOnCurrentGrid - i * phaseMw, 0.0, phaseMw);
        const double withinShare = phaseShare * onCurrentGridMw / phaseMw;
        if (withinShare > 0.0) tranches.push_back({onlineMonth, withinShare});
        if (phaseShare - withinShare > 0.0)
            tranches.push_back(
                {std::max(onlineMonth, gridUpgrade->earlyFinishMonth), phaseShare - withinShare});
    }
    return tranches;
}

}  // namespace

ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, YearMonth start) {
    return scheduleNetwork(site, power, costs, horizonMonths, schedule::buildNetwork(site, power, start));
}

ScheduleResult scheduleNetwork(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, std::vector<schedule::NetworkTask> network) {
    // Moved, not copied: below, activities[i] is network[i]'s activity.
    std::vector<cpm::Activity> activities;
    activities.reserve(network.size());
    for (schedule::NetworkTask& t : network) activities.push_back(std::move(t.activity));
    const cpm::Solution solution = cpm::solve(activities);

    ScheduleResult result;
    result.tasks.reserve(network.size());
    const cpm::Timing* gridUpgrade = nullptr;
    const cpm::Timing* procGpu = nullptr;
    const cpm::Timing* rfs = nullptr;
    for (const std::size_t i : solution.order) {
        const schedule::NetworkTask& source = network[i];
        const cpm::Activity& activity = activities[i];
        const cpm::Timing& timing = solution.timing[i];
        ScheduledTask task;
        task.id = activity.id;
        task.name = source.name;
        task.kind = source.kind;
        task.durationMonths = activity.durationMonths;
        // Text ids for display and files; the network itself links by index.
        task.predecessors.reserve(activity.predecessors.size());
        for (const cpm::Link& link : activity.predecessors)
            task.predecessors.push_back(activities[link.from].id);
        task.earlyStartMonth = timing.earlyStartMonth;
        task.earlyFinishMonth = timing.earlyFinishMonth;
        task.lateStartMonth = timing.lateStartMonth;
        task.lateFinishMonth = timing.lateFinishMonth;
        task.totalFloatMonths = timing.totalFloatMonths;
        task.critical = timing.critical;
        if (timing.drivingLink >= 0)
            task.drivingPredecessor =
                activities[activity.predecessors[static_cast<std::size_t>(timing.drivingLink)].from].id;
        if (source.generated == schedule::GeneratedTask::GridUpgrade) gridUpgrade = &timing;
        if (source.generated == schedule::GeneratedTask::ProcGpu) procGpu = &timing;
        if (source.generated == schedule::GeneratedTask::Rfs) rfs = &timing;
        result.tasks.push_back(std::move(task));
    }
    result.criticalPath.reserve(solution.criticalPath.size());
    for (const std::size_t i : solution.criticalPath) result.criticalPath.push_back(activities[i].id);
    // "rfs" follows every task of the network (a dated grid upgrade beside it excepted).
    result.durationMonths = rfs ? rfs->earlyFinishMonth : 0.0;
    result.rfsMonthIndex = firstFullMonth(result.durationMonths);

    const std::vector<Tranche> tranches =
        energisationTranches(site.plan, power, result.durationMonths, gridUpgrade);
    result.itOnlineMwByMonth.assign(static_cast<std::size_t>(std::max(horizonMonths, 0)), 0.0);
    if (power.itMw > 0.0)
        for (const Tranche& t : tranches)
            for (int m = firstFullMonth(t.onlineMonth); m < horizonMonths; ++m)
                result.itOnlineMwByMonth[static_cast<std::size_t>(m)] += t.share * power.itMw;

    // Stranded GPUs are GPUs that wait for power longer than they must. The handling time —
    // install, commissioning and anything else between the latest just-in-time arrival
    // (proc-gpu's LATE finish) and RFS — is unavoidable and not counted. Without a user delivery
    // month every phase's GPUs are ordered just in time for when that phase's power is ready (the
    // queue date of a grid upgrade is known in advance; operators sign GPU deals ~2 quarters before
    // go-live, domain.md §5.3), so nothing is stranded. A user delivery month D brings every GPU at
    // D: a tranche online at t idles t − handling − D months. Idle GPUs still depreciate.
    if (site.plan.gpu.enabled && power.gpus > 0 && procGpu && site.plan.gpuDeliveryMonthIndex) {
        const double handlingMonths = std::max(result.durationMonths - procGpu->lateFinishMonth, 0.0);
        const double deliveryMonth = static_cast<double>(*site.plan.gpuDeliveryMonthIndex);
        for (const Tranche& t : tranches)
            result.idleGpuMonths += t.share * static_cast<double>(power.gpus) *
                                    std::max(t.onlineMonth - handlingMonths - deliveryMonth, 0.0);
        if (costs.gpuDepreciationYears > 0.0)
            result.strandedDepreciationUsd =
                result.idleGpuMonths * site.plan.gpu.priceUsdPerGpu / (costs.gpuDepreciationYears * 12.0);
    }
    return result;
}

ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths) {
    return computeSchedule(site, power, costs, horizonMonths, YearMonth{2027, 1});
}

}  // namespace m2ai
