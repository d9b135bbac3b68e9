#pragma once
// The scenario comparison as JSON (`mine2ai-cli scenarios FILE --json`; docs/file-format.md
// "Scenario comparison JSON"). Streamed through jsonio::JsonWriter like the results JSON.
#include <ostream>

#include "model/Portfolio.h"
#include "scenarios/ScenarioComparison.h"

namespace m2ai {

// portfolio gives the start month, to write each month index as a calendar month beside it.
void writeScenarioComparisonJson(std::ostream& out, const Portfolio& portfolio,
                                 const ScenarioComparison& comparison, int indent = 2);

}  // namespace m2ai
