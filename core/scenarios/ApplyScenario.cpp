#include "scenarios/ApplyScenario.h"

#include <set>
#include <utility>

#include "scenarios/OverrideRegistry.h"

namespace m2ai {

namespace {

std::string at(std::size_t scenario, std::size_t override) {
    return "scenarios[" + std::to_string(scenario) + "].overrides[" + std::to_string(override) + "]";
}

constexpr const char* kBaseName = "Base";  // ScenarioComparison.h kBaseScenarioName

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

// Why override o of base cannot be applied (empty when it can); site is its site's index then
// (base.sites.size() for a portfolio field).
std::string whyNot(const Portfolio& base, const ScenarioOverride& o, const OverridableField* field,
                   std::size_t& site) {
    site = base.sites.size();
    if (!field) return "unknown field " + quoted(o.fieldPath) + "; not applied";
    if (field->scope == OverrideScope::Site) {
        if (o.siteName.empty()) return o.fieldPath + " is a site field and names no site; not applied";
        for (std::size_t i = 0; i < base.sites.size(); ++i)
            if (base.sites[i].name == o.siteName) {
                site = i;
                break;
            }
        if (site == base.sites.size())
            return "site " + quoted(o.siteName) + " is not in the portfolio (removed or renamed?); " +
                   o.fieldPath + " not applied";
    } else if (!o.siteName.empty()) {
        return o.fieldPath + " is a portfolio field but names site " + quoted(o.siteName) + "; not applied";
    }
    if (const OverrideCheck check = checkOverrideValue(*field, o.value); !check.ok)
        return check.error + "; not applied";
    return {};
}

}  // namespace

std::vector<Problem> scenarioProblems(const Portfolio& base, const Scenario& scenario,
                                      std::size_t scenarioIndex) {
    std::vector<Problem> problems;
    for (std::size_t j = 0; j < scenario.overrides.size(); ++j) {
        const ScenarioOverride& o = scenario.overrides[j];
        std::size_t site = 0;
        if (std::string why = whyNot(base, o, overridableField(o.fieldPath), site); !why.empty())
            problems.push_back({at(scenarioIndex, j), std::move(why)});
    }
    return problems;
}

AppliedScenario applyScenario(const Portfolio& base, const Scenario& scenario, std::size_t scenarioIndex) {
    AppliedScenario out;
    out.portfolio = base;
    out.portfolio.scenarios.clear();
    for (std::size_t j = 0; j < scenario.overrides.size(); ++j) {
        const ScenarioOverride& o = scenario.overrides[j];
        const OverridableField* field = overridableField(o.fieldPath);
        std::size_t site = 0;
        if (std::string why = whyNot(out.portfolio, o, field, site); !why.empty()) {
            out.problems.push_back({at(scenarioIndex, j), std::move(why)});
            continue;
        }
        field->set(out.portfolio, site < out.portfolio.sites.size() ? &out.portfolio.sites[site] : nullptr,
                   o.value);
    }
    out.ok = out.problems.empty();
    if (!out.ok)
        out.error = "scenario " + quoted(scenario.name) + ": " + std::to_string(out.problems.size()) +
                    " override(s) not applied; first: " + out.problems.front().toString();
    return out;
}

AppliedScenario applyScenario(const Portfolio& base, const std::string& name) {
    for (std::size_t i = 0; i < base.scenarios.size(); ++i)
        if (base.scenarios[i].name == name) return applyScenario(base, base.scenarios[i], i);
    AppliedScenario out;
    std::string names;
    for (const Scenario& s : base.scenarios) names += (names.empty() ? "" : ", ") + quoted(s.name);
    out.error = "no scenario " + quoted(name) + " in the portfolio; " +
                (names.empty() ? std::string("it has none") : "it has " + names);
    out.problems.push_back({"scenarios", out.error});
    return out;
}

std::vector<Problem> validateScenarios(const std::vector<Scenario>& scenarios) {
    std::vector<Problem> problems;
    std::set<std::string> names;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        const std::string path = "scenarios[" + std::to_string(i) + "]";
        if (s.name.empty())
            problems.push_back({path + ".name", "must not be empty"});
        else if (s.name == kBaseName)
            problems.push_back(
                {path + ".name", "'Base' is the name of the portfolio as it is; choose another"});
        else if (!names.insert(s.name).second)
            problems.push_back({path + ".name",
                                "'" + s.name + "' is the name of an earlier scenario; names must be unique"});
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t j = 0; j < s.overrides.size(); ++j) {
            const ScenarioOverride& o = s.overrides[j];
            if (!seen.insert({o.siteName, o.fieldPath}).second)
                problems.push_back(
                    {at(i, j), o.fieldPath + (o.siteName.empty() ? "" : " of site '" + o.siteName + "'") +
                                   " is overridden twice in this scenario"});
        }
    }
    return problems;
}

}  // namespace m2ai
