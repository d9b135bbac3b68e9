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
CoreMessage whyNot(const Portfolio& base, const ScenarioOverride& o, const OverridableField* field,
                   std::size_t& site) {
    site = base.sites.size();
    if (!field)
        return coreMessage(M2AI_TR("ScenarioInputs", "unknown field '%1'; not applied"), {o.fieldPath});
    if (field->scope == OverrideScope::Site) {
        if (o.siteName.empty())
            return coreMessage(M2AI_TR("ScenarioInputs", "%1 is a site field and names no site; not applied"),
                               {o.fieldPath});
        for (std::size_t i = 0; i < base.sites.size(); ++i)
            if (base.sites[i].name == o.siteName) {
                site = i;
                break;
            }
        if (site == base.sites.size())
            return coreMessage(
                M2AI_TR("ScenarioInputs",
                        "site '%1' is not in the portfolio (removed or renamed?); %2 not applied"),
                {o.siteName, o.fieldPath});
    } else if (!o.siteName.empty()) {
        return coreMessage(
            M2AI_TR("ScenarioInputs", "%1 is a portfolio field but names site '%2'; not applied"),
            {o.fieldPath, o.siteName});
    }
    if (OverrideCheck check = checkOverrideValue(*field, o.value, true); !check.ok)
        return std::move(check.message);
    return {};
}

}  // namespace

std::vector<Problem> scenarioProblems(const Portfolio& base, const Scenario& scenario,
                                      std::size_t scenarioIndex) {
    std::vector<Problem> problems;
    for (std::size_t j = 0; j < scenario.overrides.size(); ++j) {
        const ScenarioOverride& o = scenario.overrides[j];
        std::size_t site = 0;
        if (const CoreMessage why = whyNot(base, o, overridableField(o.fieldPath), site); !why.empty())
            problems.push_back(formattedProblem(at(scenarioIndex, j), why));
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
        if (const CoreMessage why = whyNot(out.portfolio, o, field, site); !why.empty()) {
            out.problems.push_back(formattedProblem(at(scenarioIndex, j), why));
            continue;
        }
        field->set(out.portfolio, site < out.portfolio.sites.size() ? &out.portfolio.sites[site] : nullptr,
                   o.value);
    }
    out.ok = out.problems.empty();
    if (!out.ok) {
        // The first problem is an argument as English; ui/ and the CLI show it translated in its place.
        out.errorMessage = coreMessageQuoting(
            M2AI_TR("ScenarioInputs", "scenario '%1': %2 override(s) not applied; first: %3"),
            {scenario.name, std::to_string(out.problems.size()), out.problems.front().toString()}, 2);
        out.error = out.errorMessage.english();
    }
    return out;
}

AppliedScenario applyScenario(const Portfolio& base, const std::string& name) {
    for (std::size_t i = 0; i < base.scenarios.size(); ++i)
        if (base.scenarios[i].name == name) return applyScenario(base, base.scenarios[i], i);
    AppliedScenario out;
    std::string names;
    for (const Scenario& s : base.scenarios) names += (names.empty() ? "" : ", ") + quoted(s.name);
    out.errorMessage =
        names.empty()
            ? coreMessage(M2AI_TR("ScenarioInputs", "no scenario '%1' in the portfolio; it has none"), {name})
            : coreMessage(M2AI_TR("ScenarioInputs", "no scenario '%1' in the portfolio; it has %2"),
                          {name, names});
    out.error = out.errorMessage.english();
    out.problems.push_back(formattedProblem("scenarios", out.errorMessage));
    return out;
}

std::vector<Problem> validateScenarios(const std::vector<Scenario>& scenarios) {
    std::vector<Problem> problems;
    std::set<std::string> names;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        const std::string path = "scenarios[" + std::to_string(i) + "]";
        if (s.name.empty())
            problems.push_back(
                formattedProblem(path + ".name", M2AI_TR("ScenarioInputs", "must not be empty")));
        else if (s.name == kBaseName)
            problems.push_back(formattedProblem(
                path + ".name",
                M2AI_TR("ScenarioInputs", "'%1' is the name of the portfolio as it is; choose another"),
                {kBaseName}));
        else if (!names.insert(s.name).second)
            problems.push_back(formattedProblem(
                path + ".name",
                M2AI_TR("ScenarioInputs", "'%1' is the name of an earlier scenario; names must be unique"),
                {s.name}));
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t j = 0; j < s.overrides.size(); ++j) {
            const ScenarioOverride& o = s.overrides[j];
            if (!seen.insert({o.siteName, o.fieldPath}).second)
                problems.push_back(
                    o.siteName.empty()
                        ? formattedProblem(
                              at(i, j), M2AI_TR("ScenarioInputs", "%1 is overridden twice in this scenario"),
                              {o.fieldPath})
                        : formattedProblem(at(i, j),
                                           M2AI_TR("ScenarioInputs",
                                                   "%1 of site '%2' is overridden twice in this scenario"),
                                           {o.fieldPath, o.siteName}));
        }
    }
    return problems;
}

}  // namespace m2ai
