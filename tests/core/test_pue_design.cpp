// designPue (engines/PueDetail.h), the power budget's shortcut, against the design PUE of the full
// computePue: they must agree to the bit, or the power budget would size a different hall.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>

#include "catalogue/Catalogue.h"
#include "climate/HourlyClimate.h"
#include "engines/PueDetail.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

// A year with a seasonal and a daily swing, hot enough that the design cooling binds.
HourlyClimate swingingYear(double meanC) {
    HourlyClimate c;
    for (std::size_t h = 0; h < kHoursInYear; ++h) {
        const double season = -std::cos(2.0 * M_PI * static_cast<double>(h) / 8760.0);
        const double day = -std::cos(2.0 * M_PI * static_cast<double>(h % 24) / 24.0);
        const double db = meanC + 12.0 * season + 6.0 * day;
        c.dryBulbC.push_back(static_cast<float>(db));
        c.wetBulbC.push_back(static_cast<float>(db - 3.0 - 1.5 * day));
        c.pressurePa.push_back(101325.0f);
    }
    return c;
}

// Loads from idle through the installed capacity and beyond, where the loss curves bend most.
// Both chains: rebuilt (with UPS, transformers sized at design) and the mining chain.
void requireSameDesignPue(const CoolingProfile& profile, double installedMw) {
    for (const bool rebuilt : {true, false}) {
        const ElectricalChain chain =
            electricalChain(rebuilt, installedMw, profile.designCoolingFraction, miscFractionOfIt());
        for (const double share : {0.0, 1e-9, 0.003, 0.1, 0.35, 0.5, 0.77, 1.0, 1.3}) {
            const double itMw = share * (installedMw > 0.0 ? installedMw : 10.0);
            const double fast = designPue(profile, chain, itMw);
            const double full = computePue(profile, chain, itMw).designPue;
            INFO("IT " << itMw << " MW on " << installedMw << " MW installed, rebuilt " << rebuilt);
            REQUIRE(fast == full);
        }
    }
}

}  // namespace

TEST_CASE("designPue equals computePue's design PUE, monthly climates", "[pue][design]") {
    const Catalogue& catalogue = defaultCatalogue();
    Portfolio p = test::generatePortfolio(11, 300);
    const Portfolio sample = samplePortfolio();
    p.sites.insert(p.sites.end(), sample.sites.begin(), sample.sites.end());
    for (const Site& site : p.sites) {
        INFO(site.name);
        const CoolingProfile profile = coolingProfile(site, catalogue);
        requireSameDesignPue(profile,
                             site.plan.electrical.installedBlocks * site.plan.electrical.blockSizeMw);
        requireSameDesignPue(profile, 0.0);
    }
}

TEST_CASE("designPue equals computePue's design PUE, hourly climates", "[pue][design]") {
    const Catalogue& catalogue = defaultCatalogue();
    Portfolio p = samplePortfolio();
    double meanC = 2.0;
    for (Site& site : p.sites) {
        site.hourlyClimate = swingingYear(meanC);
        site.climate = monthlyMeans(*site.hourlyClimate);
        meanC += 5.0;
        const CoolingProfile profile = coolingProfile(site, catalogue);
        REQUIRE(profile.hourly);
        INFO(site.name << ", mean " << meanC << " °C");
        requireSameDesignPue(profile, 40.0);
    }
}
