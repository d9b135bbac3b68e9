// Schema-3 topic "lease" (storage/SchemaV3Lease.cpp): colocation lease terms per site and the
// portfolio's operating costs. Round trip of non-default values, refusal of bad values naming the
// field, and the 2 → 3 defaults.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "io/JsonIo.h"
#include "storage/ProjectFile.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

Portfolio leasePortfolio() {
    Portfolio p = fixturePortfolio();
    REQUIRE(p.sites.size() >= 2);
    p.opex.colocationOpexPctOfRent = 12.5;
    p.opex.gpuCloudOpexPctOfRevenue = 31.25;
    p.opex.gpuUsefulLifeYears = 4.5;
    p.opex.gpuEndOfLife = GpuEndOfLife::Retire;
    LeaseTerms& l = p.sites[1].plan.business.lease;
    l.escalatorPctPerYear = 3.5;
    l.leaseUpMonths = 9.0;
    l.termYears = 15.0;
    l.afterTerm = LeaseEnd::Vacate;
    l.takeOrPayPct = 60.0;
    return p;
}

}  // namespace

TEST_CASE("lease terms and operating costs round-trip through the project file", "[storage][lease]") {
    const TempDir dir("m2ai-storage-lease");
    const fs::path f = dir.path / "l.m2ai";
    const Portfolio p = leasePortfolio();
    REQUIRE(p.sites[1].plan.business.lease != LeaseTerms{});
    REQUIRE(saveProject(p, f.string()).ok);
    const OpenResult opened = openProject(f.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio == p);
    CHECK(doubleBits(opened.portfolio) == doubleBits(p));
    Db db(f.string(), SQLITE_OPEN_READONLY);
    CHECK(db.real("SELECT take_or_pay_pct FROM lease_terms WHERE site_id = 1") == 60.0);
    CHECK(db.text("SELECT after_term FROM lease_terms WHERE site_id = 1") == "vacate");
    CHECK(db.text("SELECT gpu_end_of_life FROM operating_costs") == "retire");
}

TEST_CASE("lease terms and operating costs round-trip through JSON", "[json][lease]") {
    const Portfolio p = leasePortfolio();
    const std::string text = portfolioToJson(p);
    const JsonImport back = portfolioFromJson(text);
    REQUIRE(back.ok());
    CHECK(back.portfolio == p);
    // A file without the keys (written before them) gets the defaults.
    std::string old = text;
    const std::size_t at = old.find("\"opex\"");
    REQUIRE(at != std::string::npos);
    old.replace(at, old.find('}', at) + 2 - at, "");  // drops  "opex": {...},
    const JsonImport older = portfolioFromJson(old);
    INFO(old.substr(at > 200 ? at - 200 : 0, 400));
    REQUIRE(older.ok());
    CHECK(older.portfolio.opex == OperatingCosts{});
    // A bad spelling names the field.
    std::string bad = text;
    bad.replace(bad.find("\"vacate\""), 8, "\"extend\"");
    const JsonImport refused = portfolioFromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problems.front().path == "sites[1].plan.business.lease.afterTerm");
}

TEST_CASE("bad lease and opex values are refused naming the field", "[storage][lease]") {
    const TempDir dir("m2ai-storage-lease-bad");
    const fs::path f = dir.path / "b.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), f.string()).ok);
    SECTION("out of range: validation names the path and the range") {
        {
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec(
                "UPDATE lease_terms SET escalator_pct_per_year = 25 WHERE site_id = 0; "
                "UPDATE operating_costs SET gpu_useful_life_years = 0.5");
        }
        const OpenResult opened = openProject(f.string());
        REQUIRE_FALSE(opened.ok);
        CHECK(opened.error.find("opex.gpuUsefulLifeYears: must be between 1 and 20") != std::string::npos);
        CHECK(opened.error.find(
                  "sites[0].plan.business.lease.escalatorPctPerYear: must be between -10 and 20") !=
              std::string::npos);
    }
    SECTION("a bad spelling is refused by its CHECK, a missing row on open") {
        {
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            CHECK_THROWS(db.exec("UPDATE lease_terms SET after_term = 'extend'"));
            db.exec("DELETE FROM lease_terms WHERE site_id = 0");
        }
        const OpenResult opened = openProject(f.string());
        REQUIRE_FALSE(opened.ok);
        CHECK(opened.error.find("sites[0]: no row in the table lease_terms") != std::string::npos);
    }
    SECTION("a wrong type names the field") {
        {
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec(
                "PRAGMA ignore_check_constraints = ON; "
                "UPDATE operating_costs SET colocation_opex_pct_of_rent = 'eight'");
        }
        const OpenResult opened = openProject(f.string());
        REQUIRE_FALSE(opened.ok);
        CHECK(opened.error.find("opex.colocationOpexPctOfRent is not a number") != std::string::npos);
    }
}

TEST_CASE("a schema-2 file opens with the default lease terms and operating costs", "[storage][lease]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v2.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    CHECK(opened.portfolio.opex == OperatingCosts{});
    for (const Site& s : opened.portfolio.sites) CHECK(s.plan.business.lease == LeaseTerms{});
}
