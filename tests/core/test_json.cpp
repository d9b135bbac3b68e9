// JSON interchange: lossless round trip, strict import with paths, and the compute --json output.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "io/JsonIo.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;
using nlohmann::json;

namespace {

json exported(const Portfolio& p) {
    return json::parse(portfolioToJson(p));
}

std::vector<std::string> texts(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    out.reserve(problems.size());
    for (const auto& p : problems) out.push_back(p.toString());
    return out;
}

// Import doc and expect exactly one problem, at path, containing text.
void expectOneProblem(const json& doc, const std::string& path, const std::string& text) {
    const JsonImport r = portfolioFromJson(doc.dump());
    std::string all;
    for (const auto& t : texts(r.problems)) all += t + "\n";
    INFO(all);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == path);
    CHECK_THAT(r.problems[0].message, Catch::Contains(text));
    CHECK_FALSE(r.ok());
}

}  // namespace

TEST_CASE("json: export then import is lossless for 200 generated portfolios", "[io]") {
    for (unsigned seed = 1; seed <= 200; ++seed) {
        INFO("seed " << seed);
        const Portfolio p = test::generatePortfolio(seed, static_cast<int>(seed % 7));
        const std::string text = portfolioToJson(p);
        const JsonImport back = portfolioFromJson(text);
        if (!back.ok()) FAIL(texts(back.problems).front());
        CHECK(back.portfolio == p);  // doubles exactly, unicode names, optional fields
        CHECK(portfolioToJson(back.portfolio) == text);
    }
}

TEST_CASE("json: export carries the format marker and model keys", "[io]") {
    Portfolio p = test::generatePortfolio(3, 1);
    p.sites[0].gridQueue.reset();
    p.sites[0].plan.gpuDeliveryMonthIndex.reset();
    p.sites[0].name = "Tydal – Ø 北";
    const json j = exported(p);
    CHECK(j["format"] == "mine2ai-portfolio");
    CHECK(j["formatVersion"] == 1);
    CHECK(j["startMonth"] == p.startMonth.toString());
    CHECK(j["sites"][0]["gridQueue"].is_null());
    CHECK(j["sites"][0]["plan"]["gpuDeliveryMonthIndex"].is_null());
    CHECK(j["sites"][0]["name"] == "Tydal – Ø 北");
    CHECK(j["sites"][0]["plan"]["electrical"]["redundancy"] == toName(p.sites[0].plan.electrical.redundancy));
    CHECK(j["sites"][0]["climate"]["dryBulbC"].size() == 12);
    // Compact output on request.
    CHECK(portfolioToJson(p, -1).find('\n') == std::string::npos);
}

TEST_CASE("json: optional keys may be absent or null", "[io]") {
    json doc = exported(test::generatePortfolio(5, 2));
    doc["sites"][0].erase("gridQueue");
    doc["sites"][0]["plan"].erase("gpuDeliveryMonthIndex");
    doc["sites"][0]["plan"].erase("extraTasks");
    doc["sites"][1]["gridQueue"] = nullptr;
    const JsonImport r = portfolioFromJson(doc.dump());
    if (!r.ok()) FAIL(texts(r.problems).front());
    CHECK_FALSE(r.portfolio.sites[0].gridQueue.has_value());
    CHECK_FALSE(r.portfolio.sites[1].gridQueue.has_value());
    CHECK(r.portfolio.sites[0].plan.extraTasks.empty());
}

TEST_CASE("json: malformed JSON names line and column", "[io]") {
    // Line 3 holds the bad literal: `"name": tru,` — the error is on line 3.
    const std::string text = "{\n  \"format\": \"mine2ai-portfolio\",\n  \"name\": tru,\n}";
    const JsonImport r = portfolioFromJson(text);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "(document)");
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("malformed JSON at line 3, column "));
    CHECK_THAT(r.problems[0].message, Catch::Contains("invalid literal"));

    const JsonImport empty = portfolioFromJson("");
    REQUIRE(empty.problems.size() == 1);
    CHECK_THAT(empty.problems[0].message, Catch::StartsWith("malformed JSON at line 1, column 1"));

    const JsonImport array = portfolioFromJson("[1, 2]");
    REQUIRE(array.problems.size() == 1);
    CHECK(array.problems[0].toString() == "(document): must be an object, got array [1,2]");
}

TEST_CASE("json: unknown key, wrong type, bad enum, missing key — one clear problem each", "[io]") {
    const json base = exported(test::generatePortfolio(11, 3));
    {
        json d = base;
        d["sites"][0]["plan"]["gpu"]["colour"] = "green";
        expectOneProblem(d, "sites[0].plan.gpu.colour",
                         "unknown key; allowed keys here: enabled, platformId");
    }
    {
        json d = base;
        d["horizonYear"] = 10;  // typo at the top level
        expectOneProblem(d, "horizonYear", "unknown key");
    }
    {
        json d = base;
        d["sites"][1]["gridInterconnectMw"] = "40";
        expectOneProblem(d, "sites[1].gridInterconnectMw", "must be a number, got string \"40\"");
    }
    {
        json d = base;
        d["sites"][2]["mining"]["units"] = 12.5;
        expectOneProblem(d, "sites[2].mining.units", "must be a whole number, got number 12.5");
    }
    {
        json d = base;
        d["sites"][2]["mining"]["units"] = 1e12;  // a float in JSON: not a whole-number token
        expectOneProblem(d, "sites[2].mining.units", "must be a whole number");
    }
    {
        json d = base;
        d["sites"][2]["mining"]["units"] = 5000000000LL;  // integer but beyond int
        expectOneProblem(d, "sites[2].mining.units", "must be between 0 and 10000000, got 5000000000");
    }
    {
        json d = base;
        d["sites"][0]["plan"]["facility"]["enabled"] = "yes";
        expectOneProblem(d, "sites[0].plan.facility.enabled", "must be true or false");
    }
    {
        json d = base;
        d["sites"][0]["climate"]["wetBulbC"] = json::array({1, 2, 3});
        expectOneProblem(d, "sites[0].climate.wetBulbC", "must be an array of 12 numbers");
    }
    {
        json d = base;
        d["sites"][0]["climate"]["dryBulbC"][4] = nullptr;
        expectOneProblem(d, "sites[0].climate.dryBulbC[4]", "must be a number, got null");
    }
    {
        json d = base;
        d["sites"][0]["plan"]["electrical"]["redundancy"] = "N+2";
        expectOneProblem(d, "sites[0].plan.electrical.redundancy",
                         "unknown value \"N+2\", allowed: N, N+1, 2N, 2(N+1), distributed-redundant");
    }
    {
        json d = base;
        d["sites"][1]["energySource"] = "coal";
        expectOneProblem(d, "sites[1].energySource", "allowed: hydro, natural-gas, grid-mix, nuclear, other");
    }
    {
        json d = base;
        d["sites"][1]["mining"].erase("uptimePct");
        expectOneProblem(d, "sites[1].mining.uptimePct", "missing required key");
    }
    {
        json d = base;
        d["sites"][0].erase("name");  // would also be an empty name: reported once, as missing
        expectOneProblem(d, "sites[0].name", "missing required key");
    }
    {
        json d = base;
        d["sites"][0]["plan"] = 7;  // everything below is covered by this one problem
        expectOneProblem(d, "sites[0].plan", "must be an object, got number 7");
    }
    {
        json d = base;
        d["startMonth"] = "2027-13";
        expectOneProblem(d, "startMonth", "must be a month \"YYYY-MM\"");
    }
    {
        json d = base;
        d["sites"][0]["gridInterconnectMw"] = -5;  // well-formed, but invalid: validate()
        const JsonImport r = portfolioFromJson(d.dump());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].toString() ==
              "sites[0].gridInterconnectMw: must be between 0 and 10000 MW, got -5");
    }
}

TEST_CASE("json: every problem of a file is reported together", "[io]") {
    json d = exported(test::generatePortfolio(12, 2));
    d["sites"][0]["latitudeDeg"] = "north";     // wrong type
    d["sites"][1]["plan"]["cooling"]["x"] = 1;  // unknown key
    d["costs"].erase("contingencyPct");         // missing
    d["discountRatePct"] = 150;                 // invalid value
    const JsonImport r = portfolioFromJson(d.dump());
    REQUIRE(r.problems.size() == 4);
    std::set<std::string> paths;
    for (const auto& p : r.problems) paths.insert(p.path);
    CHECK(paths == std::set<std::string>{"sites[0].latitudeDeg", "sites[1].plan.cooling.x",
                                         "costs.contingencyPct", "discountRatePct"});
}

TEST_CASE("json: format marker and version are checked", "[io]") {
    const json base = exported(test::generatePortfolio(13, 1));
    {
        json d = base;
        d.erase("format");
        expectOneProblem(d, "format", "missing required key");
    }
    {
        json d = base;
        d["format"] = "something-else";
        expectOneProblem(d, "format", "this is not a Mine2AI portfolio");
    }
    {
        json d = base;
        d["formatVersion"] = 2;
        d["newKey"] = true;  // a newer file's keys are not listed as unknown
        expectOneProblem(d, "formatVersion", "newer Mine2AI (formatVersion 2)");
    }
    {
        json d = base;
        d["formatVersion"] = "1";
        expectOneProblem(d, "formatVersion", "must be a whole number");
    }
    // Another kind of JSON file: one line, not a list of every missing key.
    expectOneProblem(json{{"type", "FeatureCollection"}}, "format", "missing required key");
}

TEST_CASE("json: resultsToJson has the compute --json keys", "[io]") {
    Portfolio p;
    p.name = "R";
    p.startMonth = {2027, 1};
    PortfolioResult result;
    result.gridMw = 100;
    result.itMw = 80;
    result.gpus = 1234;
    result.capexUsd = 5e8;
    result.npvUsd = 1e8;
    result.npvKeepMiningUsd = 4e7;
    result.incrementalNpvUsd = 6e7;
    result.itOnlineMwByMonth = {0, 0, 40, 80};
    SiteResult s;
    s.name = "Tydal";
    s.country = "Norway";
    s.warnings = {{WarningCode::NoItLoadFits, {}, "racks too dense"}};
    s.power.gridMw = 100;
    s.power.gridWithQueueMw = 120;
    s.power.peak = PowerBreakdownMw{80, 8, 4, 1};             // facility 93
    s.power.annualAverage = PowerBreakdownMw{80, 4, 3.5, 1};  // facility 88.5
    s.power.racks = 10;
    s.power.gpus = 720;
    s.power.miningBefore.units = 5;
    s.power.pue.peakMonth = 6;
    s.power.pue.monthly[6] = 1.16;
    s.schedule.rfsMonthIndex = 14;  // 2027-01 + 14 months = 2028-03
    s.schedule.durationMonths = 13.4;
    s.schedule.criticalPath = {"design", "rfs"};
    ScheduledTask t;
    t.id = "design";
    t.name = "Design";
    t.earlyStartMonth = 0;
    t.earlyFinishMonth = 3;
    t.critical = true;
    s.schedule.tasks = {t};
    s.economics.capex.gpuInstallUsd = 10;
    s.economics.capex.asicResaleUsd = 4;  // total 10 − 4 = 6
    s.economics.paybackMonthIndex = 30;   // 2027-01 + 30 = 2029-07
    result.sites = {s, s};
    result.sites[1].economics.paybackMonthIndex.reset();
    result.sites[1].economics.irr = 0.0866;

    const json j = json::parse(resultsToJson(p, result));
    const json& pf = j["portfolio"];
    for (const char* k : {"name", "startMonth", "sites", "gridMw", "itMw", "gpus", "capexUsd", "npvUsd",
                          "npvKeepMiningUsd", "incrementalNpvUsd", "itOnlineMwByMonth"})
        CHECK(pf.contains(k));
    CHECK(pf["sites"] == 2);
    CHECK(pf["startMonth"] == "2027-01");
    CHECK(pf["gpus"] == 1234);
    CHECK(pf["itOnlineMwByMonth"].size() == 4);
    REQUIRE(j["sites"].size() == 2);
    const json& s0 = j["sites"][0];
    CHECK(s0["name"] == "Tydal");
    CHECK(s0["country"] == "Norway");
    CHECK(s0["warnings"][0] == "racks too dense");
    const json& pb = s0["powerBudget"];
    for (const char* k : {"gridMw", "gridWithQueueMw", "convertedGridMw", "usableCapacityMw",
                          "installedCapacityMw", "itMw", "racks", "gpus", "coolingMw", "electricalLossMw",
                          "miscMw", "facilityMw", "spareMw", "limitedByElectrical", "annualAverage"})
        CHECK(pb.contains(k));
    CHECK(pb["coolingMw"] == 8.0);                     // design peak, not the annual average
    CHECK(pb["facilityMw"] == 93.0);                   // 80 + 8 + 4 + 1
    CHECK(pb["annualAverage"]["facilityMw"] == 88.5);  // 80 + 4 + 3.5 + 1
    CHECK(pb["annualAverage"]["itMw"] == 80.0);
    CHECK(s0["mining"]["before"]["units"] == 5);
    for (const char* k : {"units", "asicLoadMw", "facilityMw", "hashratePhPerSecond"})
        CHECK(s0["mining"]["after"].contains(k));
    CHECK(s0["pue"]["peakMonth"] == 6);
    CHECK(s0["pue"]["monthly"].size() == 12);
    CHECK(s0["pue"]["monthly"][6] == 1.16);
    const json& sc = s0["schedule"];
    CHECK(sc["rfsMonth"] == "2028-03");
    CHECK(sc["rfsMonthIndex"] == 14);
    CHECK(sc["durationMonths"] == 13.4);
    CHECK(sc["criticalPath"] == json::array({"design", "rfs"}));
    for (const char* k : {"idleGpuMonths", "strandedDepreciationUsd"}) CHECK(sc.contains(k));
    const json& task = sc["tasks"][0];
    for (const char* k : {"id", "name", "startMonth", "finishMonth", "totalFloatMonths", "critical",
                          "predecessors", "drivingPredecessor"})
        CHECK(task.contains(k));
    CHECK(task["finishMonth"] == 3.0);
    CHECK(task["critical"] == true);
    const json& e0 = s0["economics"];
    CHECK(e0["capexByStep"]["totalUsd"] == 6.0);
    CHECK(e0["irr"].is_null());
    CHECK(e0["paybackMonth"] == "2029-07");
    CHECK(e0["paybackMonthIndex"] == 30);
    for (const char* k :
         {"capexUsd", "npvUsd", "npvKeepMiningUsd", "incrementalNpvUsd", "delayCostUsdPerMonth"})
        CHECK(e0.contains(k));
    const json& e1 = j["sites"][1]["economics"];
    CHECK(e1["paybackMonth"].is_null());
    CHECK(e1["paybackMonthIndex"].is_null());
    CHECK(e1["irr"] == 0.0866);
    for (const char* k :
         {"facilityMwhPerYear", "itMwhPerYear", "co2TonnesPerYear", "waterM3PerYear", "wueLPerKwh"})
        CHECK(s0["environment"].contains(k));
}
