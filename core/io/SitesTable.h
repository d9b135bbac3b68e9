#pragma once
// Sites from a spreadsheet: one row per site, one column per Site field (docs/file-format.md "Sites
// spreadsheet"). Readers for CSV and XLSX are functions from bytes to a result, so they can be fed
// hostile input (size limits, no quadratic steps, malformed zip or XML refused with one line). Every
// bad cell is reported by its spreadsheet row number and column header; a result with problems
// carries no sites, so an import is all or nothing.
#include <string>
#include <string_view>
#include <vector>

#include "model/Portfolio.h"
#include "storage/ProjectFile.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace m2ai {

// One bad cell. row is the spreadsheet row number as the user sees it (the header is row 1; in a CSV
// file, the record number, which differs from the line number only when a quoted cell holds a line
// break). column is the header text ("" for a problem of the whole row): the file's own English
// header, never translated. message is English; problem holds it with its code, for ui/ and the CLI
// to translate (ui/import/SitesImportText.h): a Formatted problem (the import's own sentence) or
// the problem validateSite found in the cell's field. Its path is "" except for a field of an extra
// task ("[0].durationMonths"), which message then names first ("task [0].durationMonths: ...").
struct CellProblem {
    int row = 0;
    std::string column;
    std::string message;
    Problem problem;
    // A cell under no header: its sheet column number (1 = A), and column is "column N" (the
    // format "column %1", context SitesImport, for ui/ to translate); 0 otherwise.
    int unnamedColumn = 0;
    std::string toString() const;  // "row 3, Grid interconnect (MW): must be between 0 and 10000 MW, got -5"
    // toString()'s frame: "row %1, %2: %3", or "row %1: %2" without a column (context SitesImport).
    MessageFormat frame() const;
};

struct SitesTableImport {
    bool ok = false;
    std::vector<Site> sites;            // empty unless ok
    std::string error;                  // one line for the user when !ok (English)
    CoreMessage errorMessage;           // the same line, translatable (ProblemText::message)
    std::vector<CellProblem> problems;  // every bad cell when the file itself was readable
    // Every row as read (header first), for a preview; rowNumbers[i] is the row number of cells[i].
    std::vector<std::vector<std::string>> cells;
    std::vector<int> rowNumbers;
};

struct SitesTableOptions {
    // Names already in the portfolio the sites join: a row repeating one is a problem.
    std::vector<std::string> existingNames;
};

// Limits on what a reader accepts (docs/file-format.md "Sites spreadsheet").
inline constexpr std::size_t kSitesTableMaxFileBytes = 16u << 20;  // 16 MiB on disk
inline constexpr std::size_t kSitesTableMaxXmlBytes = 64u << 20;   // one unpacked xlsx part
inline constexpr std::size_t kSitesTableMaxRows = 10000;           // sites
inline constexpr std::size_t kSitesTableMaxColumns = 256;
inline constexpr std::size_t kSitesTableMaxCellChars = 32767;  // Excel's own cell limit

// CSV (RFC 4180, UTF-8 with or without BOM, comma- or semicolon-separated: the header decides).
SitesTableImport readSitesCsv(std::string_view bytes, const SitesTableOptions& options = {});
// XLSX (Office Open XML): the sheet named "Sites", else the first sheet.
SitesTableImport readSitesXlsx(std::string_view bytes, const SitesTableOptions& options = {});
// Either, by content (a zip signature means XLSX); refuses anything else.
SitesTableImport readSitesTable(std::string_view bytes, const SitesTableOptions& options = {});
SitesTableImport readSitesFile(const std::string& path, const SitesTableOptions& options = {});

// The column headers, in template order.
std::vector<std::string> sitesTableHeaders();
// The sites as cells in the template's layout (for the export workbook's "Site inputs" sheet).
struct SitesTableCells {
    std::vector<std::string> headers;
    std::vector<bool> numeric;  // per column: the cell is a number
    std::vector<std::vector<std::string>> rows;
};
SitesTableCells sitesTableCells(const std::vector<Site>& sites);
// The template/export as CSV text (comma-separated, UTF-8, no BOM, "\n" line ends).
std::string sitesToCsv(const std::vector<Site>& sites);
// The template/export as an xlsx workbook (a "Sites" sheet and a "Columns" sheet that explains each
// column), written atomically. path ending in .csv writes CSV instead.
SaveResult writeSitesTemplate(const std::vector<Site>& sites, const std::string& path);

}  // namespace m2ai
