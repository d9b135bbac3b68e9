#pragma once
// Named scenarios of a portfolio (issue 14): each is a list of overrides of portfolio, cost and
// site-plan fields. A scenario names only what it changes; everything else is the portfolio as it is,
// which is the base (it has no Scenario of its own). The fields an override may name, their ranges and
// how they are read and written: scenarios/OverrideRegistry.h; applying one: scenarios/ApplyScenario.h.
#include <string>
#include <variant>
#include <vector>

namespace m2ai {

// A number (whole numbers too: the registry checks them), a flag, or an enumeration's file name
// ("direct-to-chip", as in the JSON format).
using OverrideValue = std::variant<double, bool, std::string>;

struct ScenarioOverride {
    // The site's name for a site field; empty for a portfolio or cost field. By name, not index, so a
    // scenario still means the same site after sites are reordered, and a removed site is noticed.
    std::string siteName;
    std::string
        fieldPath;  // a registry path: "discountRatePct", "costs.contingencyPct", "plan.gpu.kwPerRack"
    OverrideValue value;
    bool operator==(const ScenarioOverride&) const = default;
};

struct Scenario {
    std::string name;  // unique and non-empty within a portfolio
    std::vector<ScenarioOverride> overrides;
    bool operator==(const Scenario&) const = default;
};

}  // namespace m2ai
