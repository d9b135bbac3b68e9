// Schema-3 topic: scenarios (issue 14). See storage/SchemaV3.h for the contract.
//
// scenario holds one row per scenario in list order; scenario_override one row per override, its value
// typed by value_kind: a number in value_number, a flag as 0/1 in value_number, a choice's file name in
// value_text (the unused column holds 0 or ''). Field paths and site names are stored as written and
// checked when the scenario is applied (scenarios/ApplyScenario.h): a file naming a site that was
// removed since still opens, and the override is reported, not dropped.
#include <string>

#include "scenarios/ApplyScenario.h"
#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

constexpr long long kMaxScenarios = 1000;
constexpr long long kMaxOverrides = 100000;  // over all scenarios

std::string ifNotExists(const std::string& create) {
    const std::string prefix = "CREATE TABLE ";
    return "CREATE TABLE IF NOT EXISTS " + create.substr(prefix.size());
}

std::vector<std::string> createStatements() {
    return {
        ifNotExists(table("scenario", {"position INTEGER PRIMARY KEY CHECK (position >= 0)", text("name")})),
        ifNotExists(
            table("scenario_override",
                  {"scenario_position INTEGER NOT NULL REFERENCES scenario(position) ON DELETE CASCADE",
                   integer("position", ">= 0"), text("site_name"), text("field_path"),
                   "value_kind TEXT NOT NULL CHECK (value_kind IN ('number', 'flag', 'choice'))",
                   real("value_number"), text("value_text"), "PRIMARY KEY (scenario_position, position)"})),
    };
}

long long count(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    if (!s.next()) return 0;
    return sqlite3_column_int64(s.get(), 0);
}

void write(sqlite3* db, const Portfolio& p) {
    Statement scenario(db, "INSERT INTO scenario (position, name) VALUES (?, ?)");
    Statement override(db,
                       "INSERT INTO scenario_override (scenario_position, position, site_name, field_path, "
                       "value_kind, value_number, value_text) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        const Scenario& s = p.scenarios[i];
        scenario.bind(1, static_cast<long long>(i)).bind(2, s.name).run();
        for (std::size_t j = 0; j < s.overrides.size(); ++j) {
            const ScenarioOverride& o = s.overrides[j];
            override.bind(1, static_cast<long long>(i)).bind(2, static_cast<long long>(j));
            override.bind(3, o.siteName).bind(4, o.fieldPath);
            if (const auto* d = std::get_if<double>(&o.value))
                override.bind(5, std::string("number")).bind(6, *d).bind(7, std::string());
            else if (const auto* b = std::get_if<bool>(&o.value))
                override.bind(5, std::string("flag")).bind(6, *b ? 1.0 : 0.0).bind(7, std::string());
            else
                override.bind(5, std::string("choice")).bind(6, 0.0).bind(7, std::get<std::string>(o.value));
            override.run();
        }
    }
}

void read(sqlite3* db, Portfolio& p) {
    const long long scenarios = count(db, "SELECT count(*) FROM scenario");
    if (scenarios > kMaxScenarios)
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: %2 scenarios, more than the %3 allowed"),
            {std::to_string(scenarios), std::to_string(kMaxScenarios)});
    const long long overrides = count(db, "SELECT count(*) FROM scenario_override");
    if (overrides > kMaxOverrides)
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: %2 scenario overrides, more than the %3 allowed"),
            {std::to_string(overrides), std::to_string(kMaxOverrides)});
    // Positions must be 0, 1, 2 … so the list order is the file's order and nothing is lost between gaps.
    Statement s(db, "SELECT position, name FROM scenario ORDER BY position");
    while (s.next()) {
        const std::string at = "scenarios[" + std::to_string(p.scenarios.size()) + "]";
        const Row r(s.get(), "scenario", at);
        if (r.key(0) != static_cast<long long>(p.scenarios.size()))
            r.bad("",
                  M2AI_TR("ProjectFile",
                          "%1: damaged or not a Mine2AI project: %2 is missing (%3 jumps to %4)"),
                  {"scenario.position", std::to_string(r.key(0))});
        Scenario sc;
        sc.name = r.text(1, "name");
        p.scenarios.push_back(std::move(sc));
    }
    Statement o(
        db,
        "SELECT scenario_position, position, site_name, field_path, value_kind, value_number, value_text "
        "FROM scenario_override ORDER BY scenario_position, position");
    while (o.next()) {
        const long long scenario = Row(o.get(), "scenario_override", "").key(0);
        if (scenario < 0 || scenario >= static_cast<long long>(p.scenarios.size()))
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 %3 names no scenario"),
                {"scenario_override.scenario_position", std::to_string(scenario)});
        Scenario& sc = p.scenarios[static_cast<std::size_t>(scenario)];
        const std::string at = "scenarios[" + std::to_string(scenario) + "].overrides[" +
                               std::to_string(sc.overrides.size()) + "]";
        const Row r(o.get(), "scenario_override", at);
        if (r.key(1) != static_cast<long long>(sc.overrides.size()))
            r.bad("",
                  M2AI_TR("ProjectFile",
                          "%1: damaged or not a Mine2AI project: %2 is missing (%3 jumps to %4)"),
                  {"scenario_override.position", std::to_string(r.key(1))});
        ScenarioOverride ov;
        ov.siteName = r.text(2, "siteName");
        ov.fieldPath = r.text(3, "fieldPath");
        const std::string kind = r.text(4, "value");
        if (kind == "number") {
            ov.value = r.real(5, "value");
        } else if (kind == "flag") {
            const double v = r.real(5, "value");
            if (v != 0.0 && v != 1.0)
                r.bad("value",
                      M2AI_TR("ProjectFile",
                              "%1: damaged or not a Mine2AI project: %2 is a flag but %3 is not 0 or 1"),
                      {"scenario_override.value_number"});
            ov.value = v == 1.0;
        } else if (kind == "choice") {
            ov.value = r.text(6, "value");
        } else {
            r.bad(
                "value",
                M2AI_TR("ProjectFile",
                        "%1: damaged or not a Mine2AI project: %2 has kind '%3', not number, flag or choice"),
                {kind});
        }
        sc.overrides.push_back(std::move(ov));
    }
    if (const std::vector<Problem> problems = validateScenarios(p.scenarios); !problems.empty())
        throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2"),
                           {problems.front().toString()});
}

}  // namespace

const SchemaTopic& scenarioTopic() {
    // No fillDefaults: a schema-2 project has no scenarios, which is what empty tables say.
    static const SchemaTopic topic{
        "scenario", createStatements(), {"scenario", "scenario_override"}, nullptr, write, read};
    return topic;
}

}  // namespace m2ai::storage
