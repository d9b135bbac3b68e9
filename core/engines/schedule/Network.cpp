#include "engines/schedule/Network.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

namespace m2ai::schedule {

namespace {

using cpm::Link;
using cpm::LinkType;
using G = GeneratedTask;

bool isLiquid(CoolingTech tech) {
    return tech != CoolingTech::Air;
}

constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

// The generated tasks' names: constants in static storage that networks and results refer to
// (TaskText::constant) instead of copying them for every site.
struct GeneratedNames {
    std::string design{"Design and permits"};
    std::string procElectrical{"Procure switchgear, transformers, UPS, generators"};
    std::string procCoolingLiquid{"Procure CDUs and heat rejection"};
    std::string procCoolingAir{"Procure CRAHs"};
    std::string procGpu{"Procure GPU servers"};
    std::string decommission{"Decommission ASICs"};
    std::string electrical{"Electrical rebuild"};
    std::string cooling{"Cooling retrofit"};
    std::string facility{"Facility works (sealing, fire suppression, BMS)"};
    std::string gpuInstall{"Install GPU racks"};
    std::string commissioning{"Commissioning (integrated systems test)"};
    std::string gridUpgrade{"Grid upgrade (queued interconnect)"};
    std::string rfs{"Ready for service"};
    std::string fullCapacity{"Full capacity"};
};

const GeneratedNames& generatedNames() {
    static const GeneratedNames names;
    return names;
}

// Tasks are linked by their index in the list; generated tasks are found by GeneratedTask, user
// tasks by their position among the user tasks. Text ids are set once, for display and files.
class Builder {
public:
    Builder() { generated_.fill(kAbsent); }
    // name: one of generatedNames().
    void add(G task, const std::string& name, TaskKind kind, double durationMonths, std::vector<Link> links) {
        generated_[static_cast<std::size_t>(task)] = tasks.size();
        add(std::string(taskId(task)), TaskText::constant(name), kind, durationMonths, std::move(links));
        tasks.back().generated = task;
    }
    void add(std::string id, TaskText name, TaskKind kind, double durationMonths, std::vector<Link> links) {
        NetworkTask& t = tasks.emplace_back();  // filled in place: no task moved (tasks is reserved)
        t.activity.id = std::move(id);
        t.activity.durationMonths = std::max(durationMonths, 0.0);
        t.activity.predecessors = std::move(links);
        t.name = std::move(name);
        t.kind = kind;
    }
    bool has(G task) const { return generated_[static_cast<std::size_t>(task)] != kAbsent; }
    std::size_t index(G task) const { return generated_[static_cast<std::size_t>(task)]; }
    Link fs(G from, double lagMonths = 0.0) const {
        return Link{index(from), LinkType::FinishToStart, lagMonths};
    }
    Link ss(G from, double lagMonths) const { return Link{index(from), LinkType::StartToStart, lagMonths}; }
    std::vector<NetworkTask> tasks;

private:
    std::array<std::size_t, kGeneratedTaskCount> generated_{};
};

Link fsIndex(std::size_t from) {
    return Link{from, LinkType::FinishToStart, 0.0};
}

BuiltNetwork failed(std::string error) {
    BuiltNetwork out;
    out.error = std::move(error);
    return out;
}

}  // namespace

TaskText fullCapacityName() {
    return TaskText::constant(generatedNames().fullCapacity);
}

double gridUpgradeMonths(const Site& site, YearMonth start) {
    if (!site.gridQueue) return 0.0;
    return std::max(0, monthsBetween(start, site.gridQueue->availableMonth));
}

bool needsGridUpgrade(const Site& site, const PowerBudget& power) {
    return site.gridQueue.has_value() && power.itMw > power.itMwOnCurrentGrid + 1e-9;
}

double sizeDurationFactor(double itMw) {
    const double aboveMw = std::max(itMw - kWorksReferenceItMw, 0.0);
    if (!std::isfinite(aboveMw)) return kWorksSizeFactorCap;
    return std::min(1.0 + kWorksSharePerMwAboveReference * aboveMw, kWorksSizeFactorCap);
}

double phaseDurationFactor(int phases) {
    const int p = std::max(phases, 1);
    return kWorksFixedShare + (1.0 - kWorksFixedShare) / p;
}

std::optional<double> worksDurationMonths(GeneratedTask task, double worksDurationFactor) {
    const double w = std::isfinite(worksDurationFactor) ? std::max(worksDurationFactor, 0.0) : 1.0;
    switch (task) {
        case G::Decommission:
            return kDecommissionMonths * w;
        case G::Electrical:
            return kElectricalMonths * w;
        case G::Cooling:
            return kCoolingMonths * w;
        case G::Facility:
            return kFacilityMonths * w;
        case G::GpuInstall:
            return kGpuInstallMonths * w;
        case G::Commissioning:
            return kCommissioningMonths * w;
        default:
            return std::nullopt;
    }
}

double coolingAfterElectricalLagMonths(double worksDurationFactor) {
    return std::min(kCoolingAfterElectricalStartMonths,
                    *worksDurationMonths(G::Electrical, worksDurationFactor));
}

void setWorksDurationFactor(std::vector<cpm::Activity>& activities, const std::vector<NetworkTask>& network,
                            double worksDurationFactor) {
    const std::size_t n = std::min(activities.size(), network.size());
    std::size_t electrical = kAbsent;
    for (std::size_t i = 0; i < n; ++i)
        if (network[i].generated == G::Electrical) electrical = i;
    for (std::size_t i = 0; i < n; ++i) {
        // As Builder::add stores a duration.
        if (const std::optional<double> months =
                worksDurationMonths(network[i].generated, worksDurationFactor))
            activities[i].durationMonths = std::max(*months, 0.0);
        // The one lag that depends on a works duration: fast-track cooling after electrical starts.
        if (network[i].generated == G::Cooling)
            for (Link& link : activities[i].predecessors)
                if (link.from == electrical && link.type == LinkType::StartToStart)
                    link.lagMonths = coolingAfterElectricalLagMonths(worksDurationFactor);
    }
}

BuiltNetwork buildNetwork(const Site& site, const PowerBudget& power, YearMonth start,
                          double worksDurationFactor) {
    const ConversionPlan& plan = site.plan;
    const double decommissionMonths = *worksDurationMonths(G::Decommission, worksDurationFactor);
    const double electricalMonths = *worksDurationMonths(G::Electrical, worksDurationFactor);
    const double coolingMonths = *worksDurationMonths(G::Cooling, worksDurationFactor);
    const double facilityMonths = *worksDurationMonths(G::Facility, worksDurationFactor);
    const double gpuInstallMonths = *worksDurationMonths(G::GpuInstall, worksDurationFactor);
    const double commissioningMonths = *worksDurationMonths(G::Commissioning, worksDurationFactor);
    const bool fastTrack = plan.scheduleMode == ScheduleMode::FastTrack;
    const bool gpu = plan.gpu.enabled;
    const bool electrical = plan.electrical.enabled;
    const bool cooling = plan.cooling.enabled;
    const bool facility = plan.facility.enabled;
    Builder b;
    // Every generated task at most once, the user's tasks and "rfs".
    b.tasks.reserve(kGeneratedTaskCount + plan.extraTasks.size());

    const GeneratedNames& names = generatedNames();
    b.add(G::Design, names.design, TaskKind::Design, kDesignMonths, {});

    // Procurement. Sequential: orders go out once the design is finished. Fast-track: long-lead
    // items are ordered on the design basis (single-line diagram, cooling topology, GPU platform),
    // before the detailed design is done. The basis lag never exceeds the design itself, so fast-track
    // only ever relaxes the sequential links (fast-track ≤ sequential).
    const double basisLagMonths = std::min(kDesignBasisMonths, kDesignMonths);
    const auto orderLink = [&]() { return fastTrack ? b.ss(G::Design, basisLagMonths) : b.fs(G::Design); };
    const double procStartMonth = fastTrack ? basisLagMonths : kDesignMonths;  // design always starts at 0
    if (electrical)
        b.add(G::ProcElectrical, names.procElectrical, TaskKind::Procurement, kProcElectricalMonths,
              {orderLink()});
    if (cooling) {
        const bool liquid = isLiquid(plan.cooling.technology);
        b.add(G::ProcCooling, liquid ? names.procCoolingLiquid : names.procCoolingAir, TaskKind::Procurement,
              liquid ? kProcCoolingLiquidMonths : kProcCoolingAirMonths, {orderLink()});
    }
    if (gpu) {
        // A user delivery month replaces the default lead time: the task ends at delivery, so GPU
        // install waits for a late delivery and the driving chain stays connected.
        const double months =
            plan.gpuDeliveryMonthIndex
                ? std::max(static_cast<double>(*plan.gpuDeliveryMonthIndex) - procStartMonth, 0.0)
                : kProcGpuMonths;
        b.add(G::ProcGpu, names.procGpu, TaskKind::Procurement, months, {orderLink()});
    }
    std::vector<G> procurement;
    for (G id : {G::ProcElectrical, G::ProcCooling, G::ProcGpu})
        if (b.has(id)) procurement.push_back(id);

    const std::string& decommissionName = names.decommission;
    const std::string& electricalName = names.electrical;
    const std::string& coolingName = names.cooling;
    const std::string& facilityName = names.facility;
    const std::string& gpuInstallName = names.gpuInstall;
    const std::string& commissioningName = names.commissioning;

    // Works that must precede commissioning directly (besides the grid).
    std::vector<Link> beforeCommissioning;
    beforeCommissioning.reserve(4);  // GPU install or the works, and the grid
    if (!fastTrack) {
        // design → procurement → decommission → electrical → cooling → facility → GPU install →
        // commissioning: each step waits for the previous one.
        std::vector<Link> decommissionLinks;
        decommissionLinks.reserve(procurement.size());
        for (G id : procurement) decommissionLinks.push_back(b.fs(id));
        if (decommissionLinks.empty()) decommissionLinks.push_back(b.fs(G::Design));
        b.add(G::Decommission, decommissionName, TaskKind::Decommission, decommissionMonths,
              decommissionLinks);
        G previous = G::Decommission;
        const auto chain = [&](bool enabled, G id, const std::string& name, TaskKind kind, double months) {
            if (!enabled) return;
            b.add(id, name, kind, months, {b.fs(previous)});
            previous = id;
        };
        chain(electrical, G::Electrical, electricalName, TaskKind::Electrical, electricalMonths);
        chain(cooling, G::Cooling, coolingName, TaskKind::Cooling, coolingMonths);
        chain(facility, G::Facility, facilityName, TaskKind::Facility, facilityMonths);
        chain(gpu, G::GpuInstall, gpuInstallName, TaskKind::GpuInstall, gpuInstallMonths);
        beforeCommissioning.push_back(b.fs(previous));
    } else {
        // Fast-track overlaps:
        // - ASICs come out once permits are in hand, while equipment is still in transit;
        // - each works package starts when its own equipment has arrived and the hall is empty;
        // - cooling works start a month after the electrical works start (shared hall, crews
        //   staggered), not after they finish;
        // - facility works (sealing, fire suppression, BMS) need only an empty hall;
        // - GPUs go in once power, cooling and fire protection are ready.
        b.add(G::Decommission, decommissionName, TaskKind::Decommission, decommissionMonths,
              {b.fs(G::Design)});
        if (electrical)
            b.add(G::Electrical, electricalName, TaskKind::Electrical, electricalMonths,
                  {b.fs(G::ProcElectrical), b.fs(G::Decommission)});
        if (cooling) {
            std::vector<Link> links{b.fs(G::ProcCooling), b.fs(G::Decommission)};
            // The lag never exceeds the electrical works, so this only relaxes "after electrical".
            if (electrical)
                links.push_back(b.ss(G::Electrical, coolingAfterElectricalLagMonths(worksDurationFactor)));
            b.add(G::Cooling, coolingName, TaskKind::Cooling, coolingMonths, links);
        }
        if (facility)
            b.add(G::Facility, facilityName, TaskKind::Facility, facilityMonths, {b.fs(G::Decommission)});
        std::vector<Link> works;
        for (G id : {G::Electrical, G::Cooling, G::Facility})
            if (b.has(id)) works.push_back(b.fs(id));
        if (works.empty()) works.push_back(b.fs(G::Decommission));
        if (gpu) {
            std::vector<Link> links{b.fs(G::ProcGpu)};
            links.insert(links.end(), works.begin(), works.end());
            b.add(G::GpuInstall, gpuInstallName, TaskKind::GpuInstall, gpuInstallMonths, links);
            beforeCommissioning.push_back(b.fs(G::GpuInstall));
        } else {
            beforeCommissioning = works;
        }
    }

    // The plan's IT load is sized on the queued grid. RFS is the first energisation phase in
    // service: when that phase fits on today's grid, the upgrade gates only the capacity above it
    // (engines/Schedule.cpp) and is a dated event beside the network; otherwise commissioning
    // waits for it (a new build waiting for its grid).
    if (needsGridUpgrade(site, power)) {
        b.add(G::GridUpgrade, names.gridUpgrade, TaskKind::GridUpgrade, gridUpgradeMonths(site, start), {});
        const double firstPhaseMw = power.itMw / std::max(plan.energisationPhases, 1);
        if (power.itMwOnCurrentGrid + 1e-9 < firstPhaseMw)
            beforeCommissioning.push_back(b.fs(G::GridUpgrade));
        else
            b.tasks.back().activity.externalDate = true;
    }
    b.add(G::Commissioning, commissioningName, TaskKind::Commissioning, commissioningMonths,
          beforeCommissioning);

    // User tasks: finish-to-start on their dependsOn. They follow the generated tasks in plan order,
    // then "rfs", so every index is known before the links are made.
    const std::vector<UserTask>& users = plan.extraTasks;
    const std::size_t firstUser = b.tasks.size();
    const std::size_t rfsIndex = firstUser + users.size();
    const auto userIndex = [&](const std::string& id) {
        for (std::size_t k = 0; k < users.size(); ++k)
            if (users[k].id == id) return firstUser + k;
        return kAbsent;
    };
    for (std::size_t k = 0; k < users.size(); ++k) {
        const UserTask& u = users[k];
        // Validation refuses these first; a network with two tasks of one id would be ambiguous.
        if (u.id.empty() || generatedTask(u.id) || userIndex(u.id) != firstUser + k)
            return failed("schedule: task id \"" + u.id + "\" is empty or not unique");
        std::vector<Link> links;
        for (const std::string& dep : u.dependsOn) {
            const std::size_t user = userIndex(dep);
            const std::optional<G> generated = user == kAbsent ? generatedTask(dep) : std::nullopt;
            if (user != kAbsent) {
                links.push_back(fsIndex(user));
            } else if (generated == G::Rfs) {
                links.push_back(fsIndex(rfsIndex));  // closes a cycle; the solver reports it
            } else if (generated) {
                if (b.has(*generated)) links.push_back(b.fs(*generated));
                // else: a generated task this plan does not have; nothing to wait for
            } else {
                return failed("schedule: task \"" + u.id + "\" depends on unknown task \"" + dep + "\"");
            }
        }
        b.add(u.id, u.name, TaskKind::User, u.durationMonths, std::move(links));
    }
    // "Must finish before": the named task gains a finish-to-start link from the user task, so a
    // generated task can wait for a user task (customs clearance before GPU install). A successor
    // the plan does not generate is dropped like a dependency on it; "rfs" and "full-capacity" are
    // already after every task. The grid upgrade is dated by its queue, so nothing can delay it.
    for (std::size_t k = 0; k < users.size(); ++k) {
        const UserTask& u = users[k];
        for (const std::string& next : u.precedes) {
            const std::size_t user = userIndex(next);
            const std::optional<G> generated = user == kAbsent ? generatedTask(next) : std::nullopt;
            if (user != kAbsent) {
                b.tasks[user].activity.predecessors.push_back(fsIndex(firstUser + k));  // a cycle if self
            } else if (generated == G::GridUpgrade) {
                return failed("schedule: task \"" + u.id +
                              "\" cannot precede the grid upgrade (dated by its queue)");
            } else if (generated == G::Rfs || generated == G::FullCapacity) {
                // nothing to add: RFS waits for every task
            } else if (generated) {
                if (b.has(*generated))
                    b.tasks[b.index(*generated)].activity.predecessors.push_back(fsIndex(firstUser + k));
            } else {
                return failed("schedule: task \"" + u.id + "\" precedes unknown task \"" + next + "\"");
            }
        }
    }

    // RFS waits for everything: commissioning, and every task nothing else waits for (user tasks
    // hanging off the network). Every task therefore finishes by RFS.
    std::vector<bool> hasSuccessor(b.tasks.size() + 1, false);
    for (const NetworkTask& t : b.tasks)
        for (const Link& l : t.activity.predecessors) hasSuccessor[l.from] = true;
    std::vector<Link> rfsLinks;
    rfsLinks.reserve(b.tasks.size());  // one block instead of growing link by link
    for (std::size_t i = 0; i < b.tasks.size(); ++i)
        if (!hasSuccessor[i] && !b.tasks[i].activity.externalDate) rfsLinks.push_back(fsIndex(i));
    b.add(G::Rfs, names.rfs, TaskKind::Milestone, 0.0, std::move(rfsLinks));
    BuiltNetwork built;
    built.ok = true;
    built.tasks = std::move(b.tasks);
    return built;
}

}  // namespace m2ai::schedule
