#pragma once
// .m2ai project files: one SQLite database per project (docs/file-format.md "Project file").
// Saves are atomic; opening refuses foreign, newer, corrupt or invalid files with one clear line.
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace m2ai {

inline constexpr int kM2aiApplicationId = 0x4D324149;  // "M2AI"
inline constexpr int kM2aiSchemaVersion = 4;  // 2: terminal_value (issue 12); 3 and 4: storage/SchemaV3.h

struct SaveResult {
    SaveResult() = default;
    // {ok, error} as the other writers (io/AtomicWrite.h, sites template) build it, message empty.
    SaveResult(bool ok_, std::string error_, CoreMessage message_ = {})
        : ok(ok_), error(std::move(error_)), message(std::move(message_)) {}
    bool ok = false;
    std::string error;    // one line, for the user: message.english()
    CoreMessage message;  // the same line, translatable (ui ProblemText::message, CLI messageLine)
};
SaveResult saveProject(const Portfolio& portfolio, const std::string& path);

struct OpenResult {
    bool ok = false;
    Portfolio portfolio;
    std::string error;          // one line, for the user: message.english()
    CoreMessage message;        // the same line, translatable (ui ProblemText::message, CLI messageLine)
    int fileSchemaVersion = 0;  // the version found in the file (migrated when older)
    bool migrated = false;
    std::vector<Problem> problems;  // added: every validation problem when the values are invalid
};
OpenResult openProject(const std::string& path);

}  // namespace m2ai
