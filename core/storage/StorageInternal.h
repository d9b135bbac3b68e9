#pragma once
// Helpers shared by the project file's writer, reader and tests; not part of the public API.
#include <filesystem>
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "storage/Sqlite.h"
#include "validation/Validation.h"

namespace m2ai::storage {

struct SaveableCheck {
    bool ok = false;
    std::string error;  // one line: the validation problems, or a storage limit (Schema.h) exceeded
};
// Save refuses what open would refuse, so a saved file always reopens.
SaveableCheck checkSaveable(const Portfolio& portfolio);

// "sites[0].gridInterconnectMw: must be …; sites[2].name: … (and 3 more)" — one line.
std::string summarizeProblems(const std::vector<Problem>& problems, size_t shown = 3);

// Plain words for a failed write of file: full disk and file size limits are named as such.
std::string describeWriteError(const SqliteError& error, const std::filesystem::path& file);

struct SideFileCheck {
    bool ok = false;    // no -wal or -journal beside the file holds data
    std::string error;  // one line naming the side file and what to do, without the path prefix
};
// SQLite applies a non-empty "<file>-wal" and rolls back a hot "<file>-journal" found beside a
// database, whatever the database's own journal mode. Such a file holds another program's unsaved
// changes or an interrupted write: reading the database without it gives stale or half-written
// data, and renaming a new file under it would let SQLite mix it into the new file. Opening and
// saving both refuse. An empty -wal, a journal that is not hot by SQLite's own rule (its first byte
// is zero) and a -shm alone hold nothing SQLite would apply, and are ignored.
SideFileCheck checkSideFiles(const std::filesystem::path& file);

// ".<name>.saving-<pid>-<random>" in the target's folder.
std::filesystem::path tempPathFor(const std::filesystem::path& target);
// Deletes temp files of target left by saves whose process is gone; returns how many.
int removeStaleTempFiles(const std::filesystem::path& target);

}  // namespace m2ai::storage
