// Feasibility (engines/Feasibility): each infeasibility rule with its parameters and field path,
// the English formatter, and what an infeasible site does to the results: no AI revenue, left out
// of the portfolio totals, ranked after every feasible site.
#include <algorithm>
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "engines/Compute.h"
#include "engines/Feasibility.h"
#include "engines/PowerBudget.h"
#include "support/FeasibleSites.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

// 20 MW of grid, 5,000 S19 XP (5,000 × 3.01 kW × 1.05 = 15.8 MW), the default plan: colocation,
// HGX B200 at 57.2 kW per rack (32 GPUs) on direct-to-chip, N+1, Tier III. Feasible.
Site plainSite() {
    Site s;
    s.name = "Plain";
    s.gridInterconnectMw = 20.0;
    s.mining.units = 5000;
    s.climate.dryBulbC.fill(10.0);
    s.climate.wetBulbC.fill(7.0);
    return s;
}

std::vector<Infeasibility> check(const Site& s) {
    const Catalogue& catalogue = defaultCatalogue();
    return checkFeasibility(s, catalogue, computePowerBudget(s, catalogue));
}

bool has(const std::vector<Infeasibility>& list, InfeasibilityCode code) {
    return std::any_of(list.begin(), list.end(), [code](const Infeasibility& f) { return f.code == code; });
}

// list must outlive the pointer: never pass a temporary.
const Infeasibility* find(const std::vector<Infeasibility>& list, InfeasibilityCode code) {
    for (const auto& f : list)
        if (f.code == code) return &f;
    return nullptr;
}

using test::makeFeasible;  // support/FeasibleSites.h

}  // namespace

TEST_CASE("feasibility: the plain plan is feasible", "[feasibility]") {
    CHECK(check(plainSite()).empty());
}

TEST_CASE("feasibility: racks denser than the cooling can remove", "[feasibility]") {
    Site s = plainSite();
    s.plan.gpu.platformId = "gb300-nvl72";
    s.plan.gpu.kwPerRack = 135.0;
    s.plan.gpu.gpusPerRack = 72;
    s.plan.cooling.enabled = false;  // the hall stays air-cooled: air removes at most 35 kW per rack
    const auto list = check(s);
    const Infeasibility* f = find(list, InfeasibilityCode::RackDenserThanCooling);
    REQUIRE(f);
    CHECK(f->fieldPath == "plan.gpu.kwPerRack");
    CHECK(f->number("kwPerRack") == 135.0);
    CHECK(f->number("maxRackKw") == defaultCatalogue().cooling(CoolingTech::Air).maxRackKw);
    CHECK(f->text("cooling") == "air");
    CHECK(describeInfeasibility(*f) == "Racks draw 135 kW; air cooling removes at most 35 kW per rack");
    CHECK(infeasibilityCodeName(f->code) == "rack-denser-than-cooling");
    // The density already names the cooling problem: no second "needs liquid" reason.
    CHECK_FALSE(find(list, InfeasibilityCode::PlatformNeedsLiquidCooling));
}

TEST_CASE("feasibility: a liquid-only platform on hybrid cooling within the rack limit", "[feasibility]") {
    Site s = plainSite();
    s.plan.gpu.platformId = "gb200-nvl72";
    s.plan.gpu.kwPerRack = 45.0;  // under hybrid's 50 kW limit, so the density rule is silent
    s.plan.gpu.gpusPerRack = 72;
    s.plan.cooling.technology = CoolingTech::Hybrid;
    const auto list = check(s);
    const Infeasibility* liquid = find(list, InfeasibilityCode::PlatformNeedsLiquidCooling);
    REQUIRE(liquid);
    CHECK(liquid->fieldPath == "plan.cooling.technology");
    CHECK(describeInfeasibility(*liquid) ==
          "GB200 NVL72 requires liquid cooling, but the plan uses hybrid (rear-door) cooling");
    // and 45/72 = 0.625 kW per GPU is below 0.6 × 120/72 = 1.0: the rack cannot power them either
    CHECK(find(list, InfeasibilityCode::RackPowerTooLowForGpus));
}

TEST_CASE("feasibility: kW per rack inconsistent with the platform's GPUs", "[feasibility]") {
    Site s = plainSite();
    SECTION("a catalogue platform below 60 % of its catalogue kW per GPU") {
        // HGX B200: 57.2 kW / 32 GPUs = 1.7875 kW per GPU; 60 % of it = 1.0725. 1 kW racks give
        // 1/32 = 0.03125 kW per GPU: infeasible (the "millions of GPUs").
        s.plan.gpu.kwPerRack = 1.0;
        const auto list = check(s);
        const Infeasibility* f = find(list, InfeasibilityCode::RackPowerTooLowForGpus);
        REQUIRE(f);
        CHECK(f->fieldPath == "plan.gpu.kwPerRack");
        CHECK(f->number("kwPerGpu") == Approx(0.03125));
        CHECK(f->number("minKwPerGpu") == Approx(1.0725));
        CHECK(describeInfeasibility(*f) ==
              "Racks give 0.03125 kW per GPU; HGX/DGX B200 needs at least 1.073");
        // 34.4 kW / 32 = 1.075 ≥ 1.0725: consistent.
        s.plan.gpu.kwPerRack = 34.4;
        CHECK_FALSE(has(check(s), InfeasibilityCode::RackPowerTooLowForGpus));
    }
    SECTION("a custom platform below 0.35 kW per GPU") {
        s.plan.gpu.platformId = "custom";
        s.plan.gpu.kwPerRack = 10.0;
        s.plan.gpu.gpusPerRack = 32;  // 10/32 = 0.3125 < 0.35
        const auto list = check(s);
        const Infeasibility* f = find(list, InfeasibilityCode::RackPowerTooLowForGpus);
        REQUIRE(f);
        CHECK(f->number("minKwPerGpu") == 0.35);
        CHECK(describeInfeasibility(*f) == "Racks give 0.3125 kW per GPU; a custom GPU needs at least 0.35");
        s.plan.gpu.kwPerRack = 11.2;  // 11.2/32 = 0.35: just enough
        CHECK_FALSE(has(check(s), InfeasibilityCode::RackPowerTooLowForGpus));
    }
}

TEST_CASE("feasibility: an AI hall without the GPU step", "[feasibility]") {
    Site s = plainSite();
    s.plan.business.model = BusinessModel::GpuCloud;
    s.plan.gpu.enabled = false;
    const auto list = check(s);
    const Infeasibility* f = find(list, InfeasibilityCode::AiHallWithoutGpuStep);
    REQUIRE(f);
    CHECK(f->fieldPath == "plan.gpu.enabled");
    CHECK(describeInfeasibility(*f) ==
          "The GPU step is disabled: there is no AI hall (GPU cloud) to earn from");
    s.plan.business.model = BusinessModel::Colocation;  // the fit-out tenants install into is step 1 too
    CHECK(has(check(s), InfeasibilityCode::AiHallWithoutGpuStep));
}

TEST_CASE("feasibility: a colocation lease needs N+1 and Tier III", "[feasibility]") {
    Site s = plainSite();
    SECTION("topology N") {
        s.plan.electrical.redundancy = Redundancy::N;
        const auto list = check(s);
        const Infeasibility* f = find(list, InfeasibilityCode::LeaseNeedsRedundancy);
        REQUIRE(f);
        CHECK(f->fieldPath == "plan.electrical.redundancy");
        CHECK(describeInfeasibility(*f) ==
              "A colocation lease needs at least N+1 electrical redundancy; the plan has N");
    }
    SECTION("the mining chain (step 2 off) is topology N") {
        s.plan.electrical.enabled = false;
        const auto list = check(s);
        const Infeasibility* f = find(list, InfeasibilityCode::LeaseNeedsRedundancy);
        REQUIRE(f);
        CHECK(f->fieldPath == "plan.electrical.enabled");
    }
    SECTION("no certification, or step 4 off") {
        s.plan.facility.certification = Certification::None;
        const auto list = check(s);
        const Infeasibility* f = find(list, InfeasibilityCode::LeaseNeedsCertification);
        REQUIRE(f);
        CHECK(f->fieldPath == "plan.facility.certification");
        CHECK(describeInfeasibility(*f) ==
              "A colocation lease needs Uptime Tier III certification; the plan has none");
        s.plan.facility.certification = Certification::TierIII;
        s.plan.facility.enabled = false;
        const auto off = check(s);
        REQUIRE(find(off, InfeasibilityCode::LeaseNeedsCertification));
        CHECK(find(off, InfeasibilityCode::LeaseNeedsCertification)->fieldPath == "plan.facility.enabled");
    }
    SECTION("a GPU cloud sells GPU-hours, not leases: no lease requirement") {
        s.plan.business.model = BusinessModel::GpuCloud;
        s.plan.electrical.redundancy = Redundancy::N;
        s.plan.facility.certification = Certification::None;
        CHECK(check(s).empty());
    }
}

TEST_CASE("feasibility: a GPU cloud needs the electrical rebuild and the facility works", "[feasibility]") {
    // The gap: Gedu (GPU cloud) with step 2 or step 4 off stayed feasible and got cheaper.
    Site s = plainSite();
    s.plan.business.model = BusinessModel::GpuCloud;
    REQUIRE(check(s).empty());
    s.plan.electrical.enabled = false;
    auto list = check(s);
    REQUIRE(list.size() == 1);
    CHECK(list[0].code == InfeasibilityCode::GpuCloudNeedsProtectedHall);
    CHECK(list[0].fieldPath == "plan.electrical.enabled");
    CHECK(infeasibilityCodeName(list[0].code) == "gpu-cloud-needs-protected-hall");
    CHECK(
        describeInfeasibility(list[0]) ==
        "A GPU cloud's own servers need a protected hall (UPS and generators, sealing and fire suppression); "
        "the plan lacks: electrical rebuild");
    s.plan.facility.enabled = false;
    list = check(s);
    REQUIRE(list.size() == 1);
    CHECK(list[0].text("missing") == "electrical rebuild, facility works");
    s.plan.electrical.enabled = true;
    list = check(s);
    REQUIRE(list.size() == 1);
    CHECK(list[0].fieldPath == "plan.facility.enabled");
    CHECK(list[0].text("missing") == "facility works");
    // Colocation already needs both through its lease rules; it gets those reasons, not this one.
    s.plan.business.model = BusinessModel::Colocation;
    CHECK_FALSE(has(check(s), InfeasibilityCode::GpuCloudNeedsProtectedHall));
    CHECK(has(check(s), InfeasibilityCode::LeaseNeedsCertification));
}

TEST_CASE("feasibility: a fleet that draws more than the grid", "[feasibility]") {
    Site s = plainSite();
    // 6,400 × 3.01 kW × 1.05 = 20.2272 MW: 1.1 % over 20 MW, past the 1 % tolerance.
    s.mining.units = 6400;
    const auto list = check(s);
    const Infeasibility* f = find(list, InfeasibilityCode::FleetExceedsGrid);
    REQUIRE(f);
    CHECK(f->fieldPath == "mining.units");
    CHECK(f->number("fleetMw") == Approx(20.2272));
    CHECK(f->number("gridMw") == 20.0);
    CHECK(describeInfeasibility(*f) ==
          "The mining fleet draws 20.23 MW, more than the 20 MW grid interconnect");
    // 6,300 × 3.01 × 1.05 = 19.91 MW: fits.
    s.mining.units = 6300;
    CHECK_FALSE(has(check(s), InfeasibilityCode::FleetExceedsGrid));
}

TEST_CASE("feasibility: converted share 0 with steps enabled", "[feasibility]") {
    Site s = plainSite();
    s.plan.convertedSharePct = 0.0;
    s.plan.cooling.enabled = false;
    const auto list = check(s);
    REQUIRE(list.size() == 1);  // the hall rules do not apply to a hall that is not there
    CHECK(list[0].code == InfeasibilityCode::StepsEnabledWithNothingConverted);
    CHECK(list[0].fieldPath == "plan.convertedSharePct");
    CHECK(list[0].text("steps") == "gpu, electrical, facility");
    CHECK(describeInfeasibility(list[0]) ==
          "Nothing is converted (0 %), but these steps are enabled and paid for: gpu, electrical, facility");
    // Every step off and nothing converted is simply "keep mining": feasible.
    s.plan.gpu.enabled = s.plan.electrical.enabled = s.plan.facility.enabled = false;
    CHECK(check(s).empty());
}

TEST_CASE("an infeasible site earns no AI revenue and is left out of the totals", "[feasibility][compute]") {
    Portfolio p;
    Site good = plainSite();
    good.name = "Good";
    Site allOff = plainSite();  // the case: every step off still earned full rent
    allOff.name = "All steps off";
    allOff.plan.gpu.enabled = allOff.plan.electrical.enabled = false;
    allOff.plan.cooling.enabled = allOff.plan.facility.enabled = false;
    p.sites = {allOff, good};
    const PortfolioResult r = computePortfolio(p);
    const SiteResult& bad = r.sites[0];
    CHECK_FALSE(bad.feasible);
    // no GPU step, topology N, no certification (air cooling has no racks to judge without step 1)
    REQUIRE(bad.infeasibilities.size() == 3);
    CHECK(bad.infeasibilities[0].code == InfeasibilityCode::AiHallWithoutGpuStep);
    CHECK(bad.infeasibilities[1].code == InfeasibilityCode::LeaseNeedsRedundancy);
    CHECK(bad.infeasibilities[2].code == InfeasibilityCode::LeaseNeedsCertification);
    for (const auto& cf : bad.economics.monthly) CHECK(cf.revenueUsd == 0.0);
    CHECK(r.sites[1].feasible);
    // Totals are the feasible site's alone; the infeasible one is counted.
    CHECK(r.infeasibleSiteCount == 1);
    CHECK(r.npvUsd == r.sites[1].economics.npvUsd);
    CHECK(r.itMw == r.sites[1].power.itMw);
    CHECK(r.gridMw == r.sites[1].power.gridMw);
    CHECK(r.capexUsd == r.sites[1].economics.capexUsd);
    CHECK(r.itOnlineMwByMonth == r.sites[1].schedule.itOnlineMwByMonth);
    // Ranked after the feasible site although it comes first in the input.
    REQUIRE(r.ranking.size() == 2);
    CHECK(r.ranking[0].siteIndex == 1);
    CHECK(r.ranking[1].siteIndex == 0);
    CHECK_FALSE(r.ranking[1].feasible);
}

TEST_CASE("generated sites: infeasible never ranks above feasible, totals skip infeasible",
          "[feasibility][compute]") {
    const unsigned seed = GENERATE(3u, 11u);
    Portfolio p = test::generatePortfolio(seed, 150);
    // Random plans are nearly all infeasible (random kW per rack and GPUs per rack, fleets larger
    // than their grids); repair every other site so both kinds are ranked together.
    for (std::size_t i = 0; i < p.sites.size(); i += 2) makeFeasible(p.sites[i]);
    const PortfolioResult r = computePortfolio(p);
    int infeasible = 0;
    double npvUsd = 0.0;
    for (const SiteResult& s : r.sites) {
        CHECK(s.feasible == s.infeasibilities.empty());
        if (!s.feasible) {
            ++infeasible;
            for (const auto& cf : s.economics.monthly) CHECK(cf.revenueUsd == 0.0);
            for (const auto& f : s.infeasibilities) CHECK_FALSE(describeInfeasibility(f).empty());
        } else {
            npvUsd += s.economics.npvUsd;
        }
    }
    CHECK(infeasible > 0);  // the generator produces both kinds
    CHECK(infeasible < static_cast<int>(r.sites.size()));
    CHECK(r.infeasibleSiteCount == infeasible);
    CHECK(r.npvUsd == Approx(npvUsd));
    bool seenInfeasible = false;
    for (const SiteRanking& rank : r.ranking) {
        if (!rank.feasible)
            seenInfeasible = true;
        else
            CHECK_FALSE(seenInfeasible);
    }
}
