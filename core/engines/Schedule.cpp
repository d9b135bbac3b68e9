// Conversion schedule: build the task network (engines/schedule/Network), solve it with the
// critical path method (engines/schedule/Cpm), then derive capacity online by month from the
// energisation phases and the GPU-months stranded between delivery and power-on.
// Formulas: docs/model.md "Schedule".
#include "engines/Schedule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "engines/schedule/Cpm.h"
#include "engines/schedule/Network.h"
#include "engines/schedule/TaskTiming.h"

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
    tranches.reserve(static_cast<std::size_t>(gridUpgrade ? 2 * phases : phases));
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

// Where each generated task sits in a network (network.size() when absent): one scan instead of
// one per lookup.
class GeneratedIndex {
public:
    explicit GeneratedIndex(const std::vector<schedule::NetworkTask>& network) {
        index_.fill(network.size());
        for (std::size_t i = 0; i < network.size(); ++i)
            if (network[i].generated != schedule::GeneratedTask::Count)
                index_[static_cast<std::size_t>(network[i].generated)] = i;
    }
    std::size_t operator[](schedule::GeneratedTask task) const {
        return index_[static_cast<std::size_t>(task)];
    }

private:
    std::array<std::size_t, schedule::kGeneratedTaskCount> index_{};
};

// Capacity online by month: month m carries every tranche online by then (firstFullMonth of its
// time ≤ m), summed in tranche order, as adding each tranche from its first month to the horizon
// does. When the tranches come online in their order (the usual case), month m's sum is the running
// sum of the first tranches, so one pass over the months does it.
std::vector<double> itOnlineByMonth(const std::vector<Tranche>& tranches, double itMw, int horizonMonths) {
    std::vector<double> out(static_cast<std::size_t>(std::max(horizonMonths, 0)), 0.0);
    if (!(itMw > 0.0)) return out;
    bool inOrder = true;
    for (std::size_t k = 1; k < tranches.size() && inOrder; ++k)
        inOrder = firstFullMonth(tranches[k - 1].onlineMonth) <= firstFullMonth(tranches[k].onlineMonth);
    if (!inOrder) {
        for (const Tranche& t : tranches)
            for (int m = firstFullMonth(t.onlineMonth); m < horizonMonths; ++m)
                out[static_cast<std::size_t>(m)] += t.share * itMw;
        return out;
    }
    double online = 0.0;
    std::size_t next = 0;
    for (int m = 0; m < horizonMonths; ++m) {
        // The first tranche is added to the month's 0.0 like every later one, so 0.0 + x stays as is.
        while (next < tranches.size() && firstFullMonth(tranches[next].onlineMonth) <= m)
            online += tranches[next++].share * itMw;
        out[static_cast<std::size_t>(m)] = online;
    }
    return out;
}

// A task's id as results hold it: the constant of a generated task, a copy of a user task's.
TaskText resultId(const schedule::NetworkTask& task, const cpm::Activity& activity) {
    if (task.generated != schedule::GeneratedTask::Count)
        return TaskText::constant(schedule::taskIdText(task.generated));
    return TaskText(activity.id);
}

ScheduleResult failedSchedule(std::string error) {
    ScheduleResult result;
    result.error = std::move(error);
    return result;
}

// A network ready for the solver: its activities moved out of the tasks (which keep names, kinds
// and generated ids) and "full-capacity" appended last, its link from RFS without the phase lag
// yet, and the compiled topology.
struct SolverNetwork {
    std::vector<schedule::NetworkTask> tasks;
    std::vector<cpm::Activity> activities;
    cpm::Topology topology;
};

SolverNetwork solverNetwork(std::vector<schedule::NetworkTask> network) {
    using schedule::GeneratedTask;
    SolverNetwork out;
    const GeneratedIndex index(network);
    out.activities.reserve(network.size() + 1);
    for (schedule::NetworkTask& t : network) out.activities.push_back(std::move(t.activity));
    // Full capacity: the last phase in service, after RFS and after the queued grid. Nothing depends
    // on it, so the early times of every other task are those of the network without it.
    schedule::NetworkTask full;
    full.activity.id = std::string(schedule::taskId(GeneratedTask::FullCapacity));
    full.activity.predecessors.reserve(2);
    full.activity.predecessors.push_back({index[GeneratedTask::Rfs], cpm::LinkType::FinishToStart, 0.0});
    if (index[GeneratedTask::GridUpgrade] < network.size())
        full.activity.predecessors.push_back(
            {index[GeneratedTask::GridUpgrade], cpm::LinkType::FinishToStart, 0.0});
    full.name = schedule::fullCapacityName();
    full.kind = TaskKind::Milestone;
    full.generated = GeneratedTask::FullCapacity;
    out.activities.push_back(std::move(full.activity));
    network.push_back(std::move(full));
    out.tasks = std::move(network);
    out.topology = cpm::compile(out.activities);
    return out;
}

// Early finish of RFS: the forward pass alone.
double rfsEarlyFinish(const SolverNetwork& n, std::size_t rfsIndex) {
    cpm::Solution forward;
    cpm::forwardPass(n.activities, n.topology, forward);
    return forward.timing[rfsIndex].earlyFinishMonth;
}

ScheduleResult scheduleSolverNetwork(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                                     int horizonMonths, SolverNetwork& net, double unphasedRfsMonths) {
    using schedule::GeneratedTask;
    if (!net.topology.ok) return failedSchedule(net.topology.error);
    const ConversionPlan& plan = site.plan;
    const int phases = std::max(plan.energisationPhases, 1);
    std::vector<schedule::NetworkTask>& network = net.tasks;
    std::vector<cpm::Activity>& activities = net.activities;
    const GeneratedIndex index(network);
    const std::size_t rfsIndex = index[GeneratedTask::Rfs];
    const std::size_t gridIndex = index[GeneratedTask::GridUpgrade];
    const std::size_t fullIndex = activities.size() - 1;
    if (rfsIndex >= network.size() || network[fullIndex].generated != GeneratedTask::FullCapacity)
        return failedSchedule("schedule: the network has no RFS milestone");

    // Later phases follow phase 1 at the plan's interval, but never faster than the crews can build
    // them: the whole site, built at once, is in service at RFS_all, so the p − 1 later phases need
    // (RFS_all − RFS_1) between them at least. Full capacity therefore never comes before the
    // unphased site's RFS, and first RFS never after it.
    double gapMonths = std::max(plan.monthsBetweenPhases, 0.0);
    if (phases > 1) {
        const double rfsFirst = rfsEarlyFinish(net, rfsIndex);
        gapMonths = std::max(gapMonths, std::max(unphasedRfsMonths - rfsFirst, 0.0) / (phases - 1));
    }
    activities[fullIndex].predecessors.front().lagMonths = (phases - 1) * gapMonths;
    const cpm::Solution solution = cpm::solve(activities, net.topology);
    if (!solution.ok) return failedSchedule(solution.error);
    const cpm::MilestoneTiming toRfs = cpm::timingFor(activities, net.topology, solution, rfsIndex);

    ScheduleResult result;
    result.tasks.reserve(network.size());
    // Without a grid upgrade task this has always been full capacity's timing (the index past the
    // network before full capacity was appended), so a plan without one gets its tranches through
    // the grid path: shares equal to the last ulp, kept as they were here.
    const cpm::Timing* gridUpgrade = &solution.timing[gridIndex < network.size() ? gridIndex : fullIndex];
    const cpm::Timing* procGpu = nullptr;
    for (const std::size_t i : solution.order) {
        schedule::NetworkTask& source = network[i];
        const cpm::Activity& activity = activities[i];
        const cpm::Timing& timing = solution.timing[i];
        ScheduledTask& task = result.tasks.emplace_back();  // filled in place (tasks is reserved)
        task.id = resultId(source, activity);
        task.name = std::move(source.name);  // each task is visited once
        task.kind = source.kind;
        task.durationMonths = activity.durationMonths;
        // Text ids for display and files; the network itself links by index.
        task.predecessors.reserve(activity.predecessors.size());
        for (const cpm::Link& link : activity.predecessors)
            task.predecessors.push_back(resultId(network[link.from], activities[link.from]));
        schedule::setTaskTiming(task, timing, toRfs, i);
        if (timing.drivingLink >= 0) {
            const std::size_t from = activity.predecessors[static_cast<std::size_t>(timing.drivingLink)].from;
            task.drivingPredecessor = resultId(network[from], activities[from]);
        }
        if (source.generated == GeneratedTask::ProcGpu) procGpu = &timing;
    }
    result.criticalPath.reserve(toRfs.criticalPath.size());
    for (const std::size_t i : toRfs.criticalPath)
        result.criticalPath.push_back(resultId(network[i], activities[i]));
    result.criticalPathToFullCapacity.reserve(solution.criticalPath.size());
    for (const std::size_t i : solution.criticalPath)
        result.criticalPathToFullCapacity.push_back(resultId(network[i], activities[i]));
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
    static constexpr std::array<std::pair<GeneratedTask, CapexStep>, 4> kCapexSteps{
        {{GeneratedTask::Electrical, CapexStep::Electrical},
         {GeneratedTask::Cooling, CapexStep::Cooling},
         {GeneratedTask::Facility, CapexStep::Facility},
         {GeneratedTask::GpuInstall, CapexStep::GpuInstall}}};
    result.capexWindows.reserve(kCapexSteps.size() * static_cast<std::size_t>(phases));
    for (const auto& [task, step] : kCapexSteps) {
        const std::size_t i = index[task];
        if (i >= network.size()) continue;
        for (int k = 0; k < phases; ++k)
            result.capexWindows.push_back({step, solution.timing[i].earlyStartMonth + k * gapMonths,
                                           solution.timing[i].earlyFinishMonth + k * gapMonths,
                                           1.0 / phases});
    }

    const std::vector<Tranche> tranches =
        energisationTranches(plan, power, result.durationMonths, gapMonths, gridUpgrade);
    result.itOnlineMwByMonth = itOnlineByMonth(tranches, power.itMw, horizonMonths);

    // Stranded GPUs are GPUs that wait for power longer than they must. The handling time —
    // install, commissioning and anything else between the latest just-in-time arrival
    // (proc-gpu's LATE finish against RFS) and RFS — is unavoidable and not counted. Without a user
    // delivery month every phase's GPUs are ordered just in time for when that phase's power is
    // ready (the queue date of a grid upgrade is known in advance; operators sign GPU deals
    // ~2 quarters before go-live, domain.md §5.3), so nothing is stranded. A user delivery month D
    // brings every GPU at D: a tranche online at t idles t − handling − D months. Idle GPUs still
    // depreciate.
    if (plan.gpu.enabled && power.gpus > 0 && procGpu && plan.gpuDeliveryMonthIndex) {
        const std::size_t procIndex = index[GeneratedTask::ProcGpu];
        const double handlingMonths = std::max(result.durationMonths - toRfs.lateFinishMonth[procIndex], 0.0);
        const double deliveryMonth = static_cast<double>(*plan.gpuDeliveryMonthIndex);
        for (const Tranche& t : tranches)
            result.idleGpuMonths += t.share * static_cast<double>(power.gpus) *
                                    std::max(t.onlineMonth - handlingMonths - deliveryMonth, 0.0);
        if (costs.gpuDepreciationYears > 0.0)
            result.strandedDepreciationUsd =
                result.idleGpuMonths * plan.gpu.priceUsdPerGpu / (costs.gpuDepreciationYears * 12.0);
    }
    result.ok = true;
    return result;
}

// The works factors of a plan (docs/model.md "Works durations by size and phase"): the whole site's
// (sized), and phase 1's, which builds only its share of the halls.
struct WorksFactors {
    int phases = 1;
    double unphased = 1.0;
    double phaseOne = 1.0;
};
WorksFactors worksFactors(const Site& site, const PowerBudget& power) {
    WorksFactors f;
    f.phases = std::max(site.plan.energisationPhases, 1);
    const double sizeFactor = schedule::sizeDurationFactor(power.itMw);
    f.unphased = sizeFactor;
    f.phaseOne = sizeFactor * schedule::phaseDurationFactor(f.phases);
    return f;
}

}  // namespace

ScheduledNetwork prepareScheduleNetwork(const Site& site, const PowerBudget& power, YearMonth start) {
    const WorksFactors f = worksFactors(site, power);
    ScheduledNetwork prepared;
    // One network for both factors: built for the whole site, solved for its RFS, then given phase
    // 1's durations (the links do not depend on the factor).
    schedule::BuiltNetwork built =
        schedule::buildNetwork(site, power, start, f.phases > 1 ? f.unphased : f.phaseOne);
    if (!built.ok) {
        prepared.error = std::move(built.error);
        return prepared;
    }
    std::vector<cpm::Activity> activities;
    activities.reserve(built.tasks.size());
    for (schedule::NetworkTask& t : built.tasks) activities.push_back(std::move(t.activity));
    const cpm::Topology topology = cpm::compile(activities);
    if (!topology.ok) {
        prepared.error = topology.error;
        return prepared;
    }
    if (f.phases > 1) {
        cpm::Solution forward;
        cpm::forwardPass(activities, topology, forward);
        prepared.unphasedRfsMonths =
            forward.timing[GeneratedIndex(built.tasks)[schedule::GeneratedTask::Rfs]].earlyFinishMonth;
        schedule::setWorksDurationFactor(activities, built.tasks, f.phaseOne);
    }
    for (std::size_t i = 0; i < activities.size(); ++i) built.tasks[i].activity = std::move(activities[i]);
    prepared.network = std::move(built.tasks);
    prepared.ok = true;
    return prepared;
}

ScheduleResult scheduleNetwork(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, std::vector<schedule::NetworkTask> network,
                               double unphasedRfsMonths) {
    SolverNetwork net = solverNetwork(std::move(network));
    return scheduleSolverNetwork(site, power, costs, horizonMonths, net, unphasedRfsMonths);
}

// prepareScheduleNetwork + scheduleNetwork on one network, compiled and built once.
ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, YearMonth start) {
    const WorksFactors f = worksFactors(site, power);
    schedule::BuiltNetwork built =
        schedule::buildNetwork(site, power, start, f.phases > 1 ? f.unphased : f.phaseOne);
    if (!built.ok) return failedSchedule(std::move(built.error));
    SolverNetwork net = solverNetwork(std::move(built.tasks));
    if (!net.topology.ok) return failedSchedule(std::move(net.topology.error));
    double unphasedRfsMonths = 0.0;
    if (f.phases > 1) {
        unphasedRfsMonths = rfsEarlyFinish(net, GeneratedIndex(net.tasks)[schedule::GeneratedTask::Rfs]);
        schedule::setWorksDurationFactor(net.activities, net.tasks, f.phaseOne);
    }
    return scheduleSolverNetwork(site, power, costs, horizonMonths, net, unphasedRfsMonths);
}

ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths) {
    return computeSchedule(site, power, costs, horizonMonths, YearMonth{2027, 1});
}

}  // namespace m2ai
