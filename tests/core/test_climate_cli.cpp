// mine2ai-cli climate and import-epw (app/cli/ClimateCommand.cpp), run as a process on the two TMY3
// files of shared/data/weather.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "climate/EpwClimate.h"
#include "core/test_storage_support.h"
#include "io/PortfolioFile.h"
#include "sample/Sample.h"
#include "support/RunProcess.h"

using namespace m2ai;
using m2ai::test::runProcess;
namespace fs = std::filesystem;

namespace {
fs::path weatherFile(const char* name) {
    return fs::path(M2AI_SHARED_DIR) / "data/weather" / name;
}
const char* const kPittsburgh = "USA_PA_Pittsburgh-Allegheny.County.AP.725205_TMY3.epw";
const char* const kPortAngeles = "USA_WA_Port.Angeles-William.R.Fairchild.Intl.AP.727885_TMY3.epw";
}  // namespace

TEST_CASE("cli climate: monthly means, design conditions and hours per mode per technology",
          "[cli][climate]") {
    const fs::path epw = weatherFile(kPittsburgh);
    if (!fs::exists(epw)) {
        WARN("shared weather data not found at " << epw << "; CLI climate check not run");
        return;
    }
    const auto text = runProcess(M2AI_CLI_PATH, {"climate", epw.string()});
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("dry-bulb 29.2 °C, wet-bulb 22.75 °C"));
    CHECK_THAT(text.out, Catch::Contains("Climate Design Data 2009 ASHRAE Handbook): dry-bulb 32.2 °C"));
    CHECK_THAT(text.out, Catch::Contains("direct-to-chip"));

    const auto json = runProcess(M2AI_CLI_PATH, {"climate", epw.string(), "--json"});
    REQUIRE(json.exitCode == 0);
    const nlohmann::json j = nlohmann::json::parse(json.out);
    CHECK(j["hours"] == 8760);
    CHECK(j["design"]["publishedWetBulbC"] == 24.0);
    REQUIRE(j["technologies"].size() == 4);
    for (const auto& t : j["technologies"]) {
        INFO(t["technology"]);
        const double hours = t["freeHours"].get<double>() + t["economiserHours"].get<double>() +
                             t["mechanicalHours"].get<double>();
        CHECK(hours == 8760.0);
        CHECK(t["annualPue"].get<double>() >= t["annualPueFromMonthlyMeans"].get<double>());  // convexity
        CHECK(t["designPue"].get<double>() >= t["annualPue"].get<double>());
        if (t["technology"] == "immersion") CHECK(t["wueLPerKwh"] == 0.0);  // dry coolers
    }
    CHECK(runProcess(M2AI_CLI_PATH, {"climate"}).exitCode == 2);
    CHECK(runProcess(M2AI_CLI_PATH, {"climate", epw.string(), "--nope"}).exitCode == 2);
    const auto missing = runProcess(M2AI_CLI_PATH, {"climate", "/nonexistent.epw"});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.empty());
}

TEST_CASE("cli import-epw: attaches the hours to the named site and reopens equal", "[cli][climate]") {
    const fs::path epw = weatherFile(kPortAngeles);
    if (!fs::exists(epw)) {
        WARN("shared weather data not found at " << epw << "; CLI import-epw check not run");
        return;
    }
    storagetest::TempDir dir("m2ai-cli-import-epw");
    const std::string project = (dir.path / "p.m2ai").string();
    REQUIRE(savePortfolioFile(samplePortfolio(), project).ok);
    const std::string before = storagetest::readBytes(project);

    // Refusals leave the project untouched.
    CHECK(runProcess(M2AI_CLI_PATH, {"import-epw", project, "--site", "Nowhere", epw.string()}).exitCode ==
          1);
    CHECK(
        runProcess(M2AI_CLI_PATH, {"import-epw", project, "--site", "Tydal", "/nonexistent.epw"}).exitCode ==
        1);
    CHECK(runProcess(M2AI_CLI_PATH, {"import-epw", project, epw.string()}).exitCode == 2);
    CHECK(storagetest::readBytes(project) == before);

    const auto r = runProcess(M2AI_CLI_PATH, {"import-epw", project, "--site", "Wenatchee", epw.string()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.err, Catch::Contains("km from the site \"Wenatchee\" (more than 100 km)"));
    const LoadedPortfolio loaded = loadPortfolioFile(project);
    REQUIRE(loaded.ok);
    const EpwClimate expected = readEpwClimate(epw.string());
    for (const Site& s : loaded.portfolio.sites) {
        INFO(s.name);
        if (s.name == "Wenatchee") {
            REQUIRE(s.hourlyClimate.has_value());
            CHECK(*s.hourlyClimate == expected.hourly);
            CHECK(s.climate == expected.climate);
            CHECK(s.latitudeDeg != expected.latitudeDeg);  // location kept without --with-location
        } else {
            CHECK_FALSE(s.hourlyClimate.has_value());
        }
    }
    const auto moved = runProcess(
        M2AI_CLI_PATH, {"import-epw", project, "--site", "Tydal", "--with-location", epw.string()});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.empty());  // the site now stands where the station is
    const LoadedPortfolio again = loadPortfolioFile(project);
    REQUIRE(again.ok);
    CHECK(again.portfolio.sites[0].latitudeDeg == expected.latitudeDeg);
    CHECK(again.portfolio.sites[0].siteClimate.elevationM == expected.elevationM);
}
