#pragma once
// What the report's risk page shows (issue 14): a sensitivity and a Monte Carlo run of the
// portfolio being reported. ReportOptions::risk carries it; without it the report has no risk page.
#include "risk/MonteCarlo.h"
#include "risk/Sensitivity.h"

struct RiskReport {
    m2ai::risk::SensitivityResult sensitivity;
    m2ai::risk::RiskResult risk;
};

// Both runs finished (a cancelled or failed run has no page).
inline bool riskPageReady(const RiskReport& r) {
    return r.sensitivity.ok && r.risk.ok;
}
