#pragma once
// One site's conversion schedule solved again and again with other task durations (the Monte Carlo
// trials of core/risk): the network is compiled once (links by integer index, "full-capacity"
// appended, topology), and each solve only writes the durations, runs the CPM passes and refreshes
// the numbers of a ScheduleResult that is kept between solves, so no string, task list or monthly
// vector is rebuilt per trial.
//
// A solve gives exactly what scheduleNetwork (engines/Schedule.h) gives for the same durations in
// every field computeEconomics reads (tasks' ids and times, capexWindows, phaseGapMonths,
// itOnlineMwByMonth, durationMonths, rfsMonthIndex) and in the milestones and critical flags the
// risk statistics read; tests/core/test_risk_trial_engine.cpp holds it to that. Left as the
// compile step set them: task names, predecessors and driving predecessors, the critical paths,
// the idle-GPU figures (what the Gantt shows, not what a trial needs).
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "engines/Results.h"
#include "engines/schedule/Cpm.h"
#include "engines/schedule/Network.h"
#include "model/Portfolio.h"

namespace m2ai {

class TrialSchedule {
public:
    // A share of the plan's capacity that comes online at one time (as in engines/Schedule.cpp).
    struct Tranche {
        double onlineMonth = 0.0;
        double share = 0.0;  // of power.itMw
    };

    // network and unphasedRfsMonths as prepareScheduleNetwork returns them. !ok() (with the error)
    // for a network scheduleNetwork would refuse.
    TrialSchedule(const std::vector<schedule::NetworkTask>& network, double unphasedRfsMonths);

    bool ok() const { return ok_; }
    const std::string& error() const { return error_; }
    std::size_t taskCount() const { return taskCount_; }  // the network's tasks, by network index

    // Schedules the plan with durationMonths[i] for network task i (the network's own where the
    // vector is shorter; negative durations count as 0) into result. result is the caller's, one
    // per thread, reused from solve to solve: its vectors keep their storage.
    void solve(const Site& site, const PowerBudget& power, int horizonMonths,
               const std::vector<double>& durationMonths, ScheduleResult& result);

private:
    bool ok_ = false;
    std::string error_;
    std::size_t taskCount_ = 0;
    std::vector<cpm::Activity> activities_;  // the network's, then full capacity
    std::vector<double> baseDurationMonths_;
    cpm::Topology topology_;
    std::size_t rfsIndex_ = 0;
    std::size_t gridIndex_ = 0;  // activities_.size() − 1 (full capacity) when there is none
    std::array<std::size_t, 4> capexStepIndex_{};  // electrical, cooling, facility, GPU install
    double unphasedRfsMonths_ = 0.0;
    std::vector<ScheduledTask> tasks_;  // topological order, ids, names and kinds filled
    cpm::Solution forward_;             // scratch of the unphased gap's forward pass
    std::vector<Tranche> tranches_;     // scratch
};

}  // namespace m2ai
