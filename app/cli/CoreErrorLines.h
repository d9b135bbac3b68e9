#pragma once
// A run's error sentence from core (risk, sensitivity, scenario comparison) in the CLI's language:
// messageLine, with each problem core quoted in English (CoreMessage::quotedProblems) replaced by
// its problemLine.
#include <string>
#include <vector>

namespace m2ai {
struct CoreMessage;
struct Problem;
}  // namespace m2ai

namespace m2ai::cli {

// english is printed as it is when message is empty.
std::string errorLine(const CoreMessage& message, const std::vector<Problem>& problems,
                      const std::string& english);

}  // namespace m2ai::cli
