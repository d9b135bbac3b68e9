#pragma once
// Conversion schedule: a task network generated from the enabled steps plus the user's tasks,
// scheduled with the critical path method; capacity online by month; stranded GPUs.
#include <string>
#include <vector>

#include "engines/Results.h"
#include "engines/schedule/Network.h"
#include "model/Portfolio.h"

namespace m2ai {

// Generated task ids (user tasks may depend on them and precede them): "design", "proc-electrical",
// "proc-cooling", "proc-gpu", "decommission", "electrical", "cooling", "facility", "gpu-install",
// "commissioning", "grid-upgrade", "rfs".

// Months count from the portfolio start month `start`: the grid upgrade lasts until
// site.gridQueue->availableMonth, and plan.gpuDeliveryMonthIndex is a month index from `start`.
// A dependency cycle or an unknown or repeated task id (validation rejects them first) gives !ok
// with the error.
ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, YearMonth start);

// computeSchedule is prepareScheduleNetwork + scheduleNetwork: a Monte Carlo trial (core/risk)
// prepares the network once, draws its durations and schedules it, without rebuilding it.
// unphasedRfsMonths: the RFS of the whole site built at once (sized works, no phase factor), which
// bounds the gap between phases (docs/model.md "Works durations by size and phase"); 0 for a
// plan of one phase. A trial keeps the deterministic value (its phase gap does not move with the
// drawn durations). !ok (with the error) for the networks computeSchedule refuses; scheduleNetwork
// expects a network of an ok preparation (others give !ok).
struct ScheduledNetwork {
    std::vector<schedule::NetworkTask> network;  // phase 1's works factor applied
    double unphasedRfsMonths = 0.0;
    bool ok = false;
    std::string error;
};
ScheduledNetwork prepareScheduleNetwork(const Site& site, const PowerBudget& power, YearMonth start);
ScheduleResult scheduleNetwork(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, std::vector<schedule::NetworkTask> network,
                               double unphasedRfsMonths);

// The same with the portfolio starting 2027-01 (Portfolio's default start month).
ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths);

}  // namespace m2ai
