// Issue 16: the JSON portfolio reader's problems and the portfolio file's errors are marked
// sentences (validation/CoreMessage.h), so the GUI and the CLI translate them. The English text is
// exactly what the readers wrote before; every problem the readers themselves word has code
// Formatted, none Generic (a sentence left unconverted fails here).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "sample/Sample.h"

namespace fs = std::filesystem;
using namespace m2ai;
using nlohmann::json;

namespace {

json sampleJson() {
    return json::parse(portfolioToJson(samplePortfolio()));
}

// Every problem of text, as portfolioFromJson reports them.
std::vector<Problem> problemsOf(const std::string& text) {
    return portfolioFromJson(text).problems;
}

const Problem* find(const std::vector<Problem>& problems, const std::string& path) {
    for (const Problem& p : problems)
        if (p.path == path) return &p;
    return nullptr;
}

fs::path freshDir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("The JSON reader's problems keep their English text and carry their sentence", "[trjson]") {
    SECTION("a parse error keeps nlohmann's detail as an argument") {
        const auto problems = problemsOf("{\n  \"format\": }");
        REQUIRE(problems.size() == 1);
        const Problem& p = problems[0];
        CHECK(p.path == "(document)");
        CHECK(p.message.rfind("malformed JSON at line 2, column 13 (near format): ", 0) == 0);
        CHECK(p.code == ProblemCode::Formatted);
        const CoreMessage m = formattedText(p);
        CHECK(m.context == "JsonReader");
        CHECK(m.format == "malformed JSON at line %1, column %2 (near %3): %4");
        REQUIRE(m.args.size() == 4);
        CHECK(m.args[0] == "2");
        CHECK(m.args[1] == "13");
        CHECK(m.args[2] == "format");
        CHECK(m.english() == p.message);
    }
    SECTION("a parse error outside any value has no 'near'") {
        const auto problems = problemsOf("{} x");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.rfind("malformed JSON at line 1, column 4: ", 0) == 0);
        CHECK(formattedText(problems[0]).format == "malformed JSON at line %1, column %2: %3");
    }
    SECTION("a wrong type names the field's type and the value") {
        json doc = sampleJson();
        doc["sites"][0]["latitudeDeg"] = "north";
        const auto problems = problemsOf(doc.dump());
        const Problem* p = find(problems, "sites[0].latitudeDeg");
        REQUIRE(p);
        CHECK(p->message == "must be a number, got string \"north\"");
        CHECK(p->code == ProblemCode::Formatted);
        CHECK(formattedText(*p).args == std::vector<std::string>{"string \"north\""});
    }
    SECTION("an unknown enum value lists the allowed names") {
        json doc = sampleJson();
        doc["sites"][0]["energySource"] = "coal";
        const auto problems = problemsOf(doc.dump());
        const Problem* p = find(problems, "sites[0].energySource");
        REQUIRE(p);
        CHECK(p->message.rfind("unknown value \"coal\", allowed: ", 0) == 0);
        CHECK(formattedText(*p).format == "unknown value %1, allowed: %2");
    }
    SECTION("a newer formatVersion") {
        const auto problems = problemsOf(R"({"format": "mine2ai-portfolio", "formatVersion": 7})");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].toString() ==
              "formatVersion: file was written by a newer Mine2AI (formatVersion 7); this version reads "
              "formatVersion 1");
        CHECK(problems[0].code == ProblemCode::Formatted);
    }
    SECTION("the financing reader's problems keep their sentence through the portfolio reader") {
        json doc = sampleJson();
        doc["financing"]["taxEnabled"] = 3;
        doc["financing"]["surprise"] = true;
        const auto problems = problemsOf(doc.dump());
        const Problem* type = find(problems, "financing.taxEnabled");
        REQUIRE(type);
        CHECK(type->message == "must be true or false, got number 3");
        CHECK(type->code == ProblemCode::Formatted);
        const Problem* unknown = find(problems, "financing.surprise");
        REQUIRE(unknown);
        CHECK(unknown->message == "unknown key");
        CHECK(formattedText(*unknown).format == "unknown key");
    }
}

TEST_CASE("Every problem the JSON reader words on hostile input has a sentence, none is Generic",
          "[trjson]") {
    std::vector<std::string> inputs = {
        "{",
        "{} x",
        "[1, 2]",
        R"({"format": 1})",
        R"({"format": "other"})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 99})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 0})",
        R"({"format": "mine2ai-portfolio", "formatVersion": "1"})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 1, "a": 1, "a": 2})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 1, "x": 1e999})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 1, "sites": 3})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 1, "sites": [1, "a", null]})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 1, "notes": 5})",
        R"({"format": "mine2ai-portfolio", "formatVersion": 1, "financing": [1]})",
        std::string(100, '[') + std::string(100, ']'),
    };
    {
        // One of every kind of wrong value in an otherwise good document.
        json doc = sampleJson();
        doc["startMonth"] = "2027";
        doc["horizonYears"] = 1e12;
        doc["discountRatePct"] = json::array();
        doc["terminalValue"] = 4;
        doc["costs"]["coolingUsdPerMwIt"] = 3;
        doc["costs"]["unknownCost"] = 1;
        doc["financing"]["depreciation"] = "fast";
        doc["financing"]["siteTaxOverrides"] = 4;
        doc["financing"]["debt"]["tenorYears"] = 1.5;
        doc["financing"]["debt"]["minDscr"] = "high";
        doc["financing"]["costOfEquityPct"] = false;
        doc["notes"] = json::array({{{"path", "costs.contingencyPct"}, {"note", "a"}},
                                    {{"path", "costs.contingencyPct"}, {"note", "b"}}});
        json& site = doc["sites"][0];
        site["name"] = 5;
        site.erase("country");
        site["climate"]["dryBulbC"] = json::array({1, 2});
        site["climate"]["wetBulbC"][3] = "cold";
        site["mining"]["units"] = 99999999999LL;
        site["mining"]["uptimePct"] = nullptr;
        site["gridQueue"] = "soon";
        site["hourlyClimate"] = {{"format", "csv"}, {"hours", 5},     {"source", 1},     {"elevationM", 0},
                                 {"dryBulbC", ""},  {"wetBulbC", ""}, {"pressurePa", ""}};
        site["plan"]["gpu"]["enabled"] = "yes";
        site["plan"]["extraTasks"] = 5;
        doc["sites"][1]["plan"]["extraTasks"] = json::array({{{"id", 1}, {"dependsOn", "x"}}});
        doc["sites"][1]["hourlyClimate"] = {{"format", "float32-le-base64"},
                                            {"hours", 8760},
                                            {"source", ""},
                                            {"elevationM", 0},
                                            {"dryBulbC", "AAAA"},
                                            {"wetBulbC", ""},
                                            {"pressurePa", ""}};
        inputs.push_back(doc.dump());
    }
    std::size_t seen = 0;
    for (const std::string& text : inputs) {
        const JsonImport imported = portfolioFromJson(text);
        INFO(text.substr(0, 200));
        CHECK_FALSE(imported.ok());
        for (const Problem& p : imported.problems) {
            INFO(p.toString());
            CHECK(p.code != ProblemCode::Generic);
            if (p.code == ProblemCode::Formatted) {
                const CoreMessage m = formattedText(p);
                CHECK((m.context == "JsonReader"));
                CHECK(m.english() == p.message);
            }
            ++seen;
        }
    }
    CHECK(seen > 40);  // the inputs did reach the readers' many checks
}

TEST_CASE("The portfolio file's errors keep their English text and carry their sentence", "[trjson]") {
    const fs::path dir = freshDir("m2ai-trjson");
    std::ofstream(dir / "text.json") << "hello";
    fs::create_directories(dir / "folder.json");
    struct Case {
        std::string path;
        std::string english;
        const char* format;
    };
    const std::string missing = (dir / "missing.json").string();
    const std::string text = (dir / "text.json").string();
    const std::string folder = (dir / "folder.json").string();
    for (const Case& c : {
             Case{missing, missing + ": cannot open the file (missing or unreadable)",
                  "%1: cannot open the file (missing or unreadable)"},
             Case{text, text + ": not a Mine2AI project (.m2ai) or portfolio JSON file",
                  "%1: not a Mine2AI project (.m2ai) or portfolio JSON file"},
             Case{folder, folder + ": not a regular file", "%1: not a regular file"},
         }) {
        const LoadedPortfolio loaded = loadPortfolioFile(c.path);
        CHECK_FALSE(loaded.ok);
        CHECK(loaded.error == c.english);
        CHECK(loaded.errorMessage.context == "PortfolioFile");
        CHECK(loaded.errorMessage.format == c.format);
        CHECK(loaded.errorMessage.english() == loaded.error);
    }

    // A file with problems: the summary line, and the line about the problems left out.
    std::string many = R"({"format": "mine2ai-portfolio", "formatVersion": 1)";
    for (int i = 0; i < 150; ++i) many += ", \"k" + std::to_string(i) + "\": 1";
    many += "}";
    std::ofstream(dir / "many.json") << many;
    const LoadedPortfolio loaded = loadPortfolioFile((dir / "many.json").string());
    REQUIRE_FALSE(loaded.ok);
    REQUIRE(loaded.problemCount > loaded.problems.size());
    CHECK(loaded.errorMessage.format == std::string("%1: %2 problem(s), first: %3"));
    CHECK(loaded.errorMessage.english() == loaded.error);
    const CoreMessage more = omittedProblemsMessage(loaded);
    CHECK(more.context == "PortfolioFile");
    CHECK(more.english() == omittedProblemsLine(loaded));
    CHECK(omittedProblemsLine(loaded) ==
          "… and " + std::to_string(loaded.problemCount - loaded.problems.size()) +
              " more problems (only the first " + std::to_string(loaded.problems.size()) + " are listed)");
    fs::remove_all(dir);
}
