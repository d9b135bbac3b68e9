#include "engines/schedule/Network.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace m2ai::schedule {

namespace {

using cpm::Link;
using cpm::LinkType;

Link fs(const std::string& from, double lagMonths = 0.0) {
    return Link{from, LinkType::FinishToStart, lagMonths};
}
Link ss(const std::string& from, double lagMonths) {
    return Link{from, LinkType::StartToStart, lagMonths};
}

bool isLiquid(CoolingTech tech) {
    return tech != CoolingTech::Air;
}

class Builder {
public:
    void add(const std::string& id, const std::string& name, TaskKind kind, double durationMonths,
             std::vector<Link> links) {
        NetworkTask t;
        t.activity.id = id;
        t.activity.durationMonths = std::max(durationMonths, 0.0);
        t.activity.predecessors = std::move(links);
        t.name = name;
        t.kind = kind;
        tasks.push_back(std::move(t));
        ids.insert(id);
    }
    bool has(const std::string& id) const { return ids.count(id) > 0; }
    std::vector<NetworkTask> tasks;
    std::set<std::string> ids;
};

const std::set<std::string>& generatedIds() {
    static const std::set<std::string> ids{"design",       "proc-electrical", "proc-cooling", "proc-gpu",
                                           "decommission", "electrical",      "cooling",      "facility",
                                           "gpu-install",  "commissioning",   "grid-upgrade", "rfs"};
    return ids;
}

}  // namespace

double gridUpgradeMonths(const Site& site, YearMonth start) {
    if (!site.gridQueue) return 0.0;
    return std::max(0, monthsBetween(start, site.gridQueue->availableMonth));
}

bool needsGridUpgrade(const Site& site, const PowerBudget& power) {
    return site.gridQueue.has_value() && power.itMw > power.itMwOnCurrentGrid + 1e-9;
}

std::vector<NetworkTask> buildNetwork(const Site& site, const PowerBudget& power, YearMonth start) {
    const ConversionPlan& plan = site.plan;
    const bool fastTrack = plan.scheduleMode == ScheduleMode::FastTrack;
    const bool gpu = plan.gpu.enabled;
    const bool electrical = plan.electrical.enabled;
    const bool cooling = plan.cooling.enabled;
    const bool facility = plan.facility.enabled;
    Builder b;

    b.add("design", "Design and permits", TaskKind::Design, kDesignMonths, {});

    // Procurement. Sequential: orders go out once the design is finished. Fast-track: long-lead
    // items are ordered on the design basis (single-line diagram, cooling topology, GPU platform),
    // before the detailed design is done. The basis lag never exceeds the design itself, so fast-track
    // only ever relaxes the sequential links (fast-track ≤ sequential).
    const double basisLagMonths = std::min(kDesignBasisMonths, kDesignMonths);
    const auto orderLink = [&]() { return fastTrack ? ss("design", basisLagMonths) : fs("design"); };
    const double procStartMonth = fastTrack ? basisLagMonths : kDesignMonths;  // design always starts at 0
    if (electrical)
        b.add("proc-electrical", "Procure switchgear, transformers, UPS, generators", TaskKind::Procurement,
              kProcElectricalMonths, {orderLink()});
    if (cooling) {
        const bool liquid = isLiquid(plan.cooling.technology);
        b.add("proc-cooling", liquid ? "Procure CDUs and heat rejection" : "Procure CRAHs",
              TaskKind::Procurement, liquid ? kProcCoolingLiquidMonths : kProcCoolingAirMonths,
              {orderLink()});
    }
    if (gpu) {
        // A user delivery month replaces the default lead time: the task ends at delivery, so GPU
        // install waits for a late delivery and the driving chain stays connected.
        const double months =
            plan.gpuDeliveryMonthIndex
                ? std::max(static_cast<double>(*plan.gpuDeliveryMonthIndex) - procStartMonth, 0.0)
                : kProcGpuMonths;
        b.add("proc-gpu", "Procure GPU servers", TaskKind::Procurement, months, {orderLink()});
    }
    std::vector<std::string> procurement;
    for (const char* id : {"proc-electrical", "proc-cooling", "proc-gpu"})
        if (b.has(id)) procurement.push_back(id);

    const std::string decommissionName = "Decommission ASICs";
    const std::string electricalName = "Electrical rebuild";
    const std::string coolingName = "Cooling retrofit";
    const std::string facilityName = "Facility works (sealing, fire suppression, BMS)";
    const std::string gpuInstallName = "Install GPU racks";
    const std::string commissioningName = "Commissioning (integrated systems test)";

    // Works that must precede commissioning directly (besides the grid).
    std::vector<Link> beforeCommissioning;
    if (!fastTrack) {
        // design → procurement → decommission → electrical → cooling → facility → GPU install →
        // commissioning: each step waits for the previous one.
        std::vector<Link> decommissionLinks;
        for (const std::string& id : procurement) decommissionLinks.push_back(fs(id));
        if (decommissionLinks.empty()) decommissionLinks.push_back(fs("design"));
        b.add("decommission", decommissionName, TaskKind::Decommission, kDecommissionMonths,
              decommissionLinks);
        std::string previous = "decommission";
        const auto chain = [&](bool enabled, const std::string& id, const std::string& name, TaskKind kind,
                               double months) {
            if (!enabled) return;
            b.add(id, name, kind, months, {fs(previous)});
            previous = id;
        };
        chain(electrical, "electrical", electricalName, TaskKind::Electrical, kElectricalMonths);
        chain(cooling, "cooling", coolingName, TaskKind::Cooling, kCoolingMonths);
        chain(facility, "facility", facilityName, TaskKind::Facility, kFacilityMonths);
        chain(gpu, "gpu-install", gpuInstallName, TaskKind::GpuInstall, kGpuInstallMonths);
        beforeCommissioning.push_back(fs(previous));
    } else {
        // Fast-track overlaps:
        // - ASICs come out once permits are in hand, while equipment is still in transit;
        // - each works package starts when its own equipment has arrived and the hall is empty;
        // - cooling works start a month after the electrical works start (shared hall, crews
        //   staggered), not after they finish;
        // - facility works (sealing, fire suppression, BMS) need only an empty hall;
        // - GPUs go in once power, cooling and fire protection are ready.
        b.add("decommission", decommissionName, TaskKind::Decommission, kDecommissionMonths, {fs("design")});
        if (electrical)
            b.add("electrical", electricalName, TaskKind::Electrical, kElectricalMonths,
                  {fs("proc-electrical"), fs("decommission")});
        if (cooling) {
            std::vector<Link> links{fs("proc-cooling"), fs("decommission")};
            // The lag never exceeds the electrical works, so this only relaxes "after electrical".
            if (electrical)
                links.push_back(
                    ss("electrical", std::min(kCoolingAfterElectricalStartMonths, kElectricalMonths)));
            b.add("cooling", coolingName, TaskKind::Cooling, kCoolingMonths, links);
        }
        if (facility)
            b.add("facility", facilityName, TaskKind::Facility, kFacilityMonths, {fs("decommission")});
        std::vector<Link> works;
        for (const char* id : {"electrical", "cooling", "facility"})
            if (b.has(id)) works.push_back(fs(id));
        if (works.empty()) works.push_back(fs("decommission"));
        if (gpu) {
            std::vector<Link> links{fs("proc-gpu")};
            links.insert(links.end(), works.begin(), works.end());
            b.add("gpu-install", gpuInstallName, TaskKind::GpuInstall, kGpuInstallMonths, links);
            beforeCommissioning.push_back(fs("gpu-install"));
        } else {
            beforeCommissioning = works;
        }
    }

    // The plan's IT load is sized on the queued grid. RFS is the first energisation phase in
    // service: when that phase fits on today's grid, the upgrade gates only the capacity above it
    // (engines/Schedule.cpp) and is a dated event beside the network; otherwise commissioning
    // waits for it (a new build waiting for its grid).
    if (needsGridUpgrade(site, power)) {
        b.add("grid-upgrade", "Grid upgrade (queued interconnect)", TaskKind::GridUpgrade,
              gridUpgradeMonths(site, start), {});
        const double firstPhaseMw = power.itMw / std::max(plan.energisationPhases, 1);
        if (power.itMwOnCurrentGrid + 1e-9 < firstPhaseMw)
            beforeCommissioning.push_back(fs("grid-upgrade"));
        else
            b.tasks.back().activity.externalDate = true;
    }
    b.add("commissioning", commissioningName, TaskKind::Commissioning, kCommissioningMonths,
          beforeCommissioning);

    // User tasks: finish-to-start on their dependsOn.
    std::set<std::string> userIds;
    for (const UserTask& u : plan.extraTasks) userIds.insert(u.id);
    for (const UserTask& u : plan.extraTasks) {
        std::vector<Link> links;
        for (const std::string& dep : u.dependsOn) {
            if (userIds.count(dep) || b.has(dep) || dep == "rfs") {
                links.push_back(fs(dep));  // "rfs" closes a cycle; the solver reports it
            } else if (!generatedIds().count(dep)) {
                throw std::invalid_argument("schedule: task \"" + u.id + "\" depends on unknown task \"" +
                                            dep + "\"");
            }  // else: a generated task this plan does not have; nothing to wait for
        }
        b.add(u.id, u.name, TaskKind::User, u.durationMonths, links);
    }

    // RFS waits for everything: commissioning, and every task nothing else waits for (user tasks
    // hanging off the network). Every task therefore finishes by RFS.
    std::set<std::string> hasSuccessor;
    for (const NetworkTask& t : b.tasks)
        for (const Link& l : t.activity.predecessors) hasSuccessor.insert(l.fromId);
    std::vector<Link> rfsLinks;
    for (const NetworkTask& t : b.tasks)
        if (!hasSuccessor.count(t.activity.id) && !t.activity.externalDate)
            rfsLinks.push_back(fs(t.activity.id));
    b.add("rfs", "Ready for service", TaskKind::Milestone, 0.0, rfsLinks);
    return std::move(b.tasks);
}

}  // namespace m2ai::schedule
