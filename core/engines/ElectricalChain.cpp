// Electrical chain and its losses. Parameters and sources: docs/model.md "Electrical losses (UPS,
// transformers, distribution)".
#include "engines/ElectricalChain.h"

#include <algorithm>

namespace m2ai {

namespace {

// Modern double-conversion UPS, loss per unit of rating = a + b·l + c·l² (domain.md §1.4 model form,
// Schneider WP 113). The 2010 Socomec fit there (a 0.0116, b 0.0599, c 0.0038; 93 % at full load) is
// scaled to a current transformerless UPS: 96.1 % at 25 % load, 97.0 % at 50 %, 97.3 % at 100 %
// (Galaxy VS "up to 97 % at every load level", modern modular ~97 % at 25–75 %, §1.4). No-load
// losses stay ~44 % of all losses at 30 % load ("over 40 %" in Schneider "Definitions of losses", §1.4).
// (estimate)
constexpr double kUpsNoLoad = 0.005;
constexpr double kUpsProportional = 0.020;
constexpr double kUpsSquare = 0.003;

// Transformers (MV/LV): core loss constant, copper loss ∝ l²; 99.4 % efficient at full load, 99.3 %
// at the DOE rating point of 35 % (domain.md §1.5: "98 % plus", 0.5–1.5 % per stage). (estimate)
constexpr double kTransformerNoLoad = 0.002;
constexpr double kTransformerSquare = 0.004;

// Low-voltage distribution (busway, PDUs, cables) to the IT as a share of IT (estimate, within
// §1.5's 0.5–1.5 % per stage). Cooling plant and misc are fed from their own boards, whose losses
// are left in their fractions.
constexpr double kDistributionFractionOfIt = 0.005;

}  // namespace

ElectricalChain electricalChain(bool electricalStepEnabled, double installedMw, double designCoolingFraction,
                                double miscFraction) {
    ElectricalChain chain;
    chain.hasUps = electricalStepEnabled;
    chain.installedMw = installedMw;
    // The rebuilt blocks' transformers are sized for what the blocks' IT draws at design: the IT
    // plus its cooling and misc (estimate: the usual practice of sizing the substation to the
    // design facility load; their few per cent of losses are left out of the rating). The mining
    // chain keeps the transformers it was built with, sized to the grid it shares out.
    chain.transformerRatingPerInstalledMw =
        electricalStepEnabled ? 1.0 + std::max(0.0, designCoolingFraction) + std::max(0.0, miscFraction)
                              : 1.0;
    return chain;
}

double upsLossPerUnitRating(double loadFraction) {
    const double l = std::max(0.0, loadFraction);
    return kUpsNoLoad + kUpsProportional * l + kUpsSquare * l * l;
}

double upsEfficiency(double loadFraction) {
    if (!(loadFraction > 0.0)) return 0.0;  // no-load losses with no output
    return loadFraction / (loadFraction + upsLossPerUnitRating(loadFraction));
}

double transformerLossPerUnitRating(double loadFraction) {
    const double l = std::max(0.0, loadFraction);
    return kTransformerNoLoad + kTransformerSquare * l * l;
}

double distributionLossFractionOfIt() {
    return kDistributionFractionOfIt;
}

ElectricalLossMw electricalLossMw(const ElectricalChain& chain, double itMw, double coolingFraction,
                                  double coolingFractionSquared, double miscFraction) {
    ElectricalLossMw out;
    if (!(itMw > 0.0)) return out;  // an idle chain is not counted: there is no IT to charge it to
    if (chain.hasUps) {
        const double ratingMw = chain.upsRatingMw(itMw);
        out.upsMw = ratingMw * upsLossPerUnitRating(itMw / ratingMw);
    }
    out.distributionMw = kDistributionFractionOfIt * itMw;
    // Through the transformers: a part constant over the period (IT, misc, UPS and distribution
    // losses) plus the cooling. The mean of the load's square is then exact from the cooling's
    // mean and mean square: E[(A + IT·c)²] = A² + 2·A·IT·E[c] + IT²·E[c²].
    const double cooling = std::max(0.0, coolingFraction);
    const double coolingSquared = std::max(cooling * cooling, coolingFractionSquared);
    const double steadyMw = itMw * (1.0 + std::max(0.0, miscFraction)) + out.upsMw + out.distributionMw;
    const double meanSquareMw2 =
        steadyMw * steadyMw + 2.0 * steadyMw * itMw * cooling + itMw * itMw * coolingSquared;
    double ratingMw = chain.transformerRatingMw(itMw);
    if (!(ratingMw > 0.0)) ratingMw = steadyMw + itMw * cooling;  // sized to the load
    out.transformerMw = ratingMw * kTransformerNoLoad + kTransformerSquare * meanSquareMw2 / ratingMw;
    return out;
}

}  // namespace m2ai
