// Hostile and careless JSON (issue 10): nothing may crash, hang, throw across the API, quote a huge
// value, or print without bound. Each case is one attack class; the timing of the large ones is in
// tests/bench/bench_json.cpp, not here.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kHead = R"({"format":"mine2ai-portfolio","formatVersion":1,)";

std::string allProblems(const JsonImport& r) {
    std::string all;
    for (const auto& p : r.problems) all += p.toString() + "\n";
    return all;
}

std::string nested(std::size_t depth, const std::string& inner = "") {
    return std::string(depth, '[') + inner + std::string(depth, ']');
}

fs::path freshDir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("json hostile: 100,000 nested arrays where a string is expected", "[io][json]") {
    // A 200 KB file: parse, the problem's preview and destruction must all stay off the stack.
    const JsonImport r = portfolioFromJson(kHead + R"("name":)" + nested(100000) + "}");
    INFO(allProblems(r));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problemCount == 1);
    CHECK_THAT(r.problems[0].path, Catch::StartsWith("name[0][0]"));
    CHECK(r.problems[0].path.size() < 300);
    CHECK_THAT(r.problems[0].message, Catch::Contains("nested deeper than 64 levels"));

    // The same inside a site, and as an object chain.
    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += R"({"a":)";
    objects += "1" + std::string(100000, '}');
    const JsonImport site = portfolioFromJson(kHead + R"("sites":[{"plan":)" + objects + "}]}");
    REQUIRE(site.problems.size() == 1);
    CHECK_THAT(site.problems[0].path, Catch::StartsWith("sites[0].plan.a.a"));
    CHECK_THAT(site.problems[0].message, Catch::Contains("nested deeper than"));
}

TEST_CASE("json hostile: nesting within the limit is reported as a short preview", "[io][json]") {
    const JsonImport r = portfolioFromJson(kHead + R"("name":)" + nested(60, "1") + "}");
    const auto it =
        std::find_if(r.problems.begin(), r.problems.end(), [](const Problem& p) { return p.path == "name"; });
    REQUIRE(it != r.problems.end());
    CHECK_THAT(it->message, Catch::StartsWith("must be a string, got array [[[["));
    CHECK(it->message.size() < 100);
}

TEST_CASE("json hostile: numbers beyond the range of a double name the field", "[io][json]") {
    {
        const JsonImport r = portfolioFromJson(kHead + R"("discountRatePct":1e400})");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].toString() ==
              "discountRatePct: number out of range (beyond ±1.8e308), got 1e400");
    }
    {
        json doc = json::parse(portfolioToJson(test::generatePortfolio(3, 3)));
        std::string text = doc.dump();
        const std::string key = "\"latitudeDeg\":";
        const auto second = text.find(key, text.find(key) + 1);  // sites[1]
        const auto end = text.find(',', second);
        text.replace(second + key.size(), end - second - key.size(), "-1e400");
        const JsonImport r = portfolioFromJson(text);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].path == "sites[1].latitudeDeg");
        CHECK_THAT(r.problems[0].message, Catch::Contains("-1e400"));
    }
    {
        // An integer too long for 64 bits is read as a double; with 400 digits, as none.
        const JsonImport r = portfolioFromJson(kHead + R"("horizonYears":)" + std::string(400, '9') + "}");
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems[0].path == "horizonYears");
        CHECK(r.problems[0].message.size() < 120);
    }
}

TEST_CASE("json hostile: 100,000 bad sites give a capped list and an exact count", "[io][json]") {
    std::string sites;
    for (int i = 0; i < 100000; ++i) sites += i ? ",0" : "0";
    const JsonImport r = portfolioFromJson(kHead + R"("sites":[)" + sites + "]}");
    // 100,000 "must be an object" plus the six missing top-level keys (name … costs).
    CHECK(r.problemCount == 100006);
    REQUIRE(r.problems.size() == kMaxReportedProblems);
    CHECK(r.problems.back().toString() == "sites[93]: must be an object, got number 0");
    CHECK(r.portfolio.sites.size() == 100000);
}

TEST_CASE("json hostile: more sites than a portfolio may have are refused", "[io][json]") {
    std::string sites;
    for (std::size_t i = 0; i <= kMaxJsonSites; ++i) sites += i ? ",0" : "0";
    const JsonImport r = portfolioFromJson(kHead + R"("sites":[)" + sites + "]}");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "sites");
    CHECK_THAT(r.problems[0].message, Catch::Contains("more than 100000 sites"));
}

TEST_CASE("json hostile: duplicate keys are refused with their path", "[io][json]") {
    {
        const JsonImport r = portfolioFromJson(kHead + R"("name":"a","name":"b"})");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].toString() == "name: duplicate key: a key may appear only once in an object");
    }
    {
        std::string text = portfolioToJson(test::generatePortfolio(4, 2), -1);
        const std::string key = "\"kwPerRack\":";
        const auto second = text.find(key, text.find(key) + 1);  // sites[1].plan.gpu
        text.insert(second, key + "1,");
        const JsonImport r = portfolioFromJson(text);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].path == "sites[1].plan.gpu.kwPerRack");
        CHECK_THAT(r.problems[0].message, Catch::Contains("duplicate key"));
    }
}

TEST_CASE("json hostile: a flood of unknown keys is counted, not listed", "[io][json]") {
    // 1,000 valid sites with 200 unknown keys each: 200,000 problems, 100 kept.
    json doc = json::parse(portfolioToJson(test::generatePortfolio(5, 1000)));
    for (auto& site : doc["sites"])
        for (int k = 0; k < 200; ++k) site["x" + std::to_string(k)] = k;
    const JsonImport r = portfolioFromJson(doc.dump());
    CHECK(r.problemCount == 200000);
    REQUIRE(r.problems.size() == kMaxReportedProblems);
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("unknown key; allowed keys here: name, country"));

    // Too many values in one place: refused with one line before the tree grows further.
    std::string keys;
    for (std::size_t k = 0; k <= kMaxJsonValuesPerSite; ++k) keys += ",\"k" + std::to_string(k) + "\":0";
    const JsonImport flood = portfolioFromJson(kHead + R"("name":"n")" + keys + "}");
    REQUIRE(flood.problems.size() == 1);
    CHECK_THAT(flood.problems[0].message, Catch::Contains("more than 100000 values"));
}

TEST_CASE("json hostile: huge strings and keys are quoted as short previews", "[io][json]") {
    const std::string huge(1000000, 'x');
    json doc = json::parse(portfolioToJson(test::generatePortfolio(6, 2)));
    doc["sites"][0]["energySource"] = huge;              // enumeration
    doc["sites"][1]["plan"]["gpu"]["kwPerRack"] = huge;  // wrong type
    doc["sites"][1]["mining"][huge] = 1;                 // unknown key
    doc["currency"] = "Ä" + huge;                        // validation message quotes it
    doc["sites"][0]["name"] = "é" + huge;                // so does the duplicate-name check
    doc["sites"][1]["name"] = "é" + huge;
    const JsonImport r = portfolioFromJson(doc.dump());
    INFO(r.problems.size());
    REQUIRE(r.problems.size() == 5);
    for (const Problem& p : r.problems) {
        CHECK(p.path.size() < 100);
        CHECK(p.message.size() < 400);
    }
}

TEST_CASE("json hostile: every cut of a valid file is refused without an exception", "[io][json]") {
    const std::string text = portfolioToJson(test::generatePortfolio(7, 2));
    for (std::size_t cut = 0; cut < text.size(); cut += 97) {
        INFO("cut at " << cut);
        JsonImport r;
        REQUIRE_NOTHROW(r = portfolioFromJson(text.substr(0, cut)));
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems[0].path == "(document)");
        CHECK_THAT(r.problems[0].message, Catch::StartsWith("malformed JSON at line "));
    }
}

TEST_CASE("json hostile: the loader refuses a file over the size limit before reading it", "[io][json]") {
    const fs::path dir = freshDir("m2ai-json-limit");
    const fs::path big = dir / "big.json";
    std::ofstream(big) << "{";
    fs::resize_file(big, kMaxJsonBytes + 1);  // sparse: no disk space, no time
    const LoadedPortfolio loaded = loadPortfolioFile(big.string());
    CHECK_FALSE(loaded.ok);
    CHECK(loaded.kind == PortfolioFileKind::Json);
    CHECK(loaded.problems.empty());
    CHECK_THAT(loaded.error, Catch::StartsWith(big.string() + ": 513 MiB, larger than the 512 MiB limit"));

    const LoadedPortfolio folder = loadPortfolioFile(dir.string());
    CHECK_FALSE(folder.ok);
    CHECK(folder.error == dir.string() + ": not a regular file");
    fs::remove_all(dir);
}

TEST_CASE("json hostile: the loader names the file, counts and caps the problems", "[io][json]") {
    const fs::path dir = freshDir("m2ai-json-loader");
    const fs::path deep = dir / "deep.m2ai";  // the name does not matter: content decides
    std::ofstream(deep) << kHead << R"("name":)" << nested(100000) << "}";
    const LoadedPortfolio d = loadPortfolioFile(deep.string());
    CHECK_FALSE(d.ok);
    CHECK(d.kind == PortfolioFileKind::Json);
    REQUIRE(d.problems.size() == 1);
    CHECK_THAT(d.error, Catch::StartsWith(deep.string() + ": 1 problem(s), first: name[0]"));
    CHECK(omittedProblemsLine(d).empty());

    const fs::path bad = dir / "bad.json";
    {
        std::ofstream out(bad);
        out << kHead << R"("sites":[)";
        for (int i = 0; i < 1000; ++i) out << (i ? ",1" : "1");
        out << "]}";
    }
    const LoadedPortfolio b = loadPortfolioFile(bad.string());
    CHECK(b.problemCount == 1006);
    CHECK(b.problems.size() == kMaxReportedProblems);
    CHECK(omittedProblemsLine(b) == "… and 906 more problems (only the first 100 are listed)");
    fs::remove_all(dir);
}
