// Hourly climate benchmarks (run by hand; results and command in docs/performance.md).
// Target (issue 13): computing a site with an hourly climate stays under 1 ms.
#include <catch2/catch.hpp>
#include <cmath>

#include "catalogue/Catalogue.h"
#include "climate/HourlyClimate.h"
#include "engines/Compute.h"
#include "engines/PowerBudget.h"
#include "sample/Sample.h"

using namespace m2ai;

namespace {
// A synthetic year with a seasonal and a daily swing (no shared files needed): 8,760 rows.
HourlyClimate syntheticYear() {
    HourlyClimate c;
    for (std::size_t h = 0; h < kHoursInYear; ++h) {
        const double season = -std::cos(2.0 * M_PI * static_cast<double>(h) / 8760.0);
        const double day = -std::cos(2.0 * M_PI * static_cast<double>(h % 24) / 24.0);
        const double db = 12.0 + 12.0 * season + 5.0 * day;
        c.dryBulbC.push_back(static_cast<float>(db));
        c.wetBulbC.push_back(static_cast<float>(db - 3.0 - 1.5 * day));
        c.pressurePa.push_back(101325.0f);
    }
    return c;
}
}  // namespace

TEST_CASE("compute: one site with an hourly climate", "[bench][compute][hourly]") {
    Portfolio sample = samplePortfolio();
    const Catalogue& catalogue = defaultCatalogue();
    REQUIRE_FALSE(sample.sites.empty());
    Site& site = sample.sites.front();
    site.hourlyClimate = syntheticYear();
    site.climate = monthlyMeans(*site.hourlyClimate);

    BENCHMARK("computePowerBudget, hourly site (8,760 h)") {
        return computePowerBudget(site, catalogue);
    };
    BENCHMARK("computeSite, hourly site (8,760 h)") {
        return computeSite(site, sample, catalogue);
    };
    Site monthly = site;
    monthly.hourlyClimate.reset();
    BENCHMARK("computeSite, same site on monthly means") {
        return computeSite(monthly, sample, catalogue);
    };
}
