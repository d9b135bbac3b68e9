#pragma once
// Every problem in a portfolio, each with the path of the field and a message that names the allowed
// range, e.g. {"sites[2].gridInterconnectMw", "must be between 0 and 10000 MW, got -5"}, and a
// code with its parameters (validation/ProblemCode.h) that ui/ and the CLI word in the user's language.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/Portfolio.h"
#include "validation/CoreMessage.h"
#include "validation/MessageParams.h"
#include "validation/ProblemCode.h"

namespace m2ai {

struct Problem {
    Problem() = default;
    Problem(std::string problemPath, std::string englishMessage,
            ProblemCode problemCode = ProblemCode::Generic, MessageParams problemParams = {})
        : path(std::move(problemPath)),
          message(std::move(englishMessage)),
          code(problemCode),
          params(std::move(problemParams)) {}
    std::string path;
    std::string message;  // English, as the JSON, the CLI in English and the logs show it
    ProblemCode code = ProblemCode::Generic;
    MessageParams params;
    std::string toString() const { return path + ": " + message; }
    bool operator==(const Problem&) const = default;
};

// A problem worded by a CoreMessage (or by a marked format and its arguments): code Formatted, message its
// English text, the format and the arguments in params (so Problem keeps one shape for files, tests and the
// GUI).
Problem formattedProblem(std::string path, const CoreMessage& text);
Problem formattedProblem(std::string path, MessageFormat format, std::vector<std::string> args = {});
// The CoreMessage of a Formatted problem; empty for any other code.
CoreMessage formattedText(const Problem& problem);

std::vector<Problem> validate(const Portfolio& portfolio);
// The problems of one site, paths prefixed with prefix (e.g. "sites[2]").
std::vector<Problem> validateSite(const Site& site, const std::string& prefix);
// The portfolio-wide part of validate(): name, start month, currency, rates, costs.
std::vector<Problem> validateSettings(const Portfolio& portfolio);

// Incremental validation for the editor: each returns exactly what validate(after) returns (same
// problems, same order), given problemsBefore = validate(before) for the portfolio before one edit.
// They re-check the edited part and the cross-site rule (unique site names) for the names the edit
// touched, so an edit costs one site plus a scan of the names instead of the whole portfolio.
// after = before with sites[index] changed; nameBefore is that site's name before the edit.
std::vector<Problem> revalidateSite(const Portfolio& after, const std::vector<Problem>& problemsBefore,
                                    std::size_t index, const std::string& nameBefore);
// after = before with one site appended at the end.
std::vector<Problem> revalidateAppendedSite(const Portfolio& after,
                                            const std::vector<Problem>& problemsBefore);
// after = before with a site inserted at index (a duplicate); later sites' paths shift by one.
std::vector<Problem> revalidateInsertedSite(const Portfolio& after,
                                            const std::vector<Problem>& problemsBefore, std::size_t index);
// after = before without the site that was at index; later sites' paths shift by one.
std::vector<Problem> revalidateRemovedSite(const Portfolio& after, const std::vector<Problem>& problemsBefore,
                                           std::size_t index);
// after = before with different portfolio-wide settings and the same sites.
std::vector<Problem> revalidateSettings(const Portfolio& after, const std::vector<Problem>& problemsBefore);

// The allowed range of a numeric field, from the one table validate() uses, so that docs and UI
// validators/tooltips show the same limits. field is the leaf name as in Portfolio.h and the JSON
// format (e.g. "gridInterconnectMw", "kwPerRack", "dryBulbC"); months use "startMonth" /
// "availableMonth" (years only). Returns nullptr for fields without a numeric range.
struct FieldRange {
    const char* field;
    double min;
    double max;
    const char* unit;  // "MW", "%", "" when dimensionless
};
const FieldRange* fieldRange(std::string_view field);
// Every row of the table, in declaration order (docs/file-format.md is written from it).
const std::vector<FieldRange>& fieldRanges();

}  // namespace m2ai
