#include "charts/ChartUpdate.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QXYSeries>

#include "charts/ChartCompare.h"
#include "charts/LegendText.h"

namespace {

bool isBar(QAbstractSeries::SeriesType type) {
    switch (type) {
        case QAbstractSeries::SeriesTypeBar:
        case QAbstractSeries::SeriesTypeStackedBar:
        case QAbstractSeries::SeriesTypePercentBar:
        case QAbstractSeries::SeriesTypeHorizontalBar:
        case QAbstractSeries::SeriesTypeHorizontalStackedBar:
        case QAbstractSeries::SeriesTypeHorizontalPercentBar:
            return true;
        default:
            return false;
    }
}

bool isXY(QAbstractSeries::SeriesType type) {
    return type == QAbstractSeries::SeriesTypeLine || type == QAbstractSeries::SeriesTypeSpline ||
           type == QAbstractSeries::SeriesTypeScatter;
}

// The positions of a series' axes in the chart's axis list: which axes it is drawn against.
QList<qsizetype> axisIndices(QAbstractSeries* series, const QList<QAbstractAxis*>& axes) {
    QList<qsizetype> out;
    for (QAbstractAxis* axis : series->attachedAxes()) out.append(axes.indexOf(axis));
    return out;
}

bool sameStructure(const QChart* a, const QChart* b) {
    const QList<QAbstractAxis*> axesA = a->axes();
    const QList<QAbstractAxis*> axesB = b->axes();
    if (axesA.size() != axesB.size()) return false;
    for (qsizetype i = 0; i < axesA.size(); ++i)
        if (axesA[i]->type() != axesB[i]->type() || axesA[i]->alignment() != axesB[i]->alignment())
            return false;
    const QList<QAbstractSeries*> seriesA = a->series();
    const QList<QAbstractSeries*> seriesB = b->series();
    if (seriesA.size() != seriesB.size()) return false;
    for (qsizetype i = 0; i < seriesA.size(); ++i) {
        const QAbstractSeries::SeriesType type = seriesA[i]->type();
        if (type != seriesB[i]->type()) return false;
        if (axisIndices(seriesA[i], axesA) != axisIndices(seriesB[i], axesB)) return false;
        if (isBar(type)) {
            if (static_cast<const QAbstractBarSeries*>(seriesA[i])->count() !=
                static_cast<const QAbstractBarSeries*>(seriesB[i])->count())
                return false;
        } else if (type == QAbstractSeries::SeriesTypeArea) {
            const auto* x = static_cast<const QAreaSeries*>(seriesA[i]);
            const auto* y = static_cast<const QAreaSeries*>(seriesB[i]);
            if (!x->upperSeries() || !y->upperSeries() || !x->lowerSeries() != !y->lowerSeries())
                return false;
        } else if (!isXY(type)) {
            return false;  // not one the factories use
        }
    }
    return true;
}

void updatePoints(QXYSeries* to, const QXYSeries* from) {
    QList<QPointF> points = from->points();
    if (to->points() != points) to->replace(points);
}

void updateXY(QXYSeries* to, const QXYSeries* from) {
    updatePoints(to, from);
    if (to->pen() != from->pen()) to->setPen(from->pen());
    if (to->brush() != from->brush()) to->setBrush(from->brush());
}

void updateArea(QAreaSeries* to, const QAreaSeries* from) {
    updatePoints(to->upperSeries(), from->upperSeries());
    if (from->lowerSeries()) updatePoints(to->lowerSeries(), from->lowerSeries());
    if (to->pen() != from->pen()) to->setPen(from->pen());
    if (to->brush() != from->brush()) to->setBrush(from->brush());
}

void updateBarValues(QBarSet* to, const QList<qreal>& values) {
    if (to->count() == values.size()) {
        // Value by value: an unchanged bar is not touched.
        for (int i = 0; i < to->count(); ++i)
            if (to->at(i) != values[i]) to->replace(i, values[i]);
        return;
    }
    to->remove(0, to->count());
    to->append(values);
}

// Returns whether the set's label (its legend entry) changed.
bool updateBarSet(QBarSet* to, const QBarSet* from) {
    const bool renamed = to->label() != from->label();
    if (renamed) to->setLabel(from->label());
    if (to->pen() != from->pen()) to->setPen(from->pen());
    if (to->brush() != from->brush()) to->setBrush(from->brush());
    QList<qreal> values;
    values.reserve(from->count());
    for (int i = 0; i < from->count(); ++i) values.append(from->at(i));
    updateBarValues(to, values);
    return renamed;
}

// Returns whether a legend entry's name (the series' or a bar set's) changed.
bool updateSeries(QAbstractSeries* to, const QAbstractSeries* from) {
    bool renamed = to->name() != from->name();
    if (renamed) to->setName(from->name());
    const QAbstractSeries::SeriesType type = from->type();
    if (isXY(type)) {
        updateXY(static_cast<QXYSeries*>(to), static_cast<const QXYSeries*>(from));
    } else if (type == QAbstractSeries::SeriesTypeArea) {
        updateArea(static_cast<QAreaSeries*>(to), static_cast<const QAreaSeries*>(from));
    } else if (isBar(type)) {
        const QList<QBarSet*> sets = static_cast<QAbstractBarSeries*>(to)->barSets();
        const QList<QBarSet*> fresh = static_cast<const QAbstractBarSeries*>(from)->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) renamed = updateBarSet(sets[i], fresh[i]) || renamed;
    }
    return renamed;
}

void updateValueAxis(QValueAxis* to, const QValueAxis* from) {
    if (to->labelFormat() != from->labelFormat()) to->setLabelFormat(from->labelFormat());
    if (to->tickType() != from->tickType()) to->setTickType(from->tickType());
    if (to->tickInterval() != from->tickInterval()) to->setTickInterval(from->tickInterval());
    if (to->tickAnchor() != from->tickAnchor()) to->setTickAnchor(from->tickAnchor());
    if (to->tickCount() != from->tickCount()) to->setTickCount(from->tickCount());
    if (to->minorTickCount() != from->minorTickCount()) to->setMinorTickCount(from->minorTickCount());
    if (to->min() != from->min() || to->max() != from->max()) to->setRange(from->min(), from->max());
}

void updateCategories(QCategoryAxis* to, QCategoryAxis* from) {
    if (to->labelsPosition() != from->labelsPosition()) to->setLabelsPosition(from->labelsPosition());
    const QStringList labels = from->categoriesLabels();
    bool same = to->categoriesLabels() == labels && to->startValue() == from->startValue();
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = to->endValue(labels[i]) == from->endValue(labels[i]);
    if (same) return;
    // Labels are keys (unique), each interval starts where the previous one ends: rebuilt whole.
    for (const QString& label : to->categoriesLabels()) to->remove(label);
    to->setStartValue(from->startValue());
    for (const QString& label : labels) to->append(label, from->endValue(label));
}

void updateAxis(QAbstractAxis* to, QAbstractAxis* from) {
    if (to->titleText() != from->titleText()) to->setTitleText(from->titleText());
    switch (from->type()) {
        case QAbstractAxis::AxisTypeCategory:
            updateCategories(static_cast<QCategoryAxis*>(to), static_cast<QCategoryAxis*>(from));
            updateValueAxis(static_cast<QValueAxis*>(to), static_cast<const QValueAxis*>(from));
            break;
        case QAbstractAxis::AxisTypeValue:
            updateValueAxis(static_cast<QValueAxis*>(to), static_cast<const QValueAxis*>(from));
            break;
        case QAbstractAxis::AxisTypeBarCategory: {
            auto* x = static_cast<QBarCategoryAxis*>(to);
            auto* y = static_cast<QBarCategoryAxis*>(from);
            if (x->categories() != y->categories()) x->setCategories(y->categories());
            if (x->min() != y->min() || x->max() != y->max()) x->setRange(y->min(), y->max());
            break;
        }
        default:
            break;  // the final comparison tells
    }
}

}  // namespace

bool updateChartInPlace(QChart* shown, const QChart* fresh) {
    if (!shown || !fresh || !sameStructure(shown, fresh)) return false;
    // Series first, then the axes: ranges are set last, so no data change can move them.
    const QList<QAbstractSeries*> series = shown->series();
    const QList<QAbstractSeries*> freshSeries = fresh->series();
    bool renamed = false;
    for (qsizetype i = 0; i < series.size(); ++i)
        renamed = updateSeries(series[i], freshSeries[i]) || renamed;
    const QList<QAbstractAxis*> axes = shown->axes();
    const QList<QAbstractAxis*> freshAxes = fresh->axes();
    for (qsizetype i = 0; i < axes.size(); ++i) updateAxis(axes[i], freshAxes[i]);
    if (shown->title() != fresh->title()) shown->setTitle(fresh->title());
    // Legend entries show whole words of their names (charts/LegendText.h), set as labels of their
    // own, which a renamed series does not replace: every entry gets its new whole name, then the
    // words that fit (fit leaves them whole when the chart has no size yet). No entry keeps an old name.
    if (renamed) refitLegendNames(shown);
    // Whatever this does not copy (theme, fonts, legend, margins) must already be equal.
    return sameChart(shown, fresh);
}

void updateAxisInPlace(QAbstractAxis* shown, QAbstractAxis* fresh) {
    if (shown && fresh && shown->type() == fresh->type()) updateAxis(shown, fresh);
}

void updateBarValuesInPlace(QBarSet* set, const QList<double>& values) {
    updateBarValues(set, values);
}

void refitLegendNames(QChart* chart) {
    for (QLegendMarker* marker : chart->legend()->markers())
        if (const QString name = legendtext::fullText(marker); marker->label() != name)
            marker->setLabel(name);
    legendtext::fit(chart);
}
