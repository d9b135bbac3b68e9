#pragma once
// A scheduled task's times and criticality from the CPM solution: shared by the schedule engine and
// the risk trials' compiled schedule (TrialSchedule), so both mark the same tasks critical.
#include <cstddef>

#include "engines/Results.h"
#include "engines/schedule/Cpm.h"

namespace m2ai::schedule {

// Early times and full-capacity criticality from the whole network; late times, float and
// first-RFS criticality from the pass to first RFS for a task on the way to it, else from the
// whole network (a task that only feeds full capacity has its float measured to that milestone).
inline void setTaskTiming(ScheduledTask& task, const cpm::Timing& timing, const cpm::MilestoneTiming& toRfs,
                          std::size_t index) {
    task.earlyStartMonth = timing.earlyStartMonth;
    task.earlyFinishMonth = timing.earlyFinishMonth;
    task.criticalForFullCapacity = timing.critical;
    task.criticalForFirstRfs = false;
    if (toRfs.leadsTo[index]) {
        task.lateStartMonth = toRfs.lateStartMonth[index];
        task.lateFinishMonth = toRfs.lateFinishMonth[index];
        task.totalFloatMonths = toRfs.totalFloatMonths[index];
        task.criticalForFirstRfs = task.totalFloatMonths <= cpm::kCriticalFloatMonths;
    } else {
        task.lateStartMonth = timing.lateStartMonth;
        task.lateFinishMonth = timing.lateFinishMonth;
        task.totalFloatMonths = timing.totalFloatMonths;
    }
    task.critical = task.criticalForFirstRfs || task.criticalForFullCapacity;
}

}  // namespace m2ai::schedule
