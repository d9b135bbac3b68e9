#include "charts/ChartStyle.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFont>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <iterator>

#include "charts/LegendText.h"

namespace chartstyle {

qreal monthX(m2ai::YearMonth start, double index) {
    const int whole = static_cast<int>(std::floor(index));
    const m2ai::YearMonth ym = start.plusMonths(whole);
    const QDateTime t0(QDate(ym.year, ym.month, 1), QTime(0, 0), Qt::UTC);
    // A fraction of a month is spread over that month's days (display only).
    const qreal frac = index - whole;
    const QDateTime t1 = t0.addMonths(1);
    return static_cast<qreal>(t0.toMSecsSinceEpoch()) +
           frac * static_cast<qreal>(t1.toMSecsSinceEpoch() - t0.toMSecsSinceEpoch());
}

QCategoryAxis* monthAxis(m2ai::YearMonth start, int months) {
    auto* axis = new QCategoryAxis;
    axis->setTitleText(QObject::tr("Month"));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    months = std::max(1, months);
    // At most seven labels: every 1, 3, 6, 12 or 24 months.
    int step = 24;
    for (int s : {1, 3, 6, 12, 24})
        if (months / s <= 6) {
            step = s;
            break;
        }
    const QLocale english(QLocale::English);
    // Short labels so a half-width chart never elides them: yearly ticks in January read "2029";
    // other yearly ticks "Jul 29"; monthly and quarterly ticks keep "Jul 2029".
    const QString format = step >= 12 ? (start.month == 1 ? QStringLiteral("yyyy") : QStringLiteral("MMM yy"))
                                      : QStringLiteral("MMM yyyy");
    axis->setStartValue(monthX(start, 0));
    for (int m = 0; m <= months; m += step) {
        const m2ai::YearMonth ym = start.plusMonths(m);
        axis->append(english.toString(QDate(ym.year, ym.month, 1), format), monthX(start, m));
    }
    axis->setRange(monthX(start, 0), monthX(start, months));
    return axis;
}

QValueAxis* valueAxis(const QString& title, const QString& format) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    return axis;
}

void attach(QChart* chart, QAbstractAxis* axis, Qt::Alignment side,
            std::initializer_list<QAbstractSeries*> series) {
    chart->addAxis(axis, side);
    for (QAbstractSeries* s : series)
        if (s) s->attachAxis(axis);
}

void setup(QChart* chart, const QString& title, int qtTheme) {
    chart->setTheme(static_cast<QChart::ChartTheme>(qtTheme));
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    legendtext::install(chart);                // entries elide at whole words, the whole name on hover
    chart->setMargins(QMargins(4, 4, 18, 4));  // room for the last x label, centred on the axis end
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
}

QColor siteColor(int i) {
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                    QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                    QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                    QColor(0x17, 0xbe, 0xcf), QColor(0xd6, 0x27, 0x28)};
    return colors[static_cast<size_t>(i) % std::size(colors)];
}

}  // namespace chartstyle
