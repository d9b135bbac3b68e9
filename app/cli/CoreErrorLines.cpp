#include "CoreErrorLines.h"

#include "ProblemLines.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace m2ai::cli {

std::string errorLine(const CoreMessage& message, const std::vector<Problem>& problems,
                      const std::string& english) {
    if (message.empty()) return english;
    CoreMessage translated = message;
    for (const QuotedProblem& q : message.quotedProblems)
        if (q.arg < translated.args.size() && q.problem < problems.size())
            translated.args[q.arg] = problemLine(problems[q.problem]);
    return messageLine(translated);
}

}  // namespace m2ai::cli
