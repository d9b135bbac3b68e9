#include "charts/LegendText.h"

#include <QAbstractSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QLegendMarker>
#include <QPieLegendMarker>
#include <QPieSlice>
#include <QToolTip>
#include <algorithm>
#include <numeric>

#include "util/ElidedLabel.h"

namespace legendtext {
namespace {

const char* const kInstalled = "m2aiLegendText";
const char* const kTipConnected = "m2aiLegendTip";
const char* const kRowSide = "m2aiLegendRowSide";

// Pixels of one entry besides its text as Qt's legend lays it out (margins of 3 on both sides and
// the legend's own 3 per entry, the marker of half the font's height — 1.5 times that for a line —,
// 4 of spacing, 1 of rounding), plus slack: Qt measures with a text document, a pixel or two wider
// than QFontMetricsF, and would then cut the label at a character after all.
double entryOverhead(const QFontMetricsF& fm) {
    return 16.0 + fm.height();
}

QString elide(const QString& name, const QFontMetricsF& fm, double room) {
    return ElidedLabel::elideAtWords(name, fm, std::max(0.0, room));
}

double advance(const QString& text, const QFontMetricsF& fm) {
    return fm.horizontalAdvance(text);
}

double horizontalMargins(const QGraphicsLayout* layout) {
    if (!layout) return 0.0;
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal bottom = 0;
    layout->getContentsMargins(&left, &top, &right, &bottom);
    return left + right;
}

QWidget* viewOf(QLegendMarker* marker) {
    const QAbstractSeries* series = marker->series();
    const QChart* chart = series ? series->chart() : nullptr;
    const QGraphicsScene* scene = chart ? chart->scene() : nullptr;
    return scene && !scene->views().isEmpty() ? scene->views().constFirst() : nullptr;
}

void showWholeNameOnHover(QLegendMarker* marker) {
    if (marker->property(kTipConnected).toBool()) return;
    marker->setProperty(kTipConnected, true);
    QObject::connect(marker, &QLegendMarker::hovered, marker, [marker](bool over) {
        const QString tip = toolTip(marker);
        if (tip.isEmpty()) return;
        if (over)
            QToolTip::showText(QCursor::pos(), tip, viewOf(marker));
        else
            QToolTip::hideText();
    });
}

}  // namespace

Qt::Alignment builtAlignment(const QChart* chart) {
    const QVariant rowSide = chart->property(kRowSide);
    return rowSide.isValid() ? static_cast<Qt::Alignment>(rowSide.toInt()) : chart->legend()->alignment();
}

QString fullText(QLegendMarker* marker) {
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker); bar && bar->barset())
        return bar->barset()->label();
    if (auto* pie = qobject_cast<QPieLegendMarker*>(marker); pie && pie->slice())
        return pie->slice()->label();
    return marker->series() ? marker->series()->name() : marker->label();
}

QString toolTip(QLegendMarker* marker) {
    const QString whole = fullText(marker);
    return marker->label() == whole ? QString() : whole;
}

QStringList fitRow(const QStringList& names, const QFontMetricsF& fm, double textRoom) {
    std::vector<double> widths;
    widths.reserve(static_cast<size_t>(names.size()));
    for (const QString& name : names) widths.push_back(advance(name, fm));
    if (std::accumulate(widths.begin(), widths.end(), 0.0) <= textRoom) return names;
    // The longest entries give way to a common width; the shorter ones keep theirs.
    std::vector<double> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    double cap = 0.0;
    double below = 0.0;
    for (size_t k = 0; k < sorted.size(); ++k) {
        const auto rest = static_cast<double>(sorted.size() - k);
        if (below + sorted[k] * rest >= textRoom) {
            cap = (textRoom - below) / rest;
            break;
        }
        below += sorted[k];
    }
    QStringList labels;
    labels.reserve(names.size());
    std::vector<qsizetype> shortened;
    double used = 0.0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        labels << (widths[static_cast<size_t>(i)] <= cap ? names[i] : elide(names[i], fm, cap));
        if (labels[i] != names[i]) shortened.push_back(i);
        used += advance(labels[i], fm);
    }
    // A word that did not fit leaves room unused: the entries that gave way share it (each grows by
    // at most its share, so the row still fits).
    if (!shortened.empty() && used < textRoom) {
        const double extra = (textRoom - used) / static_cast<double>(shortened.size());
        for (const qsizetype i : shortened) labels[i] = elide(names[i], fm, advance(labels[i], fm) + extra);
    }
    return labels;
}

QStringList fitColumn(const QStringList& names, const QFontMetricsF& fm, double textRoom) {
    QStringList labels;
    labels.reserve(names.size());
    for (const QString& name : names) labels << elide(name, fm, textRoom);
    return labels;
}

void fit(QChart* chart) {
    if (!chart) return;
    QLegend* legend = chart->legend();
    if (!legend || !legend->isVisible() || !legend->isAttachedToChart()) return;
    QList<QLegendMarker*> markers;
    QStringList names;
    for (QLegendMarker* marker : legend->markers())
        if (marker->isVisible()) {
            markers << marker;
            names << fullText(marker);
        }
    if (markers.isEmpty() || chart->size().width() <= 0) return;

    // The legend's width as the chart's layout gives it: the chart less its layout's and its own margins.
    const double contentWidth = chart->size().width() - horizontalMargins(chart->layout()) -
                                chart->margins().left() - chart->margins().right();
    const double legendMargins = horizontalMargins(legend->layout());
    const QFontMetricsF fm(legend->font());
    const double overhead = entryOverhead(fm);
    // The side the chart was built with: a row may have become a column (below) at a smaller size.
    const Qt::Alignment builtSide = builtAlignment(chart);
    // A column is at most 0.4 of the width (Qt's layout), the plot keeps the rest.
    const QStringList column = fitColumn(names, fm, contentWidth * 0.4 - legendMargins - overhead);
    QStringList labels = column;
    Qt::Alignment side = builtSide;
    if (builtSide & (Qt::AlignTop | Qt::AlignBottom)) {
        labels =
            fitRow(names, fm, contentWidth - legendMargins - overhead * static_cast<double>(markers.size()));
        // A row too short for even a word per entry (a dozen sites) reads better as a column at the
        // right, one name per line, when that column does show words and has the height for them.
        const auto bare = [](const QStringList& l) { return l.contains(QStringLiteral("…")); };
        const double columnHeight = static_cast<double>(markers.size()) * (fm.height() + 8.0);
        if (bare(labels) && !bare(column) && columnHeight < chart->size().height() * 0.8) {
            labels = column;
            side = Qt::AlignRight;
        }
    }
    chart->setProperty(kRowSide, side == builtSide ? QVariant() : QVariant(static_cast<int>(builtSide)));
    if (legend->alignment() != side) legend->setAlignment(side);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        if (markers[i]->label() != labels[i]) markers[i]->setLabel(labels[i]);
        showWholeNameOnHover(markers[i]);
    }
}

void install(QChart* chart) {
    if (!chart || chart->property(kInstalled).toBool()) return;
    chart->setProperty(kInstalled, true);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { fit(chart); });
}

}  // namespace legendtext
