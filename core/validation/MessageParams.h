#pragma once
// The parameters of a structured message from core (a validation problem, a site warning, an
// infeasibility): named numbers and texts, so ui/ and the CLI can format the message in the user's
// language (ui/app/ProblemText) while core stays free of Qt and keeps its English sentence.
#include <string>
#include <utility>
#include <vector>

namespace m2ai {

struct MessageParams {
    std::vector<std::pair<std::string, double>> numbers;
    std::vector<std::pair<std::string, std::string>> texts;
    // 0 / "" when the message has no parameter of that name.
    double number(const std::string& key) const {
        for (const auto& [k, v] : numbers)
            if (k == key) return v;
        return 0.0;
    }
    std::string text(const std::string& key) const {
        for (const auto& [k, v] : texts)
            if (k == key) return v;
        return {};
    }
    bool operator==(const MessageParams&) const = default;
};

}  // namespace m2ai
