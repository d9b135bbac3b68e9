#pragma once
// Conversion schedule: a task network generated from the enabled steps plus the user's tasks,
// scheduled with the critical path method; capacity online by month; stranded GPUs.
#include <string>

#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// Generated task ids (user tasks may depend on them): "design", "proc-electrical", "proc-cooling",
// "proc-gpu", "decommission", "electrical", "cooling", "facility", "gpu-install", "commissioning",
// "grid-upgrade", "rfs".

ScheduleResult computeSchedule(const Site& site, const PowerBudget& power, const CostAssumptions& costs,
                               int horizonMonths);

}  // namespace m2ai
