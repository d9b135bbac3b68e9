// The built-in sample portfolio: valid, covers the five countries and every feature a demo needs,
// and its electrical plant and mining fleets are sized consistently with each site's grid.
#include <catch2/catch.hpp>
#include <set>

#include "catalogue/Catalogue.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "sample/SiteTemplate.h"
#include "validation/Validation.h"

using namespace m2ai;

namespace {
const Site& siteNamed(const Portfolio& p, const std::string& name) {
    for (const Site& s : p.sites)
        if (s.name == name) return s;
    FAIL("no site " << name);
    throw 0;
}
// Usable critical capacity by topology (docs/model.md "Redundancy"), written out here so the test
// does not depend on the power engine.
double usableMw(const ElectricalStep& e) {
    const double k = e.installedBlocks, m = e.blockSizeMw;
    switch (e.redundancy) {
        case Redundancy::N:
            return k * m;
        case Redundancy::NPlus1:
            return (k - 1) * m;
        case Redundancy::TwoN:
            return k * m / 2;
        case Redundancy::TwoNPlus1:
            return (k / 2 - 1) * m;
        case Redundancy::DistributedRedundant:
            return 2 * k * m / 3;
    }
    return 0;
}
}  // namespace

TEST_CASE("sample: valid, portfolio settings", "[sample]") {
    const Portfolio p = samplePortfolio();
    const auto problems = validate(p);
    for (const auto& pr : problems) FAIL_CHECK(pr.toString());
    CHECK(problems.empty());
    CHECK(p.startMonth == YearMonth{2027, 1});
    CHECK(p.discountRatePct == 10.0);
    CHECK(p.horizonYears == 10);
    CHECK(p.sites.size() >= 5);
}

TEST_CASE("sample: five countries and the demo features", "[sample]") {
    const Portfolio p = samplePortfolio();
    std::set<std::string> countries;
    int partial = 0, sequential = 0, cloud = 0, queued = 0, userTasks = 0;
    for (const Site& s : p.sites) {
        countries.insert(s.country);
        partial += s.plan.convertedSharePct < 100.0;
        sequential += s.plan.scheduleMode == ScheduleMode::Sequential;
        cloud += s.plan.business.model == BusinessModel::GpuCloud;
        queued += s.gridQueue.has_value();
        userTasks += !s.plan.extraTasks.empty();
    }
    for (const char* c : {"Norway", "Bhutan", "Ethiopia", "United States", "Canada"})
        CHECK(countries.count(c) == 1);
    CHECK(partial >= 1);
    CHECK(sequential >= 1);
    CHECK(cloud >= 1);
    CHECK(queued >= 1);
    CHECK(userTasks >= 1);

    const Site& tydal = siteNamed(p, "Tydal");
    CHECK(tydal.gridInterconnectMw == 180.0);
    CHECK(tydal.energySource == EnergySource::Hydro);
    CHECK(tydal.plan.convertedSharePct == 100.0);
    CHECK(tydal.plan.electrical.redundancy == Redundancy::NPlus1);
    CHECK(tydal.plan.cooling.technology == CoolingTech::DirectToChip);
    const Site& rockdale = siteNamed(p, "Rockdale");
    CHECK(rockdale.gridCarbonGPerKwh == 347.0);  // ERCOT, domain.md 6.4
    CHECK(rockdale.plan.convertedSharePct == 50.0);
    CHECK(siteNamed(p, "Gedu").gridInterconnectMw == 100.0);
    CHECK(siteNamed(p, "Wenatchee").gridInterconnectMw == 13.0);
}

TEST_CASE("sample: electrical blocks and mining fleets sized to the grid", "[sample]") {
    const Portfolio p = samplePortfolio();
    const Catalogue& cat = defaultCatalogue();
    for (const Site& s : p.sites) {
        INFO(s.name);
        const double gridMw = s.gridInterconnectMw + (s.gridQueue ? s.gridQueue->extraMw : 0.0);
        const double convertedMw = gridMw * s.plan.convertedSharePct / 100.0;
        // Usable ≈ converted ÷ 1.2 (room for a design-peak PUE around 1.2), within ±5 %.
        // e.g. Tydal: N+1, 16 × 10 MW → 15 × 10 = 150 MW = 180 / 1.2.
        CHECK(usableMw(s.plan.electrical) == Approx(convertedMw / 1.2).epsilon(0.05));
        // Today's fleet fills today's grid: units × kW × mining PUE ≈ grid MW (±1 %).
        // e.g. Tydal: 56,953 × 3.01 kW × 1.05 = 179.99 MW.
        const double fleetMw = s.mining.units * s.mining.kwPerUnit * s.mining.miningPue / 1000.0;
        CHECK(fleetMw == Approx(s.gridInterconnectMw).epsilon(0.01));
        // GPU values are the catalogue's for the chosen platform.
        const GpuPlatform* g = cat.gpu(s.plan.gpu.platformId);
        REQUIRE(g);
        CHECK(s.plan.gpu.kwPerRack == g->kwPerRack);
        CHECK(s.plan.gpu.gpusPerRack == g->gpusPerRack);
        // Racks fit the chosen cooling.
        CHECK(s.plan.gpu.kwPerRack <= cat.cooling(s.plan.cooling.technology).maxRackKw);
    }
    const Site& tydal = siteNamed(p, "Tydal");
    CHECK(usableMw(tydal.plan.electrical) == Approx(150.0));
}

TEST_CASE("sample: JSON round trip is lossless", "[sample][io]") {
    const Portfolio p = samplePortfolio();
    const JsonImport back = portfolioFromJson(portfolioToJson(p));
    REQUIRE(back.ok());
    CHECK(back.portfolio == p);
}

TEST_CASE("The new-site template is valid and takes its country figures from the catalogue", "[sample]") {
    const m2ai::Catalogue& catalogue = m2ai::defaultCatalogue();
    REQUIRE_FALSE(catalogue.countries.empty());
    const m2ai::Site site = m2ai::newSiteTemplate("Site 7");
    CHECK(site.name == "Site 7");
    CHECK(site.gridInterconnectMw == 40.0);
    CHECK(site.mining.units == 13000);
    const auto& first = catalogue.countries.front();
    CHECK(site.country == first.id);
    CHECK(site.powerPriceUsdPerMwh == first.powerPriceUsdPerMwh);
    CHECK(site.climate.dryBulbC == first.dryBulbC);
    CHECK(m2ai::validateSite(site, "sites[0]").empty());
    m2ai::Portfolio p;
    p.sites.push_back(site);
    CHECK(m2ai::validate(p).empty());
}
