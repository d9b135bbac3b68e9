#pragma once
// Upgrading older project files. A file of schema N < kM2aiSchemaVersion is, like every file opened,
// read into an in-memory database, and brought up to date there by ordered {from, to, apply} steps, each in
// its own transaction; the file on disk is not touched (the user's next save writes the current schema).
// Schema 1 is the first release, so migrationSteps() is empty today: schema 2 will add {1, 2, …}.
#include <sqlite3.h>

#include <functional>
#include <string>
#include <vector>

#include "storage/ProjectFile.h"

namespace m2ai::storage {

struct MigrationStep {
    int fromVersion = 0;
    int toVersion = 0;
    std::string description;  // e.g. "split site.grid_mw into grid_interconnect_mw and grid_queue"
    std::function<void(sqlite3*)> apply;  // throws SqliteError (or std::exception) on failure
};

// The steps of this release, ordered by fromVersion.
const std::vector<MigrationStep>& migrationSteps();

struct MigrationResult {
    bool ok = false;
    std::string error;    // one line: the failing step and why, or the gap in the chain
    CoreMessage message;  // openProject's refusal for it, "%1: cannot open: " + error, %1 left empty
};
// Brings db (writable) from fromVersion to toVersion by chaining steps; each step runs in its own
// transaction and sets PRAGMA user_version. A failing step is rolled back, so db stays at the last
// completed version.
MigrationResult migrate(sqlite3* db, int fromVersion, int toVersion, const std::vector<MigrationStep>& steps);

// openProject with an explicit step list and current version, so tests can exercise the mechanism
// with synthetic older layouts. openProject(path) == openProjectWith(path, migrationSteps(),
// kM2aiSchemaVersion).
OpenResult openProjectWith(const std::string& path, const std::vector<MigrationStep>& steps,
                           int currentVersion);

}  // namespace m2ai::storage
