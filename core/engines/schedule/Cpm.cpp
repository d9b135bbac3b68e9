#include "engines/schedule/Cpm.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <queue>
#include <stdexcept>

namespace m2ai::cpm {

namespace {

struct Edge {
    std::size_t from = 0;
    std::size_t to = 0;
    std::size_t linkIndex = 0;  // in activities[to].predecessors
};

// Edges grouped by node in two flat arrays (compressed rows): edges of node i are
// [begin[i], begin[i + 1]). One allocation per direction instead of one vector per task.
struct Adjacency {
    std::vector<std::size_t> begin;
    std::vector<Edge> edges;
    const Edge* first(std::size_t i) const { return edges.data() + begin[i]; }
    const Edge* last(std::size_t i) const { return edges.data() + begin[i + 1]; }
    std::size_t count(std::size_t i) const { return begin[i + 1] - begin[i]; }
};

// Follows remaining predecessors inside the unsorted set until a task repeats: that loop is a cycle.
std::string describeCycle(const std::vector<Activity>& activities, const Adjacency& incoming,
                          const std::vector<bool>& sorted) {
    std::size_t at = 0;
    while (sorted[at]) ++at;
    std::vector<std::size_t> walk;
    std::map<std::size_t, std::size_t> seenAt;
    while (!seenAt.count(at)) {
        seenAt[at] = walk.size();
        walk.push_back(at);
        for (const Edge* e = incoming.first(at); e != incoming.last(at); ++e)
            if (!sorted[e->from]) {
                at = e->from;
                break;
            }
    }
    // walk runs backwards along links; print the cycle in precedence order.
    std::string text;
    for (std::size_t k = walk.size(); k-- > seenAt[at];) text += activities[walk[k]].id + " -> ";
    return text + activities[walk.back()].id;
}

}  // namespace

Solution solve(const std::vector<Activity>& activities) {
    const std::size_t n = activities.size();
    Adjacency incoming, outgoing;
    incoming.begin.assign(n + 1, 0);
    outgoing.begin.assign(n + 1, 0);
    std::size_t edgeCount = 0;
    for (std::size_t j = 0; j < n; ++j) {
        for (const Link& link : activities[j].predecessors) {
            if (link.from >= n)
                throw std::invalid_argument("schedule: task \"" + activities[j].id +
                                            "\" depends on a task outside the network");
            ++incoming.begin[j + 1];
            ++outgoing.begin[link.from + 1];
            ++edgeCount;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        incoming.begin[i + 1] += incoming.begin[i];
        outgoing.begin[i + 1] += outgoing.begin[i];
    }
    incoming.edges.resize(edgeCount);
    outgoing.edges.resize(edgeCount);
    {
        std::vector<std::size_t> fillIn(incoming.begin.begin(), incoming.begin.end() - 1);
        std::vector<std::size_t> fillOut(outgoing.begin.begin(), outgoing.begin.end() - 1);
        for (std::size_t j = 0; j < n; ++j) {
            const auto& links = activities[j].predecessors;
            for (std::size_t k = 0; k < links.size(); ++k) {
                const Edge e{links[k].from, j, k};
                incoming.edges[fillIn[j]++] = e;
                outgoing.edges[fillOut[links[k].from]++] = e;
            }
        }
    }

    // Kahn's algorithm, always taking the lowest ready index so the order follows the input where
    // precedence allows (the generated network lists its tasks in working order).
    Solution s;
    s.timing.resize(n);
    s.order.reserve(n);
    std::vector<std::size_t> remaining(n);
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> ready;
    for (std::size_t i = 0; i < n; ++i) {
        remaining[i] = incoming.count(i);
        if (remaining[i] == 0) ready.push(i);
    }
    std::vector<bool> sorted(n, false);
    while (!ready.empty()) {
        const std::size_t i = ready.top();
        ready.pop();
        sorted[i] = true;
        s.order.push_back(i);
        for (const Edge* e = outgoing.first(i); e != outgoing.last(i); ++e)
            if (--remaining[e->to] == 0) ready.push(e->to);
    }
    if (s.order.size() != n)
        throw std::invalid_argument("schedule: the task dependencies form a cycle: " +
                                    describeCycle(activities, incoming, sorted));

    // Forward pass. A start-to-start link constrains the successor's start by the predecessor's start.
    for (const std::size_t j : s.order) {
        Timing& t = s.timing[j];
        double es = 0.0;
        for (const Edge* e = incoming.first(j); e != incoming.last(j); ++e) {
            const Link& link = activities[j].predecessors[e->linkIndex];
            const Timing& p = s.timing[e->from];
            const double bound =
                (link.type == LinkType::FinishToStart ? p.earlyFinishMonth : p.earlyStartMonth) +
                link.lagMonths;
            // Strictly greater: on a tie the first listed predecessor stays the driving one.
            if (bound > es || (t.drivingLink < 0 && bound >= es)) {
                es = bound;
                t.drivingLink = static_cast<int>(e->linkIndex);
            }
        }
        t.earlyStartMonth = es;
        t.earlyFinishMonth = es + activities[j].durationMonths;
        if (!activities[j].externalDate) s.finishMonth = std::max(s.finishMonth, t.earlyFinishMonth);
    }

    // Backward pass from the project finish; an activity nothing depends on may finish as late as that.
    for (auto it = s.order.rbegin(); it != s.order.rend(); ++it) {
        const std::size_t i = *it;
        Timing& t = s.timing[i];
        const double duration = activities[i].durationMonths;
        double lf = activities[i].externalDate && outgoing.count(i) == 0 ? t.earlyFinishMonth : s.finishMonth;
        for (const Edge* e = outgoing.first(i); e != outgoing.last(i); ++e) {
            const Link& link = activities[e->to].predecessors[e->linkIndex];
            const double successorLs = s.timing[e->to].lateStartMonth;
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
    return s;
}

MilestoneTiming timingFor(const std::vector<Activity>& activities, const Solution& solution,
                          std::size_t milestone) {
    const std::size_t n = activities.size();
    MilestoneTiming m;
    m.leadsTo.assign(n, false);
    m.lateStartMonth.assign(n, 0.0);
    m.lateFinishMonth.assign(n, 0.0);
    m.totalFloatMonths.assign(n, 0.0);
    if (milestone >= n || solution.timing.size() != n || solution.order.size() != n) return m;
    // Successors as (successor, link index) pairs: the links are stored on the successor.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> successors(n);
    for (std::size_t j = 0; j < n; ++j)
        for (std::size_t k = 0; k < activities[j].predecessors.size(); ++k)
            successors[activities[j].predecessors[k].from].emplace_back(j, k);
    m.leadsTo[milestone] = true;
    m.lateFinishMonth[milestone] = solution.timing[milestone].earlyFinishMonth;
    m.lateStartMonth[milestone] = m.lateFinishMonth[milestone] - activities[milestone].durationMonths;
    for (auto it = solution.order.rbegin(); it != solution.order.rend(); ++it) {
        const std::size_t i = *it;
        if (i == milestone) continue;
        const double duration = activities[i].durationMonths;
        double lf = 0.0;
        bool leads = false;
        for (const auto& [to, k] : successors[i]) {
            if (!m.leadsTo[to]) continue;
            const Link& link = activities[to].predecessors[k];
            const double bound = link.type == LinkType::FinishToStart
                                     ? m.lateStartMonth[to] - link.lagMonths
                                     : m.lateStartMonth[to] - link.lagMonths + duration;
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

}  // namespace m2ai::cpm
