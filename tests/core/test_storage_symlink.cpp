// Saving through symbolic links: the project file (saveProject) and the JSON/CSV path
// (writeFileAtomically) both replace the file the link finally names and keep the link, for
// relative, absolute, chained and dangling links; a loop is refused with nothing written.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "io/AtomicWrite.h"
#include "storage/ProjectFile.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

Portfolio named(const std::string& name) {
    Portfolio p = fixturePortfolio();
    p.name = name;
    return p;
}

std::string nameIn(const fs::path& project) {
    const OpenResult opened = openProject(project.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    return opened.portfolio.name;
}

}  // namespace

TEST_CASE("saving a project through a symbolic link writes its target and keeps the link",
          "[storage][symlink]") {
    const TempDir dir("m2ai-storage-symlink");
    const fs::path data = dir.path / "data";
    const fs::path links = dir.path / "links";
    fs::create_directories(data);
    fs::create_directories(links);
    const fs::path target = data / "p.m2ai";
    REQUIRE(saveProject(named("original"), target.string()).ok);

    SECTION("a relative link in another folder") {
        fs::create_symlink("../data/p.m2ai", links / "rel.m2ai");
        REQUIRE(saveProject(named("via relative link"), (links / "rel.m2ai").string()).ok);
        CHECK(fs::is_symlink(links / "rel.m2ai"));
        CHECK(fs::read_symlink(links / "rel.m2ai") == "../data/p.m2ai");
        CHECK(nameIn(target) == "via relative link");
        CHECK(listing(links) == std::vector<std::string>{"rel.m2ai"});  // no temp file beside the link
        CHECK(listing(data) == std::vector<std::string>{"p.m2ai"});
    }
    SECTION("a chain of links, the first absolute") {
        fs::create_symlink(target, links / "second.m2ai");
        fs::create_symlink("second.m2ai", links / "first.m2ai");
        REQUIRE(saveProject(named("via a chain"), (links / "first.m2ai").string()).ok);
        CHECK(fs::is_symlink(links / "first.m2ai"));
        CHECK(fs::is_symlink(links / "second.m2ai"));
        CHECK(nameIn(target) == "via a chain");
    }
    SECTION("a dangling link: the save creates its target") {
        fs::create_symlink("../data/new.m2ai", links / "dangling.m2ai");
        REQUIRE(saveProject(named("new through a dangling link"), (links / "dangling.m2ai").string()).ok);
        CHECK(fs::is_symlink(links / "dangling.m2ai"));
        CHECK(nameIn(data / "new.m2ai") == "new through a dangling link");
        CHECK(nameIn(target) == "original");
    }
    SECTION("the permissions of the target are kept") {
        fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
        fs::create_symlink(target, links / "private.m2ai");
        REQUIRE(saveProject(named("private"), (links / "private.m2ai").string()).ok);
        CHECK((fs::status(target).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write));
    }
    SECTION("a loop is refused and nothing is written") {
        fs::create_symlink("b.m2ai", links / "a.m2ai");
        fs::create_symlink("a.m2ai", links / "b.m2ai");
        const SaveResult r = saveProject(named("loop"), (links / "a.m2ai").string());
        CHECK_FALSE(r.ok);
        CHECK(r.error ==
              "cannot save " + (links / "a.m2ai").string() + ": too many levels of symbolic links (a loop?)");
        CHECK(listing(links) == std::vector<std::string>{"a.m2ai", "b.m2ai"});
        CHECK(fs::is_symlink(links / "a.m2ai"));
    }
    SECTION("a link to a folder is refused") {
        fs::create_symlink(data, links / "folder.m2ai");
        const SaveResult r = saveProject(named("folder"), (links / "folder.m2ai").string());
        CHECK_FALSE(r.ok);
        CHECK(r.error == "cannot save " + (links / "folder.m2ai").string() + ": it is a folder");
    }
}

TEST_CASE("writeFileAtomically writes through symbolic links and keeps permissions", "[storage][symlink]") {
    const TempDir dir("m2ai-atomic-symlink");
    const fs::path data = dir.path / "data";
    const fs::path links = dir.path / "links";
    fs::create_directories(data);
    fs::create_directories(links);
    const fs::path target = data / "out.json";
    REQUIRE(writeFileAtomically(target.string(), "old").ok);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);

    fs::create_symlink("../data/out.json", links / "second.json");
    fs::create_symlink("second.json", links / "first.json");
    REQUIRE(writeFileAtomically((links / "first.json").string(), "new through two links").ok);
    CHECK(readBytes(target) == "new through two links");
    CHECK(fs::is_symlink(links / "first.json"));
    CHECK(fs::is_symlink(links / "second.json"));
    CHECK((fs::status(target).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(listing(links) == std::vector<std::string>{"first.json", "second.json"});
    CHECK(listing(data) == std::vector<std::string>{"out.json"});

    fs::create_symlink("../data/created.csv", links / "dangling.csv");
    REQUIRE(writeFileAtomically((links / "dangling.csv").string(), "a,b\n").ok);
    CHECK(fs::is_symlink(links / "dangling.csv"));
    CHECK(readBytes(data / "created.csv") == "a,b\n");

    fs::create_symlink("loop2.csv", links / "loop1.csv");
    fs::create_symlink("loop1.csv", links / "loop2.csv");
    CHECK_FALSE(writeFileAtomically((links / "loop1.csv").string(), "x").ok);
    CHECK(writeFileAtomically((links / "loop1.csv").string(), "x").error ==
          "cannot write " + (links / "loop1.csv").string() + ": too many levels of symbolic links (a loop?)");
    CHECK(fs::is_symlink(links / "loop1.csv"));
}

TEST_CASE("resolveSaveTarget follows only links, and stops at 40", "[storage][symlink]") {
    const TempDir dir("m2ai-resolve-target");
    CHECK(resolveSaveTarget((dir.path / "plain.m2ai").string()).path == (dir.path / "plain.m2ai").string());
    writeBytes(dir.path / "file", "x");
    fs::path previous = dir.path / "file";
    for (int i = 0; i < 40; ++i) {  // link0 → file, link1 → link0, … link39 → link38
        const fs::path link = dir.path / ("link" + std::to_string(i));
        fs::create_symlink(previous.filename(), link);
        previous = link;
    }
    const SaveTarget forty = resolveSaveTarget((dir.path / "link39").string());
    CHECK(forty.ok);
    CHECK(forty.path == (dir.path / "file").string());
    fs::create_symlink("link39", dir.path / "link40");
    const SaveTarget fortyOne = resolveSaveTarget((dir.path / "link40").string());
    CHECK_FALSE(fortyOne.ok);
    CHECK(fortyOne.error == "too many levels of symbolic links (a loop?)");
}
