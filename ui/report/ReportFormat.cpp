#include "report/ReportFormat.h"

#include <QDate>
#include <QObject>
#include <cmath>

namespace ReportFormat {

QLocale locale() {
    QLocale l;
    l.setNumberOptions(l.numberOptions() & ~QLocale::NumberOptions(QLocale::OmitGroupSeparator));
    return l;
}

QString number(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    // Avoid "-0.0" for tiny negatives rounded to zero.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0.0) value = 0.0;
    return locale().toString(value, 'f', decimals);
}

QString count(long long value) {
    return locale().toString(value);
}

QString mw(double value, int decimals) {
    return QObject::tr("%1 MW").arg(number(value, decimals));
}

QString usdM(double usd, int decimals) {
    return QObject::tr("USD %1 M").arg(number(usd / 1e6, decimals));
}

QString percent(double value, int decimals) {
    return QObject::tr("%1 %").arg(number(value, decimals));
}

QString irr(const std::optional<double>& fraction) {
    return fraction ? percent(*fraction * 100.0, 1) : QStringLiteral("—");
}

QString month(const m2ai::YearMonth& start, int index) {
    const m2ai::YearMonth ym = start.plusMonths(index);
    // The report's language (Translations::install sets the default locale); the C locale, as in
    // the tests, writes the English short names.
    return QLocale().toString(QDate(ym.year, ym.month, 1), QLocale().language() == QLocale::Chinese
                                                               ? QStringLiteral("yyyy年M月")
                                                               : QStringLiteral("MMM yyyy"));
}

QString date(const QDate& day) {
    const QLocale l;
    if (l.language() == QLocale::C) return day.toString(Qt::ISODate);
    if (l.language() == QLocale::Chinese) return l.toString(day, QStringLiteral("yyyy年M月d日"));
    return l.toString(day, QStringLiteral("d MMMM yyyy"));
}

QString optionalMonth(const m2ai::YearMonth& start, const std::optional<int>& index) {
    return index ? month(start, *index) : QObject::tr("never");
}

}  // namespace ReportFormat
