#include "scenarios/PromoteScenario.h"

#include <algorithm>

#include "scenarios/ApplyScenario.h"
#include "scenarios/OverrideRegistry.h"

namespace m2ai {

namespace {

const Site* siteNamed(const Portfolio& p, const std::string& name) {
    for (const Site& s : p.sites)
        if (s.name == name) return &s;
    return nullptr;
}

bool overrides(const Scenario& s, const ScenarioOverride& o) {
    return std::any_of(s.overrides.begin(), s.overrides.end(), [&](const ScenarioOverride& mine) {
        return mine.siteName == o.siteName && mine.fieldPath == o.fieldPath;
    });
}

}  // namespace

PromotedScenario promoteScenario(const Portfolio& portfolio, std::size_t index,
                                 const std::string& formerBaseName) {
    PromotedScenario out;
    out.portfolio = portfolio;
    if (index >= portfolio.scenarios.size()) {
        out.errorMessage = coreMessage(M2AI_TR("ScenarioInputs", "no scenario %1 to make the base"),
                                       {std::to_string(index + 1)});
        out.error = out.errorMessage.english();
        return out;
    }
    const Scenario& chosen = portfolio.scenarios[index];
    AppliedScenario applied = applyScenario(portfolio, chosen, index);
    if (!applied.ok) {
        // applied's sentence, whole (a translator never sees a glued fragment): its arguments follow
        // the name; the first problem is an argument as English, shown translated by ui/ and the CLI.
        std::vector<std::string> args{chosen.name};
        for (std::string& a : applied.errorMessage.args) args.push_back(std::move(a));
        out.errorMessage = coreMessage(
            M2AI_TR("ScenarioInputs",
                    "'%1' cannot become the base: scenario '%2': %3 override(s) not applied; first: %4"),
            std::move(args));
        for (QuotedProblem q : applied.errorMessage.quotedProblems) {  // the same problems, one argument on
            ++q.arg;
            out.errorMessage.quotedProblems.push_back(q);
        }
        out.error = out.errorMessage.english();
        out.problems = std::move(applied.problems);
        return out;
    }
    // The old base's value of every field the chosen scenario changes.
    Scenario former;
    former.name = formerBaseName;
    for (const ScenarioOverride& o : chosen.overrides) {
        const OverridableField* field = overridableField(o.fieldPath);
        const Site* site = o.siteName.empty() ? nullptr : siteNamed(portfolio, o.siteName);
        former.overrides.push_back({o.siteName, o.fieldPath, field->get(portfolio, site)});
    }
    std::vector<Scenario> scenarios;
    scenarios.reserve(portfolio.scenarios.size());
    for (std::size_t i = 0; i < portfolio.scenarios.size(); ++i) {
        if (i == index) {
            scenarios.push_back(former);
            continue;
        }
        Scenario s = portfolio.scenarios[i];
        for (const ScenarioOverride& back : former.overrides)
            if (!overrides(s, back)) s.overrides.push_back(back);
        scenarios.push_back(std::move(s));
    }
    if (const std::vector<Problem> names = validateScenarios(scenarios); !names.empty()) {
        out.errorMessage = coreMessageQuoting(M2AI_TR("ScenarioInputs", "cannot make '%1' the base: %2"),
                                              {chosen.name, names.front().toString()}, 1);
        out.error = out.errorMessage.english();
        out.problems = names;
        return out;
    }
    out.portfolio = std::move(applied.portfolio);
    out.portfolio.scenarios = std::move(scenarios);
    out.ok = true;
    return out;
}

}  // namespace m2ai
