// The migration chain (storage/Migrations.h). To release schema N+1: bump kM2aiSchemaVersion, add a
// step {N, N+1, "…", fn} below (fn alters the schema-N tables in place, and may run twice), write
// the new statements in Schema.cpp, keep tests/data/schema-vN.m2ai and add schema-v(N+1).m2ai.
#include "storage/Migrations.h"

#include <algorithm>

#include "model/Portfolio.h"
#include "storage/Schema.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

// Creates the tables of the topics that schema `version` added, with the defaults of Portfolio.h.
void addTopicsSince(sqlite3* db, int version) {
    for (const SchemaTopic* topic : schemaV3Topics()) {
        if (topic->sinceSchema != version) continue;
        for (const std::string& create : topic->createStatements)
            Database::execOn(db, create.c_str(), "adding the schema-" + std::to_string(version) + " tables");
        if (topic->fillDefaults) topic->fillDefaults(db);
    }
}

}  // namespace

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps{
        {1, 2, "add terminal_value with the defaults (book value, 6 % exit cap rate)",
         [](sqlite3* db) {
             for (const std::string& create : schemaV2AddedStatements())
                 Database::execOn(db, create.c_str(), "adding terminal_value");
             // The defaults of Portfolio.h, so a schema-1 project keeps the rule it was computed with.
             const Portfolio defaults;
             Statement insert(
                 db,
                 "INSERT OR IGNORE INTO terminal_value (portfolio_id, method, exit_cap_rate_pct) "
                 "SELECT id, ?, ? FROM portfolio");
             insert.bind(1, toName(defaults.terminalValue)).bind(2, defaults.exitCapRatePct).run();
         }},
        {2, 3, "add the schema-3 topics (storage/SchemaV3.h) with the defaults of Portfolio.h",
         [](sqlite3* db) { addTopicsSince(db, 3); }},
        {3, 4, "add the schema-4 topics (storage/SchemaV3.h) with the defaults of Portfolio.h",
         [](sqlite3* db) { addTopicsSince(db, 4); }}};
    return steps;
}

namespace {

int userVersion(sqlite3* db) {
    Statement s(db, "PRAGMA user_version");
    return s.next() ? sqlite3_column_int(s.get(), 0) : -1;
}

}  // namespace

MigrationResult migrate(sqlite3* db, int fromVersion, int toVersion,
                        const std::vector<MigrationStep>& steps) {
    MigrationResult result;
    // message: the refusal openProject shows, "%1: cannot open: …" (%1 the path, empty here).
    auto fail = [&](const std::string& why, MessageFormat format, std::vector<std::string> args) {
        result.error = why;
        args.insert(args.begin(), std::string());
        result.message = coreMessage(format, std::move(args));
        return result;
    };
    int version = fromVersion;
    while (version < toVersion) {
        const auto step = std::find_if(steps.begin(), steps.end(), [&](const MigrationStep& s) {
            return s.fromVersion == version && s.toVersion > version && s.toVersion <= toVersion;
        });
        if (step == steps.end()) {
            const std::string from = std::to_string(version), to = std::to_string(toVersion);
            const auto oldest =
                std::min_element(steps.begin(), steps.end(),
                                 [](const auto& a, const auto& b) { return a.fromVersion < b.fromVersion; });
            if (oldest != steps.end() && oldest->fromVersion < toVersion) {
                const std::string first = std::to_string(oldest->fromVersion);
                return fail(
                    "schema " + from + " cannot be upgraded: this version reads schemas " + first + " to " +
                        to,
                    M2AI_TR(
                        "ProjectFile",
                        "%1: cannot open: schema %2 cannot be upgraded: this version reads schemas %3 to %4"),
                    {from, first, to});
            }
            return fail(
                "schema " + from + " cannot be upgraded: this version reads schema " + to,
                M2AI_TR("ProjectFile",
                        "%1: cannot open: schema %2 cannot be upgraded: this version reads schema %3"),
                {from, to});
        }
        const std::string stepFrom = std::to_string(step->fromVersion),
                          stepTo = std::to_string(step->toVersion);
        const std::string what =
            "upgrading from schema " + stepFrom + " to " + stepTo + " (" + step->description + ") failed: ";
        try {
            Database::execOn(db, "BEGIN IMMEDIATE", "starting the upgrade");
            step->apply(db);
            Database::execOn(db, ("PRAGMA user_version = " + std::to_string(step->toVersion)).c_str(),
                             "recording the schema version");
            Database::execOn(db, "COMMIT", "committing the upgrade");
        } catch (const std::exception& e) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(
                what + e.what(),
                M2AI_TR("ProjectFile", "%1: cannot open: upgrading from schema %2 to %3 (%4) failed: %5"),
                {stepFrom, stepTo, step->description, e.what()});
        }
        if (userVersion(db) != step->toVersion)
            return fail(what + "the schema version was not recorded",
                        M2AI_TR("ProjectFile",
                                "%1: cannot open: upgrading from schema %2 to %3 (%4) failed: the schema "
                                "version was not recorded"),
                        {stepFrom, stepTo, step->description});
        version = step->toVersion;
    }
    result.ok = true;
    return result;
}

}  // namespace m2ai::storage
