#pragma once
// PUE by month from the site's climate, the cooling technology and the electrical chain.
#include "catalogue/Catalogue.h"
#include "engines/ElectricalChain.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// Cooling power per unit of IT power at outdoor temperature tC (dry- or wet-bulb as the technology uses).
double coolingFraction(const CoolingTechnology& tech, double dryBulbC, double wetBulbC);

// Twelve monthly PUEs for a hall running itMw on installedElectricalMw of electrical capacity
// (PowerBudget's installedCapacityMw), through the chain its plan has (engines/ElectricalChain.h:
// no UPS with the electrical step off).
PueResult computePue(const Site& site, const Catalogue& catalogue, double itMw, double installedElectricalMw);

}  // namespace m2ai
