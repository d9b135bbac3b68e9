#pragma once
// One call from a portfolio to every number the app shows: the data flow edit → model → engines →
// results in one place.
#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

SiteResult computeSite(const Site& site, const Portfolio& portfolio, const Catalogue& catalogue);
PortfolioResult computePortfolio(const Portfolio& portfolio, const Catalogue& catalogue = defaultCatalogue());

}  // namespace m2ai
