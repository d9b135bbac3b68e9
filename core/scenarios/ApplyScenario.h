#pragma once
// A scenario applied to its base: the portfolio with the scenario's overrides written in. An override
// that cannot be applied — an unknown field, a site the portfolio no longer has, a value of the
// wrong type or out of range — is left out and REPORTED as a problem naming the override and why;
// nothing is silently dropped or clamped.
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

struct AppliedScenario {
    bool ok = false;    // every override applied (problems is empty)
    std::string error;  // one line for the user when !ok
    CoreMessage
        errorMessage;  // error as a marked sentence (validation/CoreMessage.h): ui/ and the CLI translate it
    std::vector<Problem> problems;  // paths "scenarios[i].overrides[j]"
    // The base with the overrides that could be applied; its own scenarios list is empty (they are
    // overrides of the base, not of this portfolio).
    Portfolio portfolio;
};

// scenarioIndex only names the problems' paths.
AppliedScenario applyScenario(const Portfolio& base, const Scenario& scenario, std::size_t scenarioIndex);
// applyScenario's problems without the copy of the portfolio it makes (the editor lists them on
// every edit, whatever the portfolio's size).
std::vector<Problem> scenarioProblems(const Portfolio& base, const Scenario& scenario,
                                      std::size_t scenarioIndex);
// The scenario called name; !ok naming the scenarios there are when there is none.
AppliedScenario applyScenario(const Portfolio& base, const std::string& name);

// The rules on the scenarios list itself: unique non-empty names, each override naming a field once
// per site. Paths "scenarios[i].name", "scenarios[i].overrides[j]". Field and site checks are
// applyScenario's: a file may name a site that was removed since, which is reported, not refused.
std::vector<Problem> validateScenarios(const std::vector<Scenario>& scenarios);

}  // namespace m2ai
