// Issue 16: the risk, sensitivity and scenario input problems and run errors are marked sentences
// (validation/CoreMessage.h, contexts "RiskInputs" / "ScenarioInputs"): code Formatted, English text
// exactly as before. A sentence left as plain English (code Generic) on these hostile inputs fails.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonRiskInputs.h"
#include "io/JsonScenarios.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "risk/Sensitivity.h"
#include "sample/Sample.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/PromoteScenario.h"
#include "scenarios/ScenarioComparison.h"

using namespace m2ai;
using nlohmann::json;

namespace {

void append(std::vector<Problem>& all, const std::vector<Problem>& more) {
    all.insert(all.end(), more.begin(), more.end());
}

// Every problem is worded by a format of the reader's own context (or by validate()'s own codes).
void checkNoGeneric(const std::vector<Problem>& problems) {
    for (const Problem& p : problems) {
        INFO(p.toString());
        CHECK(p.code != ProblemCode::Generic);
        if (p.code == ProblemCode::Formatted) {
            const CoreMessage m = formattedText(p);
            CHECK((m.context == "RiskInputs" || m.context == "ScenarioInputs" || m.context == "JsonReader"));
            CHECK(m.english() == p.message);
        }
    }
}

}  // namespace

TEST_CASE("Risk input problems keep their English text and carry code Formatted", "[trrisk]") {
    RiskInputs r;
    const std::vector<Problem> trials =
        jsonio::readRiskInputs(json{{"trials", 0}, {"rfsBy", "2030"}}, "risk", r);
    REQUIRE(trials.size() == 2);
    CHECK(trials[0].toString() == "risk.trials: must be a whole number between 1 and " +
                                      std::to_string(risk::kMaxTrials) + ", got 0");
    CHECK(trials[1].toString() == "risk.rfsBy: must be \"YYYY-MM\" or null, got \"2030\"");
    const CoreMessage m = formattedText(trials[0]);
    CHECK(m.context == "RiskInputs");
    CHECK(m.format == "must be a whole number between 1 and %1, got %2");
    CHECK(m.args == std::vector<std::string>{std::to_string(risk::kMaxTrials), "0"});

    RiskInputs pert;
    pert.distributions.push_back(
        {"powerPrice", risk::Distribution{risk::DistributionKind::Pert, 1.5, 1.0, 2.0, 0}});
    const std::vector<Problem> order = risk::validateRiskInputs(pert);
    REQUIRE_FALSE(order.empty());
    CHECK(order[0].toString() ==
          "risk.powerPrice.min: must be at most the most likely value 1 (min ≤ mode ≤ max), got 1.5");
    CHECK(order[0].code == ProblemCode::Formatted);
}

TEST_CASE("Every problem the risk and scenario readers give on hostile input has a non-Generic code",
          "[trrisk]") {
    std::vector<Problem> all;
    RiskInputs r;
    append(all, jsonio::readRiskInputs(json::array(), "risk", r));
    append(all, jsonio::readRiskInputs(json{{"trials", "x"},
                                            {"seed", -1},
                                            {"rfsBy", 5},
                                            {"distributions", 3},
                                            {"taskDurations", json::array({1, json::object()})},
                                            {"nope", 1}},
                                       "risk", r));
    append(all, jsonio::readRiskInputs(
                    json{{"distributions", json::array({json{{"input", 7}, {"kind", "weird"}, {"mode", "a"}},
                                                        json{{"kind", "pert"}, {"mode", 1}}})}},
                    "risk", r));
    append(
        all,
        jsonio::readRiskInputs(
            json{{"distributions",
                  json::array({json{{"input", "nope"}, {"kind", "fixed"}, {"mode", 1}},
                               json{{"input", "hashprice"}, {"kind", "normal"}, {"mode", -1}, {"sigma", 1}},
                               json{{"input", "hashprice"}, {"kind", "fixed"}, {"mode", 1}},
                               json{{"input", "gpuPrice"}, {"kind", "lognormal"}, {"mode", -1}, {"sigma", 9}},
                               json{{"input", "capexOverrun"},
                                    {"kind", "triangular"},
                                    {"min", -1},
                                    {"mode", 3},
                                    {"max", 2}}})},
                 {"taskDurations",
                  json::array({json{{"site", ""}, {"task", ""}, {"kind", "fixed"}, {"mode", 1}},
                               json{{"site", "a"}, {"task", "rfs"}, {"kind", "fixed"}, {"mode", 1}},
                               json{{"site", "a"},
                                    {"task", "rfs"},
                                    {"kind", "triangular"},
                                    {"min", 1},
                                    {"mode", 2},
                                    {"max", 700}}})}},
            "risk", r));
    std::vector<Scenario> scenarios;
    append(all, jsonio::readScenarios(json::object(), "scenarios", scenarios));
    append(all,
           jsonio::readScenarios(
               json::array({1, json::object(), json{{"name", 3}, {"overrides", 4}},
                            json{{"name", "Base"},
                                 {"overrides",
                                  json::array({2, json::object(),
                                               json{{"site", 1}, {"field", 2}, {"value", json::array()}}})}},
                            json{{"name", "x"},
                                 {"overrides", json::array({json{{"field", "horizonYears"}, {"value", 9}},
                                                            json{{"field", "horizonYears"}, {"value", 9}}})}},
                            json{{"name", "x"}, {"overrides", json::array()}}}),
               "scenarios", scenarios));
    json many = json::array();
    for (int i = 0; i < 1001; ++i) many.push_back(json::object());
    append(all, jsonio::readScenarios(many, "scenarios", scenarios));

    // Applying: every reason an override is not applied.
    const Portfolio base = samplePortfolio();
    const std::string site = base.sites[0].name;
    Scenario s;
    s.name = "bad";
    s.overrides = {{"", "nope", 1.0},
                   {"", "plan.gpu.kwPerRack", 100.0},
                   {"Gone", "plan.gpu.kwPerRack", 100.0},
                   {site, "horizonYears", 10.0},
                   {site, "plan.gpu.kwPerRack", 500.0},
                   {site, "plan.gpu.kwPerRack", std::string("a")},
                   {site, "mining.units", 1.5},
                   {site, "plan.gpu.enabled", 1.0},
                   {site, "plan.electrical.redundancy", std::string("n+9")}};
    const AppliedScenario applied = applyScenario(base, s, 0);
    CHECK(applied.problems.size() == s.overrides.size());
    append(all, applied.problems);
    append(all, applyScenario(base, "missing").problems);

    // Runs that refuse their inputs.
    risk::RiskSettings settings = risk::defaultRiskSettings();
    settings.trials = 0;
    settings.histogramBins = 0;
    settings.durations.tasks.push_back({"Gone", "rfs", risk::Distribution::fixed(1.0)});
    settings.durations.tasks.push_back({site, "noSuchTask", risk::Distribution::fixed(1.0)});
    const risk::RiskResult risk = risk::runRisk(base, settings);
    CHECK_FALSE(risk.ok);
    append(all, risk.problems);
    const risk::SensitivityResult sensitivity = risk::runSensitivity(base, 95.0, 0);
    CHECK_FALSE(sensitivity.ok);
    append(all, sensitivity.problems);

    REQUIRE(all.size() > 40);
    checkNoGeneric(all);
}

TEST_CASE("Run and edit errors carry their sentence beside the unchanged English", "[trrisk]") {
    const Portfolio base = samplePortfolio();
    const OverridableField* rack = overridableField("plan.gpu.kwPerRack");
    REQUIRE(rack);
    const OverrideCheck check = checkOverrideValue(*rack, 500.0);
    CHECK(check.error == "plan.gpu.kwPerRack must be between 1 and 300 kW, got 500");
    CHECK(check.message.english() == check.error);
    CHECK(check.message.context == "ScenarioInputs");
    CHECK(checkOverrideValue(*rack, 500.0, true).error ==
          "plan.gpu.kwPerRack must be between 1 and 300 kW, got 500; not applied");

    Scenario s;
    s.name = "bad";
    s.overrides = {{"", "nope", 1.0}};
    const AppliedScenario applied = applyScenario(base, s, 0);
    CHECK(applied.error ==
          "scenario 'bad': 1 override(s) not applied; first: scenarios[0].overrides[0]: "
          "unknown field 'nope'; not applied");
    CHECK(applied.errorMessage.english() == applied.error);

    Portfolio withBad = base;
    withBad.scenarios = {s};
    const PromotedScenario promoted = promoteScenario(withBad, 0, "Former base");
    CHECK(promoted.error == "'bad' cannot become the base: " + applied.error);
    CHECK(promoted.errorMessage.english() == promoted.error);
    CHECK(promoteScenario(withBad, 4, "Former base").error == "no scenario 5 to make the base");

    CHECK(applyScenario(base, std::string("x")).error == "no scenario 'x' in the portfolio; it has none");

    withBad.scenarios = {Scenario{"Base", {}}};
    const ScenarioComparison comparison = compareScenarios(withBad);
    CHECK(comparison.error ==
          "the scenarios cannot be compared: scenarios[0].name: 'Base' is the name of the "
          "portfolio as it is; choose another");
    CHECK(comparison.errorMessage.english() == comparison.error);

    risk::RiskSettings settings = risk::defaultRiskSettings();
    settings.trials = 0;
    const risk::RiskResult risk = risk::runRisk(base, settings);
    CHECK(risk.error ==
          "The portfolio or the risk settings have problems: risk.trials: must be between 1 and " +
              std::to_string(risk::kMaxTrials));
    CHECK(risk.errorMessage.english() == risk.error);
    const risk::SensitivityResult sensitivity = risk::runSensitivity(base, 0.0);
    CHECK(sensitivity.error ==
          "Cannot run the sensitivity: sensitivity.pct: must be more than 0 and at most 90 (percent)");
    CHECK(sensitivity.errorMessage.english() == sensitivity.error);
}
