#include "app/CoreErrorText.h"

#include "app/ProblemText.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace CoreErrorText {

QString message(const m2ai::CoreMessage& message, const std::vector<m2ai::Problem>& problems,
                const std::string& english) {
    if (message.empty()) return QString::fromStdString(english);
    m2ai::CoreMessage translated = message;
    for (std::string& arg : translated.args)
        for (const m2ai::Problem& p : problems)
            if (arg == p.toString()) {
                arg = ProblemText::problem(p).toStdString();
                break;
            }
    return ProblemText::message(translated);
}

}  // namespace CoreErrorText
