#pragma once
// A plain grid table painted with QPainter (reports only): header row, zebra rows, optional bold
// total row, per-column alignment and relative width. Units: whatever the painter's are (points).
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

struct ReportTable {
    QStringList headers;  // empty: no header row
    std::vector<QStringList> rows;
    std::vector<double> columnWeights;      // relative widths; empty = equal
    std::vector<Qt::Alignment> alignments;  // per column; default left for column 0, right otherwise
    bool lastRowIsTotal = false;
    double rowHeight = 11.0;

    // Paints at top-left of area (full width); returns the height used.
    double paint(QPainter& painter, const QRectF& area, const QFont& font) const;
    double height() const {
        return rowHeight * static_cast<double>(rows.size() + (headers.isEmpty() ? 0 : 1));
    }
    // Exact height at this width: a header that does not fit its column wraps onto a second line.
    double height(double width, const QFont& font) const;
    double headerHeight(double width, const QFont& font) const;

private:
    std::vector<double> columnEdges(double left, double width) const;
};
