#pragma once
// The JSON of `mine2ai-cli sensitivity --json` and `mine2ai-cli risk --json` (docs/file-format.md
// "sensitivity and risk output"). Deterministic: the same result gives the same bytes.
#include <ostream>

#include "model/Portfolio.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "risk/Sensitivity.h"

namespace m2ai::risk {

void writeSensitivityJson(std::ostream& out, const Portfolio& portfolio, const SensitivityResult& result);
void writeRiskJson(std::ostream& out, const Portfolio& portfolio, const RiskSettings& settings,
                   const RiskResult& result);

}  // namespace m2ai::risk
