#pragma once
// Shared look of the chart factories: axes with unit titles, colours per series, calendar x axis.
#include <QCategoryAxis>
#include <QColor>
#include <QDateTime>
#include <QString>
#include <QValueAxis>

#include "model/YearMonth.h"

class QChart;
class QAbstractAxis;
class QAbstractSeries;
class QValueAxis;

namespace chartstyle {

// First millisecond of the calendar month `index` months after start (UTC): x of date axes.
qreal monthX(m2ai::YearMonth start, double index);
// Calendar axis over months [0, months] from start (x = monthX), labelled "MMM yyyy" on exact month
// boundaries (a QDateTimeAxis divides milliseconds evenly and lands on "Dec 2028" for Jan 2029).
QCategoryAxis* monthAxis(m2ai::YearMonth start, int months);
QValueAxis* valueAxis(const QString& title, const QString& format = QStringLiteral("%.0f"));
// Adds axis to chart on side and attaches every series given.
void attach(QChart* chart, QAbstractAxis* axis, Qt::Alignment side,
            std::initializer_list<QAbstractSeries*> series);
// Common chart setup: title, theme, legend at the bottom, compact margins.
void setup(QChart* chart, const QString& title, int qtTheme);
// Colour of the i-th site in portfolio charts; of a power-budget part.
QColor siteColor(int i);

inline const QColor kIt{0x1f, 0x77, 0xb4};
inline const QColor kCooling{0x17, 0xbe, 0xcf};
inline const QColor kLosses{0xff, 0x7f, 0x0e};
inline const QColor kMisc{0x9a, 0x9a, 0x9a};
inline const QColor kSpare{0xc7, 0xe9, 0xc0};
inline const QColor kMining{0x8c, 0x56, 0x4b};
inline const QColor kConverting{0x1f, 0x77, 0xb4};
inline const QColor kKeepMining{0x8c, 0x56, 0x4b};
inline const QColor kIncremental{0x2c, 0xa0, 0x2c};  // incremental NPV (converting minus mining)
inline const QColor kCritical{0xd6, 0x27, 0x28};
inline const QColor kNormal{0x4a, 0x7f, 0xc1};
inline const QColor kOthers{0xc8, 0xc8, 0xc8};  // "Others (N sites)" in portfolio charts

}  // namespace chartstyle
