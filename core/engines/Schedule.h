#pragma once
// Conversion schedule: a task network generated from the enabled steps plus the user's tasks,
// scheduled with the critical path method; capacity online by month; stranded GPUs.
#include <string>
#include <vector>

#include "engines/Results.h"
#include "engines/schedule/Network.h"
#include "model/Portfolio.h"

namespace m2ai {

// Generated task ids (user tasks may depend on them): "design", "proc-electrical", "proc-cooling",
// "proc-gpu", "decommission", "electrical", "cooling", "facility", "gpu-install", "commissioning",
// "grid-upgrade", "rfs".

// Months count from the portfolio start month `start`: the grid upgrade lasts until
// site.gridQueue->availableMonth, and plan.gpuDeliveryMonthIndex is a month index from `start`.
// Throws std::invalid_argument on a dependency cycle or an unknown dependency id (validation
// rejects both first).
ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, YearMonth start);

// computeSchedule is buildNetwork + this: the schedule of a network already built, e.g. one whose
// durations a Monte Carlo trial has drawn (core/risk), so a trial does not rebuild the network.
ScheduleResult scheduleNetwork(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths, std::vector<schedule::NetworkTask> network);

// The same with the portfolio starting 2027-01 (Portfolio's default start month).
ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths);

}  // namespace m2ai
