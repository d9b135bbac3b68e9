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

// Phase i of p comes online at RFS + i·gap carrying 1/p of the capacity. Capacity above what the
// current grid carries also waits for the grid upgrade. (When phase 1 does not fit on today's grid,
// the network makes commissioning, hence RFS, wait for the upgrade, so then the bound cannot bind.)
std::vector<Tranche> energisationTranches(const ConversionPlan& plan, const PowerBudget& power,
                                          double rfsMonth, double gapMonths, const cpm::Timing* gridUpgrade) {
    const int phases = std::max(plan.energisationPhases, 1);
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

std::size_t indexOf(const std::vector<schedule::NetworkTask>& network, schedule::GeneratedTask id) {
    for (std::size_t i = 0; i < network.size(); ++i)
        if (network[i].generated == id) return i;
    return network.size();
}

// RFS of a network built with the given works factor (the network without "full-capacity").
double rfsOf(const Site& site, const PowerBudget& power, YearMonth start, double worksFactor) {
    std::vector<schedule::NetworkTask> network = schedule::buildNetwork(site, power, start, worksFactor);
    std::vector<cpm::Activity> activities;
    activities.reserve(network.size());
    for (schedule::NetworkTask& t : network) activities.push_back(std::move(t.activity));
    const cpm::Solution solution = cpm::solve(activities);
    const std::size_t rfs = indexOf(network, schedule::GeneratedTask::Rfs);
    return rfs < activities.size() ? solution.timing[rfs].earlyFinishMonth : 0.0;
}

}  // namespace

ScheduledNetwork prepareScheduleNetwork(const Site& site, const PowerBudget& power, YearMonth start) {
    const int phases = std::max(site.plan.energisationPhases, 1);
    // Works scale with the site's size; phase 1 builds only its share of the halls
    // (docs/model.md "Works durations by size and phase").
    const double sizeFactor = schedule::sizeDurationFactor(power.itMw);
    const double phaseFactor = schedule::phaseDurationFactor(phases);
    ScheduledNetwork prepared;
    prepared.network = schedule::buildNetwork(site, power, start, sizeFactor * phaseFactor);
    if (phases > 1) prepared.unphasedRfsMonths = rfsOf(site, power, start, sizeFactor);
    return prepared;
}

ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, YearMonth start) {
    ScheduledNetwork prepared = prepareScheduleNetwork(site, power, start);
    return scheduleNetwork(site, power, costs, horizonMonths, std::move(prepared.network),
                           prepared.unphasedRfsMonths);
}

ScheduleResult scheduleNetwork(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, std::vector<schedule::NetworkTask> network,
                               double unphasedRfsMonths) {
    using schedule::GeneratedTask;
    const ConversionPlan& plan = site.plan;
    const int phases = std::max(plan.energisationPhases, 1);
    const std::size_t rfsIndex = indexOf(network, GeneratedTask::Rfs);
    const std::size_t gridIndex = indexOf(network, GeneratedTask::GridUpgrade);

    std::vector<cpm::Activity> activities;
    activities.reserve(network.size() + 1);
    for (schedule::NetworkTask& t : network) activities.push_back(std::move(t.activity));

    // Later phases follow phase 1 at the plan's interval, but never faster than the crews can build
    // them: the whole site, built at once, is in service at RFS_all, so the p − 1 later phases need
    // (RFS_all − RFS_1) between them at least. Full capacity therefore never comes before the
    // unphased site's RFS, and first RFS never after it.
    double gapMonths = std::max(plan.monthsBetweenPhases, 0.0);
    if (phases > 1) {
        const double rfsFirst = cpm::solve(activities).timing[rfsIndex].earlyFinishMonth;
        gapMonths = std::max(gapMonths, std::max(unphasedRfsMonths - rfsFirst, 0.0) / (phases - 1));
    }

    // Full capacity: the last phase in service, after RFS and after the queued grid.
    {
        schedule::NetworkTask full;
        full.activity.id = std::string(schedule::taskId(GeneratedTask::FullCapacity));
        full.activity.predecessors.push_back(
            {rfsIndex, cpm::LinkType::FinishToStart, (phases - 1) * gapMonths});
        if (gridIndex < network.size())
            full.activity.predecessors.push_back({gridIndex, cpm::LinkType::FinishToStart, 0.0});
        full.name = "Full capacity";
        full.kind = TaskKind::Milestone;
        full.generated = GeneratedTask::FullCapacity;
        activities.push_back(std::move(full.activity));
        network.push_back(std::move(full));
    }
    const std::size_t fullIndex = activities.size() - 1;
    const cpm::Solution solution = cpm::solve(activities);
    const cpm::MilestoneTiming toRfs = cpm::timingFor(activities, solution, rfsIndex);

    ScheduleResult result;
    result.tasks.reserve(network.size());
    const cpm::Timing* gridUpgrade = gridIndex < network.size() ? &solution.timing[gridIndex] : nullptr;
    const cpm::Timing* procGpu = nullptr;
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
        task.criticalForFullCapacity = timing.critical;
        if (toRfs.leadsTo[i]) {
            task.lateStartMonth = toRfs.lateStartMonth[i];
            task.lateFinishMonth = toRfs.lateFinishMonth[i];
            task.totalFloatMonths = toRfs.totalFloatMonths[i];
            task.criticalForFirstRfs = task.totalFloatMonths <= cpm::kCriticalFloatMonths;
        } else {
            task.lateStartMonth = timing.lateStartMonth;
            task.lateFinishMonth = timing.lateFinishMonth;
            task.totalFloatMonths = timing.totalFloatMonths;
        }
        task.critical = task.criticalForFirstRfs || task.criticalForFullCapacity;
        if (timing.drivingLink >= 0)
            task.drivingPredecessor =
                activities[activity.predecessors[static_cast<std::size_t>(timing.drivingLink)].from].id;
        if (source.generated == GeneratedTask::ProcGpu) procGpu = &timing;
        result.tasks.push_back(std::move(task));
    }
    for (const std::size_t i : toRfs.criticalPath) result.criticalPath.push_back(activities[i].id);
    for (const std::size_t i : solution.criticalPath)
        result.criticalPathToFullCapacity.push_back(activities[i].id);
    result.durationMonths = solution.timing[rfsIndex].earlyFinishMonth;
    result.rfsMonthIndex = firstFullMonth(result.durationMonths);
    result.fullCapacityMonths = solution.timing[fullIndex].earlyFinishMonth;
    if (power.itMw > 0.0) {
        result.firstRfsMonthIndex = result.rfsMonthIndex;
        result.fullCapacityMonthIndex = firstFullMonth(result.fullCapacityMonths);
    }
    result.phaseGapMonths = gapMonths;

    // Each step's capex is paid phase by phase: phase i's share (1/p, capex scales with the MW) over
    // the step's task window shifted by i·gap, the same offset its capacity goes into service with.
    for (const GeneratedTask step : {GeneratedTask::Electrical, GeneratedTask::Cooling,
                                     GeneratedTask::Facility, GeneratedTask::GpuInstall}) {
        const std::size_t i = indexOf(network, step);
        if (i >= network.size()) continue;
        for (int k = 0; k < phases; ++k)
            result.capexWindows.push_back(
                {std::string(schedule::taskId(step)), solution.timing[i].earlyStartMonth + k * gapMonths,
                 solution.timing[i].earlyFinishMonth + k * gapMonths, 1.0 / phases});
    }

    const std::vector<Tranche> tranches =
        energisationTranches(plan, power, result.durationMonths, gapMonths, gridUpgrade);
    result.itOnlineMwByMonth.assign(static_cast<std::size_t>(std::max(horizonMonths, 0)), 0.0);
    if (power.itMw > 0.0)
        for (const Tranche& t : tranches)
            for (int m = firstFullMonth(t.onlineMonth); m < horizonMonths; ++m)
                result.itOnlineMwByMonth[static_cast<std::size_t>(m)] += t.share * power.itMw;

    // Stranded GPUs are GPUs that wait for power longer than they must. The handling time —
    // install, commissioning and anything else between the latest just-in-time arrival
    // (proc-gpu's LATE finish against RFS) and RFS — is unavoidable and not counted. Without a user
    // delivery month every phase's GPUs are ordered just in time for when that phase's power is
    // ready (the queue date of a grid upgrade is known in advance; operators sign GPU deals
    // ~2 quarters before go-live, domain.md §5.3), so nothing is stranded. A user delivery month D
    // brings every GPU at D: a tranche online at t idles t − handling − D months. Idle GPUs still
    // depreciate.
    if (plan.gpu.enabled && power.gpus > 0 && procGpu && plan.gpuDeliveryMonthIndex) {
        const std::size_t procIndex = indexOf(network, GeneratedTask::ProcGpu);
        const double handlingMonths = std::max(result.durationMonths - toRfs.lateFinishMonth[procIndex], 0.0);
        const double deliveryMonth = static_cast<double>(*plan.gpuDeliveryMonthIndex);
        for (const Tranche& t : tranches)
            result.idleGpuMonths += t.share * static_cast<double>(power.gpus) *
                                    std::max(t.onlineMonth - handlingMonths - deliveryMonth, 0.0);
        if (costs.gpuDepreciationYears > 0.0)
            result.strandedDepreciationUsd =
                result.idleGpuMonths * plan.gpu.priceUsdPerGpu / (costs.gpuDepreciationYears * 12.0);
    }
    return result;
}

ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths) {
    return computeSchedule(site, power, costs, horizonMonths, YearMonth{2027, 1});
}

}  // namespace m2ai
