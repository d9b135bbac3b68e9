#pragma once
// Whether two charts show the same thing, so that a view can keep the chart it has instead of
// swapping in an equal new one. Swapping costs far more than building: the new chart is laid out
// (every axis label is a rich-text item) and repainted, ~10 ms a chart on this machine, and most
// edits change only some of the charts on screen (a power price changes no power or PUE chart).
//
// Compares what the chart factories of ui/charts set: title, theme, legend, margins; every
// series' type, name, object name, points or bar values, pens, brushes, markers, labels and
// attached axes; every axis' type, side, range, ticks, categories, titles and label format.
// Anything it does not know (a series or axis type no factory uses) counts as different.
class QChart;

bool sameChart(const QChart* a, const QChart* b);
