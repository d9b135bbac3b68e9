// Schema-4 topic: risk inputs — the run's trials, seed and RFS-by date, the distributions the project
// sets, and tasks' own three-point durations (issue 14). See storage/SchemaV3.h for the contract.
//
// risk_run holds one row; risk_distribution one row per input the project sets (inputs it does not
// list take the catalogue default, resources/catalogue/risk.json); risk_task_duration one row per
// (site name, task id). A distribution is kind + min, mode, max, sigma, all four stored whatever the
// kind so a row reads back exactly. Site names are stored as written and checked when a run starts
// (risk/MonteCarlo): a row naming a site that was removed since still opens, and is reported.
#include <string>

#include "risk/Distribution.h"
#include "risk/RiskSettings.h"
#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

constexpr long long kMaxDistributionRows = 1000;
constexpr long long kMaxTaskDurationRows = 100000;

std::string ifNotExists(const std::string& create) {
    const std::string prefix = "CREATE TABLE ";
    return "CREATE TABLE IF NOT EXISTS " + create.substr(prefix.size());
}

const char* kKindCheck =
    "kind TEXT NOT NULL CHECK (kind IN ('fixed', 'triangular', 'pert', 'normal', 'lognormal'))";

std::vector<std::string> createStatements() {
    return {
        ifNotExists(table("risk_run", {"portfolio_id INTEGER PRIMARY KEY CHECK (portfolio_id = 1)",
                                       integer("trials", ">= 1"), integer("seed"),
                                       // '' = the deterministic first RFS; else YYYY-MM.
                                       text("rfs_by")})),
        ifNotExists(
            table("risk_distribution", {"position INTEGER PRIMARY KEY CHECK (position >= 0)", text("input"),
                                        kKindCheck, real("min"), real("mode"), real("max"), real("sigma")})),
        ifNotExists(table("risk_task_duration", {"position INTEGER PRIMARY KEY CHECK (position >= 0)",
                                                 text("site_name"), text("task_id"), kKindCheck, real("min"),
                                                 real("mode"), real("max"), real("sigma")})),
    };
}

void insertRun(sqlite3* db, const RiskInputs& r) {
    Statement s(db,
                "INSERT OR IGNORE INTO risk_run (portfolio_id, trials, seed, rfs_by) VALUES (1, ?, ?, ?)");
    // The seed is any 64-bit value: stored as the signed integer with the same bits.
    s.bind(1, r.trials)
        .bind(2, static_cast<long long>(r.seed))
        .bind(3, r.rfsBy ? r.rfsBy->toString() : std::string())
        .run();
}

// A schema-3 file had no risk inputs: the run defaults (model/RiskInputs.h) and every distribution at
// its catalogue default, which is what empty distribution tables say.
void fillDefaults(sqlite3* db) {
    insertRun(db, RiskInputs{});
}

void bindDistribution(Statement& s, int first, const risk::Distribution& d) {
    s.bind(first, risk::toName(d.kind))
        .bind(first + 1, d.min)
        .bind(first + 2, d.mode)
        .bind(first + 3, d.max)
        .bind(first + 4, d.sigma);
}

void write(sqlite3* db, const Portfolio& p) {
    insertRun(db, p.risk);
    Statement d(
        db,
        "INSERT INTO risk_distribution (position, input, kind, min, mode, max, sigma) VALUES (?, ?, ?, ?, "
        "?, ?, ?)");
    for (std::size_t i = 0; i < p.risk.distributions.size(); ++i) {
        const RiskInputDistribution& row = p.risk.distributions[i];
        d.bind(1, static_cast<long long>(i)).bind(2, row.input);
        bindDistribution(d, 3, row.distribution);
        d.run();
    }
    Statement t(db,
                "INSERT INTO risk_task_duration (position, site_name, task_id, kind, min, mode, max, sigma) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < p.risk.taskDurations.size(); ++i) {
        const RiskTaskDuration& row = p.risk.taskDurations[i];
        t.bind(1, static_cast<long long>(i)).bind(2, row.siteName).bind(3, row.taskId);
        bindDistribution(t, 4, row.durationMonths);
        t.run();
    }
}

long long count(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    if (!s.next()) return 0;
    return sqlite3_column_int64(s.get(), 0);
}

risk::Distribution readDistribution(const Row& r, int first, const std::string& field) {
    risk::Distribution d;
    const std::string kind = r.text(first, (field + ".kind").c_str());
    if (!risk::distributionKindFromName(kind, d.kind))
        r.bad((field + ".kind").c_str(),
              M2AI_TR("ProjectFile",
                      "%1: damaged or not a Mine2AI project: %2 is '%3', not fixed, triangular, pert, normal "
                      "or lognormal"),
              {kind});
    d.min = r.real(first + 1, (field + ".min").c_str());
    d.mode = r.real(first + 2, (field + ".mode").c_str());
    d.max = r.real(first + 3, (field + ".max").c_str());
    d.sigma = r.real(first + 4, (field + ".sigma").c_str());
    return d;
}

void read(sqlite3* db, Portfolio& p) {
    RiskInputs inputs;
    {
        Statement s(db, "SELECT trials, seed, rfs_by FROM risk_run");
        if (!s.next())
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is empty"),
                {"risk_run"});
        const Row r(s.get(), "risk_run", "risk");
        inputs.trials = r.integer(0, "trials");
        inputs.seed = static_cast<std::uint64_t>(r.int64(1, "seed"));
        const std::string rfsBy = r.text(2, "rfsBy");
        if (!rfsBy.empty()) {
            inputs.rfsBy = YearMonth::parse(rfsBy);
            if (!inputs.rfsBy)
                r.bad("rfsBy",
                      M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is '%3', not YYYY-MM"),
                      {rfsBy});
        }
        if (s.next())
            throw contentError(
                M2AI_TR("ProjectFile",
                        "%1: damaged or not a Mine2AI project: the table %2 has more than one row"),
                {"risk_run"});
    }
    if (const long long n = count(db, "SELECT count(*) FROM risk_distribution"); n > kMaxDistributionRows)
        throw contentError(
            M2AI_TR(
                "ProjectFile",
                "%1: damaged or not a Mine2AI project: the table %2 has %3 rows, more than the %4 allowed"),
            {"risk_distribution", std::to_string(n), std::to_string(kMaxDistributionRows)});
    if (const long long n = count(db, "SELECT count(*) FROM risk_task_duration"); n > kMaxTaskDurationRows)
        throw contentError(
            M2AI_TR(
                "ProjectFile",
                "%1: damaged or not a Mine2AI project: the table %2 has %3 rows, more than the %4 allowed"),
            {"risk_task_duration", std::to_string(n), std::to_string(kMaxTaskDurationRows)});
    {
        Statement s(db, "SELECT input, kind, min, mode, max, sigma FROM risk_distribution ORDER BY position");
        while (s.next()) {
            const std::string at = "risk.distributions[" + std::to_string(inputs.distributions.size()) + "]";
            const Row r(s.get(), "risk_distribution", at);
            RiskInputDistribution row;
            row.input = r.text(0, "input");
            row.distribution = readDistribution(r, 1, "distribution");
            inputs.distributions.push_back(std::move(row));
        }
    }
    {
        Statement s(db,
                    "SELECT site_name, task_id, kind, min, mode, max, sigma FROM risk_task_duration ORDER BY "
                    "position");
        while (s.next()) {
            const std::string at = "risk.taskDurations[" + std::to_string(inputs.taskDurations.size()) + "]";
            const Row r(s.get(), "risk_task_duration", at);
            RiskTaskDuration row;
            row.siteName = r.text(0, "siteName");
            row.taskId = r.text(1, "taskId");
            row.durationMonths = readDistribution(r, 2, "durationMonths");
            inputs.taskDurations.push_back(std::move(row));
        }
    }
    if (const std::vector<Problem> problems = risk::validateRiskInputs(inputs); !problems.empty())
        throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2"),
                           {problems.front().toString()});
    p.risk = std::move(inputs);
}

}  // namespace

const SchemaTopic& riskTopic() {
    static const SchemaTopic topic{"risk",
                                   createStatements(),
                                   {"risk_run", "risk_distribution", "risk_task_duration"},
                                   fillDefaults,
                                   write,
                                   read,
                                   /*sinceSchema=*/4};
    return topic;
}

}  // namespace m2ai::storage
