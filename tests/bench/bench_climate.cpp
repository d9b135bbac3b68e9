// Hourly climate benchmarks (run by hand; results and command in docs/performance.md).
// Target (issue 13): computing a site with an hourly climate stays under 1 ms.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "catalogue/Catalogue.h"
#include "climate/HourlyClimate.h"
#include "engines/ClimateByTechnology.h"
#include "engines/Compute.h"
#include "engines/PowerBudget.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "storage/ProjectFile.h"

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

TEST_CASE("hourly climate: per-technology summary, and the project file and JSON with hourly sites",
          "[bench][hourly][storage]") {
    Portfolio sample = samplePortfolio();
    for (Site& site : sample.sites) {
        site.hourlyClimate = syntheticYear();
        site.climate = monthlyMeans(*site.hourlyClimate);
        site.siteClimate.elevationM = 1000.0;
    }
    const Catalogue& catalogue = defaultCatalogue();
    BENCHMARK("climateByTechnology, hourly site (4 technologies x 2)") {
        return climateByTechnology(sample.sites.front(), catalogue);
    };
    const std::string file = (std::filesystem::temp_directory_path() /
                              ("m2ai-bench-hourly-" + std::to_string(::getpid()) + ".m2ai"))
                                 .string();
    BENCHMARK("saveProject, 6 hourly sites") {
        return saveProject(sample, file).ok;
    };
    BENCHMARK("openProject, 6 hourly sites") {
        return openProject(file).ok;
    };
    BENCHMARK("portfolioToJson + portfolioFromJson, 6 hourly sites") {
        return portfolioFromJson(portfolioToJson(sample)).ok();
    };
    std::filesystem::remove(file);
}

// CPU time rather than wall time: the machine the figures in docs/performance.md come from is
// shared, and process CPU time (std::clock) leaves out the time other processes held the cores.
TEST_CASE("compute: process CPU time per hourly site", "[bench][compute][hourly][cpu]") {
    Portfolio sample = samplePortfolio();
    const Catalogue& catalogue = defaultCatalogue();
    for (Site& site : sample.sites) {
        site.hourlyClimate = syntheticYear();
        site.climate = monthlyMeans(*site.hourlyClimate);
    }
    constexpr int kCalls = 2000;
    double checksum = 0.0;
    auto cpuMicrosPerCall = [&](auto&& compute) {
        const std::clock_t start = std::clock();
        for (int i = 0; i < kCalls; ++i) checksum += compute(i);
        return 1e6 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC / kCalls;
    };
    const auto siteAt = [&](int i) -> const Site& {
        return sample.sites[static_cast<std::size_t>(i) % sample.sites.size()];
    };
    const double site =
        cpuMicrosPerCall([&](int i) { return computeSite(siteAt(i), sample, catalogue).power.itMw; });
    const double budget =
        cpuMicrosPerCall([&](int i) { return computePowerBudget(siteAt(i), catalogue).itMw; });
    Portfolio monthly = sample;
    for (Site& s : monthly.sites) s.hourlyClimate.reset();
    const double siteMonthly = cpuMicrosPerCall([&](int i) {
        return computeSite(monthly.sites[static_cast<std::size_t>(i) % monthly.sites.size()], monthly,
                           catalogue)
            .power.itMw;
    });
    std::cout << "CPU time per call over " << kCalls << " calls, the 6 sample sites in turn:\n"
              << "  computeSite, hourly site (8,760 h):  " << site << " us\n"
              << "  computePowerBudget, hourly site:     " << budget << " us\n"
              << "  computeSite, same sites on monthly means: " << siteMonthly << " us\n";
    CHECK(checksum > 0.0);
}
