#pragma once
// A plain grid table painted with QPainter (reports only): header row, zebra rows, optional bold
// total row, per-column alignment and relative width. Units: whatever the painter's are (points).
// A cell too long for its column wraps at words onto more lines (the row grows) and, past maxLines,
// ends with the words that fit and "…"; a figure (right-aligned) is never elided, it takes the lines
// its words need. A committee reads every figure: no word is ever cut.
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QFontMetricsF;
class QPainter;

struct ReportTable {
    QStringList headers;  // empty: no header row
    std::vector<QStringList> rows;
    std::vector<double> columnWeights;      // relative widths; empty = equal
    std::vector<Qt::Alignment> alignments;  // per column; default left for column 0, right otherwise
    bool lastRowIsTotal = false;
    double rowHeight = 11.0;
    int maxLines = 2;  // per body text cell
    // Figure cells (right-aligned) wrap onto up to this many lines and are never elided.
    static constexpr int kFigureLines = 4;

    // Paints at top-left of area (full width); returns the height used.
    double paint(QPainter& painter, const QRectF& area, const QFont& font) const;
    double height() const {
        return rowHeight * static_cast<double>(rows.size() + (headers.isEmpty() ? 0 : 1));
    }
    // Exact height at this width: a header that does not fit its column wraps onto a second line.
    double height(double width, const QFont& font) const;
    double headerHeight(double width, const QFont& font) const;

    // The lines text takes in a column width wide: whole words on each line, at most maxLines lines,
    // the last ending in "…" when words are left over. A word wider than the column stays whole.
    static QStringList cellLines(const QString& text, const QFontMetricsF& fm, double width, int maxLines);
    // Where a header's text is drawn: its cell, or the wider room (the cell with most of its
    // padding) when a word of text in font is wider than the cell; drawn in the cell, it would be clipped.
    static QRectF headerTextRect(const QRectF& cell, const QRectF& room, const QFont& font,
                                 const QString& text);

private:
    std::vector<double> columnEdges(double left, double width) const;
    // Lines of every cell of row r laid out at width, in font f (bold for the total row).
    std::vector<QStringList> rowLines(size_t r, double width, const QFont& f) const;
    double bodyRowHeight(const std::vector<QStringList>& lines, const QFont& f) const;
    QFont rowFont(size_t r, const QFont& font) const;
};
