// Compute benchmarks (run by hand; results and command in docs/performance.md).
// Targets: one site < 100 µs; 1,000 sites < 50 ms (Release, one thread).
// This executable has its own main: it is not linked with the tests' shared main.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "engines/Compute.h"
#include "engines/Economics.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

TEST_CASE("compute: sample portfolio", "[bench][compute]") {
    const Portfolio sample = samplePortfolio();
    const Catalogue& catalogue = defaultCatalogue();
    REQUIRE_FALSE(sample.sites.empty());

    BENCHMARK("computeSite, first sample site") {
        return computeSite(sample.sites.front(), sample, catalogue);
    };
    BENCHMARK("computePortfolio, sample (" + std::to_string(sample.sites.size()) + " sites)") {
        return computePortfolio(sample, catalogue);
    };
}

TEST_CASE("compute: 1,000 generated sites", "[bench][compute]") {
    const Portfolio big = test::generatePortfolio(42, 1000);
    const Catalogue& catalogue = defaultCatalogue();
    // The generated horizon is random (1–40 years); report it so the figure can be read.
    WARN("generated portfolio: " << big.sites.size() << " sites, horizon " << big.horizonYears << " years");

    BENCHMARK("computePortfolio, 1,000 generated sites") {
        return computePortfolio(big, catalogue);
    };

    // Same sites over the sample's 10-year horizon, the common case.
    Portfolio tenYears = big;
    tenYears.horizonYears = 10;
    BENCHMARK("computePortfolio, 1,000 generated sites, 10-year horizon") {
        return computePortfolio(tenYears, catalogue);
    };
}

TEST_CASE("economics: IRR of a 10-year monthly cash flow", "[bench][economics]") {
    std::vector<double> flows(120, 1.0e6);
    flows[0] = -60.0e6;
    BENCHMARK("irr, 120 monthly flows") {
        return irr(flows);
    };
}
