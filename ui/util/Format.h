#pragma once
// Display formatting of core numbers: units and the user's locale (thousands separators). Only
// presentation happens here; every value comes from core results or the model.
#include <QString>
#include <optional>

#include "model/YearMonth.h"

namespace Format {

QString number(double value, int decimals);                   // 12,345.6
QString mw(double value);                                     // "12.3 MW"
QString count(long long value);                               // "12,288"
QString pue(double value);                                    // "1.23"
QString usdMillions(double usd);                              // "USD 123.4 M"
QString percent(double value, int decimals = 1);              // "8.7 %" (value already in percent)
QString yearMonth(const m2ai::YearMonth& ym);                 // "Mar 2028"
QString monthIndex(const m2ai::YearMonth& start, int index);  // "Mar 2028 (month 14)"
QString optionalMonthIndex(const m2ai::YearMonth& start, const std::optional<int>& index);  // "—" when none
QString qs(const std::string& s);

}  // namespace Format
