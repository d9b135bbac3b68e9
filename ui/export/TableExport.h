#pragma once
// Tables of results for spreadsheets: portfolio KPIs, the schedule of every site, the monthly cash
// flow and PUE by month. One builder feeds both the CSV folder and the .xlsx workbook, so the two
// always hold the same numbers. Cells are numbers (double) or text (QString) — never numbers as text.
#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"

namespace exporting {

using Cell = std::variant<std::monostate, double, QString>;  // monostate: empty cell

struct Table {
    QString name;  // file stem / sheet name: "portfolio-kpis"
    QStringList headers;
    std::vector<std::vector<Cell>> rows;
};

std::vector<Table> buildTables(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result);

// Shortest text that reads back as the same double ("0.1", "1234567.25"); no thousands separators.
QString csvNumber(double value);
// One text cell as a CSV field: quoted when it holds a separator, quote or line break (CR or LF),
// and neutralised with a leading ' when a spreadsheet would run it as a formula (OWASP CSV
// injection: = + - @ TAB CR first). Number cells are never text, so -5 stays the number -5.
QString csvTextCell(const QString& text);
// RFC 4180 CSV of one table (header line, CRLF-free "\n" line ends, quotes where needed).
QByteArray toCsv(const Table& table);

// One <name>.csv per table in dir (created if missing), each via QSaveFile. written lists the files.
bool writeCsvTables(const std::vector<Table>& tables, const QString& dir, QStringList* written = nullptr,
                    QString* error = nullptr);
// One .xlsx workbook, a sheet per table (libxlsxwriter), written atomically.
bool writeXlsx(const std::vector<Table>& tables, const QString& path, QString* error = nullptr);

}  // namespace exporting
