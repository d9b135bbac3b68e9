#pragma once
// What the report's scenario page shows (issue 14): core's comparison of the base and every scenario
// (scenarios/ScenarioComparison.h). ReportOptions::scenarios carries it; without it, or when the
// portfolio has no scenarios, the report has no scenario page.
#include <memory>

#include "model/Portfolio.h"
#include "scenarios/ScenarioComparison.h"

// The comparison for the report of portfolio, or nullptr when it has no scenarios. Computes the base
// and every scenario (core compareScenarios): call it once per report, not per page.
std::shared_ptr<const m2ai::ScenarioComparison> scenarioReportFor(const m2ai::Portfolio& portfolio);

// A comparison worth a page: computed and with at least one scenario beside the base.
inline bool scenarioPageReady(const m2ai::ScenarioComparison& c) {
    return c.ok && c.outcomes.size() > 1;
}
