#pragma once
// Brings a chart on screen to what a freshly built chart of the same structure shows, in place:
// points, bar values, bar and axis category labels, axis ranges and ticks, series names, pens and
// brushes, the title. A view that swaps in a new chart pays for Qt Charts building every graphics
// item again and laying out every axis label and legend entry (rich text, shaped anew): ~10 ms a
// chart, the most of a settings edit's UI-thread time at 1,000 sites. Updated in place, only what
// changed is laid out again.
//
// Structure means: the same number of series, each of the same type (and of bar sets), attached to
// the same axes; the same number of axes, each of the same type on the same side. Anything else
// that differs (theme, fonts, legend, margins: a palette change, a translation) is left to the swap.
class QAbstractAxis;
class QBarSet;
class QChart;
template <typename T>
class QList;

// true when shown now equals fresh (sameChart, charts/ChartCompare.h), which the caller then
// deletes; false when the structure differs or anything outside the data differs: the caller swaps
// in fresh (shown may have been changed meanwhile; it is discarded).
bool updateChartInPlace(QChart* shown, const QChart* fresh);

// The pieces, for factories that fill the chart on screen directly from a result without building
// a fresh chart (charts/SiteCharts.h, update*Chart): no graphics item is created for them.
//
// Copies title, range, ticks and categories from fresh, an axis of the same type that belongs to no
// chart (building a detached axis costs no graphics items).
void updateAxisInPlace(QAbstractAxis* shown, QAbstractAxis* fresh);
// Sets values into set, value by value (an unchanged bar is not touched).
void updateBarValuesInPlace(QBarSet* set, const QList<double>& values);
// After series were renamed: every legend entry gets its new whole name, then the words that fit.
void refitLegendNames(QChart* chart);
