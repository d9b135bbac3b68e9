// The sites template: the column layout with example rows, as .xlsx (libxlsxwriter: a "Sites" sheet
// to fill and a "Columns" sheet explaining each column) or as .csv. Written atomically.
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/AtomicWrite.h"
#include "io/SitesTable.h"
#include "io/SitesTableInternal.h"
#include "validation/Validation.h"

namespace m2ai {

namespace {

using sitestable::CellKind;
using sitestable::Column;
using sitestable::columns;

bool endsWith(const std::string& s, const std::string& suffix) {
    if (s.size() < suffix.size()) return false;
    std::string tail = s.substr(s.size() - suffix.size());
    for (char& c : tail) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return tail == suffix;
}

std::string rangeOf(const Column& c) {
    // The leaf name of the path is the fieldRange key ("mining.units" → "units", "…dryBulbC[3]" →
    // "dryBulbC").
    std::string leaf = c.path.substr(c.path.rfind('.') == std::string::npos ? 0 : c.path.rfind('.') + 1);
    if (const auto bracket = leaf.find('['); bracket != std::string::npos) leaf.resize(bracket);
    const FieldRange* r = fieldRange(leaf);
    if (!r) return {};
    return sitestable::numberText(r->min) + " to " + sitestable::numberText(r->max) + (*r->unit ? " " : "") +
           r->unit;
}

// Writes the workbook to a private temporary file (libxlsxwriter needs a file name) and returns its bytes.
SaveResult buildXlsx(const std::vector<Site>& sites, std::string& bytes) {
    SaveResult result;
    std::string tmpl = (std::filesystem::temp_directory_path() / "m2ai-sites-XXXXXX").string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0) {
        result.error = "cannot create a temporary file";
        return result;
    }
    close(fd);
    lxw_workbook* wb = workbook_new(tmpl.c_str());
    if (!wb) {
        std::remove(tmpl.c_str());
        result.error = "cannot create the workbook";
        return result;
    }
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* textCell = workbook_add_format(wb);
    format_set_num_format(textCell, "@");  // months and ids stay text when retyped

    lxw_worksheet* sheet = workbook_add_worksheet(wb, "Sites");
    const auto& cols = columns();
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, cols[c].header.c_str(), header);
        const double width =
            std::max(10.0, std::min(32.0, static_cast<double>(cols[c].header.size()) * 0.9 + 2));
        const bool isText = cols[c].kind == CellKind::Text || cols[c].kind == CellKind::Month;
        worksheet_set_column(sheet, col, col, width, isText ? textCell : nullptr);
    }
    worksheet_set_row(sheet, 0, 45, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    for (std::size_t r = 0; r < sites.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < cols.size(); ++c) {
            const std::string cell = cols[c].get(sites[r]);
            if (cell.empty()) continue;
            const auto col = static_cast<lxw_col_t>(c);
            const auto kind = cols[c].kind;
            const bool numeric =
                kind == CellKind::Number || kind == CellKind::Integer || kind == CellKind::OptionalInteger;
            if (numeric)
                worksheet_write_number(sheet, row, col, *sitestable::parseNumber(cell, false), nullptr);
            else
                worksheet_write_string(sheet, row, col, cell.c_str(), textCell);
        }
    }
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(sites.size()),
                         static_cast<lxw_col_t>(cols.size() - 1));

    lxw_worksheet* help = workbook_add_worksheet(wb, "Columns");
    const char* helpHeaders[] = {"Column", "Kind", "Allowed", "Meaning", "Blank means"};
    for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(help, 0, c, helpHeaders[c], header);
    worksheet_set_column(help, 0, 0, 34, nullptr);
    worksheet_set_column(help, 1, 2, 18, nullptr);
    worksheet_set_column(help, 3, 4, 60, nullptr);
    worksheet_freeze_panes(help, 1, 0);
    const Site defaults;
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const auto row = static_cast<lxw_row_t>(c + 1);
        static const char* kinds[] = {"text", "number",  "whole number", "yes/no",
                                      "name", "YYYY-MM", "whole number"};
        worksheet_write_string(help, row, 0, cols[c].header.c_str(), nullptr);
        worksheet_write_string(help, row, 1, kinds[static_cast<int>(cols[c].kind)], nullptr);
        worksheet_write_string(help, row, 2, rangeOf(cols[c]).c_str(), nullptr);
        worksheet_write_string(help, row, 3, cols[c].help.c_str(), nullptr);
        std::string blank =
            c == 0                      ? "not allowed"
            : cols[c].fromCountryPreset ? "the country preset's value (required otherwise)"
            : cols[c].path.rfind("gridQueue", 0) == 0 || cols[c].path == "plan.gpuDeliveryMonthIndex"
                ? "none"
                : "default: " + cols[c].get(defaults);
        if (cols[c].path == "country") blank = "empty";
        worksheet_write_string(help, row, 4, blank.c_str(), nullptr);
    }
    const lxw_error status = workbook_close(wb);
    if (status != LXW_NO_ERROR) {
        std::remove(tmpl.c_str());
        result.error = std::string("cannot write the workbook: ") + lxw_strerror(status);
        return result;
    }
    std::ifstream in(tmpl, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    std::remove(tmpl.c_str());
    result.ok = true;
    return result;
}

}  // namespace

SaveResult writeSitesTemplate(const std::vector<Site>& sites, const std::string& path) {
    std::string bytes;
    if (endsWith(path, ".csv")) {
        bytes = sitesToCsv(sites);
    } else {
        SaveResult built = buildXlsx(sites, bytes);
        if (!built.ok) return built;
    }
    return writeFileAtomically(path, bytes);
}

}  // namespace m2ai
