// mine2ai-cli end to end: versions, exit codes, messages that name the field, conversions.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "sample/Sample.h"
#include "support/RunProcess.h"

using m2ai::test::runProcess;
namespace fs = std::filesystem;

namespace {
const std::string kCli = M2AI_CLI_PATH;

fs::path tempDir() {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-cli-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
}
}  // namespace

TEST_CASE("cli prints the project version and help", "[cli]") {
    const auto r = runProcess(kCli, {"--version"});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "mine2ai-cli " M2AI_VERSION "\n");
    const auto help = runProcess(kCli, {"--help"});
    CHECK(help.exitCode == 0);
    for (const char* command : {"sample", "validate", "compute", "import-json", "export-json", "template",
                                "import-sites", "report", "scenarios"})
        CHECK(help.out.find(std::string("\n  ") + command + " ") != std::string::npos);
}

TEST_CASE("cli usage errors exit 2", "[cli]") {
    CHECK(runProcess(kCli, {}).exitCode == 2);
    const auto unknown = runProcess(kCli, {"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
    CHECK(runProcess(kCli, {"sample"}).exitCode == 2);
    CHECK(runProcess(kCli, {"compute", "--nonsense"}).exitCode == 2);
    CHECK(runProcess(kCli, {"import-json", "only-one.json"}).exitCode == 2);
}

TEST_CASE("cli sample → validate → import → export round trip", "[cli]") {
    const fs::path dir = tempDir();
    const auto json = (dir / "sample.json").string();
    const auto project = (dir / "sample.m2ai").string();
    const auto back = (dir / "back.json").string();
    REQUIRE(runProcess(kCli, {"sample", json}).exitCode == 0);
    const auto valid = runProcess(kCli, {"validate", json});
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.find("valid") != std::string::npos);
    REQUIRE(runProcess(kCli, {"import-json", json, project}).exitCode == 0);
    CHECK(runProcess(kCli, {"validate", project}).exitCode == 0);
    REQUIRE(runProcess(kCli, {"export-json", project, back}).exitCode == 0);
    const auto a = m2ai::loadPortfolioFile(json);
    const auto b = m2ai::loadPortfolioFile(back);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(a.portfolio == b.portfolio);
    CHECK(a.portfolio == m2ai::samplePortfolio());
    fs::remove_all(dir);
}

TEST_CASE("cli rejects invalid input with exit 1 and names the field", "[cli]") {
    const fs::path dir = tempDir();
    auto doc = nlohmann::json::parse(m2ai::portfolioToJson(m2ai::samplePortfolio()));
    doc["sites"][0]["gridInterconnectMw"] = -5;
    writeText(dir / "bad.json", doc.dump());
    const auto r = runProcess(kCli, {"validate", (dir / "bad.json").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("sites[0].gridInterconnectMw") != std::string::npos);

    writeText(dir / "garbage.m2ai", "this is not a project");
    const auto g = runProcess(kCli, {"compute", (dir / "garbage.m2ai").string()});
    CHECK(g.exitCode == 1);
    CHECK_FALSE(g.err.empty());

    const auto missing = runProcess(kCli, {"compute", (dir / "missing.m2ai").string()});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("cannot open") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("cli compute --json gives the documented keys for every sample site", "[cli]") {
    const auto r = runProcess(kCli, {"compute", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto doc = nlohmann::json::parse(r.out);
    const auto sample = m2ai::samplePortfolio();
    REQUIRE(doc["sites"].size() == sample.sites.size());
    CHECK(doc["portfolio"]["sites"] == sample.sites.size());
    for (const char* key : {"gridMw", "itMw", "gpus", "capexUsd", "npvUsd"})
        CHECK(doc["portfolio"].contains(key));
    for (const auto& site : doc["sites"]) {
        for (const char* key :
             {"gridMw", "usableCapacityMw", "itMw", "coolingMw", "electricalLossMw", "miscMw"})
            CHECK(site["powerBudget"].contains(key));
        CHECK(site["pue"]["monthly"].size() == 12);
        for (const char* key : {"durationMonths", "rfsMonth", "criticalPath", "tasks"})
            CHECK(site["schedule"].contains(key));
        for (const char* key :
             {"capexUsd", "npvUsd", "irr", "paybackMonth", "npvKeepMiningUsd", "incrementalNpvUsd"})
            CHECK(site["economics"].contains(key));
        // issue 12
        CHECK(site["feasible"] == true);  // every sample site is feasible
        CHECK(site["infeasibilities"].empty());
        for (const char* key : {"convertingIrr", "incrementalIrr", "npvWithinHorizonUsd", "terminalValueUsd"})
            CHECK(site["economics"].contains(key));
        CHECK(site["keepMining"]["curtailedMonths"].is_number_integer());
        CHECK(site["keepMining"]["npvUsd"] == site["economics"]["npvKeepMiningUsd"]);
        for (const char* key : {"facilityMwhPerYear", "co2TonnesPerYear", "waterM3PerYear"})
            CHECK(site["environment"].contains(key));
    }
    const auto table = runProcess(kCli, {"compute"});
    CHECK(table.exitCode == 0);
    for (const auto& site : sample.sites) CHECK(table.out.find(site.name) != std::string::npos);
    CHECK(table.out.find("Total") != std::string::npos);
}

TEST_CASE("cli refuses hostile JSON with exit 1, naming the file and the field", "[cli]") {
    const fs::path dir = tempDir();
    const std::string head = R"({"format":"mine2ai-portfolio","formatVersion":1,)";
    const auto deep = (dir / "deep.json").string();
    writeText(deep, head + R"("name":)" + std::string(100000, '[') + std::string(100000, ']') + "}");
    const auto d = runProcess(kCli, {"validate", deep});
    CHECK(d.exitCode == 1);
    CHECK_THAT(d.err, Catch::StartsWith(deep + ": name[0][0]"));
    CHECK_THAT(d.err, Catch::Contains("nested deeper than 64 levels"));
    CHECK(d.err.size() < 1000);

    const auto huge = (dir / "huge.json").string();
    writeText(huge, head + R"("discountRatePct":1e400})");
    const auto h = runProcess(kCli, {"compute", "--json", huge});
    CHECK(h.exitCode == 1);
    CHECK(h.out.empty());
    CHECK(h.err == huge + ": discountRatePct: number out of range (beyond ±1.8e308), got 1e400\n");

    const auto dup = (dir / "dup.json").string();
    writeText(dup, head + R"("name":"a","name":"b"})");
    const auto u = runProcess(kCli, {"import-json", dup, (dir / "out.m2ai").string()});
    CHECK(u.exitCode == 1);
    CHECK(u.err == dup + ": name: duplicate key: a key may appear only once in an object\n");
    CHECK_FALSE(fs::exists(dir / "out.m2ai"));
    fs::remove_all(dir);
}

TEST_CASE("cli prints at most 100 problems and says how many more", "[cli]") {
    const fs::path dir = tempDir();
    auto doc = nlohmann::json::parse(m2ai::portfolioToJson(m2ai::samplePortfolio()));
    for (int k = 0; k < 5000; ++k) doc["x" + std::to_string(k)] = k;
    const auto flood = (dir / "flood.json").string();
    writeText(flood, doc.dump());
    const auto r = runProcess(kCli, {"validate", flood});
    CHECK(r.exitCode == 1);
    const auto lines = std::count(r.err.begin(), r.err.end(), '\n');
    CHECK(lines == 101);
    CHECK_THAT(r.err,
               Catch::EndsWith(flood + ": … and 4900 more problems (only the first 100 are listed)\n"));
    fs::remove_all(dir);
}

TEST_CASE("cli reports a failed save with exit 1 and the path", "[cli]") {
    const fs::path dir = tempDir();
    const auto target = (dir / "no-such-dir" / "out.json").string();
    const auto r = runProcess(kCli, {"sample", target});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find(target) != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("cli past a file-size limit reports the failed save and leaves no temporary file", "[cli]") {
    const fs::path dir = tempDir() / "fsize";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto target = (dir / "sample.json").string();
    writeText(target, "previous");
    // ulimit -f 4: at most 4 blocks (2–4 KiB); the sample export is larger.
    const auto r = runProcess("/bin/sh", {"-c", "ulimit -f 4 && exec \"$0\" sample \"$1\"", kCli, target});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find(target) != std::string::npos);
    std::ifstream in(target);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "previous");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 1);
    fs::remove_all(dir);
}
