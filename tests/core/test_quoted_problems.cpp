// An error sentence that quotes one of its result's problems says which argument it is
// (CoreMessage::quotedProblems), so ui/ and the CLI translate that problem in its place without
// guessing by comparing English text. Each producer is checked: the marked argument is exactly the
// English of the problem it points at.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "risk/MonteCarlo.h"
#include "risk/Sensitivity.h"
#include "sample/Sample.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/PromoteScenario.h"
#include "scenarios/ScenarioComparison.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

using namespace m2ai;

namespace {

// The one quoted problem of `message`: at argument `arg`, pointing at problems[0], whose English
// that argument is.
void checkQuotesFirstProblem(const CoreMessage& message, const std::vector<Problem>& problems,
                             std::size_t arg) {
    INFO(message.english());
    REQUIRE_FALSE(problems.empty());
    REQUIRE(message.quotedProblems.size() == 1);
    const QuotedProblem& q = message.quotedProblems.front();
    CHECK(q.arg == arg);
    CHECK(q.problem == 0);
    REQUIRE(q.arg < message.args.size());
    CHECK(message.args[q.arg] == problems.front().toString());
}

Scenario badOverride(std::string name) {
    return Scenario{std::move(name), {{"Gone", "plan.gpu.kwPerRack", 100.0}}};
}

}  // namespace

TEST_CASE("A sentence built without a quoted problem marks none", "[core-message][quoted]") {
    const CoreMessage plain = coreMessage(M2AI_TR("RiskInputs", "Sensitivity failed: %1"), {"x"});
    CHECK(plain.quotedProblems.empty());
    const CoreMessage quoting =
        coreMessageQuoting(M2AI_TR("RiskInputs", "Cannot run the sensitivity: %1"), {"a: b"}, 0, 3);
    REQUIRE(quoting.quotedProblems.size() == 1);
    CHECK(quoting.quotedProblems[0] == QuotedProblem{0, 3});
    CHECK(quoting.english() == "Cannot run the sensitivity: a: b");
}

TEST_CASE("Risk and sensitivity errors mark the problem they quote", "[core-message][quoted]") {
    const Portfolio sample = samplePortfolio();
    risk::RiskSettings settings;
    settings.trials = 0;  // outside 1 … kMaxTrials
    const risk::RiskResult risk = risk::runRisk(sample, settings);
    CHECK_FALSE(risk.ok);
    checkQuotesFirstProblem(risk.errorMessage, risk.problems, 0);

    Portfolio broken = sample;
    broken.sites.front().gridInterconnectMw = -1.0;
    const risk::SensitivityResult sensitivity = risk::runSensitivity(broken, 10.0);
    CHECK_FALSE(sensitivity.ok);
    checkQuotesFirstProblem(sensitivity.errorMessage, sensitivity.problems, 0);
}

TEST_CASE("Scenario errors mark the problem they quote", "[core-message][quoted]") {
    Portfolio p = samplePortfolio();
    const Scenario wet = badOverride("Wet year");
    const AppliedScenario applied = applyScenario(p, wet, 0);
    CHECK_FALSE(applied.ok);
    checkQuotesFirstProblem(applied.errorMessage, applied.problems, 2);  // "… first: %3"

    p.scenarios.push_back(wet);
    const PromotedScenario promoted = promoteScenario(p, 0, "Former base");
    CHECK_FALSE(promoted.ok);
    checkQuotesFirstProblem(promoted.errorMessage, promoted.problems, 3);  // "… first: %4"

    Portfolio duplicates = samplePortfolio();
    duplicates.scenarios = {{"A", {}}, {"A", {}}};
    const ScenarioComparison comparison = compareScenarios(duplicates);
    checkQuotesFirstProblem(comparison.errorMessage, comparison.problems, 0);
}
