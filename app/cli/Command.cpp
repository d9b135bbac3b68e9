#include "Command.h"

#include <algorithm>

namespace m2ai::cli {

std::string Option::longestName() const {
    return *std::max_element(names.begin(), names.end(),
                             [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

std::string Invocation::value(const std::string& option) const {
    const auto it = values_.find(option);
    return it == values_.end() ? std::string() : it->second;
}

}  // namespace m2ai::cli
