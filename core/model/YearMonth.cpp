#include "model/YearMonth.h"

#include <cstdio>

namespace m2ai {

std::string YearMonth::toString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::optional<YearMonth> YearMonth::parse(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    for (size_t i = 0; i < 7; ++i)
        if (i != 4 && (text[i] < '0' || text[i] > '9')) return std::nullopt;
    const int y = std::stoi(text.substr(0, 4));
    const int m = std::stoi(text.substr(5, 2));
    if (m < 1 || m > 12 || y < 1900 || y > 2200) return std::nullopt;
    return YearMonth{y, m};
}

}  // namespace m2ai
