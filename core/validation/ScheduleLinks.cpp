// Cycles are found on the plan's whole task network: the user tasks plus the generated tasks of
// this plan (its enabled steps and schedule mode, engines/schedule/Network.h), because a precedes
// link lets a generated task wait for a user task. Without precedes links generated tasks only
// feed user tasks, so the generated part is left out (a cycle can then only run through user tasks).
#include "validation/ScheduleLinks.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "engines/schedule/Network.h"
#include "engines/schedule/TaskIds.h"

namespace m2ai {
namespace {

std::string idx(std::size_t i) {
    std::string out = "[";
    out += std::to_string(i);
    out += ']';
    return out;
}

bool isGenerated(const std::string& id) {
    return schedule::generatedTask(id).has_value();
}

const char* const kGeneratedIdList =
    "design, proc-electrical, proc-cooling, proc-gpu, decommission, electrical, cooling, facility, "
    "gpu-install, commissioning, grid-upgrade";

// The field that made a link: a user task's dependsOn or precedes list, or none (a link of the
// generated network). Its path is written only when a cycle is reported through it: building one
// string per link of every site was most of this check's time.
struct LinkField {
    enum class List { None, DependsOn, Precedes };
    List list = List::None;
    std::size_t task = 0;
    bool empty() const { return list == List::None; }
    std::string path(const std::string& prefix) const {
        if (list == List::None) return {};
        return prefix + idx(task) + (list == List::DependsOn ? ".dependsOn" : ".precedes");
    }
};

// One node per user task (0..n-1), then one per generated task of the plan. Each node lists the
// nodes it waits for, with the field that made the link.
struct Waits {
    std::size_t node;
    LinkField field;
};

}  // namespace

void checkScheduleLinks(std::vector<Problem>& out, const ConversionPlan& plan, const std::string& prefix) {
    const std::vector<UserTask>& tasks = plan.extraTasks;
    std::map<std::string, std::size_t> userIndex;  // first task with each non-empty, non-generated id
    for (std::size_t i = 0; i < tasks.size(); ++i)
        if (!tasks[i].id.empty() && !isGenerated(tasks[i].id)) userIndex.emplace(tasks[i].id, i);
    const auto known = [&](const std::string& id) { return isGenerated(id) || userIndex.count(id) > 0; };

    bool anyPrecedes = false;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const UserTask& t = tasks[i];
        // The paths only for a problem (most links have none).
        const auto at = [&](const char* list, std::size_t d) { return prefix + idx(i) + list + idx(d); };
        std::set<std::string> seen;
        for (std::size_t d = 0; d < t.dependsOn.size(); ++d) {
            const std::string& dep = t.dependsOn[d];
            const auto dp = [&] { return at(".dependsOn", d); };
            if (!seen.insert(dep).second)
                out.emplace_back(dp(), "\"" + dep + "\" is listed twice", ProblemCode::LinkListedTwice,
                                 MessageParams{{}, {{"id", dep}}});
            else if (dep == "rfs" || dep == "full-capacity")
                out.emplace_back(dp(), "cannot depend on \"" + dep + "\" (the milestones close the network)",
                                 ProblemCode::DependsOnMilestone, MessageParams{{}, {{"id", dep}}});
            else if (dep == t.id && !t.id.empty())
                out.emplace_back(dp(), "a task cannot depend on itself", ProblemCode::DependsOnItself);
            else if (!known(dep))
                out.emplace_back(dp(),
                                 "unknown task id \"" + dep + "\"; use a generated id (" + kGeneratedIdList +
                                     ") or another user task's id",
                                 ProblemCode::UnknownTaskId,
                                 MessageParams{{}, {{"id", dep}, {"generated", kGeneratedIdList}}});
        }
        seen.clear();
        for (std::size_t d = 0; d < t.precedes.size(); ++d) {
            const std::string& next = t.precedes[d];
            const auto dp = [&] { return at(".precedes", d); };
            anyPrecedes = true;
            if (!seen.insert(next).second)
                out.emplace_back(dp(), "\"" + next + "\" is listed twice", ProblemCode::LinkListedTwice,
                                 MessageParams{{}, {{"id", next}}});
            else if (next == "grid-upgrade")
                out.emplace_back(
                    dp(),
                    "cannot precede \"grid-upgrade\" (the queued grid's date is set by the queue, "
                    "gridQueue.availableMonth; make the task precede \"commissioning\" instead)",
                    ProblemCode::PrecedesGridUpgrade);
            else if (next == t.id && !t.id.empty())
                out.emplace_back(dp(), "a task cannot precede itself", ProblemCode::PrecedesItself);
            else if (!known(next))
                out.emplace_back(
                    dp(),
                    "unknown task id \"" + next + "\"; use a generated id (" + kGeneratedIdList +
                        ", rfs) or another user task's id",
                    ProblemCode::UnknownTaskId,
                    MessageParams{{},
                                  {{"id", next}, {"generated", std::string(kGeneratedIdList) + ", rfs"}}});
        }
    }

    // The graph: user tasks, then (only when some task precedes another) the generated tasks.
    const std::size_t n = tasks.size();
    std::vector<std::string> names;
    names.reserve(n);
    for (const UserTask& t : tasks) names.push_back(t.id);
    std::vector<std::vector<Waits>> waitsFor(n);
    std::map<schedule::GeneratedTask, std::size_t> generatedNode;
    if (anyPrecedes) {
        Site bare;
        bare.plan = plan;
        bare.plan.extraTasks.clear();
        // No grid upgrade (itMw 0): nothing may precede it and it waits for nothing, so it is never on
        // a cycle.
        // Without user tasks the generated network always builds (built.ok).
        const schedule::BuiltNetwork built = schedule::buildNetwork(bare, PowerBudget{}, YearMonth{});
        const std::vector<schedule::NetworkTask>& network = built.tasks;
        for (const schedule::NetworkTask& g : network) {
            generatedNode.emplace(g.generated, names.size());
            names.push_back(g.activity.id);
        }
        waitsFor.resize(names.size());
        for (std::size_t j = 0; j < network.size(); ++j)
            for (const cpm::Link& l : network[j].activity.predecessors)
                waitsFor[n + j].push_back({n + l.from, LinkField{}});
    }
    const auto nodeOf = [&](const std::string& id) -> std::optional<std::size_t> {
        if (const auto u = userIndex.find(id); u != userIndex.end()) return u->second;
        if (const auto g = schedule::generatedTask(id)) {
            if (const auto it = generatedNode.find(*g); it != generatedNode.end()) return it->second;
        }
        return std::nullopt;  // unknown (reported above) or not generated by this plan
    };
    for (std::size_t i = 0; i < n; ++i)
        for (const std::string& dep : tasks[i].dependsOn)
            if (const auto j = nodeOf(dep); j && *j != i)
                waitsFor[i].push_back({*j, {LinkField::List::DependsOn, i}});
    for (std::size_t i = 0; i < n; ++i)
        for (const std::string& next : tasks[i].precedes)
            if (const auto j = nodeOf(next); j && *j != i)
                waitsFor[*j].push_back({i, {LinkField::List::Precedes, i}});

    // Depth-first search with colours; each cycle is reported once, at the link that closes it (or,
    // when that is a link of the generated network, at the last user link on the cycle). The cycle
    // is printed along "waits for".
    std::vector<int> colour(names.size(), 0);  // 0 new, 1 on the stack, 2 done
    std::vector<std::size_t> stack;
    std::vector<LinkField> stackFields;  // the field of the link into each stack entry
    auto visit = [&](auto&& self, std::size_t i, LinkField via) -> void {
        colour[i] = 1;
        stack.push_back(i);
        stackFields.push_back(via);
        for (const Waits& w : waitsFor[i]) {
            if (colour[w.node] == 1) {
                const auto from = std::find(stack.begin(), stack.end(), w.node);
                std::string cycle;
                for (auto k = from; k != stack.end(); ++k) cycle += names[*k] + " -> ";
                cycle += names[w.node];
                // The links on the cycle are stackFields[first + 1 …] and the closing one.
                const auto first = static_cast<std::size_t>(from - stack.begin());
                LinkField link = w.field;
                for (std::size_t k = stackFields.size() - 1; link.empty() && k > first; --k)
                    link = stackFields[k];
                std::string field = link.path(prefix);
                if (field.empty()) field = prefix;  // unreachable: the generated network has no cycle
                out.emplace_back(field, "dependency cycle: " + cycle, ProblemCode::DependencyCycle,
                                 MessageParams{{}, {{"cycle", cycle}}});
            } else if (colour[w.node] == 0) {
                self(self, w.node, w.field);
            }
        }
        stack.pop_back();
        stackFields.pop_back();
        colour[i] = 2;
    };
    for (std::size_t i = 0; i < n; ++i)
        if (colour[i] == 0) visit(visit, i, LinkField{});
}

}  // namespace m2ai
