#pragma once
// A calendar month (e.g. 2027-03). Schedules and cash flows count months from the portfolio's
// start month; YearMonth converts between that index and the calendar.
#include <optional>
#include <string>

namespace m2ai {

struct YearMonth {
    int year = 2026;
    int month = 1;  // 1..12

    // Months since year 0 January; lets two YearMonths be subtracted.
    int serial() const { return year * 12 + (month - 1); }
    YearMonth plusMonths(int months) const {
        const int s = serial() + months;
        return YearMonth{s / 12, s % 12 + 1};
    }
    friend int monthsBetween(const YearMonth& from, const YearMonth& to) {
        return to.serial() - from.serial();
    }
    bool operator==(const YearMonth&) const = default;
    auto operator<=>(const YearMonth& o) const { return serial() <=> o.serial(); }

    std::string toString() const;                                    // "YYYY-MM"
    static std::optional<YearMonth> parse(const std::string& text);  // strict "YYYY-MM", month 01..12
};

}  // namespace m2ai
