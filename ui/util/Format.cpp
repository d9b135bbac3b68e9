#include "util/Format.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <cmath>

namespace Format {

QString number(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    return QLocale().toString(value, 'f', decimals);
}

QString mw(double value) {
    return QObject::tr("%1 MW").arg(number(value, 1));
}

QString count(long long value) {
    return QLocale().toString(value);
}

QString pue(double value) {
    return number(value, 2);
}

QString usdMillions(double usd) {
    return QObject::tr("USD %1 M").arg(number(usd / 1e6, 1));
}

QString percent(double value, int decimals) {
    return QObject::tr("%1 %").arg(number(value, decimals));
}

QString yearMonth(const m2ai::YearMonth& ym) {
    return QLocale().toString(QDate(ym.year, ym.month, 1), QStringLiteral("MMM yyyy"));
}

QString monthIndex(const m2ai::YearMonth& start, int index) {
    return QObject::tr("%1 (month %2)").arg(yearMonth(start.plusMonths(index))).arg(index);
}

QString optionalMonthIndex(const m2ai::YearMonth& start, const std::optional<int>& index) {
    return index ? yearMonth(start.plusMonths(*index)) : QObject::tr("never");
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace Format
