#pragma once
// Scenarios side by side (issue 14): the base and each scenario computed in full, with the figures an
// investment committee compares, per site and for the portfolio. Portfolio figures are over feasible
// sites only, like PortfolioResult's totals.
#include <optional>
#include <string>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

struct ScenarioFigures {
    bool feasible = true;  // a site's plan can work; for the portfolio: at least one site's can
    double npvUsd = 0.0;
    double incrementalNpvUsd = 0.0;  // converting minus keep mining
    // Annual fraction, after tax and debt. For the portfolio: the IRR of the feasible sites' equity
    // flows summed month by month (engines/finance/PortfolioIrr.h); empty when there is none (the
    // flows never change sign).
    std::optional<double> equityIrr;
    std::optional<int> firstRfsMonthIndex;      // from the portfolio start; empty with no IT load
    std::optional<int> fullCapacityMonthIndex;  // first month all IT load is online
    double itMw = 0.0;
    long long gpus = 0;
    double capexUsd = 0.0;
    std::optional<double> pue;  // annual, energy-weighted; empty with no IT load
    double co2TonnesPerYear = 0.0;
};

struct ScenarioOutcome {
    std::string name;  // "Base" for the base
    bool isBase = false;
    std::vector<Problem> problems;  // overrides not applied (applyScenario)
    ScenarioFigures portfolio;
    std::vector<ScenarioFigures> sites;  // in the base's site order (scenarios do not add or remove sites)
};

struct ScenarioComparison {
    bool ok = false;
    std::string error;
    CoreMessage
        errorMessage;  // error as a marked sentence (validation/CoreMessage.h): ui/ and the CLI translate it
    std::vector<Problem> problems;  // validateScenarios' problems: then nothing is compared
    std::vector<std::string> siteNames;
    std::vector<ScenarioOutcome> outcomes;  // [0] is the base, then the scenarios in order
};

inline constexpr const char* kBaseScenarioName = "Base";

ScenarioComparison compareScenarios(const Portfolio& base);

// The figures of one computed portfolio (used by compareScenarios; public for the UI and tests).
ScenarioFigures siteFigures(const SiteResult& site);
ScenarioFigures portfolioFigures(const PortfolioResult& result);

}  // namespace m2ai
