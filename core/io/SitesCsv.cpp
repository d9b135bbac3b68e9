// CSV reader for the sites spreadsheet: RFC 4180 records in UTF-8 (BOM optional), separated by
// commas or, as European spreadsheets write them, semicolons (the header line decides; then a
// decimal comma is accepted in numbers). One pass over the bytes, no backtracking.
#include <string>

#include "io/SitesTable.h"
#include "io/SitesTableInternal.h"

namespace m2ai {

namespace {

// The byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t invalidUtf8At(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        if (c < 0x80)
            n = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            n = 1;
        else if ((c & 0xF0) == 0xE0)
            n = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            n = 3;
        else
            return i;
        for (std::size_t k = 1; k <= n; ++k)
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        i += n + 1;
    }
    return std::string_view::npos;
}

// The separator: whichever of ',' and ';' occurs more often outside quotes in the first record.
char detectSeparator(std::string_view s) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : s) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

}  // namespace

SitesTableImport readSitesCsv(std::string_view bytes, const SitesTableOptions& options) {
    sitestable::Grid grid;
    const auto fail = [&](CoreMessage message) {
        grid.error = std::move(message);
        return sitestable::sitesFromGrid(std::move(grid), options);
    };
    if (bytes.size() > kSitesTableMaxFileBytes) return fail(sitestable::fileTooLarge());
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (const std::size_t bad = invalidUtf8At(bytes); bad != std::string_view::npos)
        return fail(coreMessage(
            M2AI_TR("SitesImport", "not UTF-8 text (byte %1); save the sheet as \"CSV UTF-8\" or as .xlsx"),
            {std::to_string(bad + 1)}));
    const char separator = detectSeparator(bytes);
    grid.decimalComma = separator == ';';

    std::vector<std::string> record;
    std::string cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    int recordNumber = 1;
    const auto endCell = [&]() -> bool {
        if (record.size() >= kSitesTableMaxColumns) return false;
        record.push_back(std::move(cell));
        cell.clear();
        cellWasQuoted = false;
        return true;
    };
    const auto endRecord = [&]() -> bool {
        bool blank = true;
        for (const std::string& c : record)
            if (!sitestable::trimmed(c).empty()) blank = false;
        if (!blank) {
            if (grid.rows.size() > kSitesTableMaxRows + 1) return false;
            grid.rows.push_back(std::move(record));
            grid.rowNumbers.push_back(recordNumber);
        }
        record.clear();
        ++recordNumber;
        return true;
    };
    const auto tooWide = [&] { return sitestable::tooManyColumns(recordNumber); };
    const auto tooLong = [] { return sitestable::tooManyRows(); };
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
        } else if (c == '"' && sitestable::trimmed(cell).empty() && !cellWasQuoted) {
            cell.clear();
            inQuotes = true;
            cellWasQuoted = true;
        } else if (c == separator) {
            if (!endCell()) return fail(tooWide());
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
            if (!endCell()) return fail(tooWide());
            if (!endRecord()) return fail(tooLong());
        } else {
            cell += c;  // a quote inside an unquoted cell is kept as text, as spreadsheets do
        }
        if (cell.size() > kSitesTableMaxCellChars)
            return fail(coreMessage(M2AI_TR("SitesImport", "row %1: a cell longer than 32,767 characters"),
                                    {std::to_string(recordNumber)}));
    }
    if (inQuotes)
        return fail(coreMessage(M2AI_TR("SitesImport", "row %1: a quoted cell is not closed"),
                                {std::to_string(recordNumber)}));
    if (!cell.empty() || !record.empty()) {
        if (!endCell()) return fail(tooWide());
        if (!endRecord()) return fail(tooLong());
    }
    grid.ok = true;
    return sitestable::sitesFromGrid(std::move(grid), options);
}

}  // namespace m2ai
