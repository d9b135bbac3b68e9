#include "report/ReportTable.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>

#include "util/ElidedLabel.h"

namespace {
double widestWord(const QFont& font, const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));  // wrapped lines end in \n
    const QFontMetricsF fm(font);
    double widest = 0.0;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word));
    return widest;
}

QFont shrunkToWidestWord(const QFont& font, const QString& text, double width) {
    const double widest = widestWord(font, text);
    if (widest <= width || width <= 0.0) return font;
    QFont smaller = font;
    const double scale = std::max(0.6, width / widest);
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * scale);
    else
        smaller.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * scale)));
    return smaller;
}
}  // namespace

QRectF ReportTable::headerTextRect(const QRectF& cell, const QRectF& room, const QFont& font,
                                   const QString& text) {
    // A word that fits the room but not the cell ("Emplazamiento") takes the room as well.
    return widestWord(font, text) > cell.width() ? room : cell;
}

std::vector<double> ReportTable::columnEdges(double left, double width) const {
    const size_t columns =
        std::max<size_t>(headers.size(), rows.empty() ? 0 : static_cast<size_t>(rows.front().size()));
    std::vector<double> weights = columnWeights;
    weights.resize(columns, weights.empty() ? 1.0 : weights.back());
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> x(columns + 1, left);
    for (size_t c = 0; c < columns; ++c) x[c + 1] = x[c] + width * weights[c] / total;
    return x;
}

double ReportTable::headerHeight(double width, const QFont& font) const {
    if (headers.isEmpty()) return 0.0;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const std::vector<double> x = columnEdges(0.0, width);
    const double pad = rowHeight * 0.25;
    for (qsizetype c = 0; c + 1 < static_cast<qsizetype>(x.size()) && c < headers.size(); ++c) {
        const bool spans = c + 1 < headers.size() && headers[c + 1].isEmpty();
        if (!spans && fm.horizontalAdvance(headers[c]) >
                          x[static_cast<size_t>(c) + 1] - x[static_cast<size_t>(c)] - 2 * pad)
            return rowHeight * 1.8;
    }
    return rowHeight;
}

QStringList ReportTable::cellLines(const QString& text, const QFontMetricsF& fm, double width, int maxLines) {
    if (fm.horizontalAdvance(text) <= width || text.isEmpty()) return {text};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    qsizetype next = 0;
    while (next < words.size() && static_cast<int>(lines.size()) + 1 < maxLines) {
        QString line = words[next++];
        while (next < words.size() && fm.horizontalAdvance(line + QLatin1Char(' ') + words[next]) <= width)
            line += QLatin1Char(' ') + words[next++];
        lines << line;
    }
    if (next < words.size()) {
        const QString rest = QStringList(words.mid(next)).join(QLatin1Char(' '));
        QString last = ElidedLabel::elideAtWords(rest, fm, width);
        // Not even the next word fits: it is shown whole rather than as a bare "…".
        if (last == QStringLiteral("…")) last = words[next] + (next + 1 < words.size() ? last : QString());
        lines << last;
    }
    return lines;
}

QFont ReportTable::rowFont(size_t r, const QFont& font) const {
    QFont f = font;
    f.setBold(lastRowIsTotal && r + 1 == rows.size());
    return f;
}

std::vector<QStringList> ReportTable::rowLines(size_t r, double width, const QFont& f) const {
    const std::vector<double> x = columnEdges(0.0, width);
    const QFontMetricsF fm(f);
    const double pad = rowHeight * 0.25;
    const QStringList& cells = rows[r];
    std::vector<QStringList> lines;
    for (size_t c = 0; c + 1 < x.size() && c < static_cast<size_t>(cells.size()); ++c) {
        const Qt::Alignment align =
            c < alignments.size() ? alignments[c] : (c == 0 ? Qt::AlignLeft : Qt::AlignRight);
        const int most = (align & Qt::AlignRight) ? std::max(maxLines, kFigureLines) : maxLines;
        lines.push_back(cellLines(cells[static_cast<qsizetype>(c)], fm, x[c + 1] - x[c] - 2 * pad, most));
    }
    return lines;
}

double ReportTable::bodyRowHeight(const std::vector<QStringList>& lines, const QFont& f) const {
    qsizetype most = 1;
    for (const QStringList& cell : lines) most = std::max(most, cell.size());
    return rowHeight + static_cast<double>(most - 1) * QFontMetricsF(f).lineSpacing();
}

double ReportTable::height(double width, const QFont& font) const {
    double h = headerHeight(width, font);
    for (size_t r = 0; r < rows.size(); ++r) {
        const QFont f = rowFont(r, font);
        h += bodyRowHeight(rowLines(r, width, f), f);
    }
    return h;
}

double ReportTable::paint(QPainter& painter, const QRectF& area, const QFont& font) const {
    const size_t columns =
        std::max<size_t>(headers.size(), rows.empty() ? 0 : static_cast<size_t>(rows.front().size()));
    if (columns == 0) return 0.0;
    const std::vector<double> x = columnEdges(area.left(), area.width());

    painter.save();
    const double pad = rowHeight * 0.25;
    double y = area.top();
    auto drawRow = [&](const QStringList& cells, const QFont& f, const QColor& background, bool spanEmpty,
                       const std::vector<QStringList>& lines) {
        const double h = spanEmpty ? headerHeight(area.width(), font) : bodyRowHeight(lines, f);
        if (background.isValid()) painter.fillRect(QRectF(area.left(), y, area.width(), h), background);
        painter.setFont(f);
        for (size_t c = 0; c < columns && c < static_cast<size_t>(cells.size()); ++c) {
            const Qt::Alignment align =
                c < alignments.size() ? alignments[c] : (c == 0 ? Qt::AlignLeft : Qt::AlignRight);
            // A header cell may run on over the empty header cells to its right.
            size_t last = c;
            while (spanEmpty && last + 1 < columns && last + 1 < static_cast<size_t>(cells.size()) &&
                   cells[static_cast<qsizetype>(last) + 1].isEmpty())
                ++last;
            const QRectF cell(x[c] + pad, y, x[last + 1] - x[c] - 2 * pad, h);
            if (spanEmpty) {  // headers wrap onto a second line rather than lose their unit
                // A word wider than its column ("Récupération") is set smaller, not broken.
                // It may use the column's padding first.
                const QRectF room = cell.adjusted(-pad * 0.8, 0, pad * 0.8, 0);
                const QString& text = cells[static_cast<qsizetype>(c)];
                const QFont fitted = shrunkToWidestWord(f, text, room.width());
                painter.setFont(fitted);
                painter.drawText(headerTextRect(cell, room, fitted, text),
                                 static_cast<int>(align | Qt::AlignVCenter) | Qt::TextWordWrap, text);
                painter.setFont(f);
            } else if (c < lines.size()) {
                // A word too wide for its cell (a Chinese month, "2036年12月", has no space to wrap
                // at) takes the padding, then a smaller font: a figure is never clipped.
                const QString text = lines[c].join(QLatin1Char('\n'));
                const QRectF room = cell.adjusted(-pad * 0.8, 0, pad * 0.8, 0);
                const QFont fitted = shrunkToWidestWord(f, text, room.width());
                painter.setFont(fitted);
                painter.drawText(headerTextRect(cell, room, fitted, text),
                                 static_cast<int>(align | Qt::AlignVCenter), text);
                painter.setFont(f);
            }
        }
        y += h;
    };
    painter.setPen(Qt::black);
    if (!headers.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        drawRow(headers, bold, QColor(0xdd, 0xe6, 0xf0), true, {});
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        const bool isTotal = lastRowIsTotal && r + 1 == rows.size();
        const QFont f = rowFont(r, font);
        if (isTotal) {
            painter.setPen(QPen(Qt::black, 0.8));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        }
        drawRow(rows[r], f, r % 2 == 1 ? QColor(0xf3, 0xf3, 0xf3) : QColor(), false,
                rowLines(r, area.width(), f));
    }
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter.restore();
    return y - area.top();
}
