#include "import/TableClipboard.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableView>
#include <algorithm>

namespace TableClipboard {
namespace {

QString cellText(const QVariant& v) {
    QString s = v.toString();
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.remove(QLatin1Char('\r'));
    return s;
}

bool columnHidden(const QAbstractItemView* view, int column) {
    const auto* table = qobject_cast<const QTableView*>(view);
    return table && table->isColumnHidden(column);
}

// Columns in the order the view shows them (a header may have moved sections).
QList<int> visualColumns(const QAbstractItemView* view, int first, int last) {
    QList<int> out;
    const auto* table = qobject_cast<const QTableView*>(view);
    if (!table) {
        for (int c = first; c <= last; ++c) out << c;
        return out;
    }
    const QHeaderView* header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (c >= first && c <= last && !table->isColumnHidden(c)) out << c;
    }
    return out;
}

}  // namespace

QString toTsv(const QAbstractItemView* view) {
    const QAbstractItemModel* model = view->model();
    if (!model) return {};
    int top = 0, bottom = model->rowCount() - 1, left = 0, right = model->columnCount() - 1;
    bool withHeader = true;
    const QModelIndexList selected =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (!selected.isEmpty()) {
        withHeader = false;
        top = right = bottom = left = -1;
        for (const QModelIndex& i : selected) {
            if (columnHidden(view, i.column())) continue;
            top = top < 0 ? i.row() : std::min(top, i.row());
            bottom = std::max(bottom, i.row());
            left = left < 0 ? i.column() : std::min(left, i.column());
            right = std::max(right, i.column());
        }
        // A whole row selected (the portfolio table selects rows): copy it with the headers, as
        // a block a spreadsheet can label.
        withHeader = left == 0 && right == model->columnCount() - 1;
    }
    if (top < 0) return {};
    const QList<int> columns = visualColumns(view, left, right);
    QStringList lines;
    if (withHeader) {
        QStringList cells;
        for (int c : columns) cells << cellText(model->headerData(c, Qt::Horizontal, Qt::DisplayRole));
        lines << cells.join(QLatin1Char('\t'));
    }
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c : columns) cells << cellText(model->index(r, c).data(Qt::DisplayRole));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<QStringList> parseTsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (ch == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (ch == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else if (ch != QLatin1Char('\r')) {
            cell += ch;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

std::optional<double> parseNumber(QString cell) {
    cell = cell.trimmed();
    // A unit the tables print after the number (Format::mw, °C, %): letters, °, / and % at the end.
    static const QRegularExpression unit(QStringLiteral("\\s*[%°A-Za-z/]+$"));
    cell.remove(unit);
    if (cell.isEmpty()) return std::nullopt;
    bool ok = false;
    double v = QLocale::c().toDouble(cell, &ok);
    if (!ok) v = QLocale().toDouble(cell, &ok);
    if (!ok) {
        // Thousands separators as the C locale writes them ("1,234.5").
        QString plain = cell;
        plain.remove(QLatin1Char(','));
        v = QLocale::c().toDouble(plain, &ok);
    }
    if (!ok) return std::nullopt;
    return v;
}

}  // namespace TableClipboard
