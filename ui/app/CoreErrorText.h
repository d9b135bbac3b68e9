#pragma once
// A run's or an edit's error sentence from core (validation/CoreMessage.h: risk, sensitivity,
// scenario comparison, applying and promoting a scenario) in the user's language. Core puts the
// first problem into such a sentence as its English "path: message" and says which argument it is
// (CoreMessage::quotedProblems); that argument is replaced by the problem's translated text, so the
// whole line is in one language.
#include <QString>
#include <vector>

namespace m2ai {
struct CoreMessage;
struct Problem;
}  // namespace m2ai

namespace CoreErrorText {

// english is shown as it is when message is empty (an error core did not word as a CoreMessage).
QString message(const m2ai::CoreMessage& message, const std::vector<m2ai::Problem>& problems,
                const std::string& english);

}  // namespace CoreErrorText
