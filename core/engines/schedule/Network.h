#pragma once
// The conversion task network: which tasks a plan generates, how long each takes, and how they are
// linked in sequential and fast-track mode. Durations and lead times are the defaults documented in
// docs/model.md "Schedule" (sources: domain.md §5.1 and §5.3); they are months from the portfolio
// start month.
#include <optional>
#include <string>
#include <vector>

#include "engines/Results.h"
#include "engines/schedule/Cpm.h"
#include "engines/schedule/TaskIds.h"
#include "model/Portfolio.h"

namespace m2ai::schedule {

// Default durations (months). Lead times quoted in weeks are converted at 52/12 ≈ 4.33 weeks per
// month and rounded to a whole month, because the ranges they come from are wider than a month.
inline constexpr double kDesignMonths = 3.0;             // design + permit amendments on a permitted shell
inline constexpr double kDesignBasisMonths = 1.0;        // fast-track: long-lead orders go out here
inline constexpr double kProcElectricalMonths = 11.0;    // switchgear 46–48 weeks gates the chain
inline constexpr double kProcCoolingLiquidMonths = 6.0;  // CDUs 16–30 weeks (estimate), upper end
inline constexpr double kProcCoolingAirMonths = 7.0;     // CRAHs 28–36 weeks, midpoint 32
inline constexpr double kProcGpuMonths = 6.0;            // neocloud "~2 quarters ahead of go-live"
inline constexpr double kDecommissionMonths = 1.0;       // pull and ship the converted ASICs
inline constexpr double kElectricalMonths = 3.0;         // install and terminate the new chain
inline constexpr double kCoolingMonths = 3.0;            // CDUs, secondary loop, heat rejection
inline constexpr double kFacilityMonths = 2.0;           // sealing/filtration, fire suppression, BMS
inline constexpr double kGpuInstallMonths = 1.0;         // rack, cable and burn in
inline constexpr double kCommissioningMonths = 1.0;      // integrated systems test at load
inline constexpr double kCoolingAfterElectricalStartMonths = 1.0;  // fast-track start-to-start lag

// Works durations (decommission, electrical, cooling, facility, GPU install, commissioning) scale
// with the MW built (docs/model.md "Works durations by size and phase"; estimates from domain.md
// §5.1's construction times by size: 15–30 MW 12–18 months, 30–60 MW 14–22, 100 MW+ 18–30):
// the defaults above are for kWorksReferenceItMw of IT; each MW above it adds
// kWorksSharePerMwAboveReference of the duration, up to kWorksSizeFactorCap (campuses beyond are
// built in phases).
inline constexpr double kWorksReferenceItMw = 30.0;
inline constexpr double kWorksSharePerMwAboveReference = 0.0075;
inline constexpr double kWorksSizeFactorCap = 1.5;
// A phase of p builds 1/p of the halls, but part of every works package does not shrink with the
// halls (mobilisation, the shared main switchgear and heat-rejection tie-ins, the integrated test):
// phase 1's works take kWorksFixedShare + (1 − kWorksFixedShare)/p of the whole site's (estimate).
inline constexpr double kWorksFixedShare = 0.5;

// 1 + kWorksSharePerMwAboveReference × max(itMw − reference, 0), capped.
double sizeDurationFactor(double itMw);
// kWorksFixedShare + (1 − kWorksFixedShare)/phases (1 for one phase).
double phaseDurationFactor(int phases);

struct NetworkTask {
    cpm::Activity activity;  // id, duration, links
    TaskText name;           // a constant for generated tasks
    TaskKind kind = TaskKind::User;
    GeneratedTask generated = GeneratedTask::Count;  // Count for user tasks
};

// Tasks of the enabled steps, the grid upgrade when the plan needs queued grid, the user's tasks and
// "rfs" (last; every other task precedes it). start is the portfolio start month: the grid upgrade
// lasts until the queue's available month, and plan.gpuDeliveryMonthIndex counts from it.
// A user dependency on a generated task that the plan does not generate (its step is disabled, or
// no grid upgrade is needed) is dropped; so is a user task's precedes link to one (UserTask::precedes
// adds a finish-to-start link from the user task to the named task). A user task id that is empty,
// repeated or a generated one, a dependency that is neither generated nor a user task's, or a
// precedes link to "grid-upgrade" or to an unknown task gives !ok with the error (validation
// reports them first).
// worksDurationFactor multiplies the works durations (sizeDurationFactor × phaseDurationFactor for
// phase 1 of a phased plan; 1 leaves the defaults).
struct BuiltNetwork {
    bool ok = false;
    std::string error;  // one line, naming the task
    std::vector<NetworkTask> tasks;
};
BuiltNetwork buildNetwork(const Site& site, const PowerBudget& power, YearMonth start,
                          double worksDurationFactor = 1.0);

// The duration of a works task (decommission, electrical, cooling, facility, GPU install,
// commissioning) at a works factor, as buildNetwork sets it; nullopt for the tasks that do not
// scale. The network's structure does not depend on the factor, so one network serves every factor:
// setWorksDurationFactor rewrites the works durations of activities (network's, moved out for the
// solver) and the one lag tied to them (fast-track cooling starts at most the electrical works'
// duration after they start) to what buildNetwork would give at that factor.
std::optional<double> worksDurationMonths(GeneratedTask task, double worksDurationFactor);
double coolingAfterElectricalLagMonths(double worksDurationFactor);
void setWorksDurationFactor(std::vector<cpm::Activity>& activities, const std::vector<NetworkTask>& network,
                            double worksDurationFactor);

// The name of "full-capacity", the milestone the schedule appends to a built network.
TaskText fullCapacityName();

// Months from the portfolio start until the queued grid is energised (never negative).
double gridUpgradeMonths(const Site& site, YearMonth start);

// True when the plan's IT load needs the queued grid (and there is a queue).
bool needsGridUpgrade(const Site& site, const PowerBudget& power);

}  // namespace m2ai::schedule
