#include "CoreErrorLines.h"

#include "ProblemLines.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace m2ai::cli {

std::string errorLine(const CoreMessage& message, const std::vector<Problem>& problems,
                      const std::string& english) {
    if (message.empty()) return english;
    CoreMessage translated = message;
    for (std::string& arg : translated.args)
        for (const Problem& p : problems)
            if (arg == p.toString()) {
                arg = problemLine(p);
                break;
            }
    return messageLine(translated);
}

}  // namespace m2ai::cli
