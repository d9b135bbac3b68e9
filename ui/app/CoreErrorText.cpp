#include "app/CoreErrorText.h"

#include "app/ProblemText.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace CoreErrorText {

QString message(const m2ai::CoreMessage& message, const std::vector<m2ai::Problem>& problems,
                const std::string& english) {
    if (message.empty()) return QString::fromStdString(english);
    m2ai::CoreMessage translated = message;
    for (const m2ai::QuotedProblem& q : message.quotedProblems)
        if (q.arg < translated.args.size() && q.problem < problems.size())
            translated.args[q.arg] = ProblemText::problem(problems[q.problem]).toStdString();
    return ProblemText::message(translated);
}

}  // namespace CoreErrorText
