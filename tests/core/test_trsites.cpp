// The sites import's sentences are marked for translation (issue 16): every bad cell carries a
// Problem with a code (Formatted, or validateSite's own), every refused file a CoreMessage, and the
// English text is exactly the one core wrote before (scripts and the CLI read it).
#include <unistd.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "io/SitesTable.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

using namespace m2ai;
namespace fs = std::filesystem;

namespace {

std::string zipOf(const std::vector<std::pair<std::string, std::string>>& parts) {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-trsites-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path path = dir / "crafted.zip";
    fs::remove(path);
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(z);
    for (const auto& [name, text] : parts) {
        zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
        REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const std::string kWorkbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Sites" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

std::string workbookWithSheet(const std::string& rows) {
    return zipOf(
        {{"xl/workbook.xml", kWorkbook},
         {"xl/_rels/workbook.xml.rels", kRels},
         {"xl/worksheets/sheet1.xml",
          R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
              rows + "</sheetData></worksheet>"}});
}

std::string inlineCell(const std::string& ref, const std::string& text) {
    return R"(<c r=")" + ref + R"(" t="inlineStr"><is><t>)" + text + "</t></is></c>";
}

const std::string kHeader = "Name,Country,Grid interconnect (MW)\n";

// Files that refuse or hold bad cells: one per sentence the import can say.
std::vector<std::pair<std::string, SitesTableImport>> hostileImports() {
    std::vector<std::pair<std::string, SitesTableImport>> out;
    const auto csv = [&out](const std::string& what, const std::string& text) {
        out.emplace_back(what, readSitesTable(text));
    };
    csv("empty", "");
    csv("header only", kHeader);
    csv("unclosed quote", kHeader + "\"A,Norway,1\n");
    csv("not UTF-8", "Name\n\xFF\xFE\n");
    csv("binary xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    csv("NUL bytes", std::string("Name\n\0\n", 7));
    std::string many = kHeader;
    for (int i = 0; i < 10002; ++i) many += "S" + std::to_string(i) + ",Norway,1\n";
    csv("too many rows", many);
    csv("too many columns", std::string(300, ',') + "\n");
    csv("long CSV cell", "Name\n" + std::string(40000, 'x') + "\n");
    csv("unknown and twice-named columns, no Name",
        "Country,Colour,Country,Grid interconnect (MW)\nNorway,red,Norway,1\n");
    csv("a value without a header", "Name,Country,,Grid interconnect (MW)\nA,Norway,x,1\n");
    csv("blank preset cell", "Name,Country,Grid interconnect (MW)\nA,Atlantis,1\n");
    csv("bad number", kHeader + "A,Norway,x\n");
    csv("bad number, decimal comma", "Name;Country;Grid interconnect (MW)\nA;Norway;x\n");
    csv("out of range", kHeader + "A,Norway,-5\n");
    csv("bad whole number", "Name,Country,ASIC units\nA,Norway,2.5\n");
    csv("bad flag", "Name,Country,GPU step\nA,Norway,maybe\n");
    csv("bad choice", "Name,Country,Redundancy\nA,Norway,lots\n");
    csv("bad month",
        "Name,Country,Queued extra grid (MW),Queued grid available (YYYY-MM)\nA,Norway,5,soon\n");
    csv("half a queue", "Name,Country,Queued extra grid (MW)\nA,Norway,5\n");
    csv("bad delivery month", "Name,Country,GPU delivery month index\nA,Norway,later\n");
    csv("bad task", "Name,Country,Extra tasks\nA,Norway,customs|Customs\n");
    csv("bad task months", "Name,Country,Extra tasks\nA,Norway,customs|Customs|three\n");
    csv("task with an unknown dependency", "Name,Country,Extra tasks\nA,Norway,customs|Customs|3|nowhere\n");
    csv("duplicate name", kHeader + "A,Norway,1\nA,Norway,2\n");
    SitesTableOptions existing;
    existing.existingNames = {"Tydal"};
    out.emplace_back("name already in the portfolio", readSitesTable(kHeader + "Tydal,Norway,1\n", existing));
    out.emplace_back("missing file", readSitesFile("/nonexistent/m2ai-trsites/sites.csv"));

    const auto xlsx = [&out](const std::string& what, const std::string& bytes) {
        out.emplace_back(what, readSitesTable(bytes));
    };
    xlsx("not a zip", std::string("PK\x03\x04", 4) + std::string(100, 'x'));
    xlsx("no workbook part", zipOf({{"hello.txt", "hi"}}));
    xlsx("malformed workbook XML", zipOf({{"xl/workbook.xml", "<workbook><sheets>"}}));
    xlsx("DOCTYPE",
         zipOf({{"xl/workbook.xml",
                 R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aa">]><workbook>&a;</workbook>)"}}));
    xlsx("no sheet", zipOf({{"xl/workbook.xml", "<workbook/>"}}));
    xlsx("no rels", zipOf({{"xl/workbook.xml", kWorkbook}}));
    xlsx("no sheet part", zipOf({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels}}));
    xlsx("sheet nowhere",
         zipOf({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", "<Relationships/>"}}));
    xlsx("rows out of order", workbookWithSheet(R"(<row r="5"/><row r="2"/>)"));
    xlsx("malformed cell reference", workbookWithSheet(R"(<row r="1"><c r="1A"><v>1</v></c></row>)"));
    xlsx("long xlsx cell",
         workbookWithSheet(R"(<row r="1">)" + inlineCell("A1", std::string(40000, 'x')) + "</row>"));
    xlsx("too many xlsx columns, last cell",
         workbookWithSheet(R"(<row r="1">)" + inlineCell("A1", "Name") + inlineCell("JA1", "x") + "</row>"));
    xlsx("too many xlsx columns, then text",
         workbookWithSheet(R"(<row r="1">)" + inlineCell("A1", "Name") + inlineCell("JA1", "x") +
                           inlineCell("JB1", "y") + "</row>"));
    xlsx("long shared string",
         zipOf({{"xl/workbook.xml", kWorkbook},
                {"xl/_rels/workbook.xml.rels", kRels},
                {"xl/sharedStrings.xml", "<sst><si><t>" + std::string(40000, 'x') + "</t></si></sst>"},
                {"xl/worksheets/sheet1.xml", "<worksheet/>"}}));
    std::string rows;
    for (int i = 1; i <= 10010; ++i)
        rows +=
            R"(<row r=")" + std::to_string(i) + R"(">)" + inlineCell("A" + std::to_string(i), "S") + "</row>";
    xlsx("too many xlsx rows", workbookWithSheet(rows));
    xlsx("zip bomb", zipOf({{"xl/workbook.xml", std::string(80u << 20, ' ')}}));
    xlsx("xlsx bad cell",
         workbookWithSheet(R"(<row r="1">)" + inlineCell("A1", "Name") + inlineCell("B1", "Country") +
                           inlineCell("C1", "Grid interconnect (MW)") + R"(</row><row r="2">)" +
                           inlineCell("A2", "A") + inlineCell("B2", "Norway") + inlineCell("C2", "lots") +
                           "</row>"));
    return out;
}

}  // namespace

TEST_CASE("every refusal and bad cell of the sites import is a marked sentence, none Generic", "[trsites]") {
    for (const auto& [what, r] : hostileImports()) {
        INFO(what << ": " << r.error);
        CHECK_FALSE(r.ok);
        REQUIRE_FALSE(r.errorMessage.empty());
        CHECK(r.errorMessage.context == "SitesImport");
        CHECK(r.errorMessage.english() == r.error);
        for (const CellProblem& p : r.problems) {
            INFO(p.toString());
            CHECK(p.problem.code != ProblemCode::Generic);
            // The cell's message is its problem's, behind "task …: " for a field of an extra task.
            CHECK(p.message == (p.problem.path.empty()
                                    ? p.problem.message
                                    : "task " + p.problem.path + ": " + p.problem.message));
            if (p.problem.code == ProblemCode::Formatted) {
                CHECK(formattedText(p.problem).context == "SitesImport");
                CHECK(formattedText(p.problem).english() == p.message);
            }
        }
    }
}

TEST_CASE("the sites import's English stays as core wrote it", "[trsites]") {
    std::map<std::string, SitesTableImport> r;
    for (auto& [what, imported] : hostileImports()) r.emplace(what, std::move(imported));
    const auto lines = [](const SitesTableImport& i) {
        std::string out;
        for (const CellProblem& p : i.problems) out += p.toString() + "\n";
        return out + i.error;
    };
    CHECK(lines(r["empty"]) ==
          "the sheet is empty: the first row must hold the column headers (see the template)");
    CHECK(lines(r["unclosed quote"]) == "row 2: a quoted cell is not closed");
    CHECK(lines(r["not UTF-8"]) == "not UTF-8 text (byte 6); save the sheet as \"CSV UTF-8\" or as .xlsx");
    CHECK(lines(r["too many rows"]) == "too many rows: at most 10000 sites per sheet");
    CHECK(lines(r["too many columns"]) == "more than 256 columns in row 1");
    CHECK(lines(r["unknown and twice-named columns, no Name"]) ==
          "row 1, Colour: unknown column (the template lists the columns; docs/file-format.md \"Sites "
          "spreadsheet\")\n"
          "row 1, Country: the column appears twice\n"
          "row 1, Name: required column missing\n"
          "row 2, Name: must not be empty (site name)\n"
          "4 bad cells; nothing imported");
    CHECK(lines(r["a value without a header"]) ==
          "row 2, column 3: a value in a column without a header\n1 bad cell; nothing imported");
    CHECK(lines(r["bad number, decimal comma"]) ==
          "row 2, Grid interconnect (MW): must be a number (decimal comma or point), got \"x\"\n"
          "1 bad cell; nothing imported");
    CHECK(lines(r["out of range"]) ==
          "row 2, Grid interconnect (MW): must be between 0 and 10000 MW, got -5\n1 bad cell; nothing "
          "imported");
    CHECK(lines(r["bad task months"]) ==
          "row 2, Extra tasks: task \"customs\": months must be a number, got \"three\"\n"
          "1 bad cell; nothing imported");
    CHECK(lines(r["duplicate name"]) ==
          "row 3, Name: duplicate site name \"A\" (also row 2)\n1 bad cell; nothing imported");
    CHECK(lines(r["missing file"]) == "cannot open /nonexistent/m2ai-trsites/sites.csv");
    CHECK(lines(r["DOCTYPE"]) == "xl/workbook.xml: a DOCTYPE is not allowed");
    CHECK(lines(r["rows out of order"]) == "sheet \"Sites\": rows out of order or out of range");
    CHECK(lines(r["too many xlsx columns, last cell"]) == "more than 256 columns in row 1");
    CHECK(lines(r["too many xlsx columns, then text"]) == "sheet \"Sites\": more than 256 columns in row 1");
    CHECK(lines(r["sheet nowhere"]) == "the workbook does not say where sheet \"Sites\" is");
    CHECK(lines(r["long shared string"]) == "xl/sharedStrings.xml: a text longer than 32,767 characters");
    CHECK(lines(r["too many xlsx rows"]) == "sheet \"Sites\": too many rows: at most 10000 sites per sheet");
    CHECK(lines(r["zip bomb"]) == "xl/workbook.xml unpacks to more than 64 MiB");
    // A field of an extra task: validateSite's own problem, its path the task's part.
    const SitesTableImport& task = r["task with an unknown dependency"];
    REQUIRE(task.problems.size() == 1);
    CHECK(task.problems[0].problem.code == ProblemCode::UnknownTaskId);
    CHECK(task.problems[0].problem.path == "[0].dependsOn[0]");
    CHECK(task.problems[0].message.rfind("task [0].dependsOn[0]: unknown task id \"nowhere\"", 0) == 0);
}
