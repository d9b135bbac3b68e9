// `mine2ai-cli scenarios` and `compute --scenario` end to end (issue 14).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "support/RunProcess.h"

using m2ai::test::runProcess;
using namespace m2ai;
namespace fs = std::filesystem;

namespace {

const std::string kCli = M2AI_CLI_PATH;

fs::path writeSampleWithScenarios(const std::string& name, bool removedSite) {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-cli-scenarios-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    Portfolio p = samplePortfolio();
    p.scenarios.push_back({"Cheap rent", {{"Rockdale", "plan.business.colocationUsdPerKwMonth", 50.0}}});
    p.scenarios.push_back({"Dear money", {{"", "discountRatePct", 14.0}}});
    if (removedSite) p.scenarios.back().overrides.push_back({"Atlantis", "plan.gpu.kwPerRack", 80.0});
    fs::path file = dir / name;
    std::ofstream(file) << portfolioToJson(p);
    return file;
}

}  // namespace

TEST_CASE("cli scenarios --json: base first, one entry per scenario and site", "[cli][scenarios]") {
    const fs::path file = writeSampleWithScenarios("ok.json", false);
    const auto r = runProcess(kCli, {"scenarios", file.string(), "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["format"] == "mine2ai-scenario-comparison");
    REQUIRE(j["scenarios"].size() == 3);
    CHECK(j["scenarios"][0]["base"] == true);
    CHECK(j["scenarios"][1]["name"] == "Cheap rent");
    CHECK(j["scenarios"][2]["siteFigures"].size() == j["sites"].size());
    // A higher discount rate lowers the NPV of a portfolio that earns after it spends.
    CHECK(j["scenarios"][2]["portfolioTotals"]["npvChangeFromBaseUsd"].get<double>() < 0.0);
    // The IRR of the feasible sites' equity flows summed (docs/model.md "Portfolio equity IRR").
    CHECK(j["scenarios"][0]["portfolioTotals"]["equityIrr"].is_number());
    CHECK(j["scenarios"][0]["portfolioTotals"]["firstRfsMonth"].is_string());

    const auto text = runProcess(kCli, {"scenarios", file.string()});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Cheap rent") && Catch::Contains("Incremental NPV (M USD)") &&
                             Catch::Contains("Rockdale"));
}

TEST_CASE("cli compute --scenario computes the scenario, and refuses an unknown one", "[cli][scenarios]") {
    const fs::path file = writeSampleWithScenarios("compute.json", false);
    const auto base = runProcess(kCli, {"compute", file.string(), "--json"});
    const auto dear = runProcess(kCli, {"compute", file.string(), "--json", "--scenario", "Dear money"});
    INFO(dear.err);
    REQUIRE(base.exitCode == 0);
    REQUIRE(dear.exitCode == 0);
    CHECK(base.out != dear.out);
    const auto unknown = runProcess(kCli, {"compute", file.string(), "--scenario", "Nope"});
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::Contains("'Nope'") && Catch::Contains("'Dear money'"));
}

TEST_CASE("cli: an override of a removed site is reported, not silently dropped", "[cli][scenarios]") {
    const fs::path file = writeSampleWithScenarios("removed.json", true);
    const auto compute = runProcess(kCli, {"compute", file.string(), "--scenario", "Dear money"});
    CHECK(compute.exitCode == 1);
    CHECK(compute.out.empty());
    CHECK_THAT(compute.err, Catch::Contains("scenarios[1].overrides[1]") && Catch::Contains("'Atlantis'"));
    const auto compare = runProcess(kCli, {"scenarios", file.string(), "--json"});
    CHECK(compare.exitCode == 1);
    const auto j = nlohmann::json::parse(compare.out);
    REQUIRE(j["scenarios"][2]["problems"].size() == 1);
    CHECK(j["scenarios"][2]["problems"][0]["path"] == "scenarios[1].overrides[1]");
}
