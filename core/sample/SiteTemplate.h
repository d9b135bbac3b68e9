#pragma once
// The site a user starts from (File ▸ New, Site ▸ Add): valid defaults that are domain figures, so
// they live in core with the other defaults, not in the window that offers the action.
#include <string>

#include "catalogue/Catalogue.h"
#include "model/Portfolio.h"

namespace m2ai {

// A 40 MW hall in the catalogue's first country (its location, energy source, power price, grid
// carbon intensity and monthly climate), mining with about 13,000 S19 XP units; every other field
// keeps the model's default. Passes validateSite().
Site newSiteTemplate(const std::string& name, const Catalogue& catalogue = defaultCatalogue());

}  // namespace m2ai
