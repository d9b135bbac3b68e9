// Per-input notes and sources (issue 15): the model's checks, the schema-3 "notes" topic
// (storage/SchemaV3Notes.cpp) and the JSON round trip.
#include <catch2/catch.hpp>

#include "io/JsonIo.h"
#include "model/InputNotes.h"
#include "sample/Sample.h"
#include "storage/ProjectFile.h"
#include "test_storage_support.h"

using namespace m2ai;
using Catch::Matchers::Contains;
using storagetest::Db;
using storagetest::TempDir;

namespace {

Portfolio notedPortfolio() {
    Portfolio p = samplePortfolio();
    setInputNote(p.notes, "costs.contingencyPct",
                 {"Raised after the Tydal quote", "EPC quote 2026-03, p. 4"});
    setInputNote(p.notes, "sites[0].gridInterconnectMw",
                 {"Per the utility's letter\nof 3 March\t(signed)", ""});
    setInputNote(p.notes, "discountRatePct", {"", "Board paper 12 — «WACC» 10 %"});
    return p;
}

}  // namespace

TEST_CASE("input notes: plain text within limits is accepted, anything else refused naming the field",
          "[notes]") {
    CHECK(checkInputNote("sites[3].plan.gpu.kwPerRack", {"ok", "src"}).ok);
    CHECK(checkInputNote("climate.dryBulbC[3]", {"ok", ""}).ok);

    const InputNoteCheck longNote = checkInputNote("costs.contingencyPct", {std::string(2001, 'x'), ""});
    CHECK_FALSE(longNote.ok);
    CHECK_THAT(longNote.error, Contains("note for costs.contingencyPct") && Contains("2000"));
    CHECK(checkInputNote("costs.contingencyPct", {std::string(2000, 'x'), ""}).ok);

    const InputNoteCheck nul = checkInputNote("discountRatePct", {"", std::string("a\0b", 3)});
    CHECK_FALSE(nul.ok);
    CHECK_THAT(nul.error, Contains("source for discountRatePct") && Contains("control"));
    CHECK_FALSE(checkInputNote("discountRatePct", {"esc\x1b[31m", ""}).ok);
    CHECK_FALSE(checkInputNote("discountRatePct", {"bad \xC3\x28 utf8", ""}).ok);
    CHECK_FALSE(checkInputNote("discountRatePct", {"overlong \xC0\xAF", ""}).ok);
    CHECK_FALSE(checkInputNote("discountRatePct", {"truncated \xE2\x82", ""}).ok);
    CHECK(checkInputNote("discountRatePct", {"euro \xE2\x82\xAC and 😀", ""}).ok);

    for (const char* path : {"", "sites[].x", "sites[0]x", ".a", "a..b", "a b", "1a", "a[1", "sites[0]. x"}) {
        INFO(path);
        const InputNoteCheck c = checkInputNote(path, {"n", ""});
        CHECK_FALSE(c.ok);
        CHECK_THAT(c.error, Contains("not a field path"));
    }
    CHECK_FALSE(checkInputNote(std::string(201, 'a'), {"n", ""}).ok);
}

TEST_CASE("input notes: an empty note removes the entry, site removal renumbers", "[notes]") {
    InputNotes n;
    setInputNote(n, "sites[0].gridInterconnectMw", {"a", ""});
    setInputNote(n, "sites[1].gridInterconnectMw", {"b", ""});
    setInputNote(n, "sites[12].plan.gpu.kwPerRack", {"c", ""});
    setInputNote(n, "costs.contingencyPct", {"d", ""});
    setInputNote(n, "costs.contingencyPct", {});
    CHECK(findInputNote(n, "costs.contingencyPct") == nullptr);
    CHECK(n.byPath.size() == 3);

    renumberNotesAfterRemovedSite(n, 1);
    CHECK(findInputNote(n, "sites[0].gridInterconnectMw")->note == "a");
    CHECK(findInputNote(n, "sites[1].gridInterconnectMw") == nullptr);
    CHECK(findInputNote(n, "sites[11].plan.gpu.kwPerRack")->note == "c");

    renumberNotesAfterInsertedSite(n, 0);
    CHECK(findInputNote(n, "sites[1].gridInterconnectMw")->note == "a");
    CHECK(findInputNote(n, "sites[12].plan.gpu.kwPerRack")->note == "c");
    CHECK(n.byPath.size() == 2);
}

TEST_CASE("schema 3 notes: saved and opened unchanged, byte for byte", "[storage][notes]") {
    TempDir dir("m2ai-notes");
    const std::string path = (dir.path / "n.m2ai").string();
    const Portfolio p = notedPortfolio();
    REQUIRE(saveProject(p, path).ok);
    const OpenResult opened = openProject(path);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio.notes == p.notes);
    CHECK(opened.portfolio == p);
    {
        Db db(path, SQLITE_OPEN_READONLY);
        CHECK(db.integer("SELECT count(*) FROM input_note") == 3);
    }
}

TEST_CASE("schema 3 notes: hostile rows are refused naming the field, the file left untouched",
          "[storage][notes]") {
    TempDir dir("m2ai-notes-hostile");
    const std::string path = (dir.path / "n.m2ai").string();
    REQUIRE(saveProject(notedPortfolio(), path).ok);

    struct Case {
        const char* sql;
        const char* expect;
    };
    const Case cases[] = {
        {"UPDATE input_note SET note = 'x' || char(0) || 'y' WHERE path = 'costs.contingencyPct'",
         "note for costs.contingencyPct"},
        {"UPDATE input_note SET source = 'a' || char(27) WHERE path = 'discountRatePct'",
         "source for discountRatePct"},
        {"UPDATE input_note SET path = 'sites[0]; DROP TABLE site' WHERE path = 'discountRatePct'",
         "not a field path"},
        {"UPDATE input_note SET note = CAST(x'C328' AS TEXT) WHERE path = 'discountRatePct'", "UTF-8"},
    };
    for (const Case& c : cases) {
        INFO(c.sql);
        TempDir copy("m2ai-notes-hostile-copy");
        const std::string target = (copy.path / "h.m2ai").string();
        std::filesystem::copy_file(path, target);
        {
            Db db(target, SQLITE_OPEN_READWRITE);
            db.exec(c.sql);
        }
        const std::string before = storagetest::readBytes(target);
        const OpenResult opened = openProject(target);
        CHECK_FALSE(opened.ok);
        CHECK_THAT(opened.error, Contains(c.expect));
        CHECK(storagetest::readBytes(target) == before);
    }
    // The table's own checks refuse an over-long note or a blob before the reader sees it.
    Db db(path, SQLITE_OPEN_READWRITE);
    CHECK_THROWS(
        db.exec("UPDATE input_note SET note = printf('%.2001c', 'x') WHERE path = 'discountRatePct'"));
    CHECK_THROWS(db.exec("UPDATE input_note SET note = x'41' WHERE path = 'discountRatePct'"));
}

TEST_CASE("schema 2 to 3: a file without notes opens with none", "[storage][notes]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v2.m2ai");
    REQUIRE(opened.ok);
    CHECK(opened.portfolio.notes.byPath.empty());
}

TEST_CASE("JSON notes: round trip, absent when empty, bad elements named", "[json][notes]") {
    const Portfolio p = notedPortfolio();
    const std::string text = portfolioToJson(p);
    CHECK_THAT(text, Contains("\"notes\""));
    const JsonImport back = portfolioFromJson(text);
    REQUIRE(back.ok());
    CHECK(back.portfolio.notes == p.notes);
    CHECK(back.portfolio == p);

    CHECK_THAT(portfolioToJson(samplePortfolio()), !Contains("\"notes\""));

    Portfolio plain = samplePortfolio();
    std::string doc = portfolioToJson(plain);
    const auto at = doc.find("\"sites\"");
    REQUIRE(at != std::string::npos);
    auto withNotes = [&](const std::string& notes) {
        std::string d = doc;
        d.insert(at, "\"notes\": " + notes + ",\n  ");
        return portfolioFromJson(d);
    };
    const JsonImport tooLong =
        withNotes(R"([{"path": "costs.contingencyPct", "note": ")" + std::string(2001, 'x') + R"("}])");
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.problems[0].path == "notes[0]");
    CHECK_THAT(tooLong.problems[0].message, Contains("note for costs.contingencyPct"));

    const JsonImport badPath = withNotes(R"([{"path": "costs contingency", "note": "x"}])");
    REQUIRE_FALSE(badPath.ok());
    CHECK_THAT(badPath.problems[0].message, Contains("not a field path"));

    const JsonImport dup =
        withNotes(R"([{"path": "discountRatePct", "note": "a"}, {"path": "discountRatePct", "note": "b"}])");
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.problems[0].path == "notes[1].path");

    const JsonImport notArray = withNotes(R"({"discountRatePct": "a"})");
    REQUIRE_FALSE(notArray.ok());
    CHECK(notArray.problems[0].path == "notes");

    const JsonImport unknownKey = withNotes(R"([{"path": "discountRatePct", "note": "a", "colour": "red"}])");
    CHECK_FALSE(unknownKey.ok());
}
