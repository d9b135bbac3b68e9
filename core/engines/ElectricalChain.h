#pragma once
// The electrical chain between the grid and the IT, and its losses (docs/model.md "Electrical
// losses (UPS, transformers, distribution)"). Which stages a hall has follows from its plan: the
// rebuilt chain of the electrical step has MV/LV transformers, UPS and LV distribution; a hall that
// keeps the mining chain (step 2 off) has transformers and distribution but no UPS (domain.md
// §1.1–1.2: a mining hall is topology N without UPS).
//
// Where each load is fed: the UPS carries the IT only (cooling and misc are fed upstream of it, the
// usual arrangement: mechanical loads ride through on generators, not batteries); the transformers
// carry everything the site draws from the grid: IT, cooling, misc and the UPS and distribution
// losses.

namespace m2ai {

struct ElectricalChain {
    bool hasUps = true;
    // The UPS rating (the installed blocks) for a rebuilt chain, the converted share of the grid for
    // a mining chain (what its transformers were sized to). At or below zero the chain is taken as
    // sized to the IT load it carries.
    double installedMw = 0.0;
    // Transformer rating per MW of installedMw: the rebuilt chain's transformers feed the blocks'
    // IT plus the cooling and misc that IT needs at the design condition; a mining chain's are the
    // interconnect's (1).
    double transformerRatingPerInstalledMw = 1.0;

    double upsRatingMw(double itMw) const { return installedMw > 0.0 ? installedMw : itMw; }
    double transformerRatingMw(double itMw) const {
        return upsRatingMw(itMw) * transformerRatingPerInstalledMw;
    }
};

// The chain of a hall on installedMw (PowerBudget's installedCapacityMw): rebuilt (step 2 on) or
// mining (off). designCoolingFraction and miscFraction are per unit of IT at the design condition.
ElectricalChain electricalChain(bool electricalStepEnabled, double installedMw, double designCoolingFraction,
                                double miscFraction);

// The losses of each stage in MW over a period in which the chain carries itMw, the cooling draws
// a fraction of IT with mean coolingFraction and mean square coolingFractionSquared (the
// transformers' copper loss goes with the square of their load, so an hourly month needs both),
// and misc draws miscFraction of IT.
struct ElectricalLossMw {
    double upsMw = 0.0;
    double transformerMw = 0.0;
    double distributionMw = 0.0;
    double total() const { return upsMw + transformerMw + distributionMw; }
};
ElectricalLossMw electricalLossMw(const ElectricalChain& chain, double itMw, double coolingFraction,
                                  double coolingFractionSquared, double miscFraction);

// Loss curves per unit of rating at load fraction l (UPS: a + b·l + c·l²; transformer: t0 + t2·l²).
double upsLossPerUnitRating(double loadFraction);
double transformerLossPerUnitRating(double loadFraction);

// UPS efficiency at a load fraction of its rating (0..1], the fitted loss curve above.
double upsEfficiency(double loadFraction);

// LV distribution (busway, PDUs, cables) per unit of IT.
double distributionLossFractionOfIt();

}  // namespace m2ai
