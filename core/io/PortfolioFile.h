#pragma once
// Load or save a portfolio as either a .m2ai project (SQLite) or a .json interchange file. Loading
// decides by content (SQLite header or JSON), so a mis-named file is still read or clearly refused;
// saving decides by the file name's extension (.json → JSON, anything else → project file).
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

enum class PortfolioFileKind { Project, Json };

struct LoadedPortfolio {
    bool ok = false;
    Portfolio portfolio;
    PortfolioFileKind kind = PortfolioFileKind::Project;
    std::string error;              // one line for the user when !ok
    std::vector<Problem> problems;  // field-level problems when the content is invalid
    bool migrated = false;          // a project file of an older schema, upgraded in memory
    int fileSchemaVersion = 0;      // the project file's schema version (0 for JSON)
};

LoadedPortfolio loadPortfolioFile(const std::string& path);

// "" on success, else a one-line message. Never leaves a half-written file.
std::string savePortfolioFile(const Portfolio& portfolio, const std::string& path);

PortfolioFileKind kindForFileName(const std::string& path);

}  // namespace m2ai
