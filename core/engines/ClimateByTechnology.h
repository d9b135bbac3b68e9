#pragma once
// What a site's climate means for each cooling technology: annual PUE and WUE from the hours and
// from the monthly means, the design-day PUE, and the hours in each cooling mode. For comparing
// technologies on one weather file (`mine2ai-cli climate`, the site view's climate charts).
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

struct TechnologyClimate {
    CoolingTech tech = CoolingTech::Air;
    double annualPue = 1.0;                  // hour by hour when the site has an hourly climate
    double annualPueFromMonthlyMeans = 1.0;  // the same site on its 12 monthly means
    double designPue = 1.0;
    double wueLPerKwh = 0.0;  // annual, hours-weighted
    double wueFromMonthlyMeansLPerKwh = 0.0;
    CoolingModeHours modeHours;
};

// The reference load of docs/model.md's tables: 30 MW of IT on 40 MW installed (75 % load).
inline constexpr double kReferenceItMw = 30.0;
inline constexpr double kReferenceInstalledMw = 40.0;

// One row per technology of the catalogue, in catalogue order; the site's own cooling choice is
// ignored. Throws std::out_of_range like computePue when the catalogue lacks a technology.
std::vector<TechnologyClimate> climateByTechnology(const Site& site, const Catalogue& catalogue,
                                                   double itMw = kReferenceItMw,
                                                   double installedMw = kReferenceInstalledMw);

}  // namespace m2ai
