#pragma once
// The "scenarios" member of the portfolio JSON (docs/file-format.md "Scenarios"), kept apart from the
// reader and writer of the rest of the portfolio; not part of the core API.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonWriter.h"
#include "model/Scenario.h"
#include "validation/Validation.h"

namespace m2ai::jsonio {

void writeScenarios(JsonWriter& w, const std::vector<Scenario>& scenarios);

// Reads the array at path into out, strictly (unknown keys and wrong types are problems), then
// checks the list's own rules (scenarios/ApplyScenario.h validateScenarios). Unknown fields and
// removed sites are NOT refused here: the file still opens and applying the scenario reports them.
std::vector<Problem> readScenarios(const nlohmann::json& value, const std::string& path,
                                   std::vector<Scenario>& out);

}  // namespace m2ai::jsonio
