// The design percentile of a site's hourly climate (model/SiteClimate.h): the sizing it changes on
// a real TMY3 file, its validation, and its schema-4 table and JSON key (docs/file-format.md
// "Schema 4: climate").
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "catalogue/Catalogue.h"
#include "climate/EpwClimate.h"
#include "climate/HourlyClimate.h"
#include "engines/PowerBudget.h"
#include "io/JsonIo.h"
#include "storage/ProjectFile.h"
#include "support/HandCatalogue.h"
#include "test_storage_support.h"
#include "validation/Validation.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

Portfolio withPercentiles() {
    Portfolio p = fixturePortfolio();
    REQUIRE(!p.sites.empty());
    p.sites.front().siteClimate.designPercentile = 1.0;
    p.sites.back().siteClimate.designPercentile = 2.0;
    return p;
}

std::string allProblems(const std::vector<Problem>& problems) {
    std::string all;
    for (const Problem& problem : problems) all += problem.toString() + "\n";
    return all;
}

}  // namespace

TEST_CASE("design percentile: 1 % sizes Pittsburgh on milder hours and so for no less IT",
          "[pue][power][design][percentile]") {
    const fs::path file =
        fs::path(M2AI_SHARED_DIR) / "data/weather/USA_PA_Pittsburgh-Allegheny.County.AP.725205_TMY3.epw";
    if (!fs::exists(file)) {
        WARN("shared weather data not found at " << file << "; real-file check not run");
        return;
    }
    const EpwClimate epw = readEpwClimate(file.string());
    REQUIRE(epw.ok);
    const DesignConditions at04 = designConditions(epw.hourly, 0.4);
    const DesignConditions at1 = designConditions(epw.hourly, 1.0);
    const DesignConditions at2 = designConditions(epw.hourly, 2.0);
    CHECK(at1.dryBulbC < at04.dryBulbC);
    CHECK(at1.wetBulbC < at04.wetBulbC);
    CHECK(at2.dryBulbC <= at1.dryBulbC);

    const Catalogue cat = test::handCatalogue();
    for (CoolingTech t : {CoolingTech::Air, CoolingTech::Hybrid}) {
        Site s;
        s.plan.cooling.enabled = true;
        s.plan.cooling.technology = t;
        s.climate = epw.climate;
        s.hourlyClimate = epw.hourly;
        s.gridInterconnectMw = 50.0;  // the grid binds
        s.plan.electrical.installedBlocks = 10;
        const PowerBudget strict = computePowerBudget(s, cat);
        s.siteClimate.designPercentile = 1.0;
        const PowerBudget milder = computePowerBudget(s, cat);
        INFO(toName(t) << ": IT " << strict.itMw << " MW at 0.4 %, " << milder.itMw << " MW at 1 %");
        CHECK(strict.pue.designExceedancePct == 0.4);
        CHECK(milder.pue.designExceedancePct == 1.0);
        CHECK_THAT(milder.pue.designDryBulbC, Catch::Matchers::WithinAbs(at1.dryBulbC, 1e-9));
        CHECK(milder.pue.designPue <= strict.pue.designPue);
        CHECK(milder.itMw >= strict.itMw);
    }
}

TEST_CASE("design percentile: only the ASHRAE 0.4, 1 and 2 % are accepted", "[validation][percentile]") {
    Portfolio p = fixturePortfolio();
    for (double ok : {0.4, 1.0, 2.0}) {
        p.sites.front().siteClimate.designPercentile = ok;
        CHECK(allProblems(validate(p)).find("designPercentile") == std::string::npos);
    }
    p.sites.front().siteClimate.designPercentile = 5.0;
    const std::string problems = allProblems(validate(p));
    CHECK_THAT(problems, Catch::Contains("sites[0].siteClimate.designPercentile") &&
                             Catch::Contains("0.4, 1 or 2") && Catch::Contains("got 5"));
}

TEST_CASE("design percentile: reopens from the project file, refused when not allowed",
          "[storage][percentile]") {
    const TempDir dir("m2ai-storage-percentile");
    const fs::path file = dir.path / "p.m2ai";
    const Portfolio p = withPercentiles();
    REQUIRE(saveProject(p, file.string()).ok);
    const OpenResult opened = openProject(file.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio.sites.front().siteClimate.designPercentile == 1.0);
    CHECK(opened.portfolio.sites.back().siteClimate.designPercentile == 2.0);
    CHECK(opened.portfolio == p);
    {
        Db db(file.string(), SQLITE_OPEN_READWRITE);
        CHECK_THROWS_WITH(db.exec("UPDATE site_design_percentile SET percentile = 5"),
                          Catch::Contains("CHECK"));
        db.exec("DELETE FROM site_design_percentile WHERE site_id = 0");
    }
    const OpenResult missing = openProject(file.string());
    CHECK_FALSE(missing.ok);
    CHECK_THAT(missing.error, Catch::Contains("site_design_percentile"));
}

TEST_CASE("design percentile: a schema-3 file opens at 0.4 %", "[storage][percentile]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v3.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    REQUIRE_FALSE(opened.portfolio.sites.empty());
    for (const Site& s : opened.portfolio.sites) CHECK(s.siteClimate.designPercentile == 0.4);
}

TEST_CASE("design percentile: JSON round trip, written only when chosen", "[json][percentile]") {
    const Portfolio p = withPercentiles();
    const JsonImport back = portfolioFromJson(portfolioToJson(p));
    INFO((back.problems.empty() ? std::string() : back.problems.front().toString()));
    REQUIRE(back.ok());
    CHECK(back.portfolio == p);
    CHECK(portfolioToJson(fixturePortfolio()).find("designPercentile") == std::string::npos);

    nlohmann::json doc = nlohmann::json::parse(portfolioToJson(p));
    doc["sites"][0]["siteClimate"]["designPercentile"] = 3;
    const JsonImport bad = portfolioFromJson(doc.dump());
    REQUIRE_FALSE(bad.ok());
    CHECK_THAT(allProblems(bad.problems), Catch::Contains("sites[0].siteClimate.designPercentile"));
}
