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

// Peak facility power of the DLC hall on the mild climate, as the quadratic in IT it is:
//   facility = installed·(a+t0) + IT·(1 + 0.06 + 0.01 + 0.005 + b) + IT²·(c+t2)/installed
//            = 0.007·installed + 1.095·IT + 0.007·IT²/installed.
double mildDlcItForGrid(double gridMw, double installedMw) {
    const double qa = 0.007 / installedMw, qb = 1.095, qc = 0.007 * installedMw - gridMw;
    return (-qb + std::sqrt(qb * qb - 4.0 * qa * qc)) / (2.0 * qa);
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
    // l = 30/40 = 0.75: UPS 40·(0.005 + 0.015 + 0.0016875) = 0.8675; transformer 40·(0.002 + 0.00225)
    // = 0.17; distribution 0.15 → losses 1.1875. Cooling 0.06·30 = 1.8, misc 0.3.
    CHECK(b.peak.electricalLossMw == Approx(1.1875).epsilon(1e-12));
    CHECK(b.peak.coolingMw == Approx(1.8).epsilon(1e-12));
    CHECK(b.peak.miscMw == Approx(0.3).epsilon(1e-12));
    CHECK(b.peak.facilityMw() == Approx(33.2875).epsilon(1e-12));
    CHECK(b.pue.peak == Approx(33.2875 / 30.0).epsilon(1e-12));  // 1.109583…
    CHECK(b.spareMw == Approx(100.0 - 33.2875).epsilon(1e-12));  // 66.7125
    // Racks: floor(30 000 kW ÷ 57.2 kW) = floor(524.48) = 524; GPUs 524·32 = 16 768.
    CHECK(b.racks == 524);
    CHECK(b.gpus == 16768);
}

TEST_CASE("IT limited by the grid, solved by fixed point", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.gridInterconnectMw = 20.0;  // usable 30 > 20 ÷ PUE
    const PowerBudget b = computePowerBudget(s, cat);
    // 0.28 + 1.095·IT + 0.000175·IT² = 20 → IT = (−1.095 + √(1.095² + 4·0.000175·19.72)) ÷ 0.00035
    //   = (−1.095 + √1.212829) ÷ 0.00035 = 17.957595…
    CHECK(b.itMw == Approx(17.957595283140115).epsilon(1e-10));
    CHECK(b.itMw == Approx(mildDlcItForGrid(20.0, 40.0)).epsilon(1e-10));
    CHECK_FALSE(b.limitedByElectrical);
    CHECK(b.peak.facilityMw() == Approx(20.0).epsilon(1e-10));  // the whole grid is used at peak
    CHECK(b.spareMw == Approx(0.0).margin(1e-9));
    // floor(17 957.6 ÷ 57.2) = floor(313.94) = 313 racks, 10 016 GPUs.
    CHECK(b.racks == 313);
    CHECK(b.gpus == 313 * 32);
}

TEST_CASE("Oversized chain at tiny load still balances (bisection fallback)", "[power]") {
    const Catalogue cat = handCatalogue();
    Site s = mildSite();
    s.gridInterconnectMw = 10.0;
    s.plan.electrical.redundancy = Redundancy::N;
    s.plan.electrical.installedBlocks = 10;
    s.plan.electrical.blockSizeMw = 100.0;  // 1 000 MW installed: 7 MW of no-load losses
    const PowerBudget b = computePowerBudget(s, cat);
    // 7 + 1.095·IT + 0.000007·IT² = 10 → IT = 2.739678…
    CHECK(b.itMw == Approx(2.739678044887712).epsilon(1e-9));
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
    // 0.21 + 1.095·IT + (0.007/30)·IT² = 30 → IT = 27.049566…
    CHECK(b.itMw == Approx(27.049566112989126).epsilon(1e-10));
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
    // With the queue: 0.28 + 1.095·IT + 0.000175·IT² = 30 → 27.024831… (< usable 30: grid-limited).
    CHECK(b.itMw == Approx(27.024831266328725).epsilon(1e-10));
    CHECK_FALSE(b.limitedByElectrical);
    // Today only: the 20 MW case above, 17.957595….
    CHECK(b.itMwOnCurrentGrid == Approx(17.957595283140115).epsilon(1e-10));
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
    // 20 MW of IT. N+1: 3×10 MW (installed 30, l = 2/3): UPS 30·(0.005 + 0.013333 + 0.001333) = 0.59,
    // transformer 30·(0.002 + 0.001778) = 0.113333, distribution 0.1 → 0.803333 MW.
    // 2N: 4×10 MW (installed 40, l = 0.5): UPS 40·0.01575 = 0.63, transformer 40·0.003 = 0.12,
    // distribution 0.1 → 0.85 MW.
    CHECK(electricalLossMw(20.0, 30.0) == Approx(0.8033333333333333).epsilon(1e-12));
    CHECK(electricalLossMw(20.0, 40.0) == Approx(0.85).epsilon(1e-12));

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
