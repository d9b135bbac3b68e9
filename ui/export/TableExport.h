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
// What the workbook adds beyond the tables: an Inputs sheet (every assumption with its source), a
// Site inputs sheet (the sites in the import layout) and one cash-flow sheet per site whose net cash,
// NPV and IRR are spreadsheet formulas (ui/export/XlsxWorkbook.cpp, docs/reports.md).
struct WorkbookContext {
    const m2ai::Portfolio* portfolio = nullptr;
    const m2ai::PortfolioResult* result = nullptr;
    // Store the app's values as the formulas' cached results, so viewers that never recalculate still
    // show numbers. Tests turn it off to prove a spreadsheet computes the same numbers itself.
    bool cacheFormulaResults = true;
};

// One .xlsx workbook, a sheet per table (libxlsxwriter), written atomically: number formats by
// column (USD in millions, %, MW with one decimal), months as dates, frozen headers, autofilter,
// landscape fit-to-width printing and document properties. With a context, the sheets above too.
bool writeXlsx(const std::vector<Table>& tables, const QString& path, QString* error = nullptr,
               const WorkbookContext* context = nullptr);
// The name of site index's cash-flow sheet: "CF 1 Tydal" (at most 31 characters, no []:*?/\).
QString cashFlowSheetName(int index, const QString& siteName);

}  // namespace exporting
