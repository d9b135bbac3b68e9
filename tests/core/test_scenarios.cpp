// Scenarios (issue 14): an override changes only what it names; what cannot be applied is reported.
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "engines/Compute.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/ScenarioComparison.h"

using namespace m2ai;

namespace {

Portfolio withScenario(std::vector<ScenarioOverride> overrides, std::string name = "High power price") {
    Portfolio p = samplePortfolio();
    p.scenarios.push_back({std::move(name), std::move(overrides)});
    return p;
}

}  // namespace

TEST_CASE("scenario: overrides only what it names", "[scenarios]") {
    const Portfolio base = withScenario({{"Rockdale", "powerPriceUsdPerMwh", 90.0},
                                         {"", "costs.contingencyPct", 20.0},
                                         {"Tydal", "plan.cooling.technology", std::string("immersion")},
                                         {"Tydal", "plan.business.powerPassThrough", false}});
    const AppliedScenario applied = applyScenario(base, "High power price");
    INFO(applied.error);
    REQUIRE(applied.ok);
    CHECK(applied.problems.empty());
    CHECK(applied.portfolio.scenarios.empty());

    // Undo the four named changes by hand: what remains must be the base exactly.
    Portfolio expected = base;
    expected.scenarios.clear();
    auto site = [&](Portfolio& p, const std::string& name) -> Site& {
        for (Site& s : p.sites)
            if (s.name == name) return s;
        FAIL("no site " << name);
        return p.sites.front();
    };
    REQUIRE(site(expected, "Rockdale").powerPriceUsdPerMwh != 90.0);
    site(expected, "Rockdale").powerPriceUsdPerMwh = 90.0;
    expected.costs.contingencyPct = 20.0;
    site(expected, "Tydal").plan.cooling.technology = CoolingTech::Immersion;
    site(expected, "Tydal").plan.business.powerPassThrough = false;
    CHECK(applied.portfolio == expected);
    // The other sites are untouched, field for field.
    CHECK(site(const_cast<Portfolio&>(applied.portfolio), "Gedu") ==
          site(const_cast<Portfolio&>(base), "Gedu"));
}

TEST_CASE("scenario: an override of a removed site is reported, not silently dropped", "[scenarios]") {
    Portfolio base =
        withScenario({{"Rockdale", "powerPriceUsdPerMwh", 90.0}, {"Wenatchee", "plan.gpu.kwPerRack", 80.0}});
    // Wenatchee is removed after the scenario was written.
    std::erase_if(base.sites, [](const Site& s) { return s.name == "Wenatchee"; });
    const AppliedScenario applied = applyScenario(base, "High power price");
    CHECK_FALSE(applied.ok);
    REQUIRE(applied.problems.size() == 1);
    CHECK(applied.problems[0].path == "scenarios[0].overrides[1]");
    CHECK_THAT(applied.problems[0].message,
               Catch::Contains("'Wenatchee'") && Catch::Contains("not in the portfolio"));
    CHECK_THAT(applied.error, Catch::Contains("Wenatchee"));
    // The override that could be applied still is.
    for (const Site& s : applied.portfolio.sites)
        if (s.name == "Rockdale") CHECK(s.powerPriceUsdPerMwh == 90.0);
}

TEST_CASE("scenario: unknown field, wrong scope, wrong type and out-of-range values are refused by name",
          "[scenarios]") {
    const Portfolio base = withScenario({
        {"", "costs.noSuchCost", 1.0},                               // 0 unknown field
        {"", "plan.gpu.kwPerRack", 60.0},                            // 1 site field without a site
        {"Tydal", "discountRatePct", 8.0},                           // 2 portfolio field naming a site
        {"Tydal", "plan.gpu.kwPerRack", 500.0},                      // 3 out of range
        {"Tydal", "plan.gpu.gpusPerRack", 32.5},                     // 4 not whole
        {"Tydal", "plan.cooling.technology", std::string("water")},  // 5 not a choice
        {"Tydal", "plan.gpu.enabled", 1.0},                          // 6 number for a flag
    });
    const Portfolio unchanged = [&] {
        Portfolio p = base;
        p.scenarios.clear();
        return p;
    }();
    const AppliedScenario applied = applyScenario(base, base.scenarios[0], 0);
    CHECK_FALSE(applied.ok);
    REQUIRE(applied.problems.size() == 7);
    for (std::size_t j = 0; j < 7; ++j)
        CHECK(applied.problems[j].path == "scenarios[0].overrides[" + std::to_string(j) + "]");
    CHECK_THAT(applied.problems[0].message, Catch::Contains("unknown field 'costs.noSuchCost'"));
    CHECK_THAT(applied.problems[1].message, Catch::Contains("names no site"));
    CHECK_THAT(applied.problems[2].message, Catch::Contains("portfolio field"));
    CHECK_THAT(applied.problems[3].message,
               Catch::Contains("plan.gpu.kwPerRack must be between 1 and 300 kW, got 500"));
    CHECK_THAT(applied.problems[4].message, Catch::Contains("whole number"));
    CHECK_THAT(applied.problems[5].message,
               Catch::Contains("must be one of air, hybrid, direct-to-chip, immersion"));
    CHECK_THAT(applied.problems[6].message, Catch::Contains("true or false"));
    CHECK(applied.portfolio == unchanged);  // nothing refused was applied, nothing was clamped
}

TEST_CASE("scenario: an unknown scenario name lists the ones there are", "[scenarios]") {
    const Portfolio base = withScenario({});
    const AppliedScenario applied = applyScenario(base, "Nope");
    CHECK_FALSE(applied.ok);
    CHECK_THAT(applied.error, Catch::Contains("'Nope'") && Catch::Contains("'High power price'"));
}

TEST_CASE("scenario: names are unique, non-empty and not 'Base', and a field is overridden once",
          "[scenarios]") {
    std::vector<Scenario> list{
        {"A", {}},
        {"", {}},
        {"A", {}},
        {"Base", {}},
        {"B", {{"Tydal", "powerPriceUsdPerMwh", 1.0}, {"Tydal", "powerPriceUsdPerMwh", 2.0}}}};
    const std::vector<Problem> problems = validateScenarios(list);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].path == "scenarios[1].name");
    CHECK(problems[1].path == "scenarios[2].name");
    CHECK_THAT(problems[1].message, Catch::Contains("unique"));
    CHECK(problems[2].path == "scenarios[3].name");
    CHECK(problems[3].path == "scenarios[4].overrides[1]");
    CHECK(validateScenarios({{"A", {}}, {"B", {}}}).empty());
}

TEST_CASE("scenario registry: paths unique, every kind covered, get returns what set wrote", "[scenarios]") {
    std::set<std::string> paths;
    std::set<OverrideKind> kinds;
    Portfolio p = samplePortfolio();
    for (const OverridableField& f : overridableFields()) {
        INFO(f.path);
        CHECK(paths.insert(f.path).second);
        kinds.insert(f.kind);
        CHECK_FALSE(f.label.empty());
        Site* site = f.scope == OverrideScope::Site ? &p.sites.front() : nullptr;
        OverrideValue v;
        switch (f.kind) {
            case OverrideKind::Number:
            case OverrideKind::WholeNumber:
                REQUIRE(f.min < f.max);  // a range came from validation's table
                v = std::floor((f.min + f.max) / 2);
                break;
            case OverrideKind::Flag:
                v = !std::get<bool>(f.get(p, site));
                break;
            case OverrideKind::Choice:
                REQUIRE(f.choices.size() >= 2);
                v = f.choices.back();
                break;
        }
        REQUIRE(checkOverrideValue(f, v).ok);
        f.set(p, site, v);
        CHECK(f.get(p, site) == v);
    }
    CHECK(kinds.size() == 4);
    CHECK(overridableField("plan.business.colocationUsdPerKwMonth") != nullptr);
    CHECK(overridableField("sites[0].name") == nullptr);
}

TEST_CASE("scenario comparison: base first, a scenario's figures are those of its portfolio", "[scenarios]") {
    const Portfolio base = withScenario({{"Rockdale", "plan.business.colocationUsdPerKwMonth", 50.0}});
    for (const Site& s : base.sites)
        if (s.name == "Rockdale") REQUIRE(s.plan.business.colocationUsdPerKwMonth > 50.0);
    const ScenarioComparison c = compareScenarios(base);
    INFO(c.error);
    REQUIRE(c.ok);
    REQUIRE(c.outcomes.size() == 2);
    CHECK(c.outcomes[0].isBase);
    CHECK(c.outcomes[0].name == "Base");
    CHECK(c.outcomes[1].name == "High power price");
    REQUIRE(c.siteNames.size() == base.sites.size());
    REQUIRE(c.outcomes[1].sites.size() == base.sites.size());

    const PortfolioResult baseResult = computePortfolio(base);
    CHECK(c.outcomes[0].portfolio.npvUsd == baseResult.npvUsd);
    CHECK(c.outcomes[0].portfolio.incrementalNpvUsd == baseResult.incrementalNpvUsd);
    CHECK(c.outcomes[0].portfolio.capexUsd == baseResult.capexUsd);
    const PortfolioResult scenarioResult =
        computePortfolio(applyScenario(base, "High power price").portfolio);
    CHECK(c.outcomes[1].portfolio.npvUsd == scenarioResult.npvUsd);

    std::size_t rockdale = 0;
    while (c.siteNames[rockdale] != "Rockdale") ++rockdale;
    // Lower rent costs the converted hall money; the other sites do not move.
    CHECK(c.outcomes[1].sites[rockdale].npvUsd < c.outcomes[0].sites[rockdale].npvUsd);
    for (std::size_t i = 0; i < c.siteNames.size(); ++i)
        if (i != rockdale) CHECK(c.outcomes[1].sites[i].npvUsd == c.outcomes[0].sites[i].npvUsd);
    // Portfolio dates: first RFS is the earliest site's, full capacity the latest site's.
    const ScenarioFigures& f = c.outcomes[0].portfolio;
    REQUIRE(f.firstRfsMonthIndex);
    for (const ScenarioFigures& s : c.outcomes[0].sites) {
        if (s.firstRfsMonthIndex) CHECK(*f.firstRfsMonthIndex <= *s.firstRfsMonthIndex);
        if (s.fullCapacityMonthIndex && f.fullCapacityMonthIndex)
            CHECK(*s.fullCapacityMonthIndex <= *f.fullCapacityMonthIndex);
        if (s.firstRfsMonthIndex && s.fullCapacityMonthIndex)
            CHECK(*s.firstRfsMonthIndex <= *s.fullCapacityMonthIndex);
    }
    REQUIRE(f.pue);
    CHECK(*f.pue > 1.0);
    CHECK(*f.pue < 2.0);
}

TEST_CASE("scenario comparison: duplicate names refuse the comparison, naming the field", "[scenarios]") {
    Portfolio base = withScenario({}, "A");
    base.scenarios.push_back({"A", {}});
    const ScenarioComparison c = compareScenarios(base);
    CHECK_FALSE(c.ok);
    CHECK_THAT(c.error, Catch::Contains("scenarios[1].name"));
}

TEST_CASE("scenario json: scenarios round-trip, including every value type", "[scenarios][io]") {
    const Portfolio p =
        withScenario({{"Rockdale", "powerPriceUsdPerMwh", 90.5},
                      {"", "horizonYears", 15.0},
                      {"Tydal", "plan.cooling.technology", std::string("immersion")},
                      {"Tydal", "plan.gpu.enabled", false},
                      {"Gone", "plan.gpu.kwPerRack", 80.0}});  // stored though the site is gone
    const JsonImport back = portfolioFromJson(portfolioToJson(p));
    INFO((back.problems.empty() ? "" : back.problems.front().toString()));
    REQUIRE(back.ok());
    CHECK(back.portfolio == p);
    CHECK(std::holds_alternative<double>(back.portfolio.scenarios[0].overrides[1].value));
}

TEST_CASE("scenario json: absent means none, and bad entries are problems naming the path",
          "[scenarios][io]") {
    std::string text = portfolioToJson(samplePortfolio());
    const auto at = text.find("\"scenarios\": []");
    REQUIRE(at != std::string::npos);
    std::string without = text;
    without.erase(at - 4, std::string("\"scenarios\": []").size() + 4);  // ",\n  " before it
    const JsonImport old = portfolioFromJson(without);
    INFO((old.problems.empty() ? "" : old.problems.front().toString()));
    REQUIRE(old.ok());
    CHECK(old.portfolio.scenarios.empty());

    std::string bad = text;
    bad.replace(
        at, std::string("\"scenarios\": []").size(),
        R"("scenarios": [{"name": "X", "overrides": [{"site": 3, "field": "a", "value": null, "extra": 1}]},
                                  {"name": "X", "overrides": []}])");
    const JsonImport refused = portfolioFromJson(bad);
    CHECK_FALSE(refused.ok());
    std::set<std::string> paths;
    for (const Problem& p : refused.problems) paths.insert(p.path);
    CHECK(paths.count("scenarios[0].overrides[0].site"));
    CHECK(paths.count("scenarios[0].overrides[0].value"));
    CHECK(paths.count("scenarios[0].overrides[0].extra"));
    CHECK(paths.count("scenarios[1].name"));  // a repeated name
}
