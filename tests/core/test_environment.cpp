// Energy, carbon and water per year of full operation, with the unit arithmetic written out.
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "engines/Environment.h"
#include "engines/Pue.h"
#include "support/HandCatalogue.h"

using namespace m2ai;
using m2ai::test::coolingTech;
using m2ai::test::handCatalogue;

namespace {

Site dlcSite(double wetBulbC) {
    Site s;
    s.climate.dryBulbC.fill(wetBulbC + 3.0);
    s.climate.wetBulbC.fill(wetBulbC);
    s.gridCarbonGPerKwh = 400.0;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    return s;
}

// Only the PUE part of the budget is read by the environment engine.
PowerBudget budgetFor(const Site& s, const Catalogue& cat, double itMw, double installedMw) {
    PowerBudget b;
    b.itMw = itMw;
    b.pue = computePue(s, cat, itMw, installedMw);
    return b;
}

}  // namespace

TEST_CASE("Energy and CO2 per year, units checked", "[environment]") {
    const Catalogue cat = handCatalogue();
    const Site s = dlcSite(15.0);  // WB 15 °C ≤ 21 °C: free cooling all year
    const EnvironmentResult e = computeEnvironment(s, cat, budgetFor(s, cat, 10.0, 12.5));
    // IT: 10 MW × 8 760 h = 87 600 MWh.
    CHECK(e.itMwhPerYear == Approx(87600.0).epsilon(1e-12));
    // Facility: l = 0.8 → UPS 12.5·(0.005 + 0.016 + 0.00192) = 0.2865, distribution 0.05; cooling
    // 0.6; misc 0.1. Transformers rated 12.5·(1 + 0.06 + 0.01) = 13.375 MW carry 10 + 0.6 + 0.1 +
    // 0.2865 + 0.05 = 11.0365 MW: 13.375·0.002 + 0.004·11.0365²/13.375 = 0.0631775 → losses
    // 0.3996775; facility 11.0996775 MW × 8 760 h = 97 233.1746 MWh.
    const double facilityMw = 10.7 + 0.2865 + 0.05 + 0.02675 + 0.004 * 11.0365 * 11.0365 / 13.375;
    CHECK(e.facilityMwhPerYear == Approx(facilityMw * 8760.0).epsilon(1e-12));
    CHECK(e.facilityMwhPerYear == Approx(97233.1745833301).epsilon(1e-12));
    // CO2: 97 233.1746 MWh = 97 233 174.6 kWh × 400 g/kWh = 38 893 269 833 g = 38 893.27 t.
    CHECK(e.co2TonnesPerYear == Approx(facilityMw * 8760.0 * 0.4).epsilon(1e-12));
    // Water at the base WUE 0.10 L/kWh: 87 600 000 kWh × 0.10 L = 8 760 000 L = 8 760 m³.
    CHECK(e.waterM3PerYear == Approx(8760.0).epsilon(1e-12));
    CHECK(e.wueLPerKwh == Approx(0.10).epsilon(1e-12));
}

TEST_CASE("One MW-year at 1000 g/kWh is 8760 t", "[environment]") {
    // 1 MW × 8 760 h = 8 760 MWh = 8 760 000 kWh × 1 000 g = 8.76e9 g = 8 760 t; the check uses a
    // hall whose facility power is exactly 1 MW by construction of the budget's breakdown.
    const Catalogue cat = handCatalogue();
    Site s = dlcSite(15.0);
    s.gridCarbonGPerKwh = 1000.0;
    PowerBudget b;
    for (auto& m : b.pue.monthlyBreakdown) m = PowerBreakdownMw{0.8, 0.1, 0.05, 0.05};  // sums to 1 MW
    const EnvironmentResult e = computeEnvironment(s, cat, b);
    CHECK(e.facilityMwhPerYear == Approx(8760.0).epsilon(1e-12));
    CHECK(e.co2TonnesPerYear == Approx(8760.0).epsilon(1e-12));
}

TEST_CASE("Water grows with the wet-bulb above the threshold in hot months", "[environment]") {
    const Catalogue cat = handCatalogue();
    Site s = dlcSite(15.0);
    for (const std::size_t m : {5u, 6u, 7u}) s.climate.wetBulbC[m] = 23.0;  // Jun–Aug humid
    const EnvironmentResult e = computeEnvironment(s, cat, budgetFor(s, cat, 10.0, 12.5));
    // Jun–Aug (30 + 31 + 31 = 92 days): 0.10 + 0.15·(23 − 21) = 0.40 L/kWh; 273 other days 0.10.
    // Water = 10 MW × 24 h × (92·0.40 + 273·0.10) MWh·L/kWh = 240 × 64.1 = 15 384 m³
    // (MWh × L/kWh = 1 000 kWh × L/kWh = 1 000 L = 1 m³).
    CHECK(e.waterM3PerYear == Approx(15384.0).epsilon(1e-12));
    // Annual WUE = 15 384 000 L ÷ 87 600 000 kWh = 0.175616… L/kWh.
    CHECK(e.wueLPerKwh == Approx(15384.0 / 87600.0).epsilon(1e-12));
}

TEST_CASE("Dry coolers (immersion) use no water — zero IT uses none", "[environment]") {
    const Catalogue cat = handCatalogue();
    Site s = dlcSite(25.0);
    s.plan.cooling.technology = CoolingTech::Immersion;
    const EnvironmentResult e = computeEnvironment(s, cat, budgetFor(s, cat, 10.0, 12.5));
    CHECK(e.waterM3PerYear == 0.0);
    CHECK(e.co2TonnesPerYear > 0.0);

    const Site d = dlcSite(15.0);
    const EnvironmentResult idle = computeEnvironment(d, cat, budgetFor(d, cat, 0.0, 12.5));
    CHECK(idle.facilityMwhPerYear == 0.0);
    CHECK(idle.co2TonnesPerYear == 0.0);
    CHECK(idle.waterM3PerYear == 0.0);
    CHECK(idle.wueLPerKwh == Approx(0.10));  // the climate's figure is still reported
}

TEST_CASE("Cooling step disabled: water follows air (as mined)", "[environment]") {
    const Catalogue cat = handCatalogue();
    Site s = dlcSite(15.0);
    s.climate.dryBulbC.fill(20.0);  // air: 0.05 + 0.15·(20 − 18) = 0.35 L/kWh
    s.plan.cooling.enabled = false;
    const EnvironmentResult e = computeEnvironment(s, cat, budgetFor(s, cat, 10.0, 12.5));
    // 87 600 MWh × 0.35 L/kWh = 30 660 m³.
    CHECK(e.waterM3PerYear == Approx(30660.0).epsilon(1e-12));
}
