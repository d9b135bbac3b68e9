// .m2ai project files: round trips (bit-exact), the schema an analyst sees, refusals of foreign,
// newer, damaged and invalid files, the released schema-1 fixture and the migration mechanism.
// Crash, full-disk and read-only-folder behaviour is in test_storage_crash.cpp.
#include <sqlite3.h>
#include <unistd.h>

#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>

#include "storage/Migrations.h"
#include "storage/ProjectFile.h"
#include "storage/Sqlite.h"
#include "support/PortfolioGenerator.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storage;
using m2ai::test::generatePortfolio;
using namespace m2ai::storagetest;

TEST_CASE("generated portfolios reopen equal, every double bit for bit", "[storage]") {
    const TempDir dir("m2ai-storage-roundtrip");
    const std::string path = (dir.path / "p.m2ai").string();
    // 60 seeds × 0..7 sites, then a few larger ones: unicode names, optional fields set and empty,
    // values on the edges of validation's ranges (the generator puts 1 draw in 8 on an edge).
    for (unsigned seed = 1; seed <= 68; ++seed) {
        const int sites = seed <= 60 ? static_cast<int>(seed % 8) : static_cast<int>(seed * 3);
        const Portfolio p = generatePortfolio(seed, sites);
        INFO("seed " << seed << ", " << sites << " sites");
        const SaveResult saved = saveProject(p, path);
        REQUIRE(saved.error.empty());
        REQUIRE(saved.ok);
        const OpenResult opened = openProject(path);
        INFO(opened.error);
        REQUIRE(opened.ok);
        CHECK(opened.fileSchemaVersion == kM2aiSchemaVersion);
        CHECK_FALSE(opened.migrated);
        CHECK(opened.portfolio == p);
        CHECK(doubleBits(opened.portfolio) == doubleBits(p));
    }
}

TEST_CASE("values that == cannot tell apart still reopen bit for bit", "[storage]") {
    const TempDir dir("m2ai-storage-bits");
    Portfolio p = fixturePortfolio();
    Site& s = p.sites[0];
    // -0.0 == 0.0, so only the bit comparison sees the sign. SQLite's REAL columns would drop it
    // (Schema.h); the ANY columns keep it.
    s.latitudeDeg = -0.0;
    s.longitudeDeg = std::numeric_limits<double>::denorm_min();     // 4.9e-324
    s.powerPriceEscalationPctPerYear = std::nextafter(-50.0, 0.0);  // just inside the range
    s.mining.hashpriceChangePctPerYear = 0.1 + 0.2;                 // 0.30000000000000004
    s.climate.dryBulbC[6] = std::nextafter(60.0, 0.0);
    p.discountRatePct = 100.0;
    const std::string path = (dir.path / "bits.m2ai").string();
    REQUIRE(saveProject(p, path).ok);
    const OpenResult opened = openProject(path);
    REQUIRE(opened.ok);
    CHECK(std::signbit(opened.portfolio.sites[0].latitudeDeg));
    CHECK(std::bit_cast<std::uint64_t>(opened.portfolio.sites[0].longitudeDeg) == 1u);
    CHECK(opened.portfolio.sites[0].mining.hashpriceChangePctPerYear == 0.1 + 0.2);
    CHECK(doubleBits(opened.portfolio) == doubleBits(p));
}

TEST_CASE("the file is a normalised SQLite database an analyst can query and cannot break", "[storage]") {
    const TempDir dir("m2ai-storage-schema");
    const std::string path = (dir.path / "a.m2ai").string();
    const Portfolio p = fixturePortfolio();
    REQUIRE(saveProject(p, path).ok);

    Db db(path, SQLITE_OPEN_READWRITE);
    CHECK(db.integer("PRAGMA application_id") == kM2aiApplicationId);
    CHECK(db.integer("PRAGMA application_id") == 0x4D324149);  // "M2AI"
    CHECK(db.integer("PRAGMA user_version") == 4);             // schema 4: storage/SchemaV3.h
    CHECK(db.text("PRAGMA integrity_check") == "ok");
    CHECK(db.text("SELECT method FROM terminal_value") == "book-value");
    CHECK(db.integer("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    // 2 sites × 12 months; the July dry-bulb of the second site as typed in fixturePortfolio().
    CHECK(db.integer("SELECT count(*) FROM climate_month") == 24);
    CHECK(db.real("SELECT c.dry_bulb_c FROM site s JOIN climate_month c ON c.site_id = s.id "
                  "WHERE s.name = 'Gedu – Chhukha' AND c.month = 7") == 27.5);
    CHECK(db.text("SELECT redundancy FROM step_electrical WHERE site_id = 1") == "2N");
    CHECK(db.integer("SELECT count(*) FROM user_task_dependency") == 3);
    CHECK(db.integer("SELECT count(*) FROM grid_queue") == 1);
    CHECK(db.text("SELECT quote(gpu_delivery_month_index) FROM conversion_plan WHERE site_id = 1") == "NULL");

    db.exec("PRAGMA foreign_keys = ON");
    // CHECK constraints refuse out-of-definition values and unknown spellings; foreign keys refuse
    // orphans; deleting a site takes its rows in every child table with it.
    for (const char* bad :
         {"UPDATE mining_fleet SET uptime_pct = 150", "UPDATE site SET energy_source = 'solar'",
          "UPDATE site SET grid_interconnect_mw = 'lots'", "UPDATE site SET latitude_deg = 91",
          "UPDATE step_cooling SET enabled = 2", "UPDATE portfolio SET start_month = 13",
          "INSERT INTO climate_month VALUES (0, 13, 1.0, 0.5)",
          "INSERT INTO climate_month VALUES (99, 1, 1.0, 0.5)",
          "INSERT INTO site (id, name, country, latitude_deg, longitude_deg, grid_interconnect_mw, "
          "energy_source, power_price_usd_per_mwh, power_price_escalation_pct_per_year, "
          "grid_carbon_g_per_kwh) VALUES (5, 'x', 'y', 0, 0, 9e999, 'hydro', 1, 1, 1)"}) {
        INFO(bad);
        CHECK(sqlite3_exec(db.get(), bad, nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT);
    }
    db.exec("DELETE FROM site WHERE id = 0");
    CHECK(db.integer("SELECT count(*) FROM climate_month") == 12);  // 24 − 12
    CHECK(db.integer("SELECT count(*) FROM user_task") == 0);       // the first site had both tasks
    CHECK(db.integer("SELECT count(*) FROM mining_fleet") == 1);
}

TEST_CASE("an analyst's edit in the sqlite3 shell is read back", "[storage]") {
    const TempDir dir("m2ai-storage-edit");
    const std::string path = (dir.path / "e.m2ai").string();
    REQUIRE(saveProject(fixturePortfolio(), path).ok);
    {
        Db db(path, SQLITE_OPEN_READWRITE);
        // An integer typed for a real column (50, not 50.0) is accepted and read as 50.0.
        db.exec("UPDATE site SET grid_interconnect_mw = 50 WHERE id = 1");
        db.exec("UPDATE step_cooling SET technology = 'immersion' WHERE site_id = 0");
    }
    const OpenResult opened = openProject(path);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio.sites[1].gridInterconnectMw == 50.0);
    CHECK(opened.portfolio.sites[0].plan.cooling.technology == CoolingTech::Immersion);
}

TEST_CASE("files that are not a readable Mine2AI project are refused with one line, unchanged", "[storage]") {
    const TempDir dir("m2ai-storage-refuse");
    const Portfolio p = fixturePortfolio();
    const fs::path good = dir.path / "good.m2ai";
    REQUIRE(saveProject(p, good.string()).ok);
    const std::string goodBytes = readBytes(good);
    const auto goodSize = static_cast<long long>(goodBytes.size());

    struct Case {
        const char* name;
        std::function<void(const fs::path&)> make;
        std::string expected;
    };
    auto edited = [&](const char* sql) {
        return [&, sql](const fs::path& f) {
            fs::copy_file(good, f);
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec(sql);
        };
    };
    const std::vector<Case> cases{
        {"text.m2ai", [](const fs::path& f) { writeBytes(f, "name,mw\nTydal,50\n"); },
         "not a Mine2AI project (not an SQLite database)"},
        {"empty.m2ai", [](const fs::path& f) { writeBytes(f, ""); }, "not an SQLite database"},
        {"other-app.m2ai",
         [](const fs::path& f) {
             Db db(f.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
             db.exec(
                 "PRAGMA application_id = 305419896; CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES "
                 "('x')");
         },
         "an SQLite database of another application (application_id 0x12345678), not a Mine2AI project"},
        {"plain-sqlite.m2ai",
         [](const fs::path& f) {
             Db db(f.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
             db.exec("CREATE TABLE site (id INTEGER)");
         },
         "(application_id 0x00000000), not a Mine2AI project"},
        {"newer.m2ai", edited("PRAGMA user_version = 7"),
         "made by a newer Mine2AI, schema 7; this version reads up to 4"},
        {"schema0.m2ai", edited("PRAGMA user_version = 0"),
         "schema 0 cannot be upgraded: this version reads schemas 1 to 4"},
        {"header-only.m2ai", [&](const fs::path& f) { writeBytes(f, goodBytes.substr(0, 50)); },
         "the file is damaged (truncated to 50 bytes)"},
        // Half the pages: the header still promises all of them.
        {"truncated.m2ai",
         [&](const fs::path& f) { writeBytes(f, goodBytes.substr(0, goodBytes.size() / 2)); },
         ("the file is damaged (truncated: " + std::to_string(goodSize / 2) + " of " +
          std::to_string(goodSize) + " bytes)")},
        // Garbage over pages 3–5 (b-tree pages of the first tables).
        {"corrupt.m2ai",
         [&](const fs::path& f) {
             std::string bytes = goodBytes;
             for (size_t i = 2 * 4096; i < 5 * 4096; ++i) bytes[i] = static_cast<char>(0xA5 ^ (i * 7));
             writeBytes(f, bytes);
         },
         "the file is damaged"},
        {"invalid.m2ai", edited("UPDATE site SET grid_interconnect_mw = 20000 WHERE id = 0"),
         "invalid values: sites[0].gridInterconnectMw: must be between 0 and 10000"},
        // An analyst who turned the CHECK constraints off can store anything; the typed read catches it.
        {"wrong-type.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE site SET latitude_deg = 'north' WHERE id = 1"),
         "damaged or not a Mine2AI project: sites[1].latitudeDeg is not a number"},
        {"unknown-enum.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE site SET energy_source = 'solar' WHERE id = 1"),
         "sites[1].energySource 'solar' is not one of hydro, natural-gas, grid-mix, nuclear, other"},
        {"long-text.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE site SET name = printf('%.*c', 20000, 'x') "
                "WHERE id = 0"),
         "sites[0].name is longer than 10000 bytes"},
        {"missing-table.m2ai", edited("DROP TABLE mining_fleet"), "the table mining_fleet is missing"},
        {"view-instead.m2ai",
         edited("DROP TABLE step_cooling; CREATE VIEW step_cooling AS SELECT 0 AS site_id"),
         "the table step_cooling is missing"},
        {"missing-row.m2ai", edited("DELETE FROM step_facility WHERE site_id = 1"),
         "sites[1]: no row in the table step_facility"},
        {"missing-month.m2ai", edited("DELETE FROM climate_month WHERE site_id = 0 AND month = 2"),
         "sites[0].climate: the file lacks some of the 12 months"},
        {"orphan.m2ai",
         edited(
             "PRAGMA foreign_keys = OFF; INSERT INTO mining_fleet SELECT 42, asic_model, units, kw_per_unit, "
             "th_per_second_per_unit, mining_pue, hashprice_usd_per_ph_day, hashprice_change_pct_per_year, "
             "uptime_pct FROM mining_fleet WHERE site_id = 0"),
         "the table mining_fleet has a row for a site that does not exist"},
        {"two-portfolios.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; INSERT INTO portfolio SELECT 2, name, start_year, "
                "start_month, "
                "currency, discount_rate_pct, horizon_years FROM portfolio"),
         "the table portfolio has more than one row"},
    };
    for (const Case& c : cases) {
        const fs::path f = dir.path / c.name;
        c.make(f);
        const std::string before = readBytes(f);
        const auto listingBefore = listing(dir.path);
        const OpenResult opened = openProject(f.string());
        INFO(c.name << " → " << opened.error);
        CHECK_FALSE(opened.ok);
        CHECK(opened.error.rfind(f.string() + ": ", 0) == 0);  // starts with the file name
        CHECK(opened.error.find(c.expected) != std::string::npos);
        CHECK(opened.error.find('\n') == std::string::npos);
        CHECK(readBytes(f) == before);              // not written, not even its header
        CHECK(listing(dir.path) == listingBefore);  // no journal or -shm created beside it
        CHECK(opened.portfolio == Portfolio{});     // nothing half-read handed out
    }

    const OpenResult missing = openProject((dir.path / "nope.m2ai").string());
    CHECK_FALSE(missing.ok);
    CHECK(missing.error == (dir.path / "nope.m2ai").string() + ": no such file");
    const OpenResult folder = openProject(dir.path.string());
    CHECK(folder.error == dir.path.string() + ": not a regular file");
}

TEST_CASE("invalid values are reported with every field path", "[storage]") {
    const TempDir dir("m2ai-storage-invalid");
    const fs::path f = dir.path / "i.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), f.string()).ok);
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        db.exec(
            "UPDATE site SET grid_interconnect_mw = 10000.5 WHERE id = 0; "
            "UPDATE mining_fleet SET mining_pue = 3.5 WHERE site_id = 1; "
            "UPDATE portfolio SET currency = 'usd'");
    }
    const OpenResult opened = openProject(f.string());
    REQUIRE_FALSE(opened.ok);
    // Three problems, in validate()'s order: portfolio fields first, then sites in order.
    REQUIRE(opened.problems.size() == 3);
    CHECK(opened.problems[0].path == "currency");
    CHECK(opened.problems[1].path == "sites[0].gridInterconnectMw");
    CHECK(opened.problems[2].path == "sites[1].mining.miningPue");
    CHECK(opened.error.find("sites[0].gridInterconnectMw: must be between 0 and 10000") != std::string::npos);
    CHECK(opened.error.find("sites[1].mining.miningPue: must be between 1 and 3") != std::string::npos);
}

TEST_CASE("row counts beyond the limits are refused before reading them", "[storage]") {
    const TempDir dir("m2ai-storage-limits");
    const fs::path f = dir.path / "many.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), f.string()).ok);
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        // 2 + 99,999 = 100,001 sites: one more than kMaxSites.
        db.exec(
            "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO site SELECT i, 'S' || i, '', 0, 0, 1, 'hydro', 1, 1, 1 FROM n");
    }
    const OpenResult opened = openProject(f.string());
    CHECK_FALSE(opened.ok);
    CHECK(opened.error.find("100001 sites, more than the 100000 a project may hold") != std::string::npos);
}

TEST_CASE("save refuses what open would refuse and keeps the previous file", "[storage]") {
    const TempDir dir("m2ai-storage-saverefuse");
    const fs::path f = dir.path / "s.m2ai";
    const Portfolio good = fixturePortfolio();
    REQUIRE(saveProject(good, f.string()).ok);
    const std::string before = readBytes(f);

    Portfolio invalid = good;
    invalid.sites[0].gridInterconnectMw = -5.0;
    SaveResult r = saveProject(invalid, f.string());
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind("cannot save " + f.string() + ": invalid values: sites[0].gridInterconnectMw: ", 0) ==
          0);

    Portfolio longName = good;
    longName.sites[1].name = std::string(10001, 'x');  // one byte over kMaxTextBytes
    r = saveProject(longName, f.string());
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("sites[1].name: text of 10001 bytes is longer than the 10000 bytes") !=
          std::string::npos);

    r = saveProject(good, (dir.path / "no-such-folder" / "x.m2ai").string());
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("cannot create a file in") != std::string::npos);
    CHECK(r.error.find("No such file or directory") != std::string::npos);

    CHECK(readBytes(f) == before);
    CHECK(listing(dir.path) == std::vector<std::string>{"s.m2ai"});
}

TEST_CASE("saving keeps the file's permissions and writes through a symbolic link", "[storage]") {
    const TempDir dir("m2ai-storage-perms");
    const fs::path f = dir.path / "p.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), f.string()).ok);
    fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write);  // 0600: a private project
    Portfolio changed = fixturePortfolio();
    changed.name = "Renamed";
    REQUIRE(saveProject(changed, f.string()).ok);
    CHECK((fs::status(f).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

    const fs::path link = dir.path / "link.m2ai";
    fs::create_symlink(f, link);
    changed.name = "Through the link";
    REQUIRE(saveProject(changed, link.string()).ok);
    CHECK(fs::is_symlink(link));
    CHECK(openProject(f.string()).portfolio.name == "Through the link");
}

// ---- released schema 1 ------------------------------------------------------------------------

TEST_CASE("the released schema-1 fixture opens to the expected portfolio", "[storage]") {
    const std::string fixture = std::string(M2AI_TEST_DATA_DIR) + "/schema-v1.m2ai";
    REQUIRE(fs::exists(fixture));
    const std::string before = readBytes(fixture);
    const OpenResult opened = openProject(fixture);
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.fileSchemaVersion == 1);
    CHECK(opened.migrated);  // schema 1 → 2 → 3 → 4 in memory; the file is not touched
    // Schema 1 had no terminal-value choice: the migration gives the defaults, book value at 6 %.
    CHECK(opened.portfolio.terminalValue == TerminalValueMethod::BookValue);
    CHECK(opened.portfolio.exitCapRatePct == 6.0);
    CHECK(opened.portfolio == fixturePortfolio());
    CHECK(doubleBits(opened.portfolio) == doubleBits(fixturePortfolio()));
    CHECK(std::signbit(opened.portfolio.sites[1].mining.hashpriceChangePctPerYear));  // stored as -0.0
    CHECK(readBytes(fixture) == before);
}

TEST_CASE("the released schema-2 fixture opens, upgraded in memory to the defaults of schema 3",
          "[storage]") {
    const std::string fixture = std::string(M2AI_TEST_DATA_DIR) + "/schema-v2.m2ai";
    const std::string before = readBytes(fixture);
    const OpenResult opened = openProject(fixture);
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.fileSchemaVersion == 2);
    CHECK(opened.migrated);
    // fixturePortfolio() keeps every schema-3 field at its default, so the migrated file equals it.
    CHECK(opened.portfolio == fixturePortfolio());
    CHECK(doubleBits(opened.portfolio) == doubleBits(fixturePortfolio()));
    CHECK(readBytes(fixture) == before);
}

namespace {
// Every table, index and trigger of a project file, with its SQL, one per line, sorted by name.
const char* const kSchemaSql =
    "SELECT group_concat(type || ' ' || name || ': ' || ifnull(sql, ''), char(10)) "
    "FROM (SELECT * FROM sqlite_schema ORDER BY name)";
}  // namespace

TEST_CASE("the released schema 3's tables are unchanged in today's files", "[storage]") {
    // If this fails you altered a schema-3 table: add new tables in a topic with sinceSchema 4
    // instead (storage/SchemaV3.h, docs/file-format.md "Changing the schema").
    const TempDir dir("m2ai-storage-released-v3");
    const fs::path fresh = dir.path / "fresh.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), fresh.string()).ok);
    Db released(std::string(M2AI_TEST_DATA_DIR) + "/schema-v3.m2ai", SQLITE_OPEN_READONLY);
    Db today(fresh.string(), SQLITE_OPEN_READONLY);
    const std::string names = released.text(
        "SELECT group_concat(quote(name), ',') FROM (SELECT name FROM sqlite_schema ORDER BY name)");
    REQUIRE_FALSE(names.empty());
    const std::string sameNamesToday =
        "SELECT group_concat(type || ' ' || name || ': ' || ifnull(sql, ''), char(10)) FROM "
        "(SELECT * FROM sqlite_schema WHERE name IN (" +
        names + ") ORDER BY name)";
    CHECK(today.text(sameNamesToday.c_str()) == released.text(kSchemaSql));
}

TEST_CASE("the schema of this round is unchanged (a change after release needs schema 5)", "[storage]") {
    // Until schema 4 is released (end of this round), regenerate its fixture instead (see below).
    const TempDir dir("m2ai-storage-released");
    const fs::path fresh = dir.path / "fresh.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), fresh.string()).ok);
    const std::string released =
        Db(std::string(M2AI_TEST_DATA_DIR) + "/schema-v4.m2ai", SQLITE_OPEN_READONLY).text(kSchemaSql);
    CHECK(Db(fresh.string(), SQLITE_OPEN_READONLY).text(kSchemaSql) == released);
    CHECK(kM2aiSchemaVersion == 4);
}

TEST_CASE("the released schema-3 fixture opens, upgraded in memory to the defaults of schema 4",
          "[storage]") {
    const std::string fixture = std::string(M2AI_TEST_DATA_DIR) + "/schema-v3.m2ai";
    const std::string before = readBytes(fixture);
    const OpenResult opened = openProject(fixture);
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.fileSchemaVersion == 3);
    CHECK(opened.migrated);
    CHECK(opened.portfolio == fixturePortfolio());
    CHECK(doubleBits(opened.portfolio) == doubleBits(fixturePortfolio()));
    CHECK(readBytes(fixture) == before);
}

TEST_CASE("the schema-4 fixture opens without migration", "[storage]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v4.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.fileSchemaVersion == 4);
    CHECK_FALSE(opened.migrated);
    CHECK(opened.portfolio == fixturePortfolio());
}

TEST_CASE("the 1 → 2, 2 → 3 and 3 → 4 migrations can run twice", "[storage]") {
    const TempDir dir("m2ai-storage-twice");
    const fs::path copy = dir.path / "v1.m2ai";
    fs::copy_file(std::string(M2AI_TEST_DATA_DIR) + "/schema-v1.m2ai", copy);
    Db db(copy.string(), SQLITE_OPEN_READWRITE);
    for (const MigrationStep& step : migrationSteps()) {
        step.apply(db.get());
        step.apply(db.get());
    }
    CHECK(db.integer("SELECT count(*) FROM terminal_value") == 1);
}

// Rewrites a fixture from fixturePortfolio(). Run by hand, only until that schema is released:
//   ./build/tests/core_tests "[.regenerate-storage-fixtures]"
// (schema-v1/v2/v3.m2ai were written by their releases and must not be regenerated.)
TEST_CASE("regenerate tests/data/schema-v4.m2ai", "[.regenerate-storage-fixtures]") {
    const std::string fixture = std::string(M2AI_TEST_DATA_DIR) + "/schema-v4.m2ai";
    const SaveResult saved = saveProject(fixturePortfolio(), fixture);
    INFO(saved.error);
    REQUIRE(saved.ok);
}

// ---- migrations ----------------------------------------------------------------------------------

namespace {
// A synthetic "schema 0": the schema-1 layout with site.grid_interconnect_mw still called grid_mw
// and no file_info table. The step below is what a real {1, 2} step will look like.
void makeSchema0(const fs::path& from, const fs::path& to) {
    fs::copy_file(from, to);
    Db db(to.string(), SQLITE_OPEN_READWRITE);
    db.exec(
        "ALTER TABLE site RENAME COLUMN grid_interconnect_mw TO grid_mw; DROP TABLE file_info; "
        "PRAGMA user_version = 0");
}
MigrationStep step0to1() {
    return {0, 1, "rename site.grid_mw to grid_interconnect_mw, add file_info", [](sqlite3* db) {
                Database::execOn(db, "ALTER TABLE site RENAME COLUMN grid_mw TO grid_interconnect_mw",
                                 "renaming grid_mw");
                Database::execOn(
                    db, "CREATE TABLE file_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
                    "adding file_info");
            }};
}
}  // namespace

TEST_CASE("an older schema is upgraded in memory and the file is left as it was", "[storage]") {
    const TempDir dir("m2ai-storage-migrate");
    const fs::path v1 = dir.path / "v1.m2ai";
    const fs::path v0 = dir.path / "v0.m2ai";
    const Portfolio p = fixturePortfolio();
    REQUIRE(saveProject(p, v1.string()).ok);
    makeSchema0(v1, v0);
    const std::string before = readBytes(v0);

    const OpenResult upgraded = openProjectWith(v0.string(), {step0to1(), migrationSteps().at(0)}, 2);
    INFO(upgraded.error);
    REQUIRE(upgraded.ok);
    CHECK(upgraded.migrated);
    CHECK(upgraded.fileSchemaVersion == 0);
    CHECK(upgraded.portfolio == p);
    CHECK(readBytes(v0) == before);
    CHECK(Db(v0.string(), SQLITE_OPEN_READONLY).integer("PRAGMA user_version") == 0);

    // This release has no step from 0: refused, naming what it can read.
    const OpenResult refused = openProject(v0.string());
    CHECK_FALSE(refused.ok);
    CHECK(refused.fileSchemaVersion == 0);
    CHECK(refused.error ==
          v0.string() + ": cannot open: schema 0 cannot be upgraded: this version reads schemas 1 to 4");

    // A step that fails half-way is rolled back and reported; the file is still untouched.
    MigrationStep broken = step0to1();
    broken.apply = [](sqlite3* db) {
        Database::execOn(db, "ALTER TABLE site RENAME COLUMN grid_mw TO grid_interconnect_mw", "renaming");
        Database::execOn(db, "CREATE TABLE portfolio (x)", "re-creating portfolio");  // already exists
    };
    const OpenResult failed = openProjectWith(v0.string(), {broken}, 1);
    CHECK_FALSE(failed.ok);
    CHECK(failed.error.find("upgrading from schema 0 to 1 (rename site.grid_mw to grid_interconnect_mw, add "
                            "file_info) failed: re-creating portfolio: table portfolio already exists") !=
          std::string::npos);
    CHECK(readBytes(v0) == before);
}

TEST_CASE("migration steps chain in order, each in its own transaction", "[storage]") {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(":memory:", &raw) == SQLITE_OK);
    Database db(raw);
    db.exec("CREATE TABLE log (step INTEGER)", "setup");
    auto logging = [](int from, int to) {
        return MigrationStep{from, to, "step " + std::to_string(from), [from](sqlite3* d) {
                                 Database::execOn(
                                     d, ("INSERT INTO log VALUES (" + std::to_string(from) + ")").c_str(),
                                     "logging");
                             }};
    };
    MigrationStep failing{2, 3, "fails", [](sqlite3* d) {
                              Database::execOn(d, "INSERT INTO log VALUES (2)", "logging");
                              throw std::runtime_error("boom");
                          }};
    // Given out of order; applied 0 → 1 → 2, then 2 → 3 fails and only its own insert is undone.
    const MigrationResult failed = migrate(db.get(), 0, 3, {failing, logging(1, 2), logging(0, 1)});
    CHECK_FALSE(failed.ok);
    CHECK(failed.error == "upgrading from schema 2 to 3 (fails) failed: boom");
    Statement versions(
        db.get(),
        "SELECT (SELECT group_concat(step) FROM log), (SELECT user_version FROM pragma_user_version)");
    REQUIRE(versions.next());
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(versions.get(), 0))) == "0,1");
    CHECK(sqlite3_column_int(versions.get(), 1) == 2);
    // A gap in the chain is named.
    CHECK(migrate(db.get(), 2, 4, {logging(3, 4)}).error ==
          "schema 2 cannot be upgraded: this version reads schemas 3 to 4");
    // This release: 1 → 2 → 3 → 4; current files need none.
    REQUIRE(migrationSteps().size() == 3);
    CHECK(migrationSteps()[0].fromVersion == 1);
    CHECK(migrationSteps()[0].toVersion == 2);
    CHECK(migrationSteps()[1].fromVersion == 2);
    CHECK(migrationSteps()[1].toVersion == 3);
    CHECK(migrationSteps()[2].fromVersion == 3);
    CHECK(migrationSteps()[2].toVersion == 4);
    CHECK(migrate(db.get(), 4, 4, migrationSteps()).ok);
}
