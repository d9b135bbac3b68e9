#pragma once
// A sentence from core that ui/ and the CLI show in the user's language: an English format with
// %1 … %9 and its arguments. M2AI_TR(context, "format") marks the format for lupdate, which runs
// with -tr-function-alias QT_TRANSLATE_NOOP+=M2AI_TR over core/ too (ui/CMakeLists.txt,
// tests/translations/check-ts.sh), so core stays free of Qt while translators see every sentence
// it can produce. Used where a message has no structured code of its own (validation/ProblemCode.h):
// the readers of JSON, project and spreadsheet files, risk and scenario inputs, climate checks.
// Arguments are text as core wrote it (quoted file content, ranges): numbers in them are not
// localised, like the file content they quote.
#include <string>
#include <string_view>
#include <vector>

namespace m2ai {

struct MessageFormat {
    const char* context;  // the translation context, e.g. "JsonReader"
    const char* format;   // English, the translation's source text
};

// Expands to a MessageFormat; lupdate reads it as QT_TRANSLATE_NOOP(context, format).
#define M2AI_TR(context, format) (::m2ai::MessageFormat{context, format})

// An argument that is the English text of a problem the message's result also carries (its
// `problems` list, e.g. "cannot run: %1" with the first problem): ui/ and the CLI put that
// problem's translation in its place instead of the English (app/CoreErrorText, cli/CoreErrorLines).
struct QuotedProblem {
    std::size_t arg = 0;      // index into args
    std::size_t problem = 0;  // index into the result's problems
    bool operator==(const QuotedProblem&) const = default;
};

struct CoreMessage {
    std::string context;  // empty for a message that is not translatable (free text from a file)
    std::string format;   // English; %1 … %9 stand for args[0] … args[8]
    std::vector<std::string> args;
    std::vector<QuotedProblem> quotedProblems;

    std::string english() const;
    bool empty() const { return format.empty(); }
    bool operator==(const CoreMessage&) const = default;
};

CoreMessage coreMessage(MessageFormat format, std::vector<std::string> args = {});

// `format` whose argument `arg` is problems[problem].toString() of the result it is stored in.
CoreMessage coreMessageQuoting(MessageFormat format, std::vector<std::string> args, std::size_t arg,
                               std::size_t problem = 0);

// format with %1 … %9 replaced by args in one pass, so an argument that itself contains "%2" (a
// quoted cell, a file name) stays as it is. A placeholder without an argument stays too.
std::string fillArgs(std::string_view format, const std::vector<std::string>& args);

}  // namespace m2ai
