#pragma once
// Load or save a portfolio as either a .m2ai project (SQLite) or a .json interchange file: the one
// loader of the GUI and the CLI. Loading decides by content (SQLite header or JSON), never by the
// name, so a mis-named file is still read or clearly refused; saving decides by the file name's
// extension (.json → JSON, anything else → project file). Nothing here throws.
#include <cstddef>
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "storage/ProjectFile.h"
#include "validation/Validation.h"

namespace m2ai {

enum class PortfolioFileKind { Project, Json };

struct LoadedPortfolio {
    bool ok = false;
    Portfolio portfolio;
    // What the content is (a failed load tells which reader refused it): Project when the file
    // starts with the SQLite header, else Json.
    PortfolioFileKind kind = PortfolioFileKind::Project;
    std::string error;              // one line for the user when !ok; names the file
    CoreMessage message;            // the same line, translatable, when a project file was refused
                                    // (storage/ProjectFile.h OpenResult::message); else empty
    std::vector<Problem> problems;  // field-level problems when the content is invalid (the first
                                    // kMaxReportedProblems, see io/JsonIo.h)
    std::size_t problemCount = 0;   // all field-level problems; > problems.size() when capped
    bool migrated = false;          // a project file of an older schema, upgraded in memory
    int fileSchemaVersion = 0;      // the project file's schema version (0 for JSON)
};

// Refuses a JSON file larger than kMaxJsonBytes (io/JsonIo.h) before reading it.
LoadedPortfolio loadPortfolioFile(const std::string& path);

// Never leaves a half-written file: the target is replaced atomically or left as it was.
SaveResult savePortfolioFile(const Portfolio& portfolio, const std::string& path);

PortfolioFileKind kindForFileName(const std::string& path);

// "… and 12 more problems (only the first 100 are listed)", or "" when none were left out.
std::string omittedProblemsLine(const LoadedPortfolio& loaded);

}  // namespace m2ai
