#pragma once
// Helpers shared by the project file's writer, reader and tests; not part of the public API.
#include <filesystem>
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "storage/Sqlite.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace m2ai::storage {

// The messages below are whole sentences "cannot save %1: …" whose %1 (args[0], empty here) is the
// file's path, filled in by saveProject.
struct SaveableCheck {
    bool ok = false;
    CoreMessage message;  // one line: the validation problems, or a storage limit (Schema.h) exceeded
};
// Save refuses what open would refuse, so a saved file always reopens.
SaveableCheck checkSaveable(const Portfolio& portfolio);

// "sites[0].gridInterconnectMw: must be …; sites[2].name: … (and 3 more)" — one line.
std::string summarizeProblems(const std::vector<Problem>& problems, size_t shown = 3);

// Plain words for a failed write of file: full disk and file size limits are named as such.
CoreMessage describeWriteError(const SqliteError& error, const std::filesystem::path& file);

struct SideFileCheck {
    bool ok = false;          // no -wal or -journal beside the file holds data
    bool hotJournal = false;  // when !ok: a hot -journal (else a non-empty -wal)
    std::string name;         // the file's name, without its folder (the side file is name + "-wal")
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
