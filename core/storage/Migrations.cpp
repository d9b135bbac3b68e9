// The migration chain (storage/Migrations.h). To release schema 2: bump kM2aiSchemaVersion, add a
// step {1, 2, "…", fn} below (fn alters the schema-1 tables in place), write Schema 2's statements,
// keep tests/data/schema-v1.m2ai and add schema-v2.m2ai.
#include "storage/Migrations.h"

#include <algorithm>

#include "storage/Sqlite.h"

namespace m2ai::storage {

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps{};  // schema 1 is the first released schema
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
    auto fail = [&](const std::string& why) {
        result.error = why;
        return result;
    };
    int version = fromVersion;
    while (version < toVersion) {
        const auto step = std::find_if(steps.begin(), steps.end(), [&](const MigrationStep& s) {
            return s.fromVersion == version && s.toVersion > version && s.toVersion <= toVersion;
        });
        if (step == steps.end()) {
            std::string readable = "schema " + std::to_string(toVersion);
            const auto oldest =
                std::min_element(steps.begin(), steps.end(),
                                 [](const auto& a, const auto& b) { return a.fromVersion < b.fromVersion; });
            if (oldest != steps.end() && oldest->fromVersion < toVersion)
                readable =
                    "schemas " + std::to_string(oldest->fromVersion) + " to " + std::to_string(toVersion);
            return fail("schema " + std::to_string(version) + " cannot be upgraded: this version reads " +
                        readable);
        }
        const std::string what = "upgrading from schema " + std::to_string(step->fromVersion) + " to " +
                                 std::to_string(step->toVersion) + " (" + step->description + ") failed: ";
        try {
            Database::execOn(db, "BEGIN IMMEDIATE", "starting the upgrade");
            step->apply(db);
            Database::execOn(db, ("PRAGMA user_version = " + std::to_string(step->toVersion)).c_str(),
                             "recording the schema version");
            Database::execOn(db, "COMMIT", "committing the upgrade");
        } catch (const std::exception& e) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(what + e.what());
        }
        if (userVersion(db) != step->toVersion) return fail(what + "the schema version was not recorded");
        version = step->toVersion;
    }
    result.ok = true;
    return result;
}

}  // namespace m2ai::storage
