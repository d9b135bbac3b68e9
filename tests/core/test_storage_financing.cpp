// The tax and financing settings (model/Financing.h) in the project file's schema-3 "financing"
// topic and in the portfolio JSON: round trips of non-default values, refusals naming the field,
// and the 2 → 3 defaults.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "io/JsonIo.h"
#include "storage/ProjectFile.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

Portfolio withFinancing() {
    Portfolio p = fixturePortfolio();
    Financing& f = p.financing;
    f.taxEnabled = false;
    f.depreciation = TaxDepreciationMethod::UsMacrs;
    f.bonusDepreciationPct = 40.0;
    f.otherCountryTaxRatePct = 27.5;
    f.costOfEquityPct = 14.25;
    f.siteTaxOverrides = {{p.sites.front().name, 12.5}, {"Not a site (yet)", 0.0}};
    f.debt = {true, 65.0, 8.125, 12, 1.45};
    return p;
}

}  // namespace

TEST_CASE("financing: non-default settings reopen equal from the project file", "[storage][financing]") {
    const TempDir dir("m2ai-storage-financing");
    const fs::path file = dir.path / "f.m2ai";
    const Portfolio p = withFinancing();
    REQUIRE(saveProject(p, file.string()).ok);
    const OpenResult opened = openProject(file.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio.financing == p.financing);
    CHECK(opened.portfolio == p);
}

TEST_CASE("financing: out-of-range values in the file are refused naming the field", "[storage][financing]") {
    const TempDir dir("m2ai-storage-financing-bad");
    const fs::path file = dir.path / "f.m2ai";
    REQUIRE(saveProject(withFinancing(), file.string()).ok);
    {
        Db db(file.string(), SQLITE_OPEN_READWRITE);
        db.exec(
            "UPDATE financing SET loan_to_cost_pct = 120, min_dscr = 0.1; "
            "UPDATE site_tax_override SET corporate_tax_rate_pct = -3 WHERE position = 1");
    }
    const OpenResult opened = openProject(file.string());
    REQUIRE_FALSE(opened.ok);
    REQUIRE(opened.problems.size() == 3);
    CHECK(opened.problems[0].path == "financing.debt.loanToCostPct");
    CHECK_THAT(opened.problems[0].message, Catch::Contains("between 0 and 95"));
    CHECK(opened.problems[1].path == "financing.debt.minDscr");
    CHECK(opened.problems[2].path == "financing.siteTaxOverrides[1].corporateTaxRatePct");
    // The schema's CHECK refuses an unknown depreciation method at the edit itself.
    Db db(file.string(), SQLITE_OPEN_READWRITE);
    CHECK_THROWS_WITH(db.exec("UPDATE financing SET depreciation = 'declining'"), Catch::Contains("CHECK"));
}

TEST_CASE("financing: a schema-2 file opens with the defaults", "[storage][financing]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v2.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    CHECK(opened.portfolio.financing == Financing{});
    CHECK(opened.portfolio.financing.taxEnabled);
    CHECK_FALSE(opened.portfolio.financing.debt.enabled);
}

TEST_CASE("financing: JSON round trip and refusals naming the field", "[json][financing]") {
    const Portfolio p = withFinancing();
    const JsonImport back = portfolioFromJson(portfolioToJson(p));
    INFO((back.problems.empty() ? std::string() : back.problems.front().toString()));
    REQUIRE(back.ok());
    CHECK(back.portfolio.financing == p.financing);

    nlohmann::json doc = nlohmann::json::parse(portfolioToJson(p));
    // A file written before issue 12 has no financing: the defaults.
    nlohmann::json old = doc;
    old.erase("financing");
    const JsonImport legacy = portfolioFromJson(old.dump());
    REQUIRE(legacy.ok());
    CHECK(legacy.portfolio.financing == Financing{});

    doc["financing"]["debt"]["tenorYears"] = 0;
    doc["financing"]["debt"]["interestRatePct"] = "7";
    doc["financing"]["depreciation"] = "declining";
    doc["financing"]["surprise"] = 1;
    const JsonImport bad = portfolioFromJson(doc.dump());
    REQUIRE_FALSE(bad.ok());
    std::vector<std::string> paths;
    for (const Problem& problem : bad.problems) paths.push_back(problem.path);
    CHECK_THAT(paths, Catch::VectorContains(std::string("financing.debt.tenorYears")));
    CHECK_THAT(paths, Catch::VectorContains(std::string("financing.debt.interestRatePct")));
    CHECK_THAT(paths, Catch::VectorContains(std::string("financing.depreciation")));
    CHECK_THAT(paths, Catch::VectorContains(std::string("financing.surprise")));
}
