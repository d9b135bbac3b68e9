#pragma once
// Shared by the sites-spreadsheet readers and writers (io/SitesTable.h): the column table and the
// raw grid a reader produces before the cells become sites.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/SitesTable.h"
#include "validation/CoreMessage.h"

namespace m2ai::sitestable {

enum class CellKind { Text, Number, Integer, Flag, Choice, Month, OptionalInteger };

struct Column {
    std::string header;  // exactly as in the template's first row
    std::string path;    // the field under the site, as validateSite names it ("mining.units")
    std::string help;    // one line for the template's Columns sheet and the docs
    CellKind kind = CellKind::Text;
    bool fromCountryPreset = false;  // a blank cell takes the value of the country preset
    // The cell text for a site ("" = blank), and the setter that returns an error message or nullopt.
    std::function<std::string(const Site&)> get;
    std::function<std::optional<CoreMessage>(Site&, std::string_view, bool decimalComma)> set;
};

const std::vector<Column>& columns();

// What a reader hands over: the non-blank rows of the sheet with their row numbers.
struct Grid {
    bool ok = false;
    CoreMessage error;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> rowNumbers;
    bool decimalComma = false;  // semicolon-separated CSV: "45,5" is a number
};

SitesTableImport sitesFromGrid(Grid grid, const SitesTableOptions& options);

std::string trimmed(std::string_view text);
// Shortest text that reads back as the same double.
std::string numberText(double value);
std::optional<double> parseNumber(std::string_view text, bool decimalComma);
// A cell or a name as a message quotes it: in straight double quotes.
std::string quoted(std::string_view text);
// The readers' shared whole-file refusals.
CoreMessage tooManyRows();
CoreMessage fileTooLarge();
CoreMessage tooManyColumns(int row);

}  // namespace m2ai::sitestable
