// The electrical chain a plan has (engines/ElectricalChain.h): the rebuilt chain with UPS, the
// mining chain without, transformers that carry the cooling too. Hand arithmetic from
// docs/model.md "Electrical losses (UPS, transformers, distribution)".
#include <catch2/catch.hpp>

#include "catalogue/Catalogue.h"
#include "engines/ElectricalChain.h"
#include "engines/PowerBudget.h"
#include "engines/Pue.h"
#include "engines/PueDetail.h"
#include "support/FeasibleSites.h"
#include "support/HandCatalogue.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;
using m2ai::test::handCatalogue;

namespace {

// 10 °C / 8 °C all year: direct-to-chip in free cooling, 0.06 of IT every month.
Site mildDlcSite(bool electricalStep) {
    Site s;
    s.climate.dryBulbC.fill(10.0);
    s.climate.wetBulbC.fill(8.0);
    s.gridInterconnectMw = 30.0;
    s.plan.convertedSharePct = 100.0;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    s.plan.electrical.enabled = electricalStep;
    s.plan.electrical.redundancy = Redundancy::NPlus1;
    s.plan.electrical.blockSizeMw = 10.0;
    s.plan.electrical.installedBlocks = 4;
    return s;
}

}  // namespace

TEST_CASE("the chain follows the electrical step: UPS only when rebuilt", "[pue][chain]") {
    const ElectricalChain rebuilt = electricalChain(true, 40.0, 0.06, 0.01);
    CHECK(rebuilt.hasUps);
    CHECK(rebuilt.upsRatingMw(30.0) == 40.0);
    CHECK(rebuilt.transformerRatingMw(30.0) == Approx(42.8).epsilon(1e-15));  // 40·(1 + 0.06 + 0.01)
    const ElectricalChain mining = electricalChain(false, 30.0, 0.06, 0.01);
    CHECK_FALSE(mining.hasUps);
    CHECK(mining.transformerRatingMw(20.0) == 30.0);  // the grid share its transformers were built for
    // Without a rating the chain is sized to the load.
    CHECK(electricalChain(true, 0.0, 0.06, 0.01).upsRatingMw(7.0) == 7.0);

    const Catalogue cat = handCatalogue();
    const Site on = mildDlcSite(true);
    const Site off = mildDlcSite(false);
    CHECK(electricalChainFor(on, coolingProfile(on, cat), 40.0).hasUps);
    CHECK_FALSE(electricalChainFor(off, coolingProfile(off, cat), 40.0).hasUps);
    CHECK(electricalLossMw(mining, 20.0, 0.06, 0.0036, 0.01).upsMw == 0.0);
}

TEST_CASE("a mining hall has no UPS loss and a lower PUE than the rebuilt chain at the same load",
          "[pue][chain]") {
    const Catalogue cat = handCatalogue();
    // 30 MW of IT on 40 MW, cooling 0.06, misc 0.01.
    // Rebuilt: UPS 40·(0.005 + 0.015 + 0.0016875) = 0.8675, distribution 0.15; transformers
    //   40·1.07 = 42.8 MW carry 30 + 1.8 + 0.3 + 0.8675 + 0.15 = 33.1175 MW:
    //   0.0856 + 0.004·33.1175²/42.8 = 0.1881018 → losses 1.2056018, PUE 1.07 + 1.2056018/30 = 1.1101867.
    // Mining chain: no UPS; distribution 0.15; transformers 40 MW carry 30 + 1.8 + 0.3 + 0.15 =
    //   32.25 MW: 0.08 + 0.004·32.25²/40 = 0.1840063 → losses 0.3340063, PUE 1.0811335.
    const double rebuiltLoss = 0.8675 + 0.15 + 0.0856 + 0.004 * 33.1175 * 33.1175 / 42.8;
    const double miningLoss = 0.15 + 0.08 + 0.004 * 32.25 * 32.25 / 40.0;
    const PueResult rebuilt = computePue(mildDlcSite(true), cat, 30.0, 40.0);
    const PueResult mining = computePue(mildDlcSite(false), cat, 30.0, 40.0);
    CHECK(rebuilt.monthlyBreakdown[0].electricalLossMw == Approx(rebuiltLoss).epsilon(1e-12));
    CHECK(mining.monthlyBreakdown[0].electricalLossMw == Approx(miningLoss).epsilon(1e-12));
    CHECK(rebuilt.annual == Approx(1.07 + rebuiltLoss / 30.0).epsilon(1e-12));
    CHECK(mining.annual == Approx(1.07 + miningLoss / 30.0).epsilon(1e-12));
    CHECK(mining.annual == Approx(1.0811335416666667).epsilon(1e-12));
    CHECK(mining.annual < rebuilt.annual);
    CHECK(mining.designPue < rebuilt.designPue);
}

TEST_CASE("hand-computed PUE of a mining-chain hall through the whole budget", "[pue][chain][power]") {
    const Catalogue cat = handCatalogue();
    // Step 2 off: the chain is the 30 MW grid share, no UPS. At IT 20: distribution 0.1; the
    // transformers (30 MW) carry 20 + 1.2 cooling + 0.2 misc + 0.1 = 21.5 MW:
    // 0.06 + 0.004·21.5²/30 = 0.1216333; PUE = 1.07 + (0.1 + 0.1216333)/20 = 1.0810817.
    const Site s = mildDlcSite(false);
    CHECK(computePue(s, cat, 20.0, 30.0).annual ==
          Approx(1.07 + (0.1 + 0.06 + 0.004 * 21.5 * 21.5 / 30.0) / 20.0).epsilon(1e-12));
    // The budget fills the grid: 1.075·IT + 0.06 + 0.004·(1.075·IT)²/30 = 30 → IT = 27.740860.
    const PowerBudget b = computePowerBudget(s, cat);
    CHECK(b.installedCapacityMw == 30.0);
    CHECK(b.itMw == Approx(27.74085986350909).epsilon(1e-10));
    CHECK(b.peak.facilityMw() == Approx(30.0).epsilon(1e-10));
    CHECK(b.peak.facilityMw() <= 30.0 + 1e-9);
}

TEST_CASE("transformer loss grows with the cooling load", "[pue][chain]") {
    // Same chain (40 MW of UPS, transformers 48 MW), same 30 MW of IT: cooling 0.06 → 0.20 adds
    // 4.2 MW through the transformers. S = 30.3 + 0.8675 + 0.15 = 31.3175 MW.
    //   0.06: 0.096 + 0.004·33.1175²/48 = 0.1873983     0.20: 0.096 + 0.004·37.3175²/48 = 0.2120494
    const ElectricalChain chain{true, 40.0, 1.2};
    const ElectricalLossMw cool = electricalLossMw(chain, 30.0, 0.06, 0.0036, 0.01);
    const ElectricalLossMw hot = electricalLossMw(chain, 30.0, 0.20, 0.04, 0.01);
    CHECK(cool.upsMw == Approx(0.8675).epsilon(1e-12));
    CHECK(hot.upsMw == cool.upsMw);  // the UPS feeds the IT only
    CHECK(hot.distributionMw == cool.distributionMw);
    CHECK(cool.transformerMw == Approx(0.096 + 0.004 * 33.1175 * 33.1175 / 48.0).epsilon(1e-12));
    CHECK(hot.transformerMw == Approx(0.096 + 0.004 * 37.3175 * 37.3175 / 48.0).epsilon(1e-12));
    CHECK(hot.transformerMw > cool.transformerMw);
    CHECK(hot.total() == Approx(hot.upsMw + hot.transformerMw + hot.distributionMw));

    // Through the whole PUE: the same IT in a hotter climate (Austin July for air, cooling 0.298)
    // loses more in its transformers than in a mild one (0.08).
    const Catalogue cat = handCatalogue();
    Site mild = mildDlcSite(true);
    mild.plan.cooling.technology = CoolingTech::Air;
    Site hotSite = mild;
    hotSite.climate.dryBulbC[6] = 28.9;
    const PueResult a = computePue(mild, cat, 30.0, 40.0);
    const PueResult b = computePue(hotSite, cat, 30.0, 40.0);
    CHECK(b.monthlyBreakdown[6].electricalLossMw > a.monthlyBreakdown[6].electricalLossMw);
    // A spread of hours loses more than their mean: E[L²] ≥ E[L]² (hourly months carry the square).
    CHECK(electricalLossMw(chain, 30.0, 0.13, 0.0196 + 0.0049, 0.01).transformerMw >
          electricalLossMw(chain, 30.0, 0.13, 0.0169, 0.01).transformerMw);
}

TEST_CASE("generated sites: PUE at least 1 + misc, facility never above the grid at design",
          "[pue][chain][property]") {
    const Catalogue& cat = defaultCatalogue();
    Portfolio p = test::generatePortfolio(1212, 300);
    int checked = 0;
    for (Site& s : p.sites) {
        test::makeFeasible(s);
        for (const bool step : {true, false}) {
            s.plan.electrical.enabled = step;
            INFO(s.name << ", electrical step " << step);
            const PowerBudget b = computePowerBudget(s, cat);
            const double floor = 1.0 + miscFractionOfIt();
            CHECK(b.pue.annual >= floor);
            CHECK(b.pue.designPue >= b.pue.peak);
            for (const double pue : b.pue.monthly) CHECK(pue >= floor);
            CHECK(b.peak.facilityMw() <= b.convertedGridMw * (1.0 + 1e-12) + 1e-12);
            CHECK(b.itMw * b.pue.designPue <= b.convertedGridMw * (1.0 + 1e-12) + 1e-12);
            for (const PowerBreakdownMw& m : b.pue.monthlyBreakdown)
                CHECK(m.facilityMw() <= b.convertedGridMw * (1.0 + 1e-12) + 1e-12);
            if (b.itMw > 0.0) ++checked;
        }
        // At the same load on the same rating, dropping the UPS always lowers the losses.
        const CoolingProfile profile = coolingProfile(s, cat);
        const double installedMw = s.plan.electrical.installedBlocks * s.plan.electrical.blockSizeMw;
        const double itMw = 0.75 * installedMw;
        const ElectricalChain withUps =
            electricalChain(true, installedMw, profile.designCoolingFraction, miscFractionOfIt());
        const ElectricalChain withoutUps =
            electricalChain(false, installedMw, profile.designCoolingFraction, miscFractionOfIt());
        if (itMw > 0.0) CHECK(designPue(profile, withoutUps, itMw) < designPue(profile, withUps, itMw));
    }
    CHECK(checked > 300);
}
