// Every column the reader takes from a project file is type-checked. A crafted file can declare
// its tables without types or constraints (STRICT and CHECK only guard files made by our schema),
// so each column of each table is given a value of a wrong type in turn; the file must be refused
// with one line naming the table and the column.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "storage/ProjectFile.h"
#include "storage/Schema.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

std::vector<std::string> columnsOf(Db& db, const std::string& table) {
    std::vector<std::string> columns;
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.get(), ("PRAGMA table_info(" + table + ")").c_str(), -1, &s, nullptr) ==
            SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW)
        columns.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
    sqlite3_finalize(s);
    return columns;
}

// What an attacker's file may hold: `table` re-created with no column types (so no affinity
// converts a value) and no constraints, with its rows. Other tables keep referring to it by name.
void loosen(Db& db, const std::string& table) {
    std::string columns;
    for (const std::string& c : columnsOf(db, table)) columns += (columns.empty() ? "" : ", ") + c;
    db.exec("PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON; ALTER TABLE " + table +
            " RENAME TO loose_old; CREATE TABLE " + table + " (" + columns + "); INSERT INTO " + table +
            " SELECT * FROM loose_old; DROP TABLE loose_old");
}

// A copy of the fixture with `table` loosened and `sql` run on it.
fs::path crafted(const fs::path& good, const fs::path& dir, const std::string& table,
                 const std::string& sql) {
    static int n = 0;
    const fs::path f = dir / ("crafted-" + std::to_string(++n) + ".m2ai");
    fs::copy_file(good, f);
    Db db(f.string(), SQLITE_OPEN_READWRITE);
    loosen(db, table);
    db.exec(sql);
    return f;
}

}  // namespace

TEST_CASE("a loosened table with the right values still opens", "[storage][types]") {
    const TempDir dir("m2ai-storage-loose");
    const fs::path good = dir.path / "good.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), good.string()).ok);
    const fs::path f = dir.path / "loose.m2ai";
    fs::copy_file(good, f);
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        for (const std::string& table : storage::schemaV1Tables()) loosen(db, table);
    }
    const OpenResult opened = openProject(f.string());
    INFO(opened.error);
    REQUIRE(opened.ok);  // so each refusal below is due to the one wrong value
    CHECK(opened.portfolio == fixturePortfolio());
}

TEST_CASE("a value of the wrong type in any column is refused naming table and column", "[storage][types]") {
    const TempDir dir("m2ai-storage-types");
    const fs::path good = dir.path / "good.m2ai";
    const Portfolio p = fixturePortfolio();  // every table has rows: tasks, dependencies, a grid queue
    REQUIRE(saveProject(p, good.string()).ok);
    std::vector<std::pair<std::string, std::string>> columns;
    {
        Db db(good.string(), SQLITE_OPEN_READONLY);
        for (const std::string& table : storage::schemaV1Tables()) {
            if (table == "file_info") continue;  // informative, never read back (docs/file-format.md)
            for (const std::string& column : columnsOf(db, table)) columns.emplace_back(table, column);
        }
    }
    REQUIRE(columns.size() > 90);

    int refused = 0;
    for (const auto& [table, column] : columns) {
        // No column of the schema holds a blob: wrong for each, numbers, texts, flags and keys alike.
        const fs::path f = crafted(good, dir.path, table, "UPDATE " + table + " SET " + column + " = x'00'");
        const std::string before = readBytes(f);
        const OpenResult opened = openProject(f.string());
        INFO(table << "." << column << " → " << opened.error);
        CHECK_FALSE(opened.ok);
        CHECK(opened.error.find("damaged or not a Mine2AI project: ") != std::string::npos);
        CHECK(opened.error.find(table + "." + column + " holds a blob") != std::string::npos);
        CHECK(opened.error.find('\n') == std::string::npos);
        CHECK(readBytes(f) == before);
        refused += !opened.ok;
        fs::remove(f);
    }
    CHECK(refused == static_cast<int>(columns.size()));
}

TEST_CASE("a dependency's position is type-checked and may not repeat", "[storage][types]") {
    const TempDir dir("m2ai-storage-deppos");
    const fs::path good = dir.path / "good.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), good.string()).ok);
    // Fixture: site 0, task 1 ("fibre") depends on "consult" (position 0) and "proc-electrical" (1).
    const std::string fibre = "sites[0].plan.extraTasks[1].dependsOn";
    struct Case {
        std::string sql;
        std::string expected;
    };
    const std::vector<Case> cases{
        {"UPDATE user_task_dependency SET position = 'second' WHERE task_position = 1 AND position = 1",
         "user_task_dependency.position holds text, not a whole number"},
        {"UPDATE user_task_dependency SET position = 0.5 WHERE task_position = 1 AND position = 1",
         "user_task_dependency.position holds a real number, not a whole number"},
        {"UPDATE user_task_dependency SET position = NULL WHERE task_position = 1 AND position = 1",
         "user_task_dependency.position holds NULL, not a whole number"},
        {"UPDATE user_task_dependency SET position = 0 WHERE task_position = 1 AND position = 1",
         fibre + ": position 0 is repeated (user_task_dependency.position)"},
        {"UPDATE user_task_dependency SET task_position = '1' WHERE task_position = 1 AND position = 1",
         "user_task_dependency.task_position holds text, not a whole number"},
        {"UPDATE user_task_dependency SET site_id = 0.0 WHERE task_position = 1 AND position = 1",
         "user_task_dependency.site_id holds a real number, not a whole number"},
        {"UPDATE user_task_dependency SET depends_on_task_id = 7 WHERE task_position = 1 AND position = 1",
         fibre + "[1] is not text (user_task_dependency.depends_on_task_id holds a whole number)"},
        {"UPDATE user_task SET position = '0' WHERE site_id = 0 AND position = 0",
         // ORDER BY position puts text after numbers: the row is read second.
         "sites[0].plan.extraTasks[1].position is not a whole number (user_task.position holds text)"},
        {"UPDATE climate_month SET month = 7.0 WHERE site_id = 1 AND month = 7",
         "climate.month is not a whole number (climate_month.month holds a real number)"},
        {"UPDATE conversion_plan SET gpu_delivery_month_index = '14' WHERE site_id = 0",
         "sites[0].plan.gpuDeliveryMonthIndex is not a whole number "
         "(conversion_plan.gpu_delivery_month_index "
         "holds text)"},
    };
    for (const Case& c : cases) {
        const std::string table = c.sql.substr(7, c.sql.find(' ', 7) - 7);
        const fs::path f = crafted(good, dir.path, table, c.sql);
        const OpenResult opened = openProject(f.string());
        INFO(c.sql << " → " << opened.error);
        CHECK_FALSE(opened.ok);
        CHECK(opened.error.find(c.expected) != std::string::npos);
        fs::remove(f);
    }
}
