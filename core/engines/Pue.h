#pragma once
// PUE by month from the site's climate, the cooling technology and the electrical chain.
#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// Cooling power per unit of IT power at outdoor temperature tC (dry- or wet-bulb as the technology uses).
double coolingFraction(const CoolingTechnology& tech, double dryBulbC, double wetBulbC);

// UPS efficiency at a load fraction of its rating (0..1], fitted loss curve of docs/model.md.
double upsEfficiency(double loadFraction);

// Electrical losses (UPS, transformers, distribution) in MW for itMw on installedMw of UPS capacity.
double electricalLossMw(double itMw, double installedMw);

// Twelve monthly PUEs for a hall running itMw on installedElectricalMw of electrical capacity.
PueResult computePue(const Site& site, const Catalogue& catalogue, double itMw, double installedElectricalMw);

}  // namespace m2ai
