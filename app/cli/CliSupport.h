#pragma once
// What several commands share: loading a portfolio with its problems on stderr, and writing an
// output file atomically or, for "-", to standard output.
#include <charconv>
#include <string>
#include <system_error>
#include <vector>

#include "model/Portfolio.h"

namespace m2ai::cli {

// "mine2ai-cli COMMAND: message" and the hint to COMMAND --help on stderr; returns kUsage.
int usageError(const std::string& command, const std::string& message);

// Loads FILE (.m2ai or .json, by content; "-": JSON from standard input). On failure prints every
// problem as "FILE: path: message" (at most kMaxReportedProblems lines plus one counting the rest)
// and returns false.
bool loadPortfolio(const std::string& path, Portfolio& portfolio);

// The built-in sample for an absent FILE (empty) or the word "sample", else loadPortfolio(FILE).
bool loadPortfolioOrSample(const std::string& fileOrSample, Portfolio& portfolio);

// A whole option value parsed as T (no sign for unsigned T, no trailing text); false otherwise.
template <typename T>
bool parseNumber(const std::string& text, T& out) {
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

// Saves as JSON (name ends in .json, or "-": standard output) or as a project file; returns the
// exit code, the reason on stderr.
int writePortfolio(const Portfolio& portfolio, const std::string& path);

// Writes text to the file atomically, or to standard output for "-"; returns the exit code.
int writeOutput(const std::string& path, const std::string& text);

// The name an output is written to, as a save dialog gives it: a name without an extension gets
// extensions.front() (a note on stderr says so); a name with an extension not listed (compared
// without case) is refused, so the file's name never belies its content. "-" stays as it is.
// Returns kOk, or kUsage after the message naming `what` (the argument or option).
int resolveOutputPath(const std::string& command, const std::string& what, std::string& path,
                      const std::vector<std::string>& extensions);

inline bool isStdout(const std::string& path) {
    return path == "-";
}

}  // namespace m2ai::cli
