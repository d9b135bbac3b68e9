#pragma once
// JSON interchange of a whole portfolio (docs/file-format.md). Import is strict: unknown keys, wrong
// types, missing required keys and invalid values are all reported, each with its path.
#include <string>
#include <variant>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

std::string portfolioToJson(const Portfolio& portfolio, int indent = 2);

struct JsonImport {
    Portfolio portfolio;
    std::vector<Problem> problems;  // empty on success
    bool ok() const { return problems.empty(); }
};
JsonImport portfolioFromJson(const std::string& text);

// compute --json output (docs/file-format.md "compute --json").
std::string resultsToJson(const Portfolio& portfolio, const PortfolioResult& result, int indent = 2);

}  // namespace m2ai
