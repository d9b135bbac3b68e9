// PUE by month: cooling fraction per technology, UPS curve, energy-weighted annual PUE, peak month,
// technologies in hot months, and Norway vs Texas. Parameters as in resources/catalogue/cooling.json
// and docs/model.md "Power, PUE and environment".
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "engines/ElectricalChain.h"
#include "engines/PowerBudget.h"
#include "engines/Pue.h"
#include "support/HandCatalogue.h"

using namespace m2ai;
using m2ai::test::coolingTech;
using m2ai::test::handCatalogue;

namespace {

// Tydal, Norway: Røros proxy dry-bulb, domain.md §6.1. No wet-bulb is sourced for it; cold inland
// air is near saturation, so wet-bulb = dry-bulb − 1 K (estimate; only needs to be ≤ dry-bulb here).
MonthlyClimate tydal() {
    MonthlyClimate c;
    c.dryBulbC = {-9.5, -9.0, -5.0, 0.5, 6.0, 9.5, 12.5, 11.0, 7.0, 1.5, -4.5, -9.5};
    for (std::size_t m = 0; m < 12; ++m) c.wetBulbC[m] = c.dryBulbC[m] - 1.0;
    return c;
}

// Rockdale, Texas: Austin Mueller TMY3 dry-bulb (domain.md §6.1) and wet-bulb (§6.2).
MonthlyClimate austin() {
    MonthlyClimate c;
    c.dryBulbC = {10.9, 13.5, 16.8, 21.6, 23.5, 26.9, 28.9, 27.3, 24.6, 21.7, 17.4, 12.3};
    c.wetBulbC = {8.1, 9.6, 13.1, 18.2, 19.9, 22.8, 23.6, 23.0, 19.7, 19.4, 14.2, 9.2};
    return c;
}

Site siteWith(const MonthlyClimate& climate, CoolingTech t) {
    Site s;
    s.climate = climate;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = t;
    return s;
}

}  // namespace

TEST_CASE("Cooling fraction follows dry- or wet-bulb above the threshold, capped", "[pue]") {
    const Catalogue cat = handCatalogue();
    const auto& air = cat.coolingTechnologies[0];
    const auto& dlc = cat.coolingTechnologies[2];
    CHECK(coolingFraction(air, 10.0, 5.0) == Approx(0.08));              // free cooling
    CHECK(coolingFraction(air, 18.0, 5.0) == Approx(0.08));              // at the threshold
    CHECK(coolingFraction(air, 28.0, 5.0) == Approx(0.08 + 0.02 * 10));  // 0.28
    CHECK(coolingFraction(air, 50.0, 5.0) == Approx(0.50));              // 0.08 + 0.64 capped at 0.5
    // DLC follows wet-bulb: a hot dry day (40 °C / 20 °C WB) is still free cooling…
    CHECK(coolingFraction(dlc, 40.0, 20.0) == Approx(0.06));
    // …a humid one (WB 25 °C) is not: 0.06 + 0.03·(25 − 21) = 0.18.
    CHECK(coolingFraction(dlc, 30.0, 25.0) == Approx(0.18));
    CHECK(coolingFraction(dlc, 50.0, 45.0) == Approx(0.30));  // 0.06 + 0.72 capped
}

TEST_CASE("Modern UPS efficiency curve", "[pue]") {
    // loss = 0.005 + 0.020·l + 0.003·l²; η = l ÷ (l + loss).
    CHECK(upsEfficiency(1.0) == Approx(1.0 / 1.028));        // 97.28 %
    CHECK(upsEfficiency(0.5) == Approx(0.5 / 0.51575));      // 96.95 %
    CHECK(upsEfficiency(0.25) == Approx(0.25 / 0.2601875));  // 0.005 + 0.005 + 0.0001875 → 96.08 %
    CHECK(upsEfficiency(0.25) < upsEfficiency(0.5));         // the low-load end is steeper
    CHECK(upsEfficiency(0.5) < upsEfficiency(1.0));
    CHECK(upsEfficiency(0.0) == 0.0);
    // Losses per kW of IT fall with load, so a lightly loaded chain loses more.
    const ElectricalChain chain{true, 40.0, 1.07};
    CHECK(electricalLossMw(chain, 10.0, 0.06, 0.0036, 0.01).total() / 10.0 >
          electricalLossMw(chain, 30.0, 0.06, 0.0036, 0.01).total() / 30.0);
    CHECK(electricalLossMw(chain, 0.0, 0.06, 0.0036, 0.01).total() == 0.0);
}

TEST_CASE("Monthly, annual (energy-weighted) and peak PUE by hand", "[pue]") {
    const Catalogue cat = handCatalogue();
    MonthlyClimate c;
    c.dryBulbC.fill(10.0);
    c.wetBulbC.fill(8.0);
    c.dryBulbC[6] = 28.0;  // a hot July only
    const Site s = siteWith(c, CoolingTech::Air);
    // IT 30 MW on 40 MW installed (l = 0.75): UPS 40·(0.005 + 0.015 + 0.0016875) = 0.8675,
    // distribution 0.15. Transformers rated 40·(1 + 0.28 + 0.01) = 51.6 MW (the design month is
    // July, cooling 0.28) carry 30 + 0.3 misc + 0.8675 + 0.15 = 31.3175 MW plus the cooling:
    //   cool months: 31.3175 + 2.4 = 33.7175 → 0.1032 + 0.004·33.7175²/51.6 = 0.1913294 MW
    //   July:        31.3175 + 8.4 = 39.7175 → 0.1032 + 0.004·39.7175²/51.6 = 0.2254853 MW
    const double coolLoss = 0.8675 + 0.15 + 0.1032 + 0.004 * 33.7175 * 33.7175 / 51.6;  // 1.2088294
    const double hotLoss = 0.8675 + 0.15 + 0.1032 + 0.004 * 39.7175 * 39.7175 / 51.6;   // 1.2429853
    const PueResult r = computePue(s, cat, 30.0, 40.0);
    const double cool = 1.0 + 0.08 + coolLoss / 30.0 + 0.01;  // 1.1302943
    const double hot = 1.0 + 0.28 + hotLoss / 30.0 + 0.01;    // 1.3314328 (air 0.08 + 0.02·10)
    CHECK(r.monthly[0] == Approx(cool).epsilon(1e-12));
    CHECK(r.monthly[6] == Approx(hot).epsilon(1e-12));
    CHECK(r.peakMonth == 6);
    CHECK(r.peak == Approx(hot).epsilon(1e-12));
    CHECK(r.designPue == Approx(hot).epsilon(1e-12));
    // Energy-weighted by days: (334·cool + 31·hot) ÷ 365 = 1.1473773.
    CHECK(r.annual == Approx((334.0 * cool + 31.0 * hot) / 365.0).epsilon(1e-12));
    CHECK(r.annual == Approx(1.1473773129395863).epsilon(1e-12));
    CHECK(r.monthlyBreakdown[0].electricalLossMw == Approx(coolLoss).epsilon(1e-12));
    CHECK(r.monthlyBreakdown[6].electricalLossMw == Approx(hotLoss).epsilon(1e-12));
    CHECK(r.monthlyBreakdown[6].coolingMw == Approx(8.4));
    CHECK(r.monthlyBreakdown[6].facilityMw() == Approx(30.0 * hot).epsilon(1e-12));
}

TEST_CASE("PUE is at least one for every technology and climate", "[pue]") {
    const Catalogue cat = handCatalogue();
    for (const CoolingTech t :
         {CoolingTech::Air, CoolingTech::Hybrid, CoolingTech::DirectToChip, CoolingTech::Immersion}) {
        for (const MonthlyClimate& c : {tydal(), austin()}) {
            for (const double itMw : {0.0, 0.001, 5.0, 40.0}) {
                const PueResult r = computePue(siteWith(c, t), cat, itMw, 40.0);
                for (const double pue : r.monthly) CHECK(pue >= 1.0);
                CHECK(r.annual >= 1.0);
                CHECK(r.peak >= r.annual);
            }
        }
    }
}

TEST_CASE("Liquid and immersion beat air in hot months", "[pue]") {
    const Catalogue cat = handCatalogue();
    // Austin July (28.9 °C DB, 23.6 °C WB), 30 MW of IT on 40 MW installed:
    //   air       0.08 + 0.02·(28.9 − 18) = 0.298
    //   hybrid    0.10 + 0.02·(23.6 − 15) = 0.272
    //   DLC       0.06 + 0.03·(23.6 − 21) = 0.138
    //   immersion 0.03 + 0.02·(28.9 − 28) = 0.048
    // July is every technology's design month, so its transformers are rated 40·(1.01 + c) and
    // carry 31.3175 + 30·c (UPS and distribution as in the test above): air 52.32 MW carrying
    // 40.2575 → 0.1046 + 0.004·40.2575²/52.32 = 0.2285442 MW; DLC 45.92 MW carrying 35.4575 →
    // 0.09184 + 0.004·35.4575²/45.92 = 0.2013552; immersion 42.32 carrying 32.7575 → 0.1860629.
    // The more cooling, the more transformer loss on top of the cooling itself.
    const auto july = [&](CoolingTech t) {
        return computePue(siteWith(austin(), t), cat, 30.0, 40.0).monthly[6];
    };
    const double air = july(CoolingTech::Air);
    CHECK(july(CoolingTech::DirectToChip) < air);
    CHECK(july(CoolingTech::Immersion) < july(CoolingTech::DirectToChip));
    CHECK(july(CoolingTech::Hybrid) < air);
    const double airTx = 0.10464 + 0.004 * 40.2575 * 40.2575 / 52.32;
    const double dlcTx = 0.09184 + 0.004 * 35.4575 * 35.4575 / 45.92;
    const double immersionTx = 0.08464 + 0.004 * 32.7575 * 32.7575 / 42.32;
    CHECK(air - july(CoolingTech::DirectToChip) ==
          Approx(0.298 - 0.138 + (airTx - dlcTx) / 30.0).epsilon(1e-12));
    CHECK(air - july(CoolingTech::Immersion) ==
          Approx(0.298 - 0.048 + (airTx - immersionTx) / 30.0).epsilon(1e-12));
    CHECK(air == Approx(1.3495348050617992).epsilon(1e-12));
    // Austin's peak month for air is July, the hottest.
    CHECK(computePue(siteWith(austin(), CoolingTech::Air), cat, 30.0, 40.0).peakMonth == 6);
}

TEST_CASE("Norway (Tydal) gives a lower annual PUE than Texas (Austin)", "[pue]") {
    const Catalogue cat = handCatalogue();
    for (const CoolingTech t :
         {CoolingTech::Air, CoolingTech::Hybrid, CoolingTech::DirectToChip, CoolingTech::Immersion}) {
        INFO(toName(t));
        const PueResult norway = computePue(siteWith(tydal(), t), cat, 30.0, 40.0);
        const PueResult texas = computePue(siteWith(austin(), t), cat, 30.0, 40.0);
        CHECK(norway.annual < texas.annual);
        CHECK(norway.peak < texas.peak);
    }
    // Tydal never leaves free cooling with air (warmest month 12.5 °C ≤ 18 °C): flat. Transformers
    // 40·1.09 = 43.6 MW carry 31.3175 + 2.4 = 33.7175 MW: 0.0872 + 0.004·33.7175²/43.6 = 0.1915;
    // losses 0.8675 + 0.15 + 0.1915 = 1.2090 MW; PUE 1 + 0.08 + 1.2090/30 + 0.01 = 1.1303.
    const double tydalLoss = 0.8675 + 0.15 + 0.0872 + 0.004 * 33.7175 * 33.7175 / 43.6;
    CHECK(computePue(siteWith(tydal(), CoolingTech::Air), cat, 30.0, 40.0).annual ==
          Approx(1.09 + tydalLoss / 30.0).epsilon(1e-12));
    // Austin air, months above 18 °C: Apr 3.6, May 5.5, Jun 8.9, Jul 10.9, Aug 9.3, Sep 6.6, Oct 3.7 K
    // → mean cooling 0.08 + 0.02·Σ(days·K)/365
    //   = 0.08 + 0.02·(108 + 170.5 + 267 + 337.9 + 288.3 + 198 + 114.7)/365 = 0.08 + 0.081337.
    // Transformers 40·(1.01 + 0.298) = 52.32 MW carry 31.3175 + 30·c(m) in month m; the day-weighted
    // mean of 0.8675 + 0.15 + 0.10464 + 0.004·(31.3175 + 30·c(m))²/52.32 is 1.2225265 MW.
    CHECK(computePue(siteWith(austin(), CoolingTech::Air), cat, 30.0, 40.0).annual ==
          Approx(1.01 + 0.08 + 0.02 * 1484.4 / 365.0 + 1.222526491994732 / 30.0).epsilon(1e-12));
}

TEST_CASE("Cooling step disabled: the hall stays air-cooled", "[pue][power]") {
    const Catalogue cat = handCatalogue();
    Site s = siteWith(austin(), CoolingTech::Immersion);
    s.plan.cooling.enabled = false;
    const PueResult asMined = computePue(s, cat, 30.0, 40.0);
    const PueResult air = computePue(siteWith(austin(), CoolingTech::Air), cat, 30.0, 40.0);
    CHECK(asMined.annual == Approx(air.annual));
    CHECK(asMined.monthly[6] == Approx(air.monthly[6]));
}

TEST_CASE("The budget uses the peak (hottest-month) PUE", "[pue][power]") {
    const Catalogue cat = handCatalogue();
    Site s = siteWith(austin(), CoolingTech::Air);
    s.gridInterconnectMw = 20.0;
    s.plan.convertedSharePct = 100.0;
    s.plan.electrical.enabled = true;
    s.plan.electrical.redundancy = Redundancy::NPlus1;
    s.plan.electrical.blockSizeMw = 10.0;
    s.plan.electrical.installedBlocks = 4;
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.pue.peakMonth == 6);
    CHECK(b.itMw * b.pue.peak == Approx(20.0).epsilon(1e-10));  // July fills the grid
    CHECK(b.annualAverage.facilityMw() < b.peak.facilityMw());  // the rest of the year has headroom
    CHECK(b.peak.coolingMw == Approx(b.itMw * 0.298).epsilon(1e-10));
}

TEST_CASE("Built-in cooling catalogue: four technologies, as calibrated", "[pue]") {
    // The hand-built catalogue above mirrors resources/catalogue/cooling.json; keep them in step.
    const Catalogue& builtIn = defaultCatalogue();
    const Catalogue hand = handCatalogue();
    REQUIRE(builtIn.coolingTechnologies.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const CoolingTechnology& b = builtIn.coolingTechnologies[i];
        const CoolingTechnology& h = hand.coolingTechnologies[i];
        INFO(toName(h.tech));
        CHECK(b.tech == h.tech);  // enum order
        CHECK(b.baseFraction == h.baseFraction);
        CHECK(b.freeCoolingThresholdC == h.freeCoolingThresholdC);
        CHECK(b.usesWetBulb == h.usesWetBulb);
        CHECK(b.mechanicalSlopePerK == h.mechanicalSlopePerK);
        CHECK(b.maxFraction == h.maxFraction);
        CHECK(b.maxRackKw == h.maxRackKw);
        CHECK(b.wueLPerKwh == h.wueLPerKwh);
        CHECK(b.wueSlopeLPerKwhPerK == h.wueSlopeLPerKwhPerK);
        CHECK_FALSE(b.source.empty());
    }
    // Denser racks need the denser technology.
    CHECK(builtIn.coolingTechnologies[0].maxRackKw < builtIn.coolingTechnologies[1].maxRackKw);
    CHECK(builtIn.coolingTechnologies[1].maxRackKw < builtIn.coolingTechnologies[2].maxRackKw);
    CHECK(builtIn.coolingTechnologies[2].maxRackKw < builtIn.coolingTechnologies[3].maxRackKw);

    // Annual PUE at 75 % electrical load lands in domain.md §2.2's ranges (estimates there):
    // air (Lei & Masanet case 1) 1.08–1.34, DLC 1.10–1.25, immersion 1.02–1.10.
    const auto annual = [&](const MonthlyClimate& c, CoolingTech t) {
        return computePue(siteWith(c, t), builtIn, 30.0, 40.0).annual;
    };
    for (const MonthlyClimate& c : {tydal(), austin()}) {
        CHECK(annual(c, CoolingTech::Air) >= 1.08);
        CHECK(annual(c, CoolingTech::Air) <= 1.34);
        CHECK(annual(c, CoolingTech::DirectToChip) >= 1.10);
        CHECK(annual(c, CoolingTech::DirectToChip) <= 1.25);
        CHECK(annual(c, CoolingTech::Immersion) >= 1.02);
        CHECK(annual(c, CoolingTech::Immersion) <= 1.10);
    }
}
