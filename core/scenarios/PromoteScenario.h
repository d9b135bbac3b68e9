#pragma once
// Choosing another base (issue 14: "one is the base"): scenario i becomes the portfolio as it is,
// and the old base becomes a scenario, so the set of computed portfolios stays exactly the same —
// only which one is the base changes. Each other scenario keeps meaning what it meant: for every
// field the promoted scenario changed and it did not override itself, it gets the old base's value.
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

struct PromotedScenario {
    bool ok = false;
    std::string error;  // one line for the user when !ok
    CoreMessage
        errorMessage;  // error as a marked sentence (validation/CoreMessage.h): ui/ and the CLI translate it
    std::vector<Problem> problems;  // the promoted scenario's overrides that cannot be applied
    Portfolio portfolio;            // the new base, with its scenarios; the input when !ok
};

// formerBaseName names the scenario that holds the old base (it takes scenario index's place in the
// list); it must be a name validateScenarios accepts once index's name is gone. Refused — nothing
// changes — when an override of scenario index cannot be applied (a removed site, a bad value):
// promoting it would silently drop that override.
PromotedScenario promoteScenario(const Portfolio& portfolio, std::size_t index,
                                 const std::string& formerBaseName);

}  // namespace m2ai
