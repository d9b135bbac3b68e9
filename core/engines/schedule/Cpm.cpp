#include "engines/schedule/Cpm.h"

#include <algorithm>
#include <functional>
#include <map>

namespace m2ai::cpm {

namespace {

using Edge = Topology::Edge;

// Follows remaining predecessors inside the unsorted set until a task repeats: that loop is a cycle.
std::string describeCycle(const std::vector<Activity>& activities, const Topology& t,
                          const std::vector<bool>& sorted) {
    std::size_t at = 0;
    while (sorted[at]) ++at;
    std::vector<std::size_t> walk;
    std::map<std::size_t, std::size_t> seenAt;
    while (!seenAt.count(at)) {
        seenAt[at] = walk.size();
        walk.push_back(at);
        for (std::size_t e = t.incomingBegin[at]; e != t.incomingBegin[at + 1]; ++e)
            if (!sorted[t.incoming[e].from]) {
                at = t.incoming[e].from;
                break;
            }
    }
    // walk runs backwards along links; print the cycle in precedence order.
    std::string text;
    for (std::size_t k = walk.size(); k-- > seenAt[at];) text += activities[walk[k]].id + " -> ";
    return text + activities[walk.back()].id;
}

Topology failed(std::string error) {
    Topology t;
    t.error = std::move(error);
    return t;
}

}  // namespace

Topology compile(const std::vector<Activity>& activities) {
    const std::size_t n = activities.size();
    Topology t;
    t.incomingBegin.assign(n + 1, 0);
    t.outgoingBegin.assign(n + 1, 0);
    std::size_t edgeCount = 0;
    for (std::size_t j = 0; j < n; ++j) {
        for (const Link& link : activities[j].predecessors) {
            if (link.from >= n)
                return failed("schedule: task \"" + activities[j].id +
                              "\" depends on a task outside the network");
            ++t.incomingBegin[j + 1];
            ++t.outgoingBegin[link.from + 1];
            ++edgeCount;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        t.incomingBegin[i + 1] += t.incomingBegin[i];
        t.outgoingBegin[i + 1] += t.outgoingBegin[i];
    }
    t.incoming.resize(edgeCount);
    t.outgoing.resize(edgeCount);
    // remaining[i]: predecessors of i not yet sorted; first the fill positions of the two arrays.
    std::vector<std::size_t> fillIn(t.incomingBegin.begin(), t.incomingBegin.end() - 1);
    std::vector<std::size_t> fillOut(t.outgoingBegin.begin(), t.outgoingBegin.end() - 1);
    for (std::size_t j = 0; j < n; ++j) {
        const auto& links = activities[j].predecessors;
        for (std::size_t k = 0; k < links.size(); ++k) {
            const Edge e{links[k].from, j, k};
            t.incoming[fillIn[j]++] = e;
            t.outgoing[fillOut[links[k].from]++] = e;
        }
    }

    // Kahn's algorithm, always taking the lowest ready index so the order follows the input where
    // precedence allows (the generated network lists its tasks in working order). The ready set is a
    // min-heap in a reused vector.
    std::vector<std::size_t>& remaining = fillIn;
    std::vector<std::size_t>& ready = fillOut;
    ready.clear();
    for (std::size_t i = 0; i < n; ++i) {
        remaining[i] = t.incomingBegin[i + 1] - t.incomingBegin[i];
        if (remaining[i] == 0) ready.push_back(i);
    }
    const std::greater<> lowestFirst;
    std::make_heap(ready.begin(), ready.end(), lowestFirst);
    t.order.reserve(n);
    while (!ready.empty()) {
        std::pop_heap(ready.begin(), ready.end(), lowestFirst);
        const std::size_t i = ready.back();
        ready.pop_back();
        t.order.push_back(i);
        for (std::size_t e = t.outgoingBegin[i]; e != t.outgoingBegin[i + 1]; ++e)
            if (--remaining[t.outgoing[e].to] == 0) {
                ready.push_back(t.outgoing[e].to);
                std::push_heap(ready.begin(), ready.end(), lowestFirst);
            }
    }
    if (t.order.size() != n) {
        std::vector<bool> sorted(n, false);
        for (const std::size_t i : t.order) sorted[i] = true;
        return failed("schedule: the task dependencies form a cycle: " +
                      describeCycle(activities, t, sorted));
    }
    t.ok = true;
    return t;
}

void forwardPass(const std::vector<Activity>& activities, const Topology& topology, Solution& s) {
    s.timing.assign(activities.size(), Timing{});
    s.finishMonth = 0.0;
    // A start-to-start link constrains the successor's start by the predecessor's start.
    for (const std::size_t j : topology.order) {
        Timing& t = s.timing[j];
        double es = 0.0;
        for (std::size_t k = topology.incomingBegin[j]; k != topology.incomingBegin[j + 1]; ++k) {
            const Edge& e = topology.incoming[k];
            const Link& link = activities[j].predecessors[e.linkIndex];
            const Timing& p = s.timing[e.from];
            const double bound =
                (link.type == LinkType::FinishToStart ? p.earlyFinishMonth : p.earlyStartMonth) +
                link.lagMonths;
            // Strictly greater: on a tie the first listed predecessor stays the driving one.
            if (bound > es || (t.drivingLink < 0 && bound >= es)) {
                es = bound;
                t.drivingLink = static_cast<int>(e.linkIndex);
            }
        }
        t.earlyStartMonth = es;
        t.earlyFinishMonth = es + activities[j].durationMonths;
        if (!activities[j].externalDate) s.finishMonth = std::max(s.finishMonth, t.earlyFinishMonth);
    }
}

Solution solve(const std::vector<Activity>& activities, const Topology& topology) {
    Solution s;
    const std::size_t n = activities.size();
    if (!topology.ok || topology.order.size() != n) {
        s.error = topology.ok ? "schedule: the network changed after it was compiled" : topology.error;
        return s;
    }
    s.order = topology.order;
    forwardPass(activities, topology, s);

    // Backward pass from the project finish; an activity nothing depends on may finish as late as that.
    for (auto it = s.order.rbegin(); it != s.order.rend(); ++it) {
        const std::size_t i = *it;
        Timing& t = s.timing[i];
        const double duration = activities[i].durationMonths;
        const std::size_t first = topology.outgoingBegin[i];
        const std::size_t last = topology.outgoingBegin[i + 1];
        double lf = activities[i].externalDate && first == last ? t.earlyFinishMonth : s.finishMonth;
        for (std::size_t k = first; k != last; ++k) {
            const Edge& e = topology.outgoing[k];
            const Link& link = activities[e.to].predecessors[e.linkIndex];
            const double successorLs = s.timing[e.to].lateStartMonth;
            // FS: finish + lag ≤ LS(succ). SS: start + lag ≤ LS(succ), i.e. finish ≤ LS(succ) − lag +
            // duration.
            const double bound = link.type == LinkType::FinishToStart
                                     ? successorLs - link.lagMonths
                                     : successorLs - link.lagMonths + duration;
            lf = std::min(lf, bound);
        }
        t.lateFinishMonth = lf;
        t.lateStartMonth = lf - duration;
        // Rounding can leave −1e-15 on the critical path; float is never negative in a consistent network.
        t.totalFloatMonths = std::max(t.lateStartMonth - t.earlyStartMonth, 0.0);
        t.critical = t.totalFloatMonths <= kCriticalFloatMonths;
    }

    // The critical path ends at the last activity (in topological order) that finishes with the
    // project, and runs back along driving links: a driving predecessor of a zero-float activity
    // has zero float itself, so the chain stays critical down to a task starting at month 0.
    if (n > 0) {
        std::size_t end = s.order.back();
        for (auto it = s.order.rbegin(); it != s.order.rend(); ++it)
            if (!activities[*it].externalDate &&
                s.timing[*it].earlyFinishMonth >= s.finishMonth - kCriticalFloatMonths) {
                end = *it;
                break;
            }
        std::vector<std::size_t> path{end};
        for (std::size_t guard = 0; guard < n; ++guard) {
            const Timing& t = s.timing[path.back()];
            if (t.drivingLink < 0) break;
            path.push_back(
                activities[path.back()].predecessors[static_cast<std::size_t>(t.drivingLink)].from);
        }
        s.criticalPath.assign(path.rbegin(), path.rend());
    }
    s.ok = true;
    return s;
}

Solution solve(const std::vector<Activity>& activities) {
    return solve(activities, compile(activities));
}

MilestoneTiming timingFor(const std::vector<Activity>& activities, const Topology& topology,
                          const Solution& solution, std::size_t milestone) {
    const std::size_t n = activities.size();
    MilestoneTiming m;
    m.leadsTo.assign(n, false);
    m.lateStartMonth.assign(n, 0.0);
    m.lateFinishMonth.assign(n, 0.0);
    m.totalFloatMonths.assign(n, 0.0);
    if (milestone >= n || solution.timing.size() != n || solution.order.size() != n ||
        topology.outgoingBegin.size() != n + 1)
        return m;
    m.leadsTo[milestone] = true;
    m.lateFinishMonth[milestone] = solution.timing[milestone].earlyFinishMonth;
    m.lateStartMonth[milestone] = m.lateFinishMonth[milestone] - activities[milestone].durationMonths;
    for (auto it = solution.order.rbegin(); it != solution.order.rend(); ++it) {
        const std::size_t i = *it;
        if (i == milestone) continue;
        const double duration = activities[i].durationMonths;
        double lf = 0.0;
        bool leads = false;
        for (std::size_t k = topology.outgoingBegin[i]; k != topology.outgoingBegin[i + 1]; ++k) {
            const Edge& e = topology.outgoing[k];
            if (!m.leadsTo[e.to]) continue;
            const Link& link = activities[e.to].predecessors[e.linkIndex];
            const double bound = link.type == LinkType::FinishToStart
                                     ? m.lateStartMonth[e.to] - link.lagMonths
                                     : m.lateStartMonth[e.to] - link.lagMonths + duration;
            lf = leads ? std::min(lf, bound) : bound;
            leads = true;
        }
        if (!leads) continue;
        m.leadsTo[i] = true;
        m.lateFinishMonth[i] = lf;
        m.lateStartMonth[i] = lf - duration;
        m.totalFloatMonths[i] = std::max(m.lateStartMonth[i] - solution.timing[i].earlyStartMonth, 0.0);
    }
    std::vector<std::size_t> path{milestone};
    for (std::size_t guard = 0; guard < n; ++guard) {
        const Timing& t = solution.timing[path.back()];
        if (t.drivingLink < 0) break;
        path.push_back(activities[path.back()].predecessors[static_cast<std::size_t>(t.drivingLink)].from);
    }
    m.criticalPath.assign(path.rbegin(), path.rend());
    return m;
}

MilestoneTiming timingFor(const std::vector<Activity>& activities, const Solution& solution,
                          std::size_t milestone) {
    return timingFor(activities, compile(activities), solution, milestone);
}

}  // namespace m2ai::cpm
