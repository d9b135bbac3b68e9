// Choosing another base (promoteScenario): the set of computed portfolios stays the same, only which
// one is the base changes; scenarioProblems lists applyScenario's problems without copying.
#include <catch2/catch.hpp>

#include "sample/Sample.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/PromoteScenario.h"
#include "scenarios/ScenarioComparison.h"

using namespace m2ai;

namespace {

Portfolio sampleWithThree() {
    Portfolio p = samplePortfolio();
    p.scenarios.push_back(
        {"Cheap power", {{"Rockdale", "powerPriceUsdPerMwh", 25.0}, {"", "discountRatePct", 9.0}}});
    // Overrides the discount rate too: it keeps its own value after the promotion.
    p.scenarios.push_back({"High rate", {{"", "discountRatePct", 14.0}}});
    p.scenarios.push_back({"Immersion", {{"Tydal", "plan.cooling.technology", std::string("immersion")}}});
    return p;
}

Portfolio applied(const Portfolio& p, const std::string& name) {
    if (name == kBaseScenarioName) {
        Portfolio base = p;
        base.scenarios.clear();
        return base;
    }
    AppliedScenario a = applyScenario(p, name);
    REQUIRE(a.ok);
    return a.portfolio;
}

}  // namespace

TEST_CASE("scenario base: promoting keeps every scenario's portfolio, only the base changes", "[scenarios]") {
    const Portfolio before = sampleWithThree();
    const PromotedScenario promoted = promoteScenario(before, 0, "Former base");
    INFO(promoted.error);
    REQUIRE(promoted.ok);
    const Portfolio& after = promoted.portfolio;
    REQUIRE(after.scenarios.size() == 3);
    CHECK(after.scenarios[0].name == "Former base");
    CHECK(after.scenarios[1].name == "High rate");
    // The new base is the promoted scenario's portfolio, and the former base is the old base.
    CHECK(applied(after, "Base") == applied(before, "Cheap power"));
    CHECK(applied(after, "Former base") == applied(before, "Base"));
    // The others compute the same portfolio as before: "High rate" keeps its own discount rate and
    // gets Rockdale's old price back; "Immersion" gets both old values back.
    CHECK(applied(after, "High rate") == applied(before, "High rate"));
    CHECK(applied(after, "Immersion") == applied(before, "Immersion"));
    REQUIRE(after.scenarios[2].overrides.size() == 3);
    CHECK(after.scenarios[1].overrides.size() == 2);  // its own rate + Rockdale's old price
    // The former base names only what the promoted scenario changed, at the old values.
    REQUIRE(after.scenarios[0].overrides.size() == 2);
    CHECK(after.scenarios[0].overrides[1].fieldPath == "discountRatePct");
    CHECK(std::get<double>(after.scenarios[0].overrides[1].value) == before.discountRatePct);
    // And the comparison's figures are the same set, base first.
    const ScenarioComparison a = compareScenarios(before);
    const ScenarioComparison b = compareScenarios(after);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(b.outcomes[0].portfolio.npvUsd == a.outcomes[1].portfolio.npvUsd);
    CHECK(b.outcomes[1].portfolio.npvUsd == a.outcomes[0].portfolio.npvUsd);
    CHECK(b.outcomes[2].portfolio.npvUsd == a.outcomes[2].portfolio.npvUsd);
    CHECK(b.outcomes[3].portfolio.npvUsd == a.outcomes[3].portfolio.npvUsd);
}

TEST_CASE("scenario base: a scenario with an override that cannot be applied is not promoted",
          "[scenarios]") {
    Portfolio p = sampleWithThree();
    p.scenarios[2].overrides.push_back({"Sold site", "powerPriceUsdPerMwh", 20.0});
    const PromotedScenario promoted = promoteScenario(p, 2, "Former base");
    CHECK_FALSE(promoted.ok);
    CHECK(promoted.error.find("'Immersion' cannot become the base") != std::string::npos);
    REQUIRE(promoted.problems.size() == 1);
    CHECK(promoted.problems[0].path == "scenarios[2].overrides[1]");
    CHECK(promoted.portfolio == p);
    // A former-base name that is taken is refused too, naming the field.
    const PromotedScenario clash = promoteScenario(sampleWithThree(), 0, "High rate");
    CHECK_FALSE(clash.ok);
    CHECK(clash.error.find("scenarios[1].name") != std::string::npos);
    CHECK_FALSE(promoteScenario(p, 7, "X").ok);
}

TEST_CASE("scenario problems: the same as applyScenario's", "[scenarios]") {
    Portfolio p = sampleWithThree();
    p.scenarios[0].overrides.push_back({"Sold site", "powerPriceUsdPerMwh", 20.0});
    p.scenarios[0].overrides.push_back({"", "powerPriceUsdPerMwh", 20.0});
    p.scenarios[0].overrides.push_back({"", "noSuchField", 1.0});
    p.scenarios[0].overrides.push_back({"", "discountRatePct", 500.0});
    const std::vector<Problem> problems = scenarioProblems(p, p.scenarios[0], 0);
    const AppliedScenario a = applyScenario(p, p.scenarios[0], 0);
    REQUIRE(problems.size() == 4);
    REQUIRE(a.problems.size() == 4);
    for (std::size_t i = 0; i < problems.size(); ++i)
        CHECK(problems[i].toString() == a.problems[i].toString());
    CHECK(problems[0].message.find("'Sold site' is not in the portfolio") != std::string::npos);
}
