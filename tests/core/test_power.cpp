// Power budget: redundancy capacity, IT limited by grid or electrical, racks and GPUs, mining share,
// and the energy balance on generated sites. Expectations are hand-computed from the parameters of
// docs/model.md "Power, PUE and environment":
//   UPS loss per unit rating      a + b·l + c·l²   a 0.005, b 0.020, c 0.003
//   transformer per unit rating   t0 + t2·l²       t0 0.002, t2 0.004
//   distribution 0.5 % of IT, misc 1 % of IT; l = IT ÷ installed.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "catalogue/Catalogue.h"
#include "engines/ElectricalChain.h"
#include "engines/Environment.h"
#include "engines/PowerBudget.h"
#include "engines/Pue.h"
#include "support/HandCatalogue.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;
using m2ai::test::coolingTech;
using m2ai::test::handCatalogue;

namespace {

// A mild climate (10 °C dry-bulb, 8 °C wet-bulb all year): every technology at its base fraction.
Site mildSite() {
    Site s;
    s.name = "Test";
    s.climate.dryBulbC.fill(10.0);
    s.climate.wetBulbC.fill(8.0);
    s.gridInterconnectMw = 100.0;
    s.plan.convertedSharePct = 100.0;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = CoolingTech::DirectToChip;  // cooling 0.06 of IT here
    s.plan.electrical.enabled = true;
    s.plan.electrical.redundancy = Redundancy::NPlus1;
    s.plan.electrical.blockSizeMw = 10.0;
    s.plan.electrical.installedBlocks = 4;
    s.plan.gpu.enabled = true;
    s.plan.gpu.kwPerRack = 57.2;
    s.plan.gpu.gpusPerRack = 32;
    s.mining.units = 1000;
    s.mining.kwPerUnit = 3.01;
    s.mining.thPerSecondPerUnit = 140.0;
    s.mining.miningPue = 1.05;
    return s;
}

// Peak facility power of the DLC hall on the mild climate (cooling 0.06, misc 0.01), written out
// from docs/model.md "Electrical losses": UPS I·(a + b·l + c·l²) with l = IT/I (none for the mining
// chain), distribution 0.005·IT, transformers rated R = I·f (f = 1 + 0.06 + 0.01 = 1.07 rebuilt,
// 1 mining) carrying L = 1.075·IT + UPS: R·0.002 + 0.004·L²/R. Facility = L + transformer loss.
double mildDlcFacilityMw(double itMw, double installedMw, bool hasUps) {
    const double l = itMw / installedMw;
    const double ups = hasUps ? installedMw * (0.005 + 0.020 * l + 0.003 * l * l) : 0.0;
    const double ratingMw = installedMw * (hasUps ? 1.07 : 1.0);
    const double throughMw = 1.075 * itMw + ups;
    return throughMw + ratingMw * 0.002 + 0.004 * throughMw * throughMw / ratingMw;
}

// The IT that fills gridMw at that facility power (bisection: it rises strictly with IT).
double mildDlcItForGrid(double gridMw, double installedMw, bool hasUps = true) {
    double lo = 0.0, hi = gridMw;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (mildDlcFacilityMw(mid, installedMw, hasUps) <= gridMw ? lo : hi) = mid;
    }
    return lo;
}

}  // namespace

TEST_CASE("Usable capacity follows each redundancy rule", "[power]") {
    // k = 4 blocks of M = 10 MW (k = 6 for 3-to-make-2), domain.md §1.2:
    CHECK(installedCapacityMw(4, 10.0) == Approx(40.0));
    CHECK(usableCapacityMw(Redundancy::N, 4, 10.0) == Approx(40.0));                     // k·M
    CHECK(usableCapacityMw(Redundancy::NPlus1, 4, 10.0) == Approx(30.0));                // (4−1)·10
    CHECK(usableCapacityMw(Redundancy::TwoN, 4, 10.0) == Approx(20.0));                  // 4·10/2
    CHECK(usableCapacityMw(Redundancy::TwoNPlus1, 4, 10.0) == Approx(10.0));             // (4/2−1)·10
    CHECK(usableCapacityMw(Redundancy::TwoNPlus1, 6, 10.0) == Approx(20.0));             // (6/2−1)·10
    CHECK(usableCapacityMw(Redundancy::DistributedRedundant, 3, 10.0) == Approx(20.0));  // 2·3·10/3
    CHECK(usableCapacityMw(Redundancy::DistributedRedundant, 6, 12.5) == Approx(50.0));  // 2·6·12.5/3
    // Too few blocks for the topology carry nothing rather than a negative capacity.
    CHECK(usableCapacityMw(Redundancy::NPlus1, 1, 10.0) == 0.0);
    CHECK(usableCapacityMw(Redundancy::TwoNPlus1, 2, 10.0) == 0.0);
}

TEST_CASE("N+1 is counted per lineup of at most five blocks", "[power]") {
    // A campus of 16 blocks is not 15+1 (94 % usable): it is ⌈16/5⌉ = 4 lineups, each with its own
    // spare block, so 16 − 4 = 12 carry load: 120 of 160 MW (75 %).
    CHECK(kMaxBlocksPerLineup == 5);
    CHECK(redundantLineups(16) == 4);
    CHECK(usableCapacityMw(Redundancy::NPlus1, 16, 10.0) == Approx(120.0));
    // Up to five blocks are one lineup, as before: 5 → 4·10.
    CHECK(redundantLineups(5) == 1);
    CHECK(usableCapacityMw(Redundancy::NPlus1, 5, 10.0) == Approx(40.0));
    // Six blocks are two lineups (3 + 3): 6 − 2 = 4 of 2.2 MW = 8.8 MW; nine (5 + 4): 7 × 10.4 = 72.8.
    CHECK(usableCapacityMw(Redundancy::NPlus1, 6, 2.2) == Approx(8.8));
    CHECK(usableCapacityMw(Redundancy::NPlus1, 9, 10.4) == Approx(72.8));
    // 2(N+1): each side of k/2 blocks is N+1 per lineup. 12 blocks: sides of 6 = 2 lineups, so
    // 6 − 2 = 4 of 18 MW = 72 MW (one spare per side would have said 90); 10 blocks: 5 − 1 = 4 → 72.
    CHECK(usableCapacityMw(Redundancy::TwoNPlus1, 12, 18.0) == Approx(72.0));
    CHECK(usableCapacityMw(Redundancy::TwoNPlus1, 10, 18.0) == Approx(72.0));
    // 2N and distributed redundant do not change: their spare is a whole side or a third of each system.
    CHECK(usableCapacityMw(Redundancy::TwoN, 58, 10.0) == Approx(290.0));
    CHECK(usableCapacityMw(Redundancy::DistributedRedundant, 6, 10.4) == Approx(41.6));
    CHECK(redundantLineups(0) == 0);
    CHECK(usableCapacityMw(Redundancy::TwoNPlus1, 1, 10.0) == 0.0);
}

TEST_CASE("IT limited by the electrical capacity", "[power]") {
    const Catalogue cat = handCatalogue();
    const Site s = mildSite();  // grid 100 MW ≫ N+1 4×10 → usable 30, installed 40
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.installedCapacityMw == Approx(40.0));
    CHECK(b.usableCapacityMw == Approx(30.0));
    CHECK(b.itMw == Approx(30.0));
    CHECK(b.limitedByElectrical);
    // l = 30/40 = 0.75: UPS 40·(0.005 + 0.015 + 0.0016875) = 0.8675; distribution 0.15. The
    // transformers (40·1.07 = 42.8 MW) carry IT 30 + cooling 0.06·30 = 1.8 + misc 0.3 + 0.8675 + 0.15
    // = 33.1175 MW: 42.8·0.002 + 0.004·33.1175²/42.8 = 0.0856 + 0.1025018 = 0.1881018
    // → losses 1.2056018.
    CHECK(b.peak.electricalLossMw ==
          Approx(0.8675 + 0.15 + 0.0856 + 0.004 * 33.1175 * 33.1175 / 42.8).epsilon(1e-12));
    CHECK(b.peak.electricalLossMw == Approx(1.205601757593458).epsilon(1e-12));
    CHECK(b.peak.coolingMw == Approx(1.8).epsilon(1e-12));
    CHECK(b.peak.miscMw == Approx(0.3).epsilon(1e-12));
    CHECK(b.peak.facilityMw() == Approx(33.30560175759346).epsilon(1e-12));
    CHECK(b.pue.peak == Approx(33.30560175759346 / 30.0).epsilon(1e-12));  // 1.110187…
    CHECK(b.spareMw == Approx(100.0 - 33.30560175759346).epsilon(1e-12));  // 66.694398
    // Racks: floor(30 000 kW ÷ 57.2 kW) = floor(524.48) = 524; GPUs 524·32 = 16 768.
    CHECK(b.racks == 524);
    CHECK(b.gpus == 16768);
}

TEST_CASE("IT limited by the grid, solved by fixed point", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.gridInterconnectMw = 20.0;  // usable 30 > 20 ÷ PUE
    const PowerBudget b = computePowerBudget(s, cat);
    // mildDlcFacilityMw(IT, 40) = 20 → IT = 17.948231… (before the transformers carried the
    // cooling: 17.957595).
    CHECK(b.itMw == Approx(17.948231084538794).epsilon(1e-10));
    CHECK(b.itMw == Approx(mildDlcItForGrid(20.0, 40.0)).epsilon(1e-10));
    CHECK_FALSE(b.limitedByElectrical);
    CHECK(b.peak.facilityMw() == Approx(20.0).epsilon(1e-10));  // the whole grid is used at peak
    CHECK(b.spareMw == Approx(0.0).margin(1e-9));
    // floor(17 948.2 ÷ 57.2) = floor(313.78) = 313 racks, 313 × 32 = 10 016 GPUs.
    CHECK(b.racks == 313);
    CHECK(b.gpus == 10016);
}

TEST_CASE("Oversized chain at tiny load still balances (bisection fallback)", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.gridInterconnectMw = 10.0;
    s.plan.electrical.redundancy = Redundancy::N;
    s.plan.electrical.installedBlocks = 10;
    s.plan.electrical.blockSizeMw = 100.0;  // 1 000 MW installed: 7 MW of no-load losses
    const PowerBudget b = computePowerBudget(s, cat);
    // mildDlcFacilityMw(IT, 1 000) = 10 → IT = 2.611643… (no-load: UPS 5 + transformers
    // 1 070·0.002 = 2.14 MW).
    CHECK(b.itMw == Approx(2.611642556862979).epsilon(1e-9));
    CHECK(b.itMw == Approx(mildDlcItForGrid(10.0, 1000.0)).epsilon(1e-9));
    CHECK(b.peak.facilityMw() == Approx(10.0).epsilon(1e-9));
    CHECK(b.peak.facilityMw() <= 10.0 + 1e-9);

    // No-load losses above the grid: nothing is left for IT.
    s.gridInterconnectMw = 5.0;
    const PowerBudget none = computePowerBudget(s, cat);
    CHECK(none.itMw == Approx(0.0).margin(1e-9));
    CHECK(none.racks == 0);
}

TEST_CASE("Exact rack fit is not lost to rounding", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.plan.electrical.redundancy = Redundancy::N;
    s.plan.electrical.installedBlocks = 1;
    s.plan.electrical.blockSizeMw = 5.72;  // 5 720 kW ÷ 57.2 kW = 100 racks exactly
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.itMw == Approx(5.72));
    CHECK(b.racks == 100);
    CHECK(b.gpus == 3200);
}

TEST_CASE("GPU step disabled: no racks, IT still computed", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.plan.gpu.enabled = false;
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.itMw == Approx(30.0));
    CHECK(b.racks == 0);
    CHECK(b.gpus == 0);
}

TEST_CASE("Electrical step disabled keeps the mining chain (N, sized to the grid)", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.gridInterconnectMw = 50.0;
    s.plan.convertedSharePct = 60.0;  // converted 30 MW
    s.plan.electrical.enabled = false;
    s.plan.electrical.redundancy = Redundancy::TwoN;  // ignored when the step is off
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.convertedGridMw == Approx(30.0));
    CHECK(b.miningGridMw == Approx(20.0));
    CHECK(b.installedCapacityMw == Approx(30.0));
    CHECK(b.usableCapacityMw == Approx(30.0));
    // No UPS: the transformers (rated at the 30 MW grid share) carry L = 1.075·IT:
    // 1.075·IT + 0.06 + 0.004·(1.075·IT)²/30 = 30 → IT = 27.740860… (27.049566 when a UPS was
    // charged on a hall that has none).
    CHECK(b.itMw == Approx(27.74085986350909).epsilon(1e-10));
    CHECK(b.itMw == Approx(mildDlcItForGrid(30.0, 30.0, false)).epsilon(1e-10));
    CHECK(b.peak.electricalLossMw ==
          Approx(0.005 * b.itMw + 0.06 + 0.004 * std::pow(1.075 * b.itMw, 2) / 30.0).epsilon(1e-10));
    CHECK_FALSE(b.limitedByElectrical);
}

TEST_CASE("Grid queue: IT with the queued extra and on today's grid", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.gridInterconnectMw = 20.0;
    s.gridQueue = GridQueue{10.0, YearMonth{2028, 1}};
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.gridMw == Approx(20.0));
    CHECK(b.gridWithQueueMw == Approx(30.0));
    CHECK(b.convertedGridMw == Approx(30.0));
    // With the queue: mildDlcFacilityMw(IT, 40) = 30 → 27.010515… (< usable 30: grid-limited).
    CHECK(b.itMw == Approx(27.01051503148333).epsilon(1e-10));
    CHECK(b.itMw == Approx(mildDlcItForGrid(30.0, 40.0)).epsilon(1e-10));
    CHECK_FALSE(b.limitedByElectrical);
    // Today only: the 20 MW case above, 17.948231….
    CHECK(b.itMwOnCurrentGrid == Approx(17.948231084538794).epsilon(1e-10));
}

TEST_CASE("Without a queued extra, IT on today's grid is the solved IT, electrical step on or off",
          "[power]") {
    const Catalogue cat = handCatalogue();
    for (const bool electrical : {true, false}) {
        for (const bool emptyQueue : {false, true}) {
            Site s = mildSite();
            s.gridInterconnectMw = 20.0;
            s.plan.electrical.enabled = electrical;
            if (emptyQueue) s.gridQueue = GridQueue{0.0, YearMonth{2028, 1}};
            const PowerBudget b = computePowerBudget(s, cat);
            INFO("electrical " << electrical << ", empty queue " << emptyQueue);
            CHECK(b.itMw > 0.0);
            CHECK(b.itMwOnCurrentGrid == b.itMw);
            // The same hall with a queue solves today's grid on its own: less IT than with the queue.
            s.gridQueue = GridQueue{10.0, YearMonth{2028, 1}};
            const PowerBudget queued = computePowerBudget(s, cat);
            CHECK(queued.itMwOnCurrentGrid == b.itMw);
            CHECK(queued.itMw > queued.itMwOnCurrentGrid);
        }
    }
}

TEST_CASE("Mining before and after: the unconverted share keeps its ASICs", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.plan.convertedSharePct = 30.0;
    const PowerBudget b = computePowerBudget(s, cat);
    // Before: 1 000 × 3.01 kW = 3.01 MW, × 1.05 = 3.1605 MW; 1 000 × 140 TH/s ÷ 1 000 = 140 PH/s.
    CHECK(b.miningBefore.units == 1000);
    CHECK(b.miningBefore.asicLoadMw == Approx(3.01));
    CHECK(b.miningBefore.facilityMw == Approx(3.1605));
    CHECK(b.miningBefore.hashratePhPerSecond == Approx(140.0));
    // After: 70 % stays → 700 units, 2.107 MW, 2.21235 MW facility, 98 PH/s.
    CHECK(b.miningAfter.units == 700);
    CHECK(b.miningAfter.asicLoadMw == Approx(2.107));
    CHECK(b.miningAfter.facilityMw == Approx(2.21235));
    CHECK(b.miningAfter.hashratePhPerSecond == Approx(98.0));
    CHECK(b.miningAfter.miningPue == Approx(1.05));
    // Grid split 30 / 70.
    CHECK(b.convertedGridMw == Approx(30.0));
    CHECK(b.miningGridMw == Approx(70.0));
}

TEST_CASE("2N loses more than N+1 for the same IT load", "[power][pue]") {
    // 20 MW of IT, no cooling, misc 0.01, transformers rated at the installed MW (factor 1).
    // N+1: 3×10 MW (installed 30, l = 2/3): UPS 30·(0.005 + 0.013333 + 0.001333) = 0.59,
    // distribution 0.1; through the transformers 20·1.01 + 0.59 + 0.1 = 20.89 MW:
    // 30·0.002 + 0.004·20.89²/30 = 0.118186 → 0.808186 MW.
    // 2N: 4×10 MW (installed 40, l = 0.5): UPS 40·0.01575 = 0.63, distribution 0.1; transformers
    // carry 20.93 MW: 40·0.002 + 0.004·20.93²/40 = 0.123806 → 0.853806 MW.
    const ElectricalChain n1{true, 30.0, 1.0};
    const ElectricalChain twoNChain{true, 40.0, 1.0};
    CHECK(electricalLossMw(n1, 20.0, 0.0, 0.0, 0.01).total() ==
          Approx(0.59 + 0.1 + 0.06 + 0.004 * 20.89 * 20.89 / 30.0).epsilon(1e-12));
    CHECK(electricalLossMw(twoNChain, 20.0, 0.0, 0.0, 0.01).total() ==
          Approx(0.63 + 0.1 + 0.08 + 0.004 * 20.93 * 20.93 / 40.0).epsilon(1e-12));

    // Same through the whole budget: both halls carry 20 MW on a large grid.
    const Catalogue cat = handCatalogue();
    Site nPlus1 = mildSite();
    nPlus1.plan.electrical.installedBlocks = 3;
    Site twoN = mildSite();
    twoN.plan.electrical.redundancy = Redundancy::TwoN;
    twoN.plan.electrical.installedBlocks = 4;
    const PowerBudget a = computePowerBudget(nPlus1, cat);
    const PowerBudget b = computePowerBudget(twoN, cat);
    REQUIRE(a.itMw == Approx(20.0));
    REQUIRE(b.itMw == Approx(20.0));
    CHECK(b.peak.electricalLossMw > a.peak.electricalLossMw);
    CHECK(b.pue.annual > a.pue.annual);
}

TEST_CASE("Energy balance on generated sites", "[power][pue][environment]") {
    const Catalogue cat = handCatalogue();
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const Portfolio p = test::generatePortfolio(seed, 10);
        for (const Site& s : p.sites) {
            INFO("seed " << seed << " site " << s.name);
            const PowerBudget b = computePowerBudget(s, cat);
            const double scale = std::max(1.0, b.convertedGridMw);
            const double tol = 1e-9 * scale;
            CHECK(b.itMw >= 0.0);
            CHECK(b.itMw <= b.usableCapacityMw + tol);
            CHECK(b.usableCapacityMw <= b.installedCapacityMw + tol);
            CHECK(b.itMwOnCurrentGrid <= b.itMw + tol);
            // Peak facility fits the converted grid; the spare is the rest.
            CHECK(b.peak.facilityMw() <= b.convertedGridMw + tol);
            CHECK(b.spareMw + b.peak.facilityMw() == Approx(b.convertedGridMw).margin(tol));
            // When the grid binds and IT runs, the whole converted grid is used at peak.
            if (!b.limitedByElectrical && b.itMw > 0.0)
                CHECK(b.peak.facilityMw() == Approx(b.convertedGridMw).margin(tol));
            // Parts and PUE agree: facility = IT × PUE, peak and annual.
            CHECK(b.peak.facilityMw() == Approx(b.itMw * b.pue.peak).margin(tol));
            CHECK(b.annualAverage.facilityMw() == Approx(b.itMw * b.pue.annual).margin(tol));
            CHECK(b.annualAverage.itMw == b.itMw);
            for (std::size_t m = 0; m < 12; ++m) {
                CHECK(b.pue.monthly[m] >= 1.0);
                CHECK(b.pue.monthly[m] <= b.pue.peak);
                CHECK(b.pue.monthlyBreakdown[m].facilityMw() ==
                      Approx(b.itMw * b.pue.monthly[m]).margin(tol));
            }
            CHECK(b.pue.annual >= 1.0);
            CHECK(b.pue.annual <= b.pue.peak);
            // Racks fit the IT: racks × kW ≤ IT, and one more rack would not.
            if (s.plan.gpu.enabled && b.racks > 0) {
                CHECK(b.racks * s.plan.gpu.kwPerRack <= b.itMw * 1000.0 * (1.0 + 1e-9));
                CHECK((b.racks + 1) * s.plan.gpu.kwPerRack > b.itMw * 1000.0);
            }
            if (!s.plan.gpu.enabled) CHECK(b.gpus == 0);

            const EnvironmentResult e = computeEnvironment(s, cat, b);
            CHECK(e.itMwhPerYear == Approx(b.itMw * 8760.0).margin(1e-9 * scale * 8760.0));
            CHECK(e.facilityMwhPerYear ==
                  Approx(b.annualAverage.facilityMw() * 8760.0).margin(1e-9 * scale * 8760.0));
            CHECK(e.co2TonnesPerYear >= 0.0);
            CHECK(e.waterM3PerYear >= 0.0);
        }
    }
}
