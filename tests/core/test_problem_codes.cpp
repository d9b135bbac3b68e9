// Validation problems and site warnings carry a code and parameters (validation/ProblemCode.h,
// engines/SiteWarning.h) for ui/ and the CLI to word in the user's language: each code comes from
// the input it names, with the figures of the English message, and validation never falls back to
// the generic code.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "engines/Compute.h"
#include "sample/Sample.h"
#include "validation/Currency.h"
#include "validation/Validation.h"

using namespace m2ai;

namespace {

const Problem* findPath(const std::vector<Problem>& problems, const std::string& path) {
    for (const auto& p : problems)
        if (p.path == path) return &p;
    return nullptr;
}

// One portfolio with every kind of validation problem.
Portfolio brokenPortfolio() {
    Portfolio p = samplePortfolio();
    p.name = " ";
    p.currency = "us dollars";
    p.startMonth = YearMonth{1999, 13};
    p.discountRatePct = 150.0;
    p.financing.depreciation = static_cast<TaxDepreciationMethod>(42);
    Site& a = p.sites[0];
    a.gridInterconnectMw = -5.0;
    a.climate.dryBulbC[6] = 20.0;
    a.climate.wetBulbC[6] = 25.0;
    a.siteClimate.designPercentile = 5.0;
    a.plan.electrical.redundancy = Redundancy::NPlus1;
    a.plan.electrical.installedBlocks = 1;
    a.plan.extraTasks = {UserTask{"permit", "Permit", 2.0, {"permit", "rfs", "nowhere"}},
                         UserTask{"permit", "Again", 1.0, {"design", "design"}},
                         UserTask{"design", "Clash", 1.0, {}},
                         UserTask{"", "No id", 1.0, {}},
                         UserTask{"loop-a", "Loop A", 1.0, {"loop-b"}},
                         UserTask{"loop-b", "Loop B", 1.0, {"loop-a"}, {"grid-upgrade", "loop-b"}}};
    p.sites[1].name = p.sites[2].name;
    p.sites[1].plan.electrical.redundancy = Redundancy::TwoN;
    p.sites[1].plan.electrical.installedBlocks = 3;
    p.sites[2].plan.electrical.redundancy = Redundancy::DistributedRedundant;
    p.sites[2].plan.electrical.installedBlocks = 4;
    return p;
}

}  // namespace

TEST_CASE("problem codes: validation gives every problem a specific code", "[problemcodes]") {
    const std::vector<Problem> problems = validate(brokenPortfolio());
    REQUIRE(problems.size() >= 15);
    std::set<ProblemCode> codes;
    for (const Problem& p : problems) {
        INFO(p.toString());
        CHECK(p.code != ProblemCode::Generic);
        codes.insert(p.code);
    }
    for (const ProblemCode expected : {ProblemCode::NumberOutOfRange,
                                       ProblemCode::Empty,
                                       ProblemCode::MonthOutOfRange,
                                       ProblemCode::UnknownEnumValue,
                                       ProblemCode::NPlus1Blocks,
                                       ProblemCode::TwoNBlocks,
                                       ProblemCode::DistributedRedundantBlocks,
                                       ProblemCode::WetBulbAboveDryBulb,
                                       ProblemCode::DesignPercentile,
                                       ProblemCode::DuplicateSiteName,
                                       ProblemCode::DuplicateTaskId,
                                       ProblemCode::GeneratedTaskId,
                                       ProblemCode::LinkListedTwice,
                                       ProblemCode::DependsOnMilestone,
                                       ProblemCode::DependsOnItself,
                                       ProblemCode::PrecedesItself,
                                       ProblemCode::PrecedesGridUpgrade,
                                       ProblemCode::UnknownTaskId,
                                       ProblemCode::DependencyCycle,
                                       ProblemCode::CurrencyNotIso})
        CHECK(codes.count(expected) == 1);
}

TEST_CASE("problem codes: the parameters are the figures of the message", "[problemcodes]") {
    const std::vector<Problem> problems = validate(brokenPortfolio());

    const Problem* range = findPath(problems, "sites[0].gridInterconnectMw");
    REQUIRE(range);
    CHECK(range->message == "must be between 0 and 10000 MW, got -5");
    CHECK(range->code == ProblemCode::NumberOutOfRange);
    CHECK(range->params.number("min") == 0.0);
    CHECK(range->params.number("max") == 10000.0);
    CHECK(range->params.number("got") == -5.0);
    CHECK(range->params.text("unit") == "MW");
    CHECK(range->params.text("field") == "gridInterconnectMw");

    const Problem* month = findPath(problems, "startMonth");
    REQUIRE(month);
    CHECK(month->code == ProblemCode::MonthOutOfRange);
    CHECK(month->params.number("year") == 1999.0);
    CHECK(month->params.number("month") == 13.0);
    CHECK(month->params.number("minYear") == 2000.0);

    const Problem* blocks = findPath(problems, "sites[0].plan.electrical.installedBlocks");
    REQUIRE(blocks);
    CHECK(blocks->code == ProblemCode::NPlus1Blocks);
    CHECK(blocks->params.number("blocks") == 1.0);

    const Problem* wet = findPath(problems, "sites[0].climate.wetBulbC[6]");
    REQUIRE(wet);
    CHECK(wet->code == ProblemCode::WetBulbAboveDryBulb);
    CHECK(wet->params.number("dryBulbC") == 20.0);
    CHECK(wet->params.number("wetBulbC") == 25.0);

    const Problem* duplicate = findPath(problems, "sites[2].name");
    REQUIRE(duplicate);
    CHECK(duplicate->code == ProblemCode::DuplicateSiteName);
    CHECK(duplicate->params.text("also") == "sites[1]");

    const Problem* unknown = findPath(problems, "sites[0].plan.extraTasks[0].dependsOn[2]");
    REQUIRE(unknown);
    CHECK(unknown->code == ProblemCode::UnknownTaskId);
    CHECK(unknown->params.text("id") == "nowhere");

    const Problem* empty = findPath(problems, "name");
    REQUIRE(empty);
    CHECK(empty->code == ProblemCode::Empty);
    CHECK(empty->params.text("what") == "portfolio name");

    const Problem* currency = findPath(problems, "currency");
    REQUIRE(currency);
    CHECK(currency->params.text("got") == "us dollars");
}

TEST_CASE("problem codes: the currency edit and the incremental checks keep the codes", "[problemcodes]") {
    Portfolio before = samplePortfolio();
    Portfolio after = before;
    after.currency = "EUR";
    const std::vector<Problem> edit = validateCurrencyEdit(before, after);
    REQUIRE(edit.size() == 1);
    CHECK(edit[0].code == ProblemCode::CurrencyNotUsd);
    CHECK(edit[0].params.text("got") == "EUR");

    // A renamed site that now clashes: the duplicate is found by its code, not its wording.
    const std::vector<Problem> problemsBefore = validate(before);
    after = before;
    const std::string nameBefore = after.sites[1].name;
    after.sites[1].name = after.sites[0].name;
    const std::vector<Problem> incremental = revalidateSite(after, problemsBefore, 1, nameBefore);
    CHECK(incremental == validate(after));
    REQUIRE(findPath(incremental, "sites[1].name"));
    CHECK(findPath(incremental, "sites[1].name")->code == ProblemCode::DuplicateSiteName);
}

TEST_CASE("problem codes: site warnings carry their code and figures", "[problemcodes]") {
    Portfolio p = samplePortfolio();
    Site& site = p.sites[0];
    site.gridQueue = GridQueue{50.0, p.startMonth.plusMonths(p.horizonYears * 12)};
    const SiteResult r = computeSite(site, p, defaultCatalogue());
    const auto found = std::find_if(r.warnings.begin(), r.warnings.end(), [](const SiteWarning& w) {
        return w.code == WarningCode::QueuedGridAfterHorizon;
    });
    REQUIRE(found != r.warnings.end());
    CHECK(found->params.number("extraMw") == 50.0);
    CHECK(found->params.text("month") == site.gridQueue->availableMonth.toString());
    CHECK(found->message == "The queued 50 MW of grid arrives " + site.gridQueue->availableMonth.toString() +
                                ", after the planning horizon");
}
