#pragma once
// Tables and the clipboard, as spreadsheets exchange them: tab-separated cells, one row a line.
// Copy takes the selected block of any table (or the whole table with its headers when nothing is
// selected); paste parses a block for the tables that accept one (portfolio, climate), which apply
// it as one undo step or not at all.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QAbstractItemView;

namespace TableClipboard {

// The selection's bounding block (visible columns only, in view order) as TSV; the whole table
// with a header line when nothing is selected. Tabs and line breaks inside a cell become spaces.
QString toTsv(const QAbstractItemView* view);
// Rows of cells; a trailing line break (spreadsheets end the block with one) adds no row. A cell in
// double quotes may hold tabs, line breaks and "" for a quote (what Calc and Excel put there).
QList<QStringList> parseTsv(const QString& text);
// A number as a spreadsheet or this app writes it: "1234.5", the user's locale ("1 234,5"), with an
// optional trailing unit ("40.0 MW", "21 °C", "35 %"). Empty when the cell is not a number.
std::optional<double> parseNumber(QString cell);

}  // namespace TableClipboard
