#pragma once
// A generic critical path method (CPM) solver: activities with durations and precedence links,
// forward pass (early start/finish), backward pass (late start/finish), total float, the driving
// predecessor of each activity and one critical path. Kept apart from the conversion network
// (Network.h) so it can be tested on hand-made networks.
//
// Links carry a type and a lag because fast-track schedules overlap works: "cooling starts one month
// after the electrical works start" is a start-to-start link with a 1-month lag, which a plain
// finish-to-start network cannot say.
#include <cstddef>
#include <string>
#include <vector>

namespace m2ai::cpm {

enum class LinkType {
    FinishToStart,  // successor start ≥ predecessor finish + lag
    StartToStart,   // successor start ≥ predecessor start + lag
};

struct Link {
    std::size_t from = 0;  // index of the predecessor in the activity list
    LinkType type = LinkType::FinishToStart;
    double lagMonths = 0.0;
};

struct Activity {
    std::string id;  // for messages and display only: the solver links activities by index
    double durationMonths = 0.0;
    std::vector<Link> predecessors;
    // A dated event outside the network that leads to the project finish (e.g. a grid upgrade that
    // only gates later capacity): it does not extend the project finish and, when nothing depends
    // on it, its float is measured against its own finish (it is fixed by its date).
    bool externalDate = false;
};

struct Timing {
    double earlyStartMonth = 0.0;
    double earlyFinishMonth = 0.0;
    double lateStartMonth = 0.0;
    double lateFinishMonth = 0.0;
    double totalFloatMonths = 0.0;  // late start − early start, ≥ 0
    bool critical = false;          // total float ≤ kCriticalFloatMonths
    int drivingLink = -1;           // index into predecessors of the link that sets the early start
};

struct Solution {
    // The core API's convention (docs/architecture.md): false with a one-line error on a predecessor
    // index outside the list or a dependency cycle (naming the tasks on it); the other members are
    // then empty.
    bool ok = false;
    std::string error;
    std::vector<std::size_t>
        order;                   // activity indices in topological order (stable: input order breaks ties)
    std::vector<Timing> timing;  // indexed like the input
    double finishMonth = 0.0;    // the latest early finish: the project duration
    std::vector<std::size_t>
        criticalPath;  // activity indices from a start activity to the last one to finish
};

// Float at or below this counts as zero: durations are sums of doubles.
inline constexpr double kCriticalFloatMonths = 1e-9;

// The structure of a network, which durations and lags do not change: its links grouped by
// activity in both directions (compressed rows: the links into activity i are
// incoming[incomingBegin[i] .. incomingBegin[i + 1]), in the order of its predecessors) and a
// topological order. Compiled once, it serves every pass over the same links: a schedule solves
// its network for two milestones and for the unphased site, and a Monte Carlo trial only changes
// durations.
struct Topology {
    struct Edge {
        std::size_t from = 0;
        std::size_t to = 0;
        std::size_t linkIndex = 0;  // in activities[to].predecessors
    };
    bool ok = false;
    std::string error;  // as Solution::error
    std::vector<std::size_t> order;
    std::vector<std::size_t> incomingBegin;  // n + 1 entries
    std::vector<std::size_t> outgoingBegin;
    std::vector<Edge> incoming;
    std::vector<Edge> outgoing;
};
Topology compile(const std::vector<Activity>& activities);

// Activities start at month 0 at the earliest. A network that slipped past validation (a cycle, a
// predecessor outside the list) gives !ok instead of hanging or returning nonsense.
Solution solve(const std::vector<Activity>& activities);
// The same on a compiled topology of these activities (their durations and lags may have changed
// since compile, their links not).
Solution solve(const std::vector<Activity>& activities, const Topology& topology);
// The forward pass alone (early start and finish, driving links, finishMonth) into solution.timing,
// sized to the network: what the early finish of one milestone needs.
void forwardPass(const std::vector<Activity>& activities, const Topology& topology, Solution& solution);

// Late times against one milestone of a solved network (e.g. first RFS inside a network that runs on
// to full capacity): the backward pass again, but only over the activities that lead to `milestone`,
// whose late finish is pinned to its early finish. leadsTo[i] is false for activities the milestone
// does not wait for (their entries in the other vectors are 0). Critical for the milestone: leadsTo
// and total float ≤ kCriticalFloatMonths.
struct MilestoneTiming {
    std::vector<bool> leadsTo;
    std::vector<double> lateStartMonth;
    std::vector<double> lateFinishMonth;
    std::vector<double> totalFloatMonths;
    std::vector<std::size_t> criticalPath;  // driving links back from the milestone, start first
};
MilestoneTiming timingFor(const std::vector<Activity>& activities, const Solution& solution,
                          std::size_t milestone);
MilestoneTiming timingFor(const std::vector<Activity>& activities, const Topology& topology,
                          const Solution& solution, std::size_t milestone);

}  // namespace m2ai::cpm
