#include "charts/ChartCompare.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

#include "charts/LegendText.h"

namespace {

bool sameAxis(QAbstractAxis* a, QAbstractAxis* b) {
    if (a->type() != b->type() || a->alignment() != b->alignment() || a->isVisible() != b->isVisible() ||
        a->titleText() != b->titleText() || a->isTitleVisible() != b->isTitleVisible() ||
        a->titleFont() != b->titleFont() || a->titleBrush() != b->titleBrush() ||
        a->labelsVisible() != b->labelsVisible() || a->labelsFont() != b->labelsFont() ||
        a->labelsBrush() != b->labelsBrush() || a->labelsAngle() != b->labelsAngle() ||
        a->isLineVisible() != b->isLineVisible() || a->linePen() != b->linePen() ||
        a->isGridLineVisible() != b->isGridLineVisible() || a->gridLinePen() != b->gridLinePen() ||
        a->isMinorGridLineVisible() != b->isMinorGridLineVisible() ||
        a->shadesVisible() != b->shadesVisible() || a->isReverse() != b->isReverse())
        return false;
    switch (a->type()) {
        case QAbstractAxis::AxisTypeCategory: {
            auto* x = static_cast<QCategoryAxis*>(a);  // Qt's getters here are not const
            auto* y = static_cast<QCategoryAxis*>(b);
            if (x->categoriesLabels() != y->categoriesLabels() || x->startValue() != y->startValue() ||
                x->labelsPosition() != y->labelsPosition())
                return false;
            for (const QString& label : x->categoriesLabels())
                if (x->endValue(label) != y->endValue(label)) return false;
            [[fallthrough]];  // a QCategoryAxis is a QValueAxis
        }
        case QAbstractAxis::AxisTypeValue: {
            const auto* x = static_cast<const QValueAxis*>(a);
            const auto* y = static_cast<const QValueAxis*>(b);
            return x->min() == y->min() && x->max() == y->max() && x->tickCount() == y->tickCount() &&
                   x->minorTickCount() == y->minorTickCount() && x->labelFormat() == y->labelFormat() &&
                   x->tickType() == y->tickType() && x->tickInterval() == y->tickInterval() &&
                   x->tickAnchor() == y->tickAnchor();
        }
        case QAbstractAxis::AxisTypeBarCategory: {
            auto* x = static_cast<QBarCategoryAxis*>(a);
            auto* y = static_cast<QBarCategoryAxis*>(b);
            return x->categories() == y->categories() && x->min() == y->min() && x->max() == y->max();
        }
        default:
            return false;  // not one the factories use: assume it changed
    }
}

bool sameXY(const QXYSeries* a, const QXYSeries* b) {
    return a->points() == b->points() && a->pen() == b->pen() && a->brush() == b->brush() &&
           a->pointsVisible() == b->pointsVisible() && a->pointLabelsVisible() == b->pointLabelsVisible() &&
           a->pointLabelsFormat() == b->pointLabelsFormat() && a->pointLabelsFont() == b->pointLabelsFont() &&
           a->pointLabelsColor() == b->pointLabelsColor() && a->markerSize() == b->markerSize();
}

bool sameBarSet(const QBarSet* a, const QBarSet* b) {
    if (a->label() != b->label() || a->count() != b->count() || a->pen() != b->pen() ||
        a->brush() != b->brush() || a->labelBrush() != b->labelBrush() || a->labelFont() != b->labelFont())
        return false;
    for (int i = 0; i < a->count(); ++i)
        if (a->at(i) != b->at(i)) return false;
    return true;
}

bool sameSeries(const QAbstractSeries* a, const QAbstractSeries* b) {
    if (a->type() != b->type() || a->name() != b->name() || a->objectName() != b->objectName() ||
        a->isVisible() != b->isVisible() || a->opacity() != b->opacity())
        return false;
    switch (a->type()) {
        case QAbstractSeries::SeriesTypeScatter: {
            const auto* x = static_cast<const QScatterSeries*>(a);
            const auto* y = static_cast<const QScatterSeries*>(b);
            if (x->markerShape() != y->markerShape() || x->borderColor() != y->borderColor()) return false;
            return sameXY(x, y);
        }
        case QAbstractSeries::SeriesTypeLine:
        case QAbstractSeries::SeriesTypeSpline:
            return sameXY(static_cast<const QXYSeries*>(a), static_cast<const QXYSeries*>(b));
        case QAbstractSeries::SeriesTypeArea: {
            const auto* x = static_cast<const QAreaSeries*>(a);
            const auto* y = static_cast<const QAreaSeries*>(b);
            if (x->pen() != y->pen() || x->brush() != y->brush() ||
                x->pointsVisible() != y->pointsVisible() ||
                x->pointLabelsVisible() != y->pointLabelsVisible() ||
                x->pointLabelsFormat() != y->pointLabelsFormat())
                return false;
            const auto samePoints = [](const QLineSeries* p, const QLineSeries* q) {
                if (!p || !q) return p == q;
                return p->points() == q->points();
            };
            return samePoints(x->upperSeries(), y->upperSeries()) &&
                   samePoints(x->lowerSeries(), y->lowerSeries());
        }
        case QAbstractSeries::SeriesTypeBar:
        case QAbstractSeries::SeriesTypeStackedBar:
        case QAbstractSeries::SeriesTypePercentBar:
        case QAbstractSeries::SeriesTypeHorizontalBar:
        case QAbstractSeries::SeriesTypeHorizontalStackedBar:
        case QAbstractSeries::SeriesTypeHorizontalPercentBar: {
            const auto* x = static_cast<const QAbstractBarSeries*>(a);
            const auto* y = static_cast<const QAbstractBarSeries*>(b);
            if (x->barWidth() != y->barWidth() || x->count() != y->count() ||
                x->isLabelsVisible() != y->isLabelsVisible() || x->labelsFormat() != y->labelsFormat() ||
                x->labelsPosition() != y->labelsPosition() || x->labelsAngle() != y->labelsAngle() ||
                x->labelsPrecision() != y->labelsPrecision())
                return false;
            const QList<QBarSet*> p = x->barSets();
            const QList<QBarSet*> q = y->barSets();
            for (qsizetype i = 0; i < p.size(); ++i)
                if (!sameBarSet(p[i], q[i])) return false;
            return true;
        }
        default:
            return false;
    }
}

// The positions of series' axes in the chart's axis list: which axes a series is drawn against.
QList<qsizetype> axisIndices(QAbstractSeries* series, const QList<QAbstractAxis*>& axes) {
    QList<qsizetype> out;
    for (QAbstractAxis* axis : series->attachedAxes()) out.append(axes.indexOf(axis));
    return out;
}

}  // namespace

bool sameChart(const QChart* a, const QChart* b) {
    if (!a || !b) return false;
    if (a->title() != b->title() || a->titleFont() != b->titleFont() || a->titleBrush() != b->titleBrush() ||
        a->theme() != b->theme() || a->margins() != b->margins() ||
        a->backgroundRoundness() != b->backgroundRoundness() ||
        a->localizeNumbers() != b->localizeNumbers() || a->locale() != b->locale() ||
        a->backgroundBrush() != b->backgroundBrush() ||
        a->isBackgroundVisible() != b->isBackgroundVisible() ||
        a->isPlotAreaBackgroundVisible() != b->isPlotAreaBackgroundVisible() ||
        a->animationOptions() != b->animationOptions())
        return false;
    const QLegend* la = a->legend();
    const QLegend* lb = b->legend();
    // Compared as built: a legend row shown as a column in a small view is still the same chart.
    if (la->isVisible() != lb->isVisible() ||
        legendtext::builtAlignment(a) != legendtext::builtAlignment(b) ||
        la->showToolTips() != lb->showToolTips() || la->font() != lb->font() ||
        la->markerShape() != lb->markerShape() || la->labelColor() != lb->labelColor())
        return false;
    const QList<QAbstractAxis*> axesA = a->axes();
    const QList<QAbstractAxis*> axesB = b->axes();
    if (axesA.size() != axesB.size()) return false;
    for (qsizetype i = 0; i < axesA.size(); ++i)
        if (!sameAxis(axesA[i], axesB[i])) return false;
    const QList<QAbstractSeries*> seriesA = a->series();
    const QList<QAbstractSeries*> seriesB = b->series();
    if (seriesA.size() != seriesB.size()) return false;
    for (qsizetype i = 0; i < seriesA.size(); ++i) {
        if (!sameSeries(seriesA[i], seriesB[i])) return false;
        if (axisIndices(seriesA[i], axesA) != axisIndices(seriesB[i], axesB)) return false;
    }
    return true;
}
