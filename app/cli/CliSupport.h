#pragma once
// What several commands share: loading a portfolio with its problems on stderr, and writing an
// output file atomically or, for "-", to standard output.
#include <string>

#include "model/Portfolio.h"

namespace m2ai::cli {

// "mine2ai-cli COMMAND: message" and the hint to COMMAND --help on stderr; returns kUsage.
int usageError(const std::string& command, const std::string& message);

// Loads FILE (.m2ai or .json, by content). On failure prints every problem as "FILE: path: message"
// (at most kMaxReportedProblems lines plus one counting the rest) and returns false.
bool loadPortfolio(const std::string& path, Portfolio& portfolio);

// Saves as JSON (name ends in .json, or "-": standard output) or as a project file; returns the
// exit code, the reason on stderr.
int writePortfolio(const Portfolio& portfolio, const std::string& path);

// Writes text to the file atomically, or to standard output for "-"; returns the exit code.
int writeOutput(const std::string& path, const std::string& text);

inline bool isStdout(const std::string& path) {
    return path == "-";
}

}  // namespace m2ai::cli
