#pragma once
// Number formatting for reports and exports: units and thousands separators ALWAYS (the C locale a
// headless CLI runs in omits group separators, so they are switched back on here). Presentation only.
#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

#include "model/YearMonth.h"

namespace ReportFormat {

QLocale locale();                                        // QLocale() with group separators on
QString number(double value, int decimals);              // "12,345.6"; "—" when not finite
QString count(long long value);                          // "12,288"
QString mw(double value, int decimals = 1);              // "12.3 MW"
QString usdM(double usd, int decimals = 1);              // "USD 123.4 M"
QString percent(double value, int decimals = 1);         // "8.7 %" (value already in percent)
QString irr(const std::optional<double>& fraction);      // "8.7 %" or "—"
QString month(const m2ai::YearMonth& start, int index);  // "Mar 2028", "mars 2028", "2028年3月"
// The report's date in the language of the report: ISO (2026-05-01) in the C locale.
QString date(const QDate& day);
QString optionalMonth(const m2ai::YearMonth& start, const std::optional<int>& index);  // "never"

}  // namespace ReportFormat
