#pragma once
// JSON interchange of a whole portfolio (docs/file-format.md). Import is strict: unknown keys, wrong
// types, missing required keys, duplicate keys and invalid values are all reported, each with its
// path. Import treats the text as hostile: the limits below bound its depth, size and memory, and no
// message quotes more than a short preview of the file.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

// Limits of import (docs/file-format.md "Limits"). The size limit is above any export of this
// application with kMaxJsonSites sites (a 100,000-site export with every number at full precision
// is 306 MiB); the loader checks it before reading a file.
inline constexpr std::size_t kMaxJsonBytes = std::size_t{512} * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 64;                      // nested arrays/objects; the format needs 7
inline constexpr std::size_t kMaxJsonSites = 100000;          // as the project file (storage/Schema.h)
inline constexpr std::size_t kMaxJsonValuesPerSite = 100000;  // also the limit outside "sites"
inline constexpr std::size_t kMaxReportedProblems = 100;      // problems kept; the rest are counted

// Export. Writes straight to the stream (no document tree); indent < 0 gives one line.
void writePortfolioJson(std::ostream& out, const Portfolio& portfolio, int indent = 2);
std::string portfolioToJson(const Portfolio& portfolio, int indent = 2);

struct JsonImport {
    Portfolio portfolio;
    std::vector<Problem> problems;  // the first kMaxReportedProblems problems; empty on success
    std::size_t problemCount = 0;   // every problem found (more than problems.size() when capped)
    bool ok() const { return problems.empty(); }
};
JsonImport portfolioFromJson(const std::string& text);

// compute --json output (docs/file-format.md "compute --json"), written straight to the stream.
void writeResultsJson(std::ostream& out, const Portfolio& portfolio, const PortfolioResult& result,
                      int indent = 2);
std::string resultsToJson(const Portfolio& portfolio, const PortfolioResult& result, int indent = 2);

}  // namespace m2ai
