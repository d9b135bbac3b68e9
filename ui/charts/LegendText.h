#pragma once
// Legend entries that show whole words (issue 15): Qt Charts cuts a legend label that does not fit
// at a character ("Akaki (Addis A..."). Here each entry's label is set to the whole words that fit
// the room the legend gives it, followed by "…", and recomputed whenever the chart is resized; the
// whole name is the entry's tooltip. The room is worked out as Qt lays the legend out: a bottom or top
// legend is one row whose longest entries give way first; a left or right one is a column at most
// 0.4 of the chart's width. A row too short for a word per entry (a dozen long site names) becomes
// a column at the right while the chart is that small.
#include <QString>
#include <QStringList>
#include <Qt>
#include <vector>

class QChart;
class QFontMetricsF;
class QLegendMarker;

namespace legendtext {

// Fits the labels now and again on every resize of chart; shows the whole name on hover of an
// elided entry. Called once per chart (chartstyle::setup); idempotent.
void install(QChart* chart);
// Fits the labels to the chart's current size (after series were renamed, e.g. translated).
void fit(QChart* chart);

// The side the chart's legend was built with (a row shown as a column at a small size is still a row).
Qt::Alignment builtAlignment(const QChart* chart);

// The entry's whole name: its series' name, bar set's or pie slice's label.
QString fullText(QLegendMarker* marker);
// The tooltip of the entry: the whole name when the label shows less of it, else empty.
QString toolTip(QLegendMarker* marker);

// The labels for names in one row of textRoom pixels in all (the entries' markers and spacing
// already taken out): all whole when they fit; otherwise the longest give way first, each to the
// whole words that fit its share and "…".
QStringList fitRow(const QStringList& names, const QFontMetricsF& fm, double textRoom);
// Each name to the whole words that fit textRoom (a column of entries).
QStringList fitColumn(const QStringList& names, const QFontMetricsF& fm, double textRoom);

}  // namespace legendtext
