// From a grid of cells to sites, and the CSV template. The readers (SitesCsv.cpp, SitesXlsxReader.cpp)
// only produce the grid; every rule about what a cell may hold lives here and in SitesColumns.cpp.
#include "io/SitesTable.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "catalogue/Catalogue.h"
#include "io/SitesTableInternal.h"
#include "validation/Validation.h"

namespace m2ai {

using sitestable::Column;
using sitestable::columns;
using sitestable::quoted;
using sitestable::tooManyRows;
using sitestable::trimmed;

MessageFormat CellProblem::frame() const {
    return column.empty() ? M2AI_TR("SitesImport", "row %1: %2") : M2AI_TR("SitesImport", "row %1, %2: %3");
}

std::string CellProblem::toString() const {
    const std::string number = std::to_string(row);
    return coreMessage(frame(), column.empty() ? std::vector<std::string>{number, message}
                                               : std::vector<std::string>{number, column, message})
        .english();
}

std::vector<std::string> sitesTableHeaders() {
    std::vector<std::string> out;
    for (const Column& c : columns()) out.push_back(c.header);
    return out;
}

namespace {

std::string lowerTrimmed(std::string_view s) {
    std::string out = trimmed(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// A site holding the preset's values in the columns a preset fills.
Site presetSite(const CountryPreset& p) {
    Site s;
    s.latitudeDeg = p.latitudeDeg;
    s.longitudeDeg = p.longitudeDeg;
    s.energySource = p.energySource;
    s.powerPriceUsdPerMwh = p.powerPriceUsdPerMwh;
    s.gridCarbonGPerKwh = p.gridCarbonGPerKwh;
    s.climate.dryBulbC = p.dryBulbC;
    s.climate.wetBulbC = p.wetBulbC;
    return s;
}

SitesTableImport& refuse(SitesTableImport& out, CoreMessage why) {
    out.error = why.english();
    out.errorMessage = std::move(why);
    return out;
}

// A bad cell worded by one of the import's sentences.
CellProblem cellProblem(int row, std::string column, const CoreMessage& text) {
    return {row, std::move(column), text.english(), formattedProblem("", text)};
}

}  // namespace

namespace sitestable {

SitesTableImport sitesFromGrid(Grid grid, const SitesTableOptions& options) {
    SitesTableImport out;
    if (!grid.ok) return refuse(out, std::move(grid.error));
    if (grid.rows.empty())
        return refuse(out, coreMessage(M2AI_TR("SitesImport",
                                               "the sheet is empty: the first row must hold "
                                               "the column headers (see the template)")));
    out.cells = grid.rows;
    out.rowNumbers = grid.rowNumbers;
    const std::vector<std::string>& headers = grid.rows.front();
    const int headerRow = grid.rowNumbers.front();

    // Header → column; -1 for an ignored (blank) header.
    std::map<std::string, std::size_t> byHeader;
    for (std::size_t i = 0; i < columns().size(); ++i) byHeader.emplace(lowerTrimmed(columns()[i].header), i);
    std::vector<int> columnOf(headers.size(), -1);
    std::vector<int> sheetColumnOf(columns().size(), -1);
    for (std::size_t h = 0; h < headers.size(); ++h) {
        const std::string key = lowerTrimmed(headers[h]);
        if (key.empty()) continue;
        const auto it = byHeader.find(key);
        if (it == byHeader.end()) {
            out.problems.push_back(
                cellProblem(headerRow, trimmed(headers[h]),
                            coreMessage(M2AI_TR("SitesImport",
                                                "unknown column (the template lists the columns; "
                                                "docs/file-format.md \"Sites spreadsheet\")"))));
            continue;
        }
        if (sheetColumnOf[it->second] >= 0) {
            out.problems.push_back(
                cellProblem(headerRow, trimmed(headers[h]),
                            coreMessage(M2AI_TR("SitesImport", "the column appears twice"))));
            continue;
        }
        columnOf[h] = static_cast<int>(it->second);
        sheetColumnOf[it->second] = static_cast<int>(h);
    }
    if (sheetColumnOf[0] < 0)
        out.problems.push_back(cellProblem(headerRow, columns()[0].header,
                                           coreMessage(M2AI_TR("SitesImport", "required column missing"))));
    if (grid.rows.size() == 1)
        return refuse(out, coreMessage(M2AI_TR("SitesImport", "no site rows below the header")));
    if (grid.rows.size() - 1 > kSitesTableMaxRows) return refuse(out, tooManyRows());

    // The mapping of validateSite's paths ("s.mining.units") back to columns.
    std::map<std::string, std::size_t> byPath;
    for (std::size_t i = 0; i < columns().size(); ++i) byPath.emplace("s." + columns()[i].path, i);
    std::map<std::string, int> rowOfName;
    for (const std::string& n : options.existingNames) rowOfName.emplace(n, 0);
    const std::size_t countryColumn = 1;
    std::vector<Site> sites;
    for (std::size_t r = 1; r < grid.rows.size(); ++r) {
        const std::vector<std::string>& row = grid.rows[r];
        const int rowNumber = grid.rowNumbers[r];
        const auto cellOf = [&](std::size_t column) -> std::string {
            const int h = sheetColumnOf[column];
            return h >= 0 && static_cast<std::size_t>(h) < row.size()
                       ? trimmed(row[static_cast<std::size_t>(h)])
                       : std::string();
        };
        for (std::size_t h = 0; h < row.size(); ++h)
            if ((h >= headers.size() || trimmed(headers[h]).empty()) && !trimmed(row[h]).empty()) {
                const int sheetColumn = static_cast<int>(h) + 1;
                out.problems.push_back(cellProblem(
                    rowNumber,
                    coreMessage(M2AI_TR("SitesImport", "column %1"), {std::to_string(sheetColumn)}).english(),
                    coreMessage(M2AI_TR("SitesImport", "a value in a column without a header"))));
                out.problems.back().unnamedColumn = sheetColumn;
                break;
            }
        Site site;
        const CountryPreset* preset = defaultCatalogue().country(cellOf(countryColumn));
        const Site fromPreset = preset ? presetSite(*preset) : Site{};
        const std::size_t before = out.problems.size();
        for (std::size_t c = 0; c < columns().size(); ++c) {
            const Column& column = columns()[c];
            std::string cell = cellOf(c);
            if (cell.size() > kSitesTableMaxCellChars) {
                out.problems.push_back(
                    cellProblem(rowNumber, column.header,
                                coreMessage(M2AI_TR("SitesImport", "longer than 32,767 characters"))));
                continue;
            }
            if (cell.empty()) {
                if (!column.fromCountryPreset) continue;  // the documented default
                if (!preset) {
                    out.problems.push_back(cellProblem(
                        rowNumber, column.header,
                        coreMessage(
                            M2AI_TR("SitesImport", "blank: fill it, or name a country preset in Country"))));
                    continue;
                }
                cell = column.get(fromPreset);
            }
            if (auto error = column.set(site, cell, grid.decimalComma))
                out.problems.push_back(cellProblem(rowNumber, column.header, *error));
        }
        // A queue needs both its size and its month.
        const std::size_t queueMw = 5, queueMonth = 6;
        if (cellOf(queueMw).empty() != cellOf(queueMonth).empty()) {
            const std::size_t blankOne = cellOf(queueMw).empty() ? queueMw : queueMonth;
            out.problems.push_back(
                cellProblem(rowNumber, columns()[blankOne].header,
                            coreMessage(M2AI_TR("SitesImport",
                                                "blank: a grid queue needs both its size and its month"))));
        }
        // Range checks too, except where the cell already failed to parse (its value is a default).
        std::set<std::string> reported;
        for (std::size_t k = before; k < out.problems.size(); ++k) reported.insert(out.problems[k].column);
        {
            for (const Problem& p : validateSite(site, "s")) {
                auto it = byPath.find(p.path);
                // The cell's problem keeps validateSite's code and parameters; its path is the part
                // of an extra task ("[0].id") or "" (CellProblem).
                Problem cellField(std::string(), p.message, p.code, p.params);
                std::string message = p.message;
                if (it == byPath.end() && p.path.rfind("s.plan.extraTasks", 0) == 0) {
                    it = byPath.find("s.plan.extraTasks");
                    cellField.path = p.path.substr(std::string("s.plan.extraTasks").size());
                    message = coreMessage(M2AI_TR("SitesImport", "task %1: %2"), {cellField.path, message})
                                  .english();
                }
                const std::string column = it != byPath.end() ? columns()[it->second].header : p.path;
                if (!reported.count(column))
                    out.problems.push_back({rowNumber, column, message, std::move(cellField)});
            }
        }
        if (!site.name.empty()) {
            const auto [it, inserted] = rowOfName.emplace(site.name, rowNumber);
            if (!inserted)
                out.problems.push_back(cellProblem(
                    rowNumber, columns()[0].header,
                    it->second == 0
                        ? coreMessage(
                              M2AI_TR("SitesImport", "duplicate site name %1 (already in the portfolio)"),
                              {quoted(site.name)})
                        : coreMessage(M2AI_TR("SitesImport", "duplicate site name %1 (also row %2)"),
                                      {quoted(site.name), std::to_string(it->second)})));
        }
        sites.push_back(std::move(site));
    }
    if (!out.problems.empty()) {
        const std::string count = std::to_string(out.problems.size());
        return refuse(out,
                      out.problems.size() == 1
                          ? coreMessage(M2AI_TR("SitesImport", "%1 bad cell; nothing imported"), {count})
                          : coreMessage(M2AI_TR("SitesImport", "%1 bad cells; nothing imported"), {count}));
    }
    out.ok = true;
    out.sites = std::move(sites);
    return out;
}

}  // namespace sitestable

namespace {

std::string csvField(const std::string& s) {
    // Formula-like text gets a leading ' (OWASP CSV injection), as the results CSV does; the reader
    // does not strip it, so such a name round-trips only through the xlsx template.
    const bool formulaLike =
        !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '@' || s[0] == '\t' || s[0] == '\r' ||
                       (s[0] == '-' && !sitestable::parseNumber(s, false)));
    std::string text = formulaLike ? "'" + s : s;
    if (!formulaLike && text.find_first_of(",\"\r\n;") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

}  // namespace

SitesTableCells sitesTableCells(const std::vector<Site>& sites) {
    SitesTableCells out;
    for (const Column& c : columns()) {
        out.headers.push_back(c.header);
        out.numeric.push_back(c.kind == sitestable::CellKind::Number ||
                              c.kind == sitestable::CellKind::Integer ||
                              c.kind == sitestable::CellKind::OptionalInteger);
    }
    for (const Site& s : sites) {
        std::vector<std::string> row;
        for (const Column& c : columns()) row.push_back(c.get(s));
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::string sitesToCsv(const std::vector<Site>& sites) {
    std::string out;
    const auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += csvField(cells[i]);
        }
        out += '\n';
    };
    line(sitesTableHeaders());
    for (const Site& s : sites) {
        std::vector<std::string> cells;
        for (const Column& c : columns()) cells.push_back(c.get(s));
        line(cells);
    }
    return out;
}

SitesTableImport readSitesTable(std::string_view bytes, const SitesTableOptions& options) {
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return readSitesXlsx(bytes, options);
    SitesTableImport out;
    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return refuse(out, coreMessage(M2AI_TR("SitesImport",
                                               "this is an old binary .xls workbook; save it "
                                               "as .xlsx or .csv first")));
    if (bytes.find('\0') != std::string_view::npos)
        return refuse(out, coreMessage(M2AI_TR("SitesImport",
                                               "not a spreadsheet: neither CSV text nor an .xlsx workbook")));
    return readSitesCsv(bytes, options);
}

SitesTableImport readSitesFile(const std::string& path, const SitesTableOptions& options) {
    SitesTableImport out;
    std::ifstream in(path, std::ios::binary);
    if (!in) return refuse(out, coreMessage(M2AI_TR("SitesImport", "cannot open %1"), {path}));
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > kSitesTableMaxFileBytes)
            return refuse(out, coreMessage(M2AI_TR("SitesImport",
                                                   "%1 is larger than 16 MiB; a sites sheet is far smaller"),
                                           {path}));
    }
    if (in.bad()) return refuse(out, coreMessage(M2AI_TR("SitesImport", "cannot read %1"), {path}));
    return readSitesTable(bytes, options);
}

}  // namespace m2ai
