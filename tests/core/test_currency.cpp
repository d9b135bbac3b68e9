// Currency (issue 15): the model computes in USD only. Another code is refused on edit and named in
// a warning when a file carries it (the released fixtures say NOK), never silently relabelled.
#include <catch2/catch.hpp>

#include "io/PortfolioFile.h"
#include "sample/Sample.h"
#include "validation/Currency.h"

using namespace m2ai;

TEST_CASE("currency: a file's other code opens, with a warning that names it", "[currency]") {
    const LoadedPortfolio loaded = loadPortfolioFile(std::string(M2AI_TEST_DATA_DIR) + "/schema-v1.m2ai");
    REQUIRE(loaded.ok);
    REQUIRE(loaded.portfolio.currency == "NOK");  // the released file is read as it is
    const auto warning = foreignCurrencyWarning(loaded.portfolio);
    REQUIRE(warning);
    CHECK(warning->english().find("NOK") != std::string::npos);
    CHECK(warning->english().find("treated as USD") != std::string::npos);
    CHECK_FALSE(foreignCurrencyWarning(samplePortfolio()));
}

TEST_CASE("currency: an edit to anything but USD is refused naming the field", "[currency]") {
    Portfolio before = samplePortfolio();
    Portfolio after = before;
    after.currency = "EUR";
    const auto problems = validateCurrencyEdit(before, after);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "currency");
    CHECK(problems[0].message.find("must be USD") != std::string::npos);
    CHECK(problems[0].message.find("\"EUR\"") != std::string::npos);

    // A NOK project: other edits keep its code, and only USD is accepted as a new one.
    before.currency = "NOK";
    after = before;
    after.discountRatePct = 9.0;
    CHECK(validateCurrencyEdit(before, after).empty());
    after.currency = "SEK";
    CHECK(validateCurrencyEdit(before, after).size() == 1);
    after.currency = "USD";
    CHECK(validateCurrencyEdit(before, after).empty());
}
