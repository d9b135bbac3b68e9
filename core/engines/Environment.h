#pragma once
// Energy, carbon and water per year of full operation.
#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

EnvironmentResult computeEnvironment(const Site& site, const Catalogue& catalogue, const PowerBudget& power);

}  // namespace m2ai
