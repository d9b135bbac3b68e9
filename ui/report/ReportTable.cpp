#include "report/ReportTable.h"

#include <QFontMetricsF>
#include <QPainter>
#include <numeric>

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

double ReportTable::height(double width, const QFont& font) const {
    return headerHeight(width, font) + rowHeight * static_cast<double>(rows.size());
}

double ReportTable::paint(QPainter& painter, const QRectF& area, const QFont& font) const {
    const size_t columns =
        std::max<size_t>(headers.size(), rows.empty() ? 0 : static_cast<size_t>(rows.front().size()));
    if (columns == 0) return 0.0;
    const std::vector<double> x = columnEdges(area.left(), area.width());

    painter.save();
    const double pad = rowHeight * 0.25;
    double y = area.top();
    auto drawRow = [&](const QStringList& cells, const QFont& f, const QColor& background, bool spanEmpty) {
        const double h = spanEmpty ? headerHeight(area.width(), font) : rowHeight;
        if (background.isValid()) painter.fillRect(QRectF(area.left(), y, area.width(), h), background);
        painter.setFont(f);
        const QFontMetricsF fm(f);
        for (size_t c = 0; c < columns && c < static_cast<size_t>(cells.size()); ++c) {
            const Qt::Alignment align =
                c < alignments.size() ? alignments[c] : (c == 0 ? Qt::AlignLeft : Qt::AlignRight);
            // A header cell may run on over the empty header cells to its right.
            size_t last = c;
            while (spanEmpty && last + 1 < columns && last + 1 < static_cast<size_t>(cells.size()) &&
                   cells[static_cast<qsizetype>(last) + 1].isEmpty())
                ++last;
            const QRectF cell(x[c] + pad, y, x[last + 1] - x[c] - 2 * pad, h);
            if (spanEmpty)  // headers wrap onto a second line rather than lose their unit
                painter.drawText(cell, static_cast<int>(align | Qt::AlignVCenter) | Qt::TextWordWrap,
                                 cells[static_cast<qsizetype>(c)]);
            else
                painter.drawText(
                    cell, static_cast<int>(align | Qt::AlignVCenter),
                    fm.elidedText(cells[static_cast<qsizetype>(c)], Qt::ElideRight, cell.width()));
        }
        y += h;
    };
    painter.setPen(Qt::black);
    if (!headers.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        drawRow(headers, bold, QColor(0xdd, 0xe6, 0xf0), true);
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        const bool isTotal = lastRowIsTotal && r + 1 == rows.size();
        QFont f = font;
        f.setBold(isTotal);
        if (isTotal) {
            painter.setPen(QPen(Qt::black, 0.8));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        }
        drawRow(rows[r], f, r % 2 == 1 ? QColor(0xf3, 0xf3, 0xf3) : QColor(), false);
    }
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter.restore();
    return y - area.top();
}
