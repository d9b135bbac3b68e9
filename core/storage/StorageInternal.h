#pragma once
// Helpers shared by the project file's writer, reader and tests; not part of the public API.
#include <filesystem>
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "storage/Sqlite.h"
#include "validation/Validation.h"

namespace m2ai::storage {

// "" when the portfolio may be saved, else one line: the validation problems, or a storage limit
// (Schema.h) it exceeds. Save refuses what open would refuse, so a saved file always reopens.
std::string checkSaveable(const Portfolio& portfolio);

// "sites[0].gridInterconnectMw: must be …; sites[2].name: … (and 3 more)" — one line.
std::string summarizeProblems(const std::vector<Problem>& problems, size_t shown = 3);

// Plain words for a failed write of file: full disk and file size limits are named as such.
std::string describeWriteError(const SqliteError& error, const std::filesystem::path& file);

// ".<name>.saving-<pid>-<random>" in the target's folder.
std::filesystem::path tempPathFor(const std::filesystem::path& target);
// Deletes temp files of target left by saves whose process is gone; returns how many.
int removeStaleTempFiles(const std::filesystem::path& target);

}  // namespace m2ai::storage
