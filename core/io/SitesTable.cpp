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
using sitestable::trimmed;

std::string CellProblem::toString() const {
    std::string out = "row " + std::to_string(row);
    if (!column.empty()) out += ", " + column;
    return out + ": " + message;
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

}  // namespace

namespace sitestable {

SitesTableImport sitesFromGrid(Grid grid, const SitesTableOptions& options) {
    SitesTableImport out;
    if (!grid.ok) {
        out.error = grid.error;
        return out;
    }
    if (grid.rows.empty()) {
        out.error = "the sheet is empty: the first row must hold the column headers (see the template)";
        return out;
    }
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
            out.problems.push_back({headerRow, trimmed(headers[h]),
                                    "unknown column (the template lists the columns; docs/file-format.md "
                                    "\"Sites spreadsheet\")"});
            continue;
        }
        if (sheetColumnOf[it->second] >= 0) {
            out.problems.push_back({headerRow, trimmed(headers[h]), "the column appears twice"});
            continue;
        }
        columnOf[h] = static_cast<int>(it->second);
        sheetColumnOf[it->second] = static_cast<int>(h);
    }
    if (sheetColumnOf[0] < 0)
        out.problems.push_back({headerRow, columns()[0].header, "required column missing"});
    if (grid.rows.size() == 1) {
        out.error = "no site rows below the header";
        return out;
    }
    if (grid.rows.size() - 1 > kSitesTableMaxRows) {
        out.error = "too many rows: at most " + std::to_string(kSitesTableMaxRows) + " sites per sheet";
        return out;
    }

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
                out.problems.push_back(
                    {rowNumber, "column " + std::to_string(h + 1), "a value in a column without a header"});
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
                out.problems.push_back({rowNumber, column.header, "longer than 32,767 characters"});
                continue;
            }
            if (cell.empty()) {
                if (!column.fromCountryPreset) continue;  // the documented default
                if (!preset) {
                    out.problems.push_back(
                        {rowNumber, column.header, "blank: fill it, or name a country preset in Country"});
                    continue;
                }
                cell = column.get(fromPreset);
            }
            if (auto error = column.set(site, cell, grid.decimalComma))
                out.problems.push_back({rowNumber, column.header, *error});
        }
        // A queue needs both its size and its month.
        const std::size_t queueMw = 5, queueMonth = 6;
        if (cellOf(queueMw).empty() != cellOf(queueMonth).empty()) {
            const std::size_t blankOne = cellOf(queueMw).empty() ? queueMw : queueMonth;
            out.problems.push_back({rowNumber, columns()[blankOne].header,
                                    "blank: a grid queue needs both its size and its month"});
        }
        // Range checks too, except where the cell already failed to parse (its value is a default).
        std::set<std::string> reported;
        for (std::size_t k = before; k < out.problems.size(); ++k) reported.insert(out.problems[k].column);
        {
            for (const Problem& p : validateSite(site, "s")) {
                auto it = byPath.find(p.path);
                std::string message = p.message;
                if (it == byPath.end() && p.path.rfind("s.plan.extraTasks", 0) == 0) {
                    it = byPath.find("s.plan.extraTasks");
                    message =
                        "task " + p.path.substr(std::string("s.plan.extraTasks").size()) + ": " + message;
                }
                const std::string column = it != byPath.end() ? columns()[it->second].header : p.path;
                if (!reported.count(column)) out.problems.push_back({rowNumber, column, message});
            }
        }
        if (!site.name.empty()) {
            const auto [it, inserted] = rowOfName.emplace(site.name, rowNumber);
            if (!inserted)
                out.problems.push_back({rowNumber, columns()[0].header,
                                        "duplicate site name \"" + site.name + "\" (" +
                                            (it->second == 0 ? std::string("already in the portfolio")
                                                             : "also row " + std::to_string(it->second)) +
                                            ")"});
        }
        sites.push_back(std::move(site));
    }
    if (!out.problems.empty()) {
        out.error = std::to_string(out.problems.size()) +
                    (out.problems.size() == 1 ? " bad cell" : " bad cells") + "; nothing imported";
        return out;
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
    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        SitesTableImport out;
        out.error = "this is an old binary .xls workbook; save it as .xlsx or .csv first";
        return out;
    }
    if (bytes.find('\0') != std::string_view::npos) {
        SitesTableImport out;
        out.error = "not a spreadsheet: neither CSV text nor an .xlsx workbook";
        return out;
    }
    return readSitesCsv(bytes, options);
}

SitesTableImport readSitesFile(const std::string& path, const SitesTableOptions& options) {
    SitesTableImport out;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = "cannot open " + path;
        return out;
    }
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > kSitesTableMaxFileBytes) {
            out.error = path + " is larger than 16 MiB; a sites sheet is far smaller";
            return out;
        }
    }
    if (in.bad()) {
        out.error = "cannot read " + path;
        return out;
    }
    return readSitesTable(bytes, options);
}

}  // namespace m2ai
