// Files beside a project: opening never creates a -journal, -wal or -shm and never applies one it
// finds; a -wal or hot -journal holding data is refused (open and save) with every file left as it
// was; a save always writes a rollback-journal (DELETE) mode file, whatever the old file's mode.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "storage/ProjectFile.h"
#include "support/PortfolioGenerator.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

// Every file of a folder with its bytes: "nothing changed" means this is equal before and after.
std::vector<std::pair<std::string, std::string>> snapshot(const fs::path& dir) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const std::string& name : listing(dir)) files.emplace_back(name, readBytes(dir / name));
    return files;
}

// Byte 18 and 19 of the header: 1 = rollback journal, 2 = WAL.
int fileFormatVersions(const fs::path& f) {
    const std::string bytes = readBytes(f);
    REQUIRE(bytes.size() >= 100);
    return bytes[18] * 10 + bytes[19];
}

std::string walMessage(const std::string& name) {
    return name +
           "-wal beside it holds changes from another program or a crash that are not in the file yet; "
           "open the file once in the sqlite3 shell to keep them, or remove " +
           name + "-wal to discard them";
}

std::string journalMessage(const std::string& name) {
    return name +
           "-journal beside it holds a write of another program interrupted by a crash; open the file "
           "once in the sqlite3 shell to roll it back, then try again";
}

}  // namespace

TEST_CASE("a WAL-mode project opens without creating or changing any file", "[storage][sidefiles]") {
    const TempDir dir("m2ai-storage-walmode");
    const fs::path f = dir.path / "w.m2ai";
    const Portfolio p = fixturePortfolio();
    REQUIRE(saveProject(p, f.string()).ok);
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.text("PRAGMA journal_mode = WAL") == "wal");
    }                                      // the last connection checkpoints and removes its -wal and -shm
    REQUIRE(fileFormatVersions(f) == 22);  // the file itself is now in WAL mode
    REQUIRE(listing(dir.path) == std::vector<std::string>{"w.m2ai"});

    const auto before = snapshot(dir.path);
    OpenResult opened = openProject(f.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio == p);
    CHECK(snapshot(dir.path) == before);  // no -wal, no -shm, header untouched

    // An empty -wal and a -shm (what a reader that was killed leaves) hold nothing: still opens, and
    // they are left as they were.
    writeBytes(dir.path / "w.m2ai-wal", "");
    writeBytes(dir.path / "w.m2ai-shm", std::string(32768, '\x01'));
    const auto withSideFiles = snapshot(dir.path);
    opened = openProject(f.string());
    INFO(opened.error);
    CHECK(opened.ok);
    CHECK(snapshot(dir.path) == withSideFiles);
}

TEST_CASE("a -wal holding changes is refused, not applied, and every file is left as it was",
          "[storage][sidefiles]") {
    const TempDir dir("m2ai-storage-walpending");
    const fs::path base = dir.path / "base.m2ai";
    const Portfolio p = fixturePortfolio();
    REQUIRE(saveProject(p, base.string()).ok);
    // An analyst's sqlite3 session in WAL mode that has committed a change but not checkpointed it:
    // the change is only in the -wal. Copied while the session is open, as a crash would leave it.
    const fs::path f = dir.path / "pending.m2ai";
    {
        Db db(base.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.text("PRAGMA journal_mode = WAL") == "wal");
        db.exec("UPDATE site SET name = 'Renamed in the WAL' WHERE id = 0");
        fs::copy_file(base, f);
        fs::copy_file(base.string() + "-wal", f.string() + "-wal");
    }
    fs::remove(base);
    REQUIRE(fs::file_size(f.string() + "-wal") > 0);

    const auto before = snapshot(dir.path);
    const OpenResult opened = openProject(f.string());
    CHECK_FALSE(opened.ok);
    CHECK(opened.error == f.string() + ": " + walMessage("pending.m2ai"));
    CHECK(opened.portfolio == Portfolio{});
    CHECK(snapshot(dir.path) == before);  // the WAL was neither applied nor removed

    // Saving over it would let SQLite later mix the old WAL into the new file: refused too.
    const SaveResult saved = saveProject(p, f.string());
    CHECK_FALSE(saved.ok);
    CHECK(saved.error == "cannot save " + f.string() + ": " + walMessage("pending.m2ai"));
    CHECK(snapshot(dir.path) == before);

    // The recovery the message describes keeps the analyst's change.
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.text("PRAGMA journal_mode = DELETE") == "delete");
    }
    CHECK(listing(dir.path) == std::vector<std::string>{"pending.m2ai"});
    const OpenResult recovered = openProject(f.string());
    INFO(recovered.error);
    REQUIRE(recovered.ok);
    CHECK(recovered.portfolio.sites[0].name == "Renamed in the WAL");
}

TEST_CASE("a hot journal is refused with a message that says so, and nothing is rolled back",
          "[storage][sidefiles]") {
    const TempDir dir("m2ai-storage-hotjournal");
    const fs::path base = dir.path / "base.m2ai";
    const Portfolio p = m2ai::test::generatePortfolio(4242, 200);  // ~90 pages: the cache spills
    REQUIRE(saveProject(p, base.string()).ok);
    // A transaction in the middle of writing pages into the database (the cache of 10 pages spills),
    // copied as a crash would leave it: a half-written file and the journal that undoes it.
    const fs::path f = dir.path / "hot.m2ai";
    {
        Db db(base.string(), SQLITE_OPEN_READWRITE);
        db.exec("PRAGMA cache_size = 10; BEGIN; UPDATE climate_month SET dry_bulb_c = dry_bulb_c + 1");
        fs::copy_file(base, f);
        fs::copy_file(base.string() + "-journal", f.string() + "-journal");
        db.exec("ROLLBACK");
    }
    fs::remove(base);
    REQUIRE(listing(dir.path) == std::vector<std::string>{"hot.m2ai", "hot.m2ai-journal"});
    REQUIRE(readBytes(f.string() + "-journal").at(0) != '\0');  // hot: the journal's magic is written

    const auto before = snapshot(dir.path);
    const OpenResult opened = openProject(f.string());
    CHECK_FALSE(opened.ok);
    CHECK(opened.error == f.string() + ": " + journalMessage("hot.m2ai"));
    CHECK(opened.error.find("readonly") == std::string::npos);  // what it used to say
    CHECK(snapshot(dir.path) == before);

    const SaveResult saved = saveProject(p, f.string());
    CHECK_FALSE(saved.ok);
    CHECK(saved.error == "cannot save " + f.string() + ": " + journalMessage("hot.m2ai"));
    CHECK(snapshot(dir.path) == before);

    // The recovery the message describes rolls the half-done write back: the original project.
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.text("PRAGMA quick_check") == "ok");
    }
    CHECK(listing(dir.path) == std::vector<std::string>{"hot.m2ai"});
    const OpenResult recovered = openProject(f.string());
    INFO(recovered.error);
    REQUIRE(recovered.ok);
    CHECK(recovered.portfolio == p);
}

TEST_CASE("a journal SQLite would not apply does not block opening", "[storage][sidefiles]") {
    const TempDir dir("m2ai-storage-coldjournal");
    const fs::path f = dir.path / "c.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), f.string()).ok);
    // PRAGMA journal_mode = PERSIST leaves a journal whose header is zeroed after each commit.
    writeBytes(f.string() + "-journal", std::string(512, '\0'));
    const auto before = snapshot(dir.path);
    const OpenResult opened = openProject(f.string());
    INFO(opened.error);
    CHECK(opened.ok);
    CHECK(snapshot(dir.path) == before);
    // An empty one (journal_mode = TRUNCATE) likewise.
    writeBytes(f.string() + "-journal", "");
    CHECK(openProject(f.string()).ok);
}

TEST_CASE("a save over a WAL-mode project writes a rollback-journal mode file", "[storage][sidefiles]") {
    const TempDir dir("m2ai-storage-savewal");
    const fs::path f = dir.path / "s.m2ai";
    const Portfolio p = fixturePortfolio();
    REQUIRE(saveProject(p, f.string()).ok);
    CHECK(fileFormatVersions(f) == 11);
    {
        Db db(f.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.text("PRAGMA journal_mode = WAL") == "wal");
    }
    REQUIRE(fileFormatVersions(f) == 22);
    Portfolio changed = p;
    changed.name = "Saved over a WAL-mode file";
    const SaveResult saved = saveProject(changed, f.string());
    INFO(saved.error);
    REQUIRE(saved.ok);
    CHECK(fileFormatVersions(f) == 11);
    CHECK(Db(f.string(), SQLITE_OPEN_READONLY).text("PRAGMA journal_mode") == "delete");
    CHECK(listing(dir.path) == std::vector<std::string>{"s.m2ai"});
    CHECK(openProject(f.string()).portfolio == changed);
}
