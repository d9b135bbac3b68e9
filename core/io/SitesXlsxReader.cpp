// XLSX reader for the sites spreadsheet. libzip opens the archive from memory (ZIP_CHECKCONS: the
// central directory must agree with the local headers) and expat parses the parts as streams, so
// a malformed or hostile workbook is refused with one line: every part is read with a size cap (no
// zip bomb), a DOCTYPE is refused (no entity expansion), rows and columns are capped.
#include <expat.h>
#include <zip.h>

#include <map>
#include <memory>

#include "io/SitesTable.h"
#include "io/SitesTableInternal.h"

namespace m2ai {

namespace {

struct Archive {
    zip_t* zip = nullptr;
    ~Archive() {
        if (zip) zip_discard(zip);
    }
};

struct Part {
    bool ok = false;
    bool missing = false;
    std::string bytes;
    CoreMessage error;
};

// A handler's refusal: a sentence about a part of the workbook, whose %1 parseXml fills with the
// part's name ("sheet \"Sites\"") — so each sentence is whole for its translator.
CoreMessage inPart(MessageFormat format, std::vector<std::string> rest = {}) {
    rest.insert(rest.begin(), std::string());
    return coreMessage(format, std::move(rest));
}

Part readPart(zip_t* zip, const std::string& name) {
    Part part;
    const zip_int64_t index = zip_name_locate(zip, name.c_str(), 0);
    if (index < 0) {
        part.missing = true;
        part.error = coreMessage(M2AI_TR("SitesImport", "the workbook has no %1"), {name});
        return part;
    }
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        part.error = coreMessage(M2AI_TR("SitesImport", "cannot unpack %1: %2"), {name, zip_strerror(zip)});
        return part;
    }
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            part.error =
                coreMessage(M2AI_TR("SitesImport", "cannot unpack %1: %2"), {name, zip_file_strerror(file)});
            zip_fclose(file);
            return part;
        }
        if (n == 0) break;
        part.bytes.append(buffer, static_cast<std::size_t>(n));
        // Counted while inflating, whatever the header claims: a zip bomb stops here.
        if (part.bytes.size() > kSitesTableMaxXmlBytes) {
            zip_fclose(file);
            part.error = coreMessage(M2AI_TR("SitesImport", "%1 unpacks to more than 64 MiB"), {name});
            return part;
        }
    }
    zip_fclose(file);
    part.ok = true;
    return part;
}

std::string localName(const XML_Char* name) {
    // Namespace-aware parser: "uri|local".
    std::string s(name);
    const auto bar = s.rfind('|');
    return bar == std::string::npos ? s : s.substr(bar + 1);
}

const XML_Char* attribute(const XML_Char** atts, const char* local) {
    for (int i = 0; atts[i]; i += 2)
        if (localName(atts[i]) == local) return atts[i + 1];
    return nullptr;
}

// Runs expat over xml with handler (a class with start(name, atts), end(name), text(s), the first
// and last returning an empty message or an inPart() refusal); returns an empty message or the error.
template <typename Handler>
CoreMessage parseXml(const std::string& xml, const std::string& partName, Handler& handler) {
    struct Context {
        Handler* handler;
        XML_Parser parser;
        CoreMessage error;
    };
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
        XML_ParserCreateNS(nullptr, '|'), &XML_ParserFree);
    if (!parser) return coreMessage(M2AI_TR("SitesImport", "out of memory"));
    Context ctx{&handler, parser.get(), {}};
    XML_SetUserData(parser.get(), &ctx);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* name, const XML_Char** atts) {
            auto* c = static_cast<Context*>(data);
            if (auto error = c->handler->start(localName(name), atts); !error.empty()) {
                c->error = error;
                XML_StopParser(c->parser, XML_FALSE);
            }
        },
        [](void* data, const XML_Char* name) { static_cast<Context*>(data)->handler->end(localName(name)); });
    XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int len) {
        auto* c = static_cast<Context*>(data);
        if (auto error = c->handler->text(std::string_view(s, static_cast<std::size_t>(len)));
            !error.empty()) {
            c->error = error;
            XML_StopParser(c->parser, XML_FALSE);
        }
    });
    // No DTD, so no entities to expand (billion laughs) and nothing external to fetch.
    XML_SetStartDoctypeDeclHandler(
        parser.get(), [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
            auto* c = static_cast<Context*>(data);
            c->error = inPart(M2AI_TR("SitesImport", "%1: a DOCTYPE is not allowed"));
            XML_StopParser(c->parser, XML_FALSE);
        });
    // The handlers' refusals come from inPart(), which left %1 for the part's name.
    const auto named = [&partName](CoreMessage error) {
        if (!error.args.empty()) error.args.front() = partName;
        return error;
    };
    if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
        if (!ctx.error.empty()) return named(std::move(ctx.error));
        return coreMessage(M2AI_TR("SitesImport", "%1 is not well-formed XML (line %2): %3"),
                           {partName, std::to_string(XML_GetCurrentLineNumber(parser.get())),
                            XML_ErrorString(XML_GetErrorCode(parser.get()))});
    }
    return ctx.error.empty() ? CoreMessage{} : named(std::move(ctx.error));
}

struct WorkbookHandler {
    std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
    CoreMessage start(const std::string& name, const XML_Char** atts) {
        if (name == "sheet") {
            const char* n = attribute(atts, "name");
            const char* id = attribute(atts, "id");
            if (n && id) sheets.emplace_back(n, id);
        }
        return {};
    }
    void end(const std::string&) {}
    CoreMessage text(std::string_view) { return {}; }
};

struct RelsHandler {
    std::map<std::string, std::string> targets;
    CoreMessage start(const std::string& name, const XML_Char** atts) {
        if (name == "Relationship") {
            const char* id = attribute(atts, "Id");
            const char* target = attribute(atts, "Target");
            if (id && target) targets[id] = target;
        }
        return {};
    }
    void end(const std::string&) {}
    CoreMessage text(std::string_view) { return {}; }
};

// <si> items: the text of their <t> elements, except phonetic runs (<rPh>).
struct SharedStringsHandler {
    std::vector<std::string> strings;
    bool inItem = false, inText = false;
    int phonetic = 0;
    CoreMessage start(const std::string& name, const XML_Char**) {
        if (name == "si") {
            inItem = true;
            strings.emplace_back();
        } else if (name == "rPh") {
            ++phonetic;
        } else if (name == "t" && inItem && phonetic == 0) {
            inText = true;
        }
        return {};
    }
    void end(const std::string& name) {
        if (name == "si") inItem = false;
        if (name == "rPh") --phonetic;
        if (name == "t") inText = false;
    }
    CoreMessage text(std::string_view s) {
        if (!inText) return {};
        if (strings.back().size() + s.size() > kSitesTableMaxCellChars)
            return inPart(M2AI_TR("SitesImport", "%1: a text longer than 32,767 characters"));
        strings.back().append(s);
        return {};
    }
};

// "BC12" → column 54 (0-based 54 = BC); -1 when malformed.
int columnOfReference(const char* ref) {
    int col = 0;
    int letters = 0;
    for (; *ref >= 'A' && *ref <= 'Z'; ++ref) {
        col = col * 26 + (*ref - 'A' + 1);
        if (++letters > 3) return -1;
    }
    return letters ? col - 1 : -1;
}

struct SheetHandler {
    const std::vector<std::string>* shared = nullptr;
    sitestable::Grid* grid = nullptr;
    std::vector<std::string> row;
    int rowNumber = 0, lastRowNumber = 0, nextColumn = 0, column = 0;
    std::string type, value;
    bool inCell = false, inValue = false, inInline = false;
    int phonetic = 0;

    CoreMessage start(const std::string& name, const XML_Char** atts) {
        if (name == "row") {
            const char* r = attribute(atts, "r");
            rowNumber = r ? std::atoi(r) : lastRowNumber + 1;
            if (rowNumber <= lastRowNumber || rowNumber > 1048576)
                return inPart(M2AI_TR("SitesImport", "%1: rows out of order or out of range"));
            row.clear();
            nextColumn = 0;
        } else if (name == "c") {
            const char* r = attribute(atts, "r");
            column = r ? columnOfReference(r) : nextColumn;
            if (column < 0 || column < nextColumn)
                return inPart(M2AI_TR("SitesImport", "%1: a malformed cell reference in row %2"),
                              {std::to_string(rowNumber)});
            const char* t = attribute(atts, "t");
            type = t ? t : "n";
            value.clear();
            inCell = true;
        } else if (inCell && (name == "v" || name == "t")) {
            if (phonetic == 0) inValue = true;
        } else if (name == "rPh") {
            ++phonetic;
        } else if (name == "is") {
            inInline = true;
        }
        return {};
    }
    void end(const std::string& name) {
        if (name == "v" || name == "t") inValue = false;
        if (name == "rPh") --phonetic;
        if (name == "is") inInline = false;
        if (name == "c" && inCell) {
            inCell = false;
            nextColumn = column + 1;
            std::string cell = value;
            if (type == "s") {
                const auto index = sitestable::parseNumber(value, false);
                cell = index && *index >= 0 && *index < static_cast<double>(shared->size())
                           ? (*shared)[static_cast<std::size_t>(*index)]
                           : std::string("#REF!");
            }
            if (cell.empty()) return;
            if (static_cast<std::size_t>(column) >= kSitesTableMaxColumns) {
                overflow = Overflow::Columns;
                overflowRow = rowNumber;
                return;
            }
            if (row.size() <= static_cast<std::size_t>(column))
                row.resize(static_cast<std::size_t>(column) + 1);
            row[static_cast<std::size_t>(column)] = std::move(cell);
        }
        if (name == "row") {
            lastRowNumber = rowNumber;
            bool blank = true;
            for (const std::string& c : row)
                if (!sitestable::trimmed(c).empty()) blank = false;
            if (blank) return;
            if (grid->rows.size() > kSitesTableMaxRows + 1) {
                overflow = Overflow::Rows;
                return;
            }
            grid->rows.push_back(std::move(row));
            grid->rowNumbers.push_back(rowNumber);
            row.clear();
        }
    }
    CoreMessage text(std::string_view s) {
        if (overflow != Overflow::None) return overflowMessage(true);
        if (!inValue) return {};
        if (value.size() + s.size() > kSitesTableMaxCellChars)
            return inPart(M2AI_TR("SitesImport", "%1: a cell longer than 32,767 characters in row %2"),
                          {std::to_string(rowNumber)});
        value.append(s);
        return {};
    }
    // A cap passed at the end of a cell or row: refused at the next text, in the part, or after the
    // parse, on its own.
    enum class Overflow { None, Columns, Rows };
    Overflow overflow = Overflow::None;
    int overflowRow = 0;
    CoreMessage overflowMessage(bool inThePart) const {
        if (overflow == Overflow::Columns)
            return inThePart ? inPart(M2AI_TR("SitesImport", "%1: more than %2 columns in row %3"),
                                      {std::to_string(kSitesTableMaxColumns), std::to_string(overflowRow)})
                             : sitestable::tooManyColumns(overflowRow);
        return inThePart ? inPart(M2AI_TR("SitesImport", "%1: too many rows: at most %2 sites per sheet"),
                                  {std::to_string(kSitesTableMaxRows)})
                         : sitestable::tooManyRows();
    }
};

// "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml".
std::string partPath(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
}

}  // namespace

SitesTableImport readSitesXlsx(std::string_view bytes, const SitesTableOptions& options) {
    sitestable::Grid grid;
    const auto fail = [&](CoreMessage message) {
        grid.ok = false;
        grid.error = std::move(message);
        return sitestable::sitesFromGrid(std::move(grid), options);
    };
    if (bytes.size() > kSitesTableMaxFileBytes) return fail(sitestable::fileTooLarge());
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return fail(coreMessage(M2AI_TR("SitesImport", "cannot read the workbook")));
    }
    Archive archive;
    archive.zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive.zip) {
        zip_source_free(source);
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        return fail(coreMessage(M2AI_TR("SitesImport", "not a readable .xlsx workbook (%1)"), {why}));
    }
    zip_error_fini(&error);

    const Part workbookPart = readPart(archive.zip, "xl/workbook.xml");
    if (!workbookPart.ok)
        return fail(workbookPart.missing
                        ? coreMessage(M2AI_TR("SitesImport", "not an .xlsx workbook (no xl/workbook.xml)"))
                        : workbookPart.error);
    WorkbookHandler workbook;
    if (auto e = parseXml(workbookPart.bytes, "xl/workbook.xml", workbook); !e.empty()) return fail(e);
    if (workbook.sheets.empty())
        return fail(coreMessage(M2AI_TR("SitesImport", "the workbook has no sheet")));
    const Part relsPart = readPart(archive.zip, "xl/_rels/workbook.xml.rels");
    if (!relsPart.ok) return fail(relsPart.error);
    RelsHandler rels;
    if (auto e = parseXml(relsPart.bytes, "xl/_rels/workbook.xml.rels", rels); !e.empty()) return fail(e);

    auto chosen = workbook.sheets.front();
    for (const auto& sheet : workbook.sheets) {
        std::string lower = sheet.first;
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (lower == "sites") {
            chosen = sheet;
            break;
        }
    }
    const auto target = rels.targets.find(chosen.second);
    if (target == rels.targets.end())
        return fail(coreMessage(M2AI_TR("SitesImport", "the workbook does not say where sheet %1 is"),
                                {sitestable::quoted(chosen.first)}));

    SharedStringsHandler shared;
    const Part sharedPart = readPart(archive.zip, "xl/sharedStrings.xml");
    if (sharedPart.ok) {
        if (auto e = parseXml(sharedPart.bytes, "xl/sharedStrings.xml", shared); !e.empty()) return fail(e);
    } else if (!sharedPart.missing) {
        return fail(sharedPart.error);
    }
    const std::string sheetName = partPath(target->second);
    const Part sheetPart = readPart(archive.zip, sheetName);
    if (!sheetPart.ok) return fail(sheetPart.error);
    SheetHandler sheet;
    sheet.shared = &shared.strings;
    sheet.grid = &grid;
    if (auto e = parseXml(sheetPart.bytes, "sheet \"" + chosen.first + "\"", sheet); !e.empty())
        return fail(e);
    if (sheet.overflow != SheetHandler::Overflow::None) return fail(sheet.overflowMessage(false));
    grid.ok = true;
    return sitestable::sitesFromGrid(std::move(grid), options);
}

}  // namespace m2ai
