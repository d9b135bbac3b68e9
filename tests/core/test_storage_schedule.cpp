// Schema-4 topic "schedule" (storage/SchemaV3Schedule.cpp): the tasks a user task must finish
// before (UserTask::precedes). Round trip of non-default values, refusal of bad rows naming the
// field, and the 3 → 4 defaults (no links).
#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "storage/ProjectFile.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

// The fixture's site with user tasks ("consult", "fibre"), and where it sits.
std::size_t tasksSite(const Portfolio& p) {
    const auto it = std::find_if(p.sites.begin(), p.sites.end(),
                                 [](const Site& s) { return s.plan.extraTasks.size() >= 2; });
    REQUIRE(it != p.sites.end());
    return static_cast<std::size_t>(it - p.sites.begin());
}

Portfolio withLinks() {
    Portfolio p = fixturePortfolio();
    auto& tasks = p.sites[tasksSite(p)].plan.extraTasks;
    tasks[0].precedes = {"proc-electrical", "fibre"};
    tasks[1].precedes = {"commissioning"};
    return p;
}

}  // namespace

TEST_CASE("storage schedule: precedes links round-trip in order", "[storage][schedule]") {
    const TempDir dir("m2ai-storage-schedule");
    const fs::path f = dir.path / "s.m2ai";
    const Portfolio p = withLinks();
    const SaveResult saved = saveProject(p, f.string());
    INFO(saved.error);
    REQUIRE(saved.ok);
    const OpenResult opened = openProject(f.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio == p);
    Db db(f.string(), SQLITE_OPEN_READONLY);
    CHECK(db.integer("SELECT count(*) FROM user_task_precedes") == 3);
    CHECK(
        db.text("SELECT precedes_task_id FROM user_task_precedes WHERE task_position = 0 AND position = 1") ==
        "fibre");
}

TEST_CASE("storage schedule: a schema-3 file opens with no precedes links", "[storage][schedule]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v3.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    for (const Site& s : opened.portfolio.sites)
        for (const UserTask& t : s.plan.extraTasks) CHECK(t.precedes.empty());
    CHECK(opened.portfolio == fixturePortfolio());
}

TEST_CASE("storage schedule: bad rows are refused naming the field", "[storage][schedule]") {
    const TempDir dir("m2ai-storage-schedule-bad");
    const std::string good = (dir.path / "good.m2ai").string();
    const Portfolio p = withLinks();
    REQUIRE(saveProject(p, good).ok);
    const std::string site = "sites[" + std::to_string(tasksSite(p)) + "]";
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
    refusedWith("UPDATE user_task_precedes SET precedes_task_id = 'no-such-task' WHERE position = 1",
                site + ".plan.extraTasks[0].precedes[1]");
    // fibre (after consult) before design, which consult waits for: validation's cycle check.
    refusedWith("UPDATE user_task_precedes SET precedes_task_id = 'design' WHERE task_position = 1",
                "dependency cycle: consult -> design -> fibre -> consult");
    refusedWith("DELETE FROM user_task_precedes WHERE task_position = 0 AND position = 0",
                site + ".plan.extraTasks[0].precedes[0]: user_task_precedes.position is 1");
    refusedWith("PRAGMA foreign_keys = OFF; UPDATE user_task_precedes SET site_id = 99",
                "user_task_precedes has a row for a task that does not exist");
    refusedWith(
        "PRAGMA foreign_keys = OFF; DELETE FROM user_task_dependency WHERE task_position = 1; "
        "DELETE FROM user_task WHERE position = 1",
        "user_task_precedes has a row for a task that does not exist");
}
