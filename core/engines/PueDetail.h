#pragma once
// Helpers shared by the power, PUE and environment engines (and their tests). Not part of the
// engines' public contract (engines/Pue.h), but stable: the parameters are documented in
// docs/model.md "Power, PUE and environment".
#include <array>

#include "catalogue/Catalogue.h"
#include "model/Portfolio.h"

namespace m2ai {

// Days in each calendar month of a 365-day year (the weights of the annual, energy-weighted PUE).
const std::array<int, 12>& daysPerMonth();

// The site's cooling technology: the plan's choice, or air (as mined) when the cooling step is off.
// Throws std::out_of_range when the catalogue lacks it.
const CoolingTechnology& coolingTechnologyFor(const Site& site, const Catalogue& catalogue);

// The outdoor temperature the technology follows: wet-bulb for evaporative designs, else dry-bulb.
double coolingTemperatureC(const CoolingTechnology& tech, double dryBulbC, double wetBulbC);

// Loss curves per unit of rating at load fraction l (UPS: a + b·l + c·l²; transformer: t0 + t2·l²).
double upsLossPerUnitRating(double loadFraction);
double transformerLossPerUnitRating(double loadFraction);

// Electrical losses per unit of IT; at zero IT, the design figure at 50 % load.
double electricalLossFraction(double itMw, double installedMw);

// Lighting, offices and security per unit of IT.
double miscFractionOfIt();

}  // namespace m2ai
