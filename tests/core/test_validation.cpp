// validate(): every field has a range row and a test that an invalid value yields a problem at the
// right path, with a message naming the range and the value.
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

#include "support/PortfolioGenerator.h"
#include "validation/Validation.h"

using namespace m2ai;

namespace {

// A small valid portfolio: three sites, the last with a grid queue, a GPU delivery month and two
// user tasks, so every optional field is present.
Portfolio basePortfolio() {
    Portfolio p;
    p.name = "Base";
    for (const char* n : {"A", "B", "C"}) {
        Site s;
        s.name = n;
        s.country = "Norway";
        s.gridInterconnectMw = 40.0;
        for (std::size_t m = 0; m < 12; ++m) {
            s.climate.dryBulbC[m] = 10.0;
            s.climate.wetBulbC[m] = 8.0;
        }
        s.mining.units = 1000;
        p.sites.push_back(s);
    }
    Site& c = p.sites[2];
    c.gridQueue = GridQueue{20.0, YearMonth{2029, 1}};
    c.plan.gpuDeliveryMonthIndex = 6;
    c.plan.extraTasks = {UserTask{"permit", "Permit", 3.0, {"design"}},
                         UserTask{"consult", "Consultation", 2.0, {"permit", "electrical"}}};
    return p;
}

std::vector<std::string> pathsOf(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.toString());
    return out;
}

const Problem* findPath(const std::vector<Problem>& problems, const std::string& path) {
    for (const auto& p : problems)
        if (p.path == path) return &p;
    return nullptr;
}

struct NumericField {
    std::string path;   // where the problem must be reported
    const char* field;  // the fieldRange() row
    std::function<void(Portfolio&, double)> set;
    bool integral = false;
};

std::vector<NumericField> numericFields() {
    using P = Portfolio;
    std::vector<NumericField> f{
        {"discountRatePct", "discountRatePct", [](P& p, double v) { p.discountRatePct = v; }},
        {"horizonYears", "horizonYears", [](P& p, double v) { p.horizonYears = static_cast<int>(v); }, true},
        {"exitCapRatePct", "exitCapRatePct", [](P& p, double v) { p.exitCapRatePct = v; }},
        {"costs.gpuFitOutUsdPerMwIt", "gpuFitOutUsdPerMwIt",
         [](P& p, double v) { p.costs.gpuFitOutUsdPerMwIt = v; }},
        {"costs.electricalUsdPerInstalledMw", "electricalUsdPerInstalledMw",
         [](P& p, double v) { p.costs.electricalUsdPerInstalledMw = v; }},
        {"costs.coolingUsdPerMwIt[0]", "coolingUsdPerMwIt",
         [](P& p, double v) { p.costs.coolingUsdPerMwIt[0] = v; }},
        {"costs.coolingUsdPerMwIt[3]", "coolingUsdPerMwIt",
         [](P& p, double v) { p.costs.coolingUsdPerMwIt[3] = v; }},
        {"costs.sealingUsdPerMwIt", "sealingUsdPerMwIt",
         [](P& p, double v) { p.costs.sealingUsdPerMwIt = v; }},
        {"costs.fireSuppressionUsdPerMwIt", "fireSuppressionUsdPerMwIt",
         [](P& p, double v) { p.costs.fireSuppressionUsdPerMwIt = v; }},
        {"costs.monitoringUsdPerMwIt", "monitoringUsdPerMwIt",
         [](P& p, double v) { p.costs.monitoringUsdPerMwIt = v; }},
        {"costs.tierIiiUsdPerMwIt", "tierIiiUsdPerMwIt",
         [](P& p, double v) { p.costs.tierIiiUsdPerMwIt = v; }},
        {"costs.tierIvUsdPerMwIt", "tierIvUsdPerMwIt", [](P& p, double v) { p.costs.tierIvUsdPerMwIt = v; }},
        {"costs.contingencyPct", "contingencyPct", [](P& p, double v) { p.costs.contingencyPct = v; }},
        {"costs.omUsdPerMwItYear", "omUsdPerMwItYear", [](P& p, double v) { p.costs.omUsdPerMwItYear = v; }},
        {"costs.miningOmUsdPerMwYear", "miningOmUsdPerMwYear",
         [](P& p, double v) { p.costs.miningOmUsdPerMwYear = v; }},
        {"costs.asicResaleUsdPerTh", "asicResaleUsdPerTh",
         [](P& p, double v) { p.costs.asicResaleUsdPerTh = v; }},
        {"costs.gpuDepreciationYears", "gpuDepreciationYears",
         [](P& p, double v) { p.costs.gpuDepreciationYears = v; }},
        {"sites[1].latitudeDeg", "latitudeDeg", [](P& p, double v) { p.sites[1].latitudeDeg = v; }},
        {"sites[1].longitudeDeg", "longitudeDeg", [](P& p, double v) { p.sites[1].longitudeDeg = v; }},
        {"sites[2].gridInterconnectMw", "gridInterconnectMw",
         [](P& p, double v) { p.sites[2].gridInterconnectMw = v; }},
        {"sites[2].gridQueue.extraMw", "extraMw", [](P& p, double v) { p.sites[2].gridQueue->extraMw = v; }},
        {"sites[0].powerPriceUsdPerMwh", "powerPriceUsdPerMwh",
         [](P& p, double v) { p.sites[0].powerPriceUsdPerMwh = v; }},
        {"sites[0].powerPriceEscalationPctPerYear", "powerPriceEscalationPctPerYear",
         [](P& p, double v) { p.sites[0].powerPriceEscalationPctPerYear = v; }},
        {"sites[0].gridCarbonGPerKwh", "gridCarbonGPerKwh",
         [](P& p, double v) { p.sites[0].gridCarbonGPerKwh = v; }},
        // Move the other row along so that wet ≤ dry still holds and only the range is tested.
        {"sites[0].climate.dryBulbC[6]", "dryBulbC",
         [](P& p, double v) {
             p.sites[0].climate.dryBulbC[6] = v;
             p.sites[0].climate.wetBulbC[6] = std::isfinite(v) && v >= -60.0 ? std::min(8.0, v) : 8.0;
         }},
        {"sites[0].climate.wetBulbC[11]", "wetBulbC",
         [](P& p, double v) {
             p.sites[0].climate.wetBulbC[11] = v;
             p.sites[0].climate.dryBulbC[11] = std::isfinite(v) && v <= 60.0 ? std::max(10.0, v) : 10.0;
         }},
        {"sites[0].mining.units", "units",
         [](P& p, double v) { p.sites[0].mining.units = static_cast<int>(v); }, true},
        {"sites[0].mining.kwPerUnit", "kwPerUnit", [](P& p, double v) { p.sites[0].mining.kwPerUnit = v; }},
        {"sites[0].mining.thPerSecondPerUnit", "thPerSecondPerUnit",
         [](P& p, double v) { p.sites[0].mining.thPerSecondPerUnit = v; }},
        {"sites[0].mining.miningPue", "miningPue", [](P& p, double v) { p.sites[0].mining.miningPue = v; }},
        {"sites[0].mining.hashpriceUsdPerPhDay", "hashpriceUsdPerPhDay",
         [](P& p, double v) { p.sites[0].mining.hashpriceUsdPerPhDay = v; }},
        {"sites[0].mining.hashpriceChangePctPerYear", "hashpriceChangePctPerYear",
         [](P& p, double v) { p.sites[0].mining.hashpriceChangePctPerYear = v; }},
        {"sites[0].mining.uptimePct", "uptimePct", [](P& p, double v) { p.sites[0].mining.uptimePct = v; }},
        {"sites[1].plan.convertedSharePct", "convertedSharePct",
         [](P& p, double v) { p.sites[1].plan.convertedSharePct = v; }},
        {"sites[1].plan.business.colocationUsdPerKwMonth", "colocationUsdPerKwMonth",
         [](P& p, double v) { p.sites[1].plan.business.colocationUsdPerKwMonth = v; }},
        {"sites[1].plan.business.gpuUsdPerHour", "gpuUsdPerHour",
         [](P& p, double v) { p.sites[1].plan.business.gpuUsdPerHour = v; }},
        {"sites[1].plan.business.gpuUtilisationPct", "gpuUtilisationPct",
         [](P& p, double v) { p.sites[1].plan.business.gpuUtilisationPct = v; }},
        {"sites[1].plan.business.gpuPriceDeclinePctPerYear", "gpuPriceDeclinePctPerYear",
         [](P& p, double v) { p.sites[1].plan.business.gpuPriceDeclinePctPerYear = v; }},
        {"sites[1].plan.gpu.kwPerRack", "kwPerRack",
         [](P& p, double v) { p.sites[1].plan.gpu.kwPerRack = v; }},
        {"sites[1].plan.gpu.gpusPerRack", "gpusPerRack",
         [](P& p, double v) { p.sites[1].plan.gpu.gpusPerRack = static_cast<int>(v); }, true},
        {"sites[1].plan.gpu.priceUsdPerGpu", "priceUsdPerGpu",
         [](P& p, double v) { p.sites[1].plan.gpu.priceUsdPerGpu = v; }},
        {"sites[1].plan.electrical.blockSizeMw", "blockSizeMw",
         [](P& p, double v) { p.sites[1].plan.electrical.blockSizeMw = v; }},
        // Topology N so that only the range applies.
        {"sites[1].plan.electrical.installedBlocks", "installedBlocks",
         [](P& p, double v) {
             p.sites[1].plan.electrical.redundancy = Redundancy::N;
             p.sites[1].plan.electrical.installedBlocks = static_cast<int>(v);
         },
         true},
        {"sites[1].plan.energisationPhases", "energisationPhases",
         [](P& p, double v) { p.sites[1].plan.energisationPhases = static_cast<int>(v); }, true},
        {"sites[1].plan.monthsBetweenPhases", "monthsBetweenPhases",
         [](P& p, double v) { p.sites[1].plan.monthsBetweenPhases = v; }},
        {"sites[2].plan.gpuDeliveryMonthIndex", "gpuDeliveryMonthIndex",
         [](P& p, double v) { p.sites[2].plan.gpuDeliveryMonthIndex = static_cast<int>(v); }, true},
        {"sites[2].plan.extraTasks[1].durationMonths", "durationMonths",
         [](P& p, double v) { p.sites[2].plan.extraTasks[1].durationMonths = v; }},
    };
    return f;
}

}  // namespace

TEST_CASE("validation: the base portfolio and generated portfolios are valid", "[validation]") {
    CHECK(pathsOf(validate(basePortfolio())).empty());
    for (unsigned seed = 1; seed <= 200; ++seed) {
        INFO("seed " << seed);
        const auto problems = validate(test::generatePortfolio(seed, static_cast<int>(seed % 6)));
        CHECK(pathsOf(problems).empty());
    }
}

TEST_CASE("validation: the example message of the contract", "[validation]") {
    Portfolio p = basePortfolio();
    p.sites[2].gridInterconnectMw = -5;
    const auto problems = validate(p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString() == "sites[2].gridInterconnectMw: must be between 0 and 10000 MW, got -5");
}

TEST_CASE("validation: every numeric field rejects values outside its range, NaN and infinity",
          "[validation]") {
    for (const NumericField& f : numericFields()) {
        INFO(f.path);
        const FieldRange* r = fieldRange(f.field);
        REQUIRE(r);
        const double step = f.integral ? 1.0 : std::max(1e-6, (r->max - r->min) * 1e-6);
        std::vector<double> bad{r->min - step, r->max + step};
        if (!f.integral) {
            bad.push_back(std::numeric_limits<double>::quiet_NaN());
            bad.push_back(std::numeric_limits<double>::infinity());
            bad.push_back(-std::numeric_limits<double>::infinity());
        }
        for (double v : bad) {
            INFO("value " << v);
            Portfolio p = basePortfolio();
            f.set(p, v);
            const auto problems = validate(p);
            REQUIRE(problems.size() == 1);
            CHECK(problems[0].path == f.path);
            // The message names the range and the value.
            CHECK_THAT(problems[0].message, Catch::Contains("must be between"));
            CHECK_THAT(problems[0].message, Catch::Contains(", got "));
        }
        for (double v : {r->min, r->max}) {  // the ends are allowed
            INFO("value " << v);
            Portfolio p = basePortfolio();
            f.set(p, v);
            CHECK(pathsOf(validate(p)).empty());
        }
    }
}

TEST_CASE("validation: messages format the range and value readably", "[validation]") {
    Portfolio p = basePortfolio();
    p.discountRatePct = 120.5;
    p.sites[0].mining.kwPerUnit = std::nan("");
    p.sites[1].plan.gpu.kwPerRack = 301;
    const auto problems = validate(p);
    REQUIRE(problems.size() == 3);  // every problem, not just the first
    CHECK(findPath(problems, "discountRatePct")->message == "must be between 0 and 100 %, got 120.5");
    CHECK(findPath(problems, "sites[0].mining.kwPerUnit")->message ==
          "must be between 0.1 and 20 kW, got NaN");
    CHECK(findPath(problems, "sites[1].plan.gpu.kwPerRack")->message ==
          "must be between 1 and 300 kW, got 301");
}

TEST_CASE("validation: names, currency and months", "[validation]") {
    struct Row {
        const char* path;
        std::function<void(Portfolio&)> mutate;
        const char* expect;
    };
    const std::vector<Row> rows{
        {"name", [](Portfolio& p) { p.name = ""; }, "must not be empty"},
        {"name", [](Portfolio& p) { p.name = "  \t"; }, "must not be empty"},
        {"currency", [](Portfolio& p) { p.currency = "usd"; }, "three-letter ISO 4217"},
        {"currency", [](Portfolio& p) { p.currency = ""; }, "three-letter ISO 4217"},
        {"startMonth",
         [](Portfolio& p) {
             p.startMonth = {2027, 13};
         },
         "got year 2027 month 13"},
        {"startMonth",
         [](Portfolio& p) {
             p.startMonth = {2027, 0};
         },
         "between 2000-01 and 2100-12"},
        {"startMonth",
         [](Portfolio& p) {
             p.startMonth = {1999, 12};
         },
         "between 2000-01 and 2100-12"},
        {"sites[2].gridQueue.availableMonth",
         [](Portfolio& p) {
             p.sites[2].gridQueue->availableMonth = {2101, 1};
         },
         "got year 2101"},
        {"sites[1].name", [](Portfolio& p) { p.sites[1].name = ""; }, "must not be empty"},
        {"sites[2].name", [](Portfolio& p) { p.sites[2].name = "A"; },
         "duplicate site name \"A\" (also sites[0])"},
        {"sites[0].mining.asicModel", [](Portfolio& p) { p.sites[0].mining.asicModel = ""; },
         "must not be empty"},
        {"sites[0].plan.gpu.platformId", [](Portfolio& p) { p.sites[0].plan.gpu.platformId = " "; },
         "must not be empty"},
        {"sites[0].climate.wetBulbC[7]", [](Portfolio& p) { p.sites[0].climate.wetBulbC[7] = 10.5; },
         "must not exceed dry-bulb (10 °C), got 10.5"},
    };
    for (const Row& row : rows) {
        INFO(row.path << " / " << row.expect);
        Portfolio p = basePortfolio();
        row.mutate(p);
        const auto problems = validate(p);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].path == row.path);
        CHECK_THAT(problems[0].message, Catch::Contains(row.expect));
    }
    // A blank country is allowed (free text, optional); wet-bulb equal to dry-bulb is saturated air.
    Portfolio p = basePortfolio();
    p.sites[0].country = "";
    p.sites[0].climate.wetBulbC[3] = p.sites[0].climate.dryBulbC[3];
    CHECK(pathsOf(validate(p)).empty());
}

TEST_CASE("validation: enumerations outside the enum", "[validation]") {
    struct Row {
        const char* path;
        std::function<void(Portfolio&)> mutate;
    };
    const std::vector<Row> rows{
        {"sites[0].energySource",
         [](Portfolio& p) { p.sites[0].energySource = static_cast<EnergySource>(9); }},
        {"sites[0].plan.scheduleMode",
         [](Portfolio& p) { p.sites[0].plan.scheduleMode = static_cast<ScheduleMode>(9); }},
        {"sites[0].plan.business.model",
         [](Portfolio& p) { p.sites[0].plan.business.model = static_cast<BusinessModel>(9); }},
        {"sites[0].plan.electrical.redundancy",
         [](Portfolio& p) { p.sites[0].plan.electrical.redundancy = static_cast<Redundancy>(9); }},
        {"sites[0].plan.cooling.technology",
         [](Portfolio& p) { p.sites[0].plan.cooling.technology = static_cast<CoolingTech>(9); }},
        {"sites[0].plan.facility.certification",
         [](Portfolio& p) { p.sites[0].plan.facility.certification = static_cast<Certification>(9); }},
    };
    for (const Row& row : rows) {
        INFO(row.path);
        Portfolio p = basePortfolio();
        row.mutate(p);
        const auto problems = validate(p);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].path == row.path);
        CHECK_THAT(problems[0].message, Catch::Contains("allowed:"));
    }
}

TEST_CASE("validation: installed blocks per redundancy topology", "[validation]") {
    struct Row {
        Redundancy r;
        int blocks;
        bool ok;
    };
    // Minimums: N ≥ 1; N+1 ≥ 2; 2N even ≥ 2; 2(N+1) even ≥ 4; distributed-redundant multiple of 3.
    const std::vector<Row> rows{
        {Redundancy::N, 1, true},
        {Redundancy::N, 7, true},
        {Redundancy::NPlus1, 1, false},
        {Redundancy::NPlus1, 2, true},
        {Redundancy::TwoN, 2, true},
        {Redundancy::TwoN, 3, false},
        {Redundancy::TwoN, 1, false},
        {Redundancy::TwoNPlus1, 2, false},
        {Redundancy::TwoNPlus1, 4, true},
        {Redundancy::TwoNPlus1, 5, false},
        {Redundancy::TwoNPlus1, 6, true},
        {Redundancy::DistributedRedundant, 3, true},
        {Redundancy::DistributedRedundant, 4, false},
        {Redundancy::DistributedRedundant, 999, true},
        {Redundancy::N, 0, false},
        {Redundancy::NPlus1, 1001, false},
    };
    for (const Row& row : rows) {
        INFO(toName(row.r) << " with " << row.blocks << " blocks");
        Portfolio p = basePortfolio();
        p.sites[1].plan.electrical.redundancy = row.r;
        p.sites[1].plan.electrical.installedBlocks = row.blocks;
        const auto problems = validate(p);
        if (row.ok) {
            CHECK(pathsOf(problems).empty());
        } else {
            REQUIRE(problems.size() == 1);
            CHECK(problems[0].path == "sites[1].plan.electrical.installedBlocks");
            CHECK_THAT(problems[0].message, Catch::Contains("got " + std::to_string(row.blocks)));
        }
    }
}

TEST_CASE("validation: user task ids and dependencies", "[validation]") {
    struct Row {
        const char* path;
        std::function<void(std::vector<UserTask>&)> mutate;
        const char* expect;
    };
    const std::string t = "sites[2].plan.extraTasks";
    const std::vector<Row> rows{
        {"[0].id",
         [](auto& ts) {
             ts[0].id = "";
             ts[1].dependsOn = {"electrical"};
         },
         "must not be empty"},
        {"[1].id",
         [](auto& ts) {
             ts[1].id = "permit";
             ts[1].dependsOn = {"design"};
         },
         "duplicate task id \"permit\""},
        {"[0].id",
         [](auto& ts) {
             ts[0].id = "cooling";
             ts[1].dependsOn = {"design"};
         },
         "generated task id"},
        {"[1].id", [](auto& ts) { ts[1].id = "rfs"; }, "generated task id"},
        {"[1].name", [](auto& ts) { ts[1].name = ""; }, "must not be empty"},
        {"[1].dependsOn[0]", [](auto& ts) { ts[1].dependsOn[0] = "permitt"; }, "unknown task id \"permitt\""},
        {"[1].dependsOn[1]", [](auto& ts) { ts[1].dependsOn[1] = "rfs"; }, "cannot depend on \"rfs\""},
        {"[1].dependsOn[1]", [](auto& ts) { ts[1].dependsOn[1] = "consult"; }, "cannot depend on itself"},
        {"[1].dependsOn[1]", [](auto& ts) { ts[1].dependsOn[1] = "permit"; }, "listed twice"},
        // Reported once, at the task that closes the cycle.
        {"[1].dependsOn", [](auto& ts) { ts[0].dependsOn = {"consult"}; },
         "dependency cycle: permit -> consult -> permit"},
    };
    for (const Row& row : rows) {
        INFO(row.path << " / " << row.expect);
        Portfolio p = basePortfolio();
        row.mutate(p.sites[2].plan.extraTasks);
        const auto problems = validate(p);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].path == t + row.path);
        CHECK_THAT(problems[0].message, Catch::Contains(row.expect));
    }
}

TEST_CASE("validation: a longer cycle is reported once — an acyclic diamond is fine", "[validation]") {
    Portfolio p = basePortfolio();
    auto& ts = p.sites[0].plan.extraTasks;
    ts = {UserTask{"a", "A", 1, {"c"}}, UserTask{"b", "B", 1, {"a"}}, UserTask{"c", "C", 1, {"b"}},
          UserTask{"d", "D", 1, {"design"}}};
    auto problems = validate(p);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message, Catch::Contains("a -> c -> b -> a"));

    ts = {UserTask{"a", "A", 1, {"design"}}, UserTask{"b", "B", 1, {"a"}}, UserTask{"c", "C", 1, {"a"}},
          UserTask{"d", "D", 1, {"b", "c", "gpu-install"}}};
    CHECK(pathsOf(validate(p)).empty());
}

TEST_CASE("validation: fieldRange lookup", "[validation]") {
    const FieldRange* r = fieldRange("gridInterconnectMw");
    REQUIRE(r);
    CHECK(r->min == 0.0);
    CHECK(r->max == 10000.0);
    CHECK(std::string(r->unit) == "MW");
    CHECK(fieldRange("kwPerRack")->max == 300.0);
    CHECK(fieldRange("gpusPerRack")->max == 1000.0);
    CHECK(fieldRange("horizonYears")->max == 40.0);
    CHECK(fieldRange("noSuchField") == nullptr);
    // Each field appears once.
    std::set<std::string> names;
    for (const FieldRange& f : fieldRanges()) CHECK(names.insert(f.field).second);
}

TEST_CASE("validation: validateSite prefixes paths", "[validation]") {
    Site s = basePortfolio().sites[0];
    s.plan.gpu.gpusPerRack = 0;
    const auto problems = validateSite(s, "x");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString() == "x.plan.gpu.gpusPerRack: must be between 1 and 1000 GPUs, got 0");
}
