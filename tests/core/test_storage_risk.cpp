// The risk inputs (model/RiskInputs.h) in the project file's schema-4 "risk" topic and in the
// portfolio JSON: round trips of non-default values, refusals naming the field, the 3 → 4 defaults,
// and the catalogue defaults they stand in for.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "io/JsonIo.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "sample/Sample.h"
#include "storage/ProjectFile.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;
using m2ai::risk::Distribution;

namespace {

Portfolio withRisk() {
    Portfolio p = fixturePortfolio();
    RiskInputs& r = p.risk;
    r.trials = 2500;
    r.seed = 0xFEDCBA9876543210ULL;  // above INT64_MAX: stored by its bits
    r.rfsBy = YearMonth{2028, 6};
    r.distributions = {{"powerPrice", Distribution::pert(0.7, 1.05, 1.9)},
                       {"duration.proc-electrical", Distribution::triangular(0.9, 1.0, 3.0)},
                       {"hashprice", Distribution::lognormal(1.0, 0.45)}};
    r.taskDurations = {{p.sites.front().name, "proc-electrical", Distribution::pert(9.0, 11.0, 30.0)},
                       {"A site removed since", "consultation", Distribution::triangular(1.0, 2.0, 4.0)}};
    return p;
}

}  // namespace

TEST_CASE("risk inputs: non-default values reopen equal from the project file", "[storage][risk]") {
    const TempDir dir("m2ai-storage-risk");
    const fs::path file = dir.path / "r.m2ai";
    const Portfolio p = withRisk();
    REQUIRE(saveProject(p, file.string()).ok);
    const OpenResult opened = openProject(file.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.portfolio.risk == p.risk);
    CHECK(opened.portfolio.risk.seed == 0xFEDCBA9876543210ULL);
    CHECK(opened.portfolio == p);
}

TEST_CASE("risk inputs: bad values in the file are refused naming the field", "[storage][risk]") {
    const TempDir dir("m2ai-storage-risk-bad");
    const fs::path file = dir.path / "r.m2ai";
    REQUIRE(saveProject(withRisk(), file.string()).ok);
    const auto refusedWith = [&](const char* sql) {
        REQUIRE(saveProject(withRisk(), file.string()).ok);
        {
            Db db(file.string(), SQLITE_OPEN_READWRITE);
            db.exec(sql);
        }
        const OpenResult opened = openProject(file.string());
        CHECK_FALSE(opened.ok);
        std::string all = opened.error;
        for (const Problem& problem : opened.problems) all += "\n" + problem.toString();
        return all;
    };
    // min > mode: refused on the field that breaks min ≤ mode ≤ max.
    CHECK_THAT(refusedWith("UPDATE risk_distribution SET min = 1.2 WHERE position = 0"),
               Catch::Contains("risk.powerPrice.min") && Catch::Contains("min ≤ mode ≤ max"));
    CHECK_THAT(refusedWith("UPDATE risk_task_duration SET max = 5 WHERE position = 0"),
               Catch::Contains("risk.taskDurations[0].durationMonths.max"));
    CHECK_THAT(
        refusedWith("UPDATE risk_distribution SET input = 'rent' WHERE position = 1"),
        Catch::Contains("risk.distributions[1].input") && Catch::Contains("'rent' is not a risk input"));
    CHECK_THAT(refusedWith("UPDATE risk_run SET rfs_by = '2028-13'"), Catch::Contains("risk.rfsBy"));
    CHECK_THAT(refusedWith("UPDATE risk_distribution SET sigma = 7 WHERE position = 2"),
               Catch::Contains("risk.hashprice.sigma") && Catch::Contains("between 0 and 3"));
    // The schema's CHECKs refuse what no reader should see.
    Db db(file.string(), SQLITE_OPEN_READWRITE);
    CHECK_THROWS_WITH(db.exec("UPDATE risk_run SET trials = 0"), Catch::Contains("CHECK"));
    CHECK_THROWS_WITH(db.exec("UPDATE risk_distribution SET kind = 'uniform'"), Catch::Contains("CHECK"));
}

TEST_CASE("risk inputs: a schema-3 file opens with the defaults", "[storage][risk]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v3.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    CHECK(opened.portfolio.risk == RiskInputs{});
    CHECK(risk::riskSettingsFor(opened.portfolio.risk) == risk::defaultRiskSettings());
}

TEST_CASE("risk inputs: JSON round trip and refusals naming the field", "[json][risk]") {
    const Portfolio p = withRisk();
    const JsonImport back = portfolioFromJson(portfolioToJson(p));
    INFO((back.problems.empty() ? std::string() : back.problems.front().toString()));
    REQUIRE(back.ok());
    CHECK(back.portfolio.risk == p.risk);

    nlohmann::json doc = nlohmann::json::parse(portfolioToJson(p));
    // A file without risk inputs has none written and reads back with the defaults.
    CHECK_FALSE(nlohmann::json::parse(portfolioToJson(fixturePortfolio())).contains("risk"));
    nlohmann::json old = doc;
    old.erase("risk");
    const JsonImport legacy = portfolioFromJson(old.dump());
    REQUIRE(legacy.ok());
    CHECK(legacy.portfolio.risk == RiskInputs{});

    doc["risk"]["trials"] = 0;
    doc["risk"]["distributions"][0]["max"] = 1.0;  // below mode 1.05
    doc["risk"]["taskDurations"][1]["kind"] = "uniform";
    doc["risk"]["surprise"] = 1;
    const JsonImport bad = portfolioFromJson(doc.dump());
    REQUIRE_FALSE(bad.ok());
    std::vector<std::string> paths;
    for (const Problem& problem : bad.problems) paths.push_back(problem.path);
    CHECK_THAT(paths, Catch::VectorContains(std::string("risk.trials")));
    CHECK_THAT(paths, Catch::VectorContains(std::string("risk.taskDurations[1].kind")));
    CHECK_THAT(paths, Catch::VectorContains(std::string("risk.surprise")));

    nlohmann::json range = nlohmann::json::parse(portfolioToJson(p));
    range["risk"]["distributions"][0]["max"] = 1.0;
    const JsonImport refused = portfolioFromJson(range.dump());
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].path == "risk.powerPrice.max");
    CHECK_THAT(refused.problems[0].message, Catch::Contains("at least the most likely value 1.05"));
}

TEST_CASE("risk inputs: the catalogue gives every input a default, durations widest for long leads",
          "[risk][catalogue]") {
    const risk::RiskSettings d = risk::defaultRiskSettings();
    for (const std::string& name : risk::riskInputNames()) {
        INFO(name);
        const Distribution* dist = risk::riskInput(d, name);
        REQUIRE(dist != nullptr);
        CHECK(risk::validateDistribution(*dist, name, true).empty());
    }
    // Every row has a source; electrical procurement (switchgear, transformers) is the widest.
    for (const risk::RiskInputDefault& row : risk::riskInputDefaults()) CHECK_FALSE(row.source.empty());
    const Distribution* electrical = risk::riskInput(d, "duration.proc-electrical");
    for (const std::string& name : risk::riskInputNames())
        if (name.rfind("duration.", 0) == 0 && name != "duration.proc-electrical")
            CHECK(risk::riskInput(d, name)->max - risk::riskInput(d, name)->min <
                  electrical->max - electrical->min);
    CHECK(risk::riskInput(d, "duration.grid-upgrade") == nullptr);  // dated: nothing to draw
    CHECK(d.durations.generated[static_cast<std::size_t>(schedule::GeneratedTask::Rfs)].zeroWidth());
}

TEST_CASE("risk inputs: a project's settings reach the run, a removed site's task is reported", "[risk]") {
    Portfolio p = samplePortfolio();
    p.risk.trials = 50;
    p.risk.distributions = {{"hashprice", Distribution::fixed(1.0)}};
    risk::RiskSettings s = risk::riskSettingsFor(p.risk);
    CHECK(s.trials == 50);
    CHECK(s.market.hashprice.zeroWidth());
    CHECK(s.site.powerPrice == risk::defaultRiskSettings().site.powerPrice);

    p.risk.taskDurations = {{"No such site", "design", Distribution::pert(1.0, 2.0, 3.0)}};
    const risk::RiskResult r = risk::runRisk(p, risk::riskSettingsFor(p.risk));
    CHECK_FALSE(r.ok);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems.front().path == "risk.taskDurations[0].siteName");
    CHECK_THAT(r.problems.front().message, Catch::Contains("No such site"));
}
