#pragma once
// The "risk" member of the portfolio JSON (docs/file-format.md "Risk inputs"), kept apart from the
// reader and writer of the rest of the portfolio; not part of the core API.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonWriter.h"
#include "model/RiskInputs.h"
#include "validation/Validation.h"

namespace m2ai::jsonio {

void writeRiskInputs(JsonWriter& w, const RiskInputs& risk);

// Reads the object at path into out, strictly (unknown keys and wrong types are problems), then
// checks its rules (risk/RiskSettings.h validateRiskInputs). Task durations naming a removed site
// are not refused here: the file opens and the risk run reports them.
std::vector<Problem> readRiskInputs(const nlohmann::json& value, const std::string& path, RiskInputs& out);

}  // namespace m2ai::jsonio
