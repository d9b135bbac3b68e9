// Infeasibility rules (docs/model.md "Feasibility") and their English wording.
#include "engines/Feasibility.h"

#include <cstdio>

namespace m2ai {

namespace {

// "35", "57.2", "0.417": figures read like the editor shows them.
std::string formatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

bool isLiquid(CoolingTech tech) {
    return tech == CoolingTech::DirectToChip || tech == CoolingTech::Immersion;
}

// The cooling the hall will actually have: the chosen technology, or air when step 3 is off.
CoolingTech effectiveCooling(const ConversionPlan& plan) {
    return plan.cooling.enabled ? plan.cooling.technology : CoolingTech::Air;
}

std::string coolingLabel(const std::string& name) {
    if (name == "air") return "air cooling";
    if (name == "hybrid") return "hybrid (rear-door) cooling";
    if (name == "direct-to-chip") return "direct-to-chip cooling";
    if (name == "immersion") return "immersion cooling";
    return name;
}

// "NVIDIA GB200 NVL72 (72 GPUs per rack, liquid)" → "GB200 NVL72": short enough for a sentence.
std::string shortPlatformName(const std::string& name) {
    std::string out = name.substr(0, name.find(" ("));
    if (out.rfind("NVIDIA ", 0) == 0) out.erase(0, 7);
    return out.empty() ? name : out;
}

// Names, not the stored spellings ("tier-iii", "gpu-cloud"), in the sentences reports print.
std::string enumLabel(const std::string& name) {
    if (name == "tier-iii") return "Uptime Tier III";
    if (name == "tier-iv") return "Uptime Tier IV";
    if (name == "none") return "none";
    if (name == "gpu-cloud") return "GPU cloud";
    if (name == "colocation") return "colocation";
    if (name == "distributed-redundant") return "distributed redundant";
    return name;
}

std::string platformLabel(const Infeasibility& f) {
    const std::string name = f.text("platformName");
    return name.empty() ? "a custom GPU" : name;
}

Infeasibility make(InfeasibilityCode code, std::string fieldPath) {
    Infeasibility out;
    out.code = code;
    out.fieldPath = std::move(fieldPath);
    return out;
}

void checkHall(const Site& site, const Catalogue& catalogue, const FeasibilityLimits& limits,
               std::vector<Infeasibility>& out) {
    const ConversionPlan& plan = site.plan;
    if (!plan.gpu.enabled) {
        // Colocation tenants bring GPUs, but step 1 is also the fit-out (racks, network, rack power)
        // they install into; without it there is no AI hall to rent.
        Infeasibility f = make(InfeasibilityCode::AiHallWithoutGpuStep, "plan.gpu.enabled");
        f.texts = {{"businessModel", toName(plan.business.model)}};
        out.push_back(std::move(f));
    } else {
        const CoolingTech cooling = effectiveCooling(plan);
        bool rackTooDense = false;
        if (static_cast<std::size_t>(cooling) < catalogue.coolingTechnologies.size()) {
            const CoolingTechnology& tech = catalogue.cooling(cooling);
            rackTooDense = tech.maxRackKw > 0.0 && plan.gpu.kwPerRack > tech.maxRackKw;
            if (rackTooDense) {
                Infeasibility f = make(InfeasibilityCode::RackDenserThanCooling, "plan.gpu.kwPerRack");
                f.numbers = {{"kwPerRack", plan.gpu.kwPerRack}, {"maxRackKw", tech.maxRackKw}};
                f.texts = {{"cooling", toName(cooling)}};
                out.push_back(std::move(f));
            }
        }
        const GpuPlatform* platform =
            plan.gpu.platformId == "custom" ? nullptr : catalogue.gpu(plan.gpu.platformId);
        // One reason is enough when the rack density already says the cooling is too weak.
        if (platform && platform->liquidRequired && !isLiquid(cooling) && !rackTooDense) {
            Infeasibility f = make(InfeasibilityCode::PlatformNeedsLiquidCooling, "plan.cooling.technology");
            f.texts = {{"platform", plan.gpu.platformId},
                       {"platformName", shortPlatformName(platform->name)},
                       {"cooling", toName(cooling)}};
            out.push_back(std::move(f));
        }
        if (plan.gpu.gpusPerRack > 0) {
            const double kwPerGpu = plan.gpu.kwPerRack / plan.gpu.gpusPerRack;
            double minKwPerGpu = limits.minKwPerGpuCustom;
            if (platform && platform->gpusPerRack > 0)
                minKwPerGpu = limits.minShareOfPlatformKwPerGpu * platform->kwPerRack / platform->gpusPerRack;
            if (kwPerGpu < minKwPerGpu) {
                Infeasibility f = make(InfeasibilityCode::RackPowerTooLowForGpus, "plan.gpu.kwPerRack");
                f.numbers = {{"kwPerGpu", kwPerGpu}, {"minKwPerGpu", minKwPerGpu}};
                f.texts = {{"platform", platform ? plan.gpu.platformId : std::string("custom")},
                           {"platformName", platform ? shortPlatformName(platform->name) : std::string()}};
                out.push_back(std::move(f));
            }
        }
    }

    if (plan.business.model == BusinessModel::GpuCloud) {
        // An owner-operated GPU cloud sells GPU-hours from servers it owns (≈ 35 k$ per GPU): the
        // mining chain (step 2 off) has no UPS or generators to ride through a grid dip, and the
        // mining hall (step 4 off) is open to outside air and dust with no fire suppression. No
        // redundancy or certification is required (the operator, not a tenant, carries the risk).
        std::string missing;
        const auto add = [&missing](bool on, const char* name) {
            if (on) return;
            if (!missing.empty()) missing += ", ";
            missing += name;
        };
        add(plan.electrical.enabled, "electrical rebuild");
        add(plan.facility.enabled, "facility works");
        if (!missing.empty()) {
            Infeasibility f =
                make(InfeasibilityCode::GpuCloudNeedsProtectedHall,
                     plan.electrical.enabled ? "plan.facility.enabled" : "plan.electrical.enabled");
            f.texts = {{"missing", missing}};
            out.push_back(std::move(f));
        }
    }

    if (plan.business.model == BusinessModel::Colocation) {
        // The hosting rates of domain.md §4.3 are for redundant space (CBRE: turnkey wholesale at N+1);
        // the mining chain (step 2 off) is topology N.
        const Redundancy redundancy = plan.electrical.enabled ? plan.electrical.redundancy : Redundancy::N;
        if (redundancy == Redundancy::N) {
            Infeasibility f =
                make(InfeasibilityCode::LeaseNeedsRedundancy,
                     plan.electrical.enabled ? "plan.electrical.redundancy" : "plan.electrical.enabled");
            f.texts = {{"required", toName(Redundancy::NPlus1)}, {"planned", toName(redundancy)}};
            out.push_back(std::move(f));
        }
        // AI tenants lease concurrently maintainable space: Tier III (N+1, two paths, domain.md §1.3).
        const Certification certification =
            plan.facility.enabled ? plan.facility.certification : Certification::None;
        if (certification == Certification::None) {
            Infeasibility f =
                make(InfeasibilityCode::LeaseNeedsCertification,
                     plan.facility.enabled ? "plan.facility.certification" : "plan.facility.enabled");
            f.texts = {{"required", toName(Certification::TierIII)}, {"planned", toName(certification)}};
            out.push_back(std::move(f));
        }
    }
}

}  // namespace

std::vector<Infeasibility> checkFeasibility(const Site& site, const Catalogue& catalogue,
                                            const PowerBudget& power, const FeasibilityLimits& limits) {
    std::vector<Infeasibility> out;
    const ConversionPlan& plan = site.plan;

    // Today's fleet must fit today's interconnect (the queue is not there yet).
    const double fleetMw = power.miningBefore.facilityMw;
    if (fleetMw > power.gridMw * (1.0 + limits.fleetOverGridTolerancePct / 100.0)) {
        Infeasibility f = make(InfeasibilityCode::FleetExceedsGrid, "mining.units");
        f.numbers = {{"fleetMw", fleetMw}, {"gridMw", power.gridMw}};
        out.push_back(std::move(f));
    }

    if (plan.convertedSharePct > 0.0) {
        checkHall(site, catalogue, limits, out);
    } else {
        // Nothing converted, but steps that charge capex are on: the plan pays for a hall that is
        // not there. (All steps off is simply "keep mining", which is feasible.)
        std::string steps;
        const auto add = [&steps](bool on, const char* name) {
            if (!on) return;
            if (!steps.empty()) steps += ", ";
            steps += name;
        };
        add(plan.gpu.enabled, "gpu");
        add(plan.electrical.enabled, "electrical");
        add(plan.cooling.enabled, "cooling");
        add(plan.facility.enabled, "facility");
        if (!steps.empty()) {
            Infeasibility f =
                make(InfeasibilityCode::StepsEnabledWithNothingConverted, "plan.convertedSharePct");
            f.texts = {{"steps", steps}};
            out.push_back(std::move(f));
        }
    }
    return out;
}

std::string infeasibilityCodeName(InfeasibilityCode code) {
    switch (code) {
        case InfeasibilityCode::RackDenserThanCooling:
            return "rack-denser-than-cooling";
        case InfeasibilityCode::PlatformNeedsLiquidCooling:
            return "platform-needs-liquid-cooling";
        case InfeasibilityCode::AiHallWithoutGpuStep:
            return "ai-hall-without-gpu-step";
        case InfeasibilityCode::LeaseNeedsRedundancy:
            return "lease-needs-redundancy";
        case InfeasibilityCode::LeaseNeedsCertification:
            return "lease-needs-certification";
        case InfeasibilityCode::FleetExceedsGrid:
            return "fleet-exceeds-grid";
        case InfeasibilityCode::RackPowerTooLowForGpus:
            return "rack-power-too-low-for-gpus";
        case InfeasibilityCode::StepsEnabledWithNothingConverted:
            return "steps-enabled-with-nothing-converted";
        case InfeasibilityCode::GpuCloudNeedsProtectedHall:
            return "gpu-cloud-needs-protected-hall";
    }
    return "?";
}

std::string describeInfeasibility(const Infeasibility& f) {
    switch (f.code) {
        case InfeasibilityCode::RackDenserThanCooling:
            return "Racks draw " + formatNumber(f.number("kwPerRack")) + " kW; " +
                   coolingLabel(f.text("cooling")) + " removes at most " +
                   formatNumber(f.number("maxRackKw")) + " kW per rack";
        case InfeasibilityCode::PlatformNeedsLiquidCooling:
            return platformLabel(f) + " requires liquid cooling, but the plan uses " +
                   coolingLabel(f.text("cooling"));
        case InfeasibilityCode::AiHallWithoutGpuStep:
            return "The GPU step is disabled: there is no AI hall (" + enumLabel(f.text("businessModel")) +
                   ") to earn from";
        case InfeasibilityCode::LeaseNeedsRedundancy:
            return "A colocation lease needs at least " + enumLabel(f.text("required")) +
                   " electrical redundancy; the plan has " + enumLabel(f.text("planned"));
        case InfeasibilityCode::LeaseNeedsCertification:
            return "A colocation lease needs " + enumLabel(f.text("required")) +
                   " certification; the plan has " + enumLabel(f.text("planned"));
        case InfeasibilityCode::FleetExceedsGrid:
            return "The mining fleet draws " + formatNumber(f.number("fleetMw")) + " MW, more than the " +
                   formatNumber(f.number("gridMw")) + " MW grid interconnect";
        case InfeasibilityCode::RackPowerTooLowForGpus:
            return "Racks give " + formatNumber(f.number("kwPerGpu")) + " kW per GPU; " + platformLabel(f) +
                   " needs at least " + formatNumber(f.number("minKwPerGpu"));
        case InfeasibilityCode::StepsEnabledWithNothingConverted:
            return "Nothing is converted (0 %), but these steps are enabled and paid for: " + f.text("steps");
        case InfeasibilityCode::GpuCloudNeedsProtectedHall:
            return "A GPU cloud's own servers need a protected hall (UPS and generators, sealing and fire "
                   "suppression); the plan lacks: " +
                   f.text("missing");
    }
    return "Infeasible plan";
}

}  // namespace m2ai
