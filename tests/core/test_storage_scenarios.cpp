// Schema-3 topic "scenarios" (storage/SchemaV3Scenarios.cpp): round trip, refusals naming the field,
// and the 2 → 3 defaults (no scenarios).
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "storage/ProjectFile.h"
#include "test_storage_support.h"

using namespace m2ai;
using namespace m2ai::storagetest;
namespace fs = std::filesystem;

namespace {

Portfolio withScenarios() {
    Portfolio p = fixturePortfolio();
    p.scenarios.push_back({"Keep mining longer",
                           {{"", "discountRatePct", 12.25},
                            {"", "costs.includeResidualValue", false},
                            {p.sites.front().name, "plan.convertedSharePct", 50.0},
                            {p.sites.front().name, "plan.electrical.redundancy", std::string("2N")},
                            {"A removed site", "plan.gpu.kwPerRack", 80.0}}});
    p.scenarios.push_back({"Empty", {}});
    p.scenarios.push_back(
        {"Fast track — premium", {{p.sites.back().name, "plan.scheduleMode", std::string("fast-track")}}});
    return p;
}

}  // namespace

TEST_CASE("storage scenarios: non-default scenarios round-trip exactly, in order", "[storage][scenarios]") {
    const TempDir dir("m2ai-storage-scenarios");
    const std::string path = (dir.path / "s.m2ai").string();
    const Portfolio p = withScenarios();
    const SaveResult saved = saveProject(p, path);
    INFO(saved.error);
    REQUIRE(saved.ok);
    const OpenResult opened = openProject(path);
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio == p);
    CHECK(Db(path, SQLITE_OPEN_READONLY).integer("SELECT count(*) FROM scenario_override") == 6);
}

TEST_CASE("storage scenarios: a schema-2 file opens with no scenarios", "[storage][scenarios]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v2.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    CHECK(opened.portfolio.scenarios.empty());
}

TEST_CASE("storage scenarios: bad rows are refused naming the field", "[storage][scenarios]") {
    const TempDir dir("m2ai-storage-scenarios-bad");
    const std::string good = (dir.path / "good.m2ai").string();
    REQUIRE(saveProject(withScenarios(), good).ok);
    const auto refusedWith = [&](const std::string& sql, const std::string& expected) {
        const fs::path copy = dir.path / "bad.m2ai";
        fs::remove(copy);
        fs::copy_file(good, copy);
        {
            Db db(copy.string(), SQLITE_OPEN_READWRITE);
            db.exec(sql);
        }
        const OpenResult opened = openProject(copy.string());
        INFO(sql);
        CHECK_FALSE(opened.ok);
        CHECK_THAT(opened.error, Catch::Contains(expected));
    };
    refusedWith("UPDATE scenario SET name = 'Empty' WHERE position = 0", "scenarios[1].name");
    refusedWith("UPDATE scenario SET name = '' WHERE position = 1", "scenarios[1].name: must not be empty");
    // (a number column holding text is refused by the schema's CHECK before it can be written)
    refusedWith("UPDATE scenario_override SET value_number = 2 WHERE value_kind = 'flag'",
                "scenarios[0].overrides[1].value is a flag");
    refusedWith("DELETE FROM scenario_override WHERE scenario_position = 0 AND position = 1",
                "scenarios[0].overrides[1] is missing");
    refusedWith("PRAGMA foreign_keys = OFF; DELETE FROM scenario WHERE position = 2", "scenario");
}
