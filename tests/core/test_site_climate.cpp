// Site climate inputs (model/SiteClimate.h): a design temperature for monthly-only sites, the
// country presets' defaults, and altitude (air density and fan power). docs/model.md "Design-day
// sizing" and "Altitude".
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "climate/SiteClimateRules.h"
#include "engines/PowerBudget.h"
#include "engines/Pue.h"
#include "engines/PueDetail.h"
#include "sample/Sample.h"
#include "support/HandCatalogue.h"

using namespace m2ai;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using m2ai::test::handCatalogue;

namespace {
Site monthlySite(CoolingTech t) {
    Site s;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = t;
    s.climate.dryBulbC = {0, 2, 6, 10, 14, 18, 21, 20, 16, 10, 5, 1};
    s.climate.wetBulbC = {-1, 1, 4, 8, 11, 15, 18, 17, 14, 8, 4, 0};
    s.gridInterconnectMw = 50.0;
    s.plan.electrical.installedBlocks = 10;  // the grid binds
    return s;
}
}  // namespace

TEST_CASE("standard atmosphere: pressure and density at altitude", "[climate][altitude]") {
    // ASHRAE Handbook—Fundamentals 2017 ch. 1 table 1: 101.325 kPa at 0 m, 84.556 at 1,500 m,
    // 79.495 at 2,000 m, 74.682 at 2,500 m.
    CHECK_THAT(standardPressurePa(0.0), WithinAbs(101325.0, 1e-6));
    CHECK_THAT(standardPressurePa(1500.0), WithinAbs(84556.0, 15.0));
    CHECK_THAT(standardPressurePa(2000.0), WithinAbs(79495.0, 15.0));
    CHECK_THAT(standardPressurePa(2500.0), WithinAbs(74682.0, 15.0));
    // Akaki (2,355 m): air 25 % thinner, so fans move the same heat with 1/0.751² = 1.78 × the power.
    CHECK_THAT(airDensityRatio(2355.0), WithinAbs(0.7506, 0.001));
    CHECK_THAT(fanPowerFactor(2355.0), WithinAbs(1.775, 0.005));
    CHECK(fanPowerFactor(0.0) == 1.0);
}

TEST_CASE("altitude raises the fans' share of cooling, most for air cooling", "[pue][altitude]") {
    const Catalogue cat = handCatalogue();
    for (CoolingTech t :
         {CoolingTech::Air, CoolingTech::Hybrid, CoolingTech::DirectToChip, CoolingTech::Immersion}) {
        Site sea = monthlySite(t);
        Site high = sea;
        high.siteClimate.elevationM = 2355.0;
        const PueResult a = computePue(sea, cat, 30.0, 40.0);
        const PueResult b = computePue(high, cat, 30.0, 40.0);
        const CoolingTechnology& tech = coolingTechnologyFor(sea, cat);
        const double extra = tech.baseFraction * airMovingShare(t) * (fanPowerFactor(2355.0) - 1.0);
        INFO(toName(t));
        CHECK(extra > 0.0);
        // Every month carries the extra fan power (the hottest ones may hit the technology's cap),
        // and the transformers that carry it lose more.
        CHECK_THAT(b.monthlyBreakdown[0].coolingMw - a.monthlyBreakdown[0].coolingMw,
                   WithinAbs(30.0 * extra, 1e-10));
        const double moreLossMw =
            b.monthlyBreakdown[0].electricalLossMw - a.monthlyBreakdown[0].electricalLossMw;
        CHECK(moreLossMw > 0.0);
        CHECK_THAT(b.monthly[0] - a.monthly[0], WithinAbs(extra + moreLossMw / 30.0, 1e-12));
        CHECK(b.annual > a.annual);
        CHECK(b.designPue >= a.designPue);
        CHECK(computePowerBudget(high, cat).itMw < computePowerBudget(sea, cat).itMw);
    }
    CHECK(airMovingShare(CoolingTech::Air) == 1.0);
    CHECK(airMovingShare(CoolingTech::Immersion) < 1.0);
}

TEST_CASE("the sample's Akaki site is at Addis Ababa's 2,355 m and its fans pay for the thin air",
          "[sample][pue][altitude]") {
    const Portfolio p = samplePortfolio();
    const Catalogue& cat = defaultCatalogue();
    const Site* akaki = nullptr;
    for (const Site& s : p.sites)
        if (s.name == "Akaki (Addis Ababa)") akaki = &s;
    REQUIRE(akaki != nullptr);
    CHECK(akaki->siteClimate.elevationM == 2355.0);
    CHECK(akaki->latitudeDeg == 8.87);
    CHECK(akaki->longitudeDeg == 38.79);
    Site seaLevel = *akaki;
    seaLevel.siteClimate.elevationM = 0.0;
    const PowerBudget high = computePowerBudget(*akaki, cat);
    const PowerBudget sea = computePowerBudget(seaLevel, cat);
    // Hybrid: half of its 0.10 base fraction moves air, × (1.775 − 1): +0.039 of cooling in every
    // month, and the transformers' loss on it (docs/model.md "Altitude": 1.151 → 1.190 on the sample).
    const CoolingTechnology& tech = coolingTechnologyFor(*akaki, cat);
    const double extra = tech.baseFraction * airMovingShare(tech.tech) * (fanPowerFactor(2355.0) - 1.0);
    CHECK_THAT(extra, WithinAbs(0.0387, 0.0005));
    const double moreLossMw = high.annualAverage.electricalLossMw - sea.annualAverage.electricalLossMw;
    CHECK(moreLossMw > 0.0);  // the transformers carry the extra fan power too
    CHECK_THAT(high.pue.annual - sea.pue.annual, WithinAbs(extra + moreLossMw / high.itMw, 1e-9));
    CHECK_THAT(high.pue.annual, WithinAbs(1.1899, 0.0005));
    // The distributed-redundant chain (41.6 MW) still binds before the grid does (50 / 1.189 = 42.1).
    CHECK(high.limitedByElectrical);
    CHECK(high.itMw == sea.itMw);
    CHECK(high.peak.facilityMw() <= high.convertedGridMw);
}

TEST_CASE("a design temperature sizes a monthly-only site for its design day", "[pue][power][design]") {
    const Catalogue cat = handCatalogue();
    for (CoolingTech t : {CoolingTech::Air, CoolingTech::Hybrid, CoolingTech::DirectToChip}) {
        Site s = monthlySite(t);
        const PowerBudget before = computePowerBudget(s, cat);
        CHECK_THAT(before.pue.designPue, WithinAbs(before.pue.peak, 1e-12));  // hottest month
        s.siteClimate.design = DesignTemperature{32.2, 24.0};                 // Pittsburgh, ASHRAE 2009
        const PowerBudget b = computePowerBudget(s, cat);
        INFO(toName(t) << ": design PUE " << b.pue.designPue << " vs hottest month " << b.pue.peak);
        CHECK(b.pue.designPue > b.pue.peak);
        for (double monthly : b.pue.monthly) CHECK(b.pue.designPue >= monthly);
        CHECK(b.pue.designDryBulbC == 32.2);
        CHECK(b.pue.designWetBulbC == 24.0);
        CHECK_FALSE(b.pue.designFromHourly);
        // IT at the design PUE fills the converted grid; the monthly figures are unchanged.
        CHECK_THAT(b.itMw * b.pue.designPue, WithinAbs(b.convertedGridMw, 1e-6));
        CHECK_THAT(b.peak.facilityMw(), WithinAbs(b.convertedGridMw, 1e-6));
        CHECK(b.itMw < before.itMw);
        // The months' cooling is unchanged; only the transformers, sized at the design day, move
        // the monthly PUEs.
        const PueResult withDesign = computePue(s, cat, 30.0, 40.0);
        const PueResult without = computePue(monthlySite(t), cat, 30.0, 40.0);
        for (std::size_t m = 0; m < 12; ++m) {
            CHECK(withDesign.monthlyBreakdown[m].coolingMw == without.monthlyBreakdown[m].coolingMw);
            CHECK_THAT(withDesign.monthly[m] - without.monthly[m],
                       WithinAbs((withDesign.monthlyBreakdown[m].electricalLossMw -
                                  without.monthlyBreakdown[m].electricalLossMw) /
                                     30.0,
                                 1e-12));
        }
    }
    // A design day cooler than the hottest month changes nothing.
    Site cool = monthlySite(CoolingTech::Air);
    cool.siteClimate.design = DesignTemperature{5.0, 2.0};
    CHECK(computePowerBudget(cool, cat).itMw == computePowerBudget(monthlySite(CoolingTech::Air), cat).itMw);
}

TEST_CASE("every country preset has a design condition above its hottest month", "[climate][design]") {
    const Catalogue& cat = defaultCatalogue();
    REQUIRE(countryDesignDefaults().size() == cat.countries.size());
    for (const CountryPreset& preset : cat.countries) {
        const CountryDesignDefault* d = countryDesignDefault(preset.id);
        INFO(preset.id);
        REQUIRE(d != nullptr);
        CHECK(d->designWetBulbC <= d->designDryBulbC);
        double hottestDb = -100.0, hottestWb = -100.0;
        for (std::size_t m = 0; m < 12; ++m) {
            hottestDb = std::max(hottestDb, preset.dryBulbC[m]);
            hottestWb = std::max(hottestWb, preset.wetBulbC[m]);
        }
        CHECK(d->designDryBulbC > hottestDb);
        CHECK(d->designWetBulbC > hottestWb);
        CHECK(d->elevationM >= 0.0);
        CHECK(std::string(d->source).size() > 10);
    }
    CHECK(countryDesignDefault("Atlantis") == nullptr);
    // Calgary is an ASHRAE table value (CWEC2016 .stat, domain.md §6.1), not an estimate.
    CHECK_FALSE(countryDesignDefault("Canada")->estimate);
    CHECK(countryDesignDefault("Canada")->designWetBulbC == 17.8);
}
