// Sites from a spreadsheet (io/SitesTable.h): the template round trip in CSV and XLSX, the CSV
// dialects, country presets, and one test per kind of bad cell or bad file, each named by row and
// column header.
#include <zip.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/SitesTable.h"
#include "sample/Sample.h"

using namespace m2ai;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path tempFile(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-sites-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

std::string all(const SitesTableImport& r) {
    std::string out = r.error + "\n";
    for (const auto& p : r.problems) out += p.toString() + "\n";
    return out;
}

// The one problem of r, which must be at row and column and contain text.
void expectProblem(const SitesTableImport& r, int row, const std::string& column, const std::string& text) {
    INFO(all(r));
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.sites.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].row == row);
    CHECK(r.problems[0].column == column);
    CHECK_THAT(r.problems[0].message, Catch::Contains(text));
}

// A minimal site row: a preset country fills location, energy, price, carbon and climate.
const std::string kHeader = "Name,Country,Grid interconnect (MW)\n";

// A zip holding the given parts (stored), for hostile-xlsx tests.
std::string makeZip(const std::vector<std::pair<std::string, std::string>>& parts) {
    const fs::path path = tempFile("crafted.zip");
    fs::remove(path);
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(z);
    for (const auto& [name, text] : parts) {
        zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
        REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    return readAll(path);
}

const char* kWorkbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Sites" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

std::string sheetXml(const std::string& rows) {
    return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

}  // namespace

TEST_CASE("sites template: CSV and XLSX round trip to the sample's sites", "[sites]") {
    const std::vector<Site> sample = samplePortfolio().sites;
    for (const std::string name : {"sites.csv", "sites.xlsx"}) {
        const fs::path path = tempFile(name);
        const SaveResult saved = writeSitesTemplate(sample, path.string());
        REQUIRE(saved.ok);
        const SitesTableImport r = readSitesFile(path.string());
        INFO(name << "\n" << all(r));
        REQUIRE(r.ok);
        CHECK(r.sites == sample);
        CHECK(r.rowNumbers.front() == 1);
        CHECK(r.cells.size() == sample.size() + 1);
    }
}

TEST_CASE("sites CSV: BOM, semicolons with decimal commas, CRLF, quoted line breaks", "[sites]") {
    const std::string csv =
        "\xEF\xBB\xBFName;Country;Grid interconnect (MW);Power price (USD/MWh)\r\n"
        "\"Fjord\nNorth\";Norway;12,5;40\r\n"
        "\r\n"
        "Plain;Norway;7;41,25\r\n";
    const SitesTableImport r = readSitesCsv(csv);
    INFO(all(r));
    REQUIRE(r.ok);
    REQUIRE(r.sites.size() == 2);
    CHECK(r.sites[0].name == "Fjord\nNorth");
    CHECK(r.sites[0].gridInterconnectMw == 12.5);
    CHECK(r.sites[1].powerPriceUsdPerMwh == 41.25);
    // Record numbers: the blank record 3 is skipped, so "Plain" is row 4.
    CHECK(r.rowNumbers == std::vector<int>{1, 2, 4});
}

TEST_CASE("sites CSV: a country preset fills the blank cells, typed cells win", "[sites]") {
    const SitesTableImport r = readSitesCsv(
        "Name,Country,Grid interconnect (MW),Power price (USD/MWh)\nA,Norway,10,\nB,Norway,10,77\n");
    INFO(all(r));
    REQUIRE(r.ok);
    CHECK(r.sites[0].powerPriceUsdPerMwh != 77.0);
    CHECK(r.sites[0].climate == r.sites[1].climate);
    CHECK(r.sites[1].powerPriceUsdPerMwh == 77.0);
    CHECK(r.sites[0].plan == Site{}.plan);  // blank plan columns: the documented defaults
}

TEST_CASE("sites CSV: every kind of bad cell names its row and column header", "[sites]") {
    SECTION("unknown column") {
        expectProblem(readSitesCsv("Name,Country,Colour\nA,Norway,red\n"), 1, "Colour", "unknown column");
    }
    SECTION("duplicate column") {
        expectProblem(readSitesCsv("Name,Country,country\nA,Norway,Norway\n"), 1, "country", "twice");
    }
    SECTION("missing Name column") {
        const SitesTableImport r = readSitesCsv("Country\nNorway\n");
        REQUIRE_FALSE(r.ok);
        CHECK(r.problems.front().column == "Name");
        CHECK_THAT(r.problems.front().message, Catch::Contains("required column missing"));
    }
    SECTION("not a number") {
        expectProblem(readSitesCsv(kHeader + "A,Norway,1.000,5\n"), 2, "column 4", "without a header");
        expectProblem(readSitesCsv(kHeader + "A,Norway,lots\n"), 2, "Grid interconnect (MW)",
                      "must be a number");
    }
    SECTION("out of range") {
        expectProblem(readSitesCsv(kHeader + "A,Norway,10\nB,Norway,-5\n"), 3, "Grid interconnect (MW)",
                      "must be between");
    }
    SECTION("not a whole number") {
        expectProblem(readSitesCsv("Name,Country,ASIC units\nA,Norway,10.5\n"), 2, "ASIC units",
                      "whole number");
    }
    SECTION("unknown choice") {
        expectProblem(readSitesCsv("Name,Country,Cooling technology\nA,Norway,freon\n"), 2,
                      "Cooling technology", "immersion");
    }
    SECTION("not yes or no") {
        expectProblem(readSitesCsv("Name,Country,GPU step\nA,Norway,maybe\n"), 2, "GPU step", "yes or no");
    }
    SECTION("bad month") {
        expectProblem(
            readSitesCsv(
                "Name,Country,Queued extra grid (MW),Queued grid available (YYYY-MM)\nA,Norway,5,June\n"),
            2, "Queued grid available (YYYY-MM)", "YYYY-MM");
    }
    SECTION("half a grid queue") {
        expectProblem(
            readSitesCsv(
                "Name,Country,Queued extra grid (MW),Queued grid available (YYYY-MM)\nA,Norway,5,\n"),
            2, "Queued grid available (YYYY-MM)", "both");
    }
    SECTION("blank without a preset") {
        const SitesTableImport r = readSitesCsv(kHeader + "A,Atlantis,10\n");
        REQUIRE_FALSE(r.ok);
        CHECK(r.problems.front().column == "Latitude (deg)");
        CHECK_THAT(r.problems.front().message, Catch::Contains("country preset"));
    }
    SECTION("blank name") {
        expectProblem(readSitesCsv(kHeader + " ,Norway,10\n"), 2, "Name", "must not be empty");
    }
    SECTION("duplicate name, in the sheet and in the portfolio") {
        expectProblem(readSitesCsv(kHeader + "A,Norway,1\nA,Norway,2\n"), 3, "Name", "also row 2");
        SitesTableOptions options;
        options.existingNames = {"Tydal"};
        expectProblem(readSitesCsv(kHeader + "Tydal,Norway,1\n", options), 2, "Name",
                      "already in the portfolio");
    }
    SECTION("bad extra tasks") {
        expectProblem(readSitesCsv("Name,Country,Extra tasks\nA,Norway,customs|Customs\n"), 2, "Extra tasks",
                      "id|name|months");
        expectProblem(readSitesCsv("Name,Country,Extra tasks\nA,Norway,customs|Customs|3|nowhere\n"), 2,
                      "Extra tasks", "nowhere");
    }
    SECTION("several bad cells are all listed, row by row") {
        const SitesTableImport r = readSitesCsv(kHeader + "A,Norway,x\nB,Norway,-1\n");
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].toString() == "row 2, Grid interconnect (MW): must be a number, got \"x\"");
        CHECK(r.problems[1].row == 3);
        CHECK(r.error == "2 bad cells; nothing imported");
    }
}

TEST_CASE("sites CSV: bad files are refused with one line", "[sites]") {
    CHECK_THAT(readSitesCsv("").error, Catch::Contains("empty"));
    CHECK_THAT(readSitesCsv(kHeader).error, Catch::Contains("no site rows"));
    CHECK_THAT(readSitesCsv(kHeader + "\"A,Norway,1\n").error,
               Catch::Contains("row 2: a quoted cell is not closed"));
    CHECK_THAT(readSitesCsv("Name\n\xFF\xFE\n").error, Catch::Contains("not UTF-8"));
    CHECK_THAT(readSitesTable(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)).error,
               Catch::Contains(".xls"));
    std::string many = kHeader;
    for (int i = 0; i < 10002; ++i) many += "S" + std::to_string(i) + ",Norway,1\n";
    CHECK_THAT(readSitesCsv(many).error, Catch::Contains("too many rows"));
    CHECK_THAT(readSitesCsv(std::string(300, ',') + "\n").error, Catch::Contains("columns"));
    CHECK_THAT(readSitesCsv("Name\n" + std::string(40000, 'x') + "\n").error, Catch::Contains("32,767"));
}

TEST_CASE("sites XLSX: a bad cell names its spreadsheet row and header", "[sites]") {
    std::vector<Site> sites = samplePortfolio().sites;
    sites[2].gridInterconnectMw = -5.0;
    const fs::path path = tempFile("bad.xlsx");
    REQUIRE(writeSitesTemplate(sites, path.string()).ok);
    expectProblem(readSitesFile(path.string()), 4, "Grid interconnect (MW)", "must be between");
}

TEST_CASE("sites XLSX: shared, inline and numeric cells, the Sites sheet, date serials for months",
          "[sites]") {
    const std::string sheet = sheetXml(
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Country</t></is></c>)"
        R"(<c r="C1" t="str"><v>Grid interconnect (MW)</v></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c></row>)"
        R"(<row r="3"><c r="A3" t="inlineStr"><is><t>Fjell</t></is></c><c r="B3" t="inlineStr"><is><t>Norway</t></is></c>)"
        R"(<c r="C3"><v>1.25E1</v></c><c r="D3"><v>5</v></c><c r="E3"><v>46174</v></c></row>)");
    const std::string shared =
        R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        R"(<si><t>Name</t></si><si><r><t>Queued extra </t></r><r><t>grid (MW)</t></r><rPh><t>x</t></rPh></si>)"
        R"(<si><t>Queued grid available (YYYY-MM)</t></si></sst>)";
    const SitesTableImport r = readSitesXlsx(makeZip({{"xl/workbook.xml", kWorkbook},
                                                      {"xl/_rels/workbook.xml.rels", kRels},
                                                      {"xl/sharedStrings.xml", shared},
                                                      {"xl/worksheets/sheet1.xml", sheet}}));
    INFO(all(r));
    REQUIRE(r.ok);
    REQUIRE(r.sites.size() == 1);
    CHECK(r.rowNumbers == std::vector<int>{1, 3});
    CHECK(r.sites[0].gridInterconnectMw == 12.5);
    REQUIRE(r.sites[0].gridQueue);
    CHECK(r.sites[0].gridQueue->availableMonth == YearMonth{2026, 6});  // serial 46174 = 2026-06-01
}

TEST_CASE("sites XLSX: malformed and hostile workbooks are refused with one line", "[sites]") {
    const auto refused = [](const std::string& bytes, const std::string& text) {
        const SitesTableImport r = readSitesTable(bytes);
        INFO(all(r));
        CHECK_FALSE(r.ok);
        CHECK(r.problems.empty());
        CHECK_THAT(r.error, Catch::Contains(text));
    };
    refused(std::string("PK\x03\x04", 4) + std::string(100, 'x'), "not a readable .xlsx");
    refused(makeZip({{"hello.txt", "hi"}}), "no xl/workbook.xml");
    refused(makeZip({{"xl/workbook.xml", "<workbook><sheets>"}}), "not well-formed");
    const std::string laughs =
        R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><workbook>&a;</workbook>)";
    refused(makeZip({{"xl/workbook.xml", laughs}}), "DOCTYPE");
    refused(makeZip({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels}}),
            "xl/worksheets/sheet1.xml");
    refused(makeZip({{"xl/workbook.xml", kWorkbook},
                     {"xl/_rels/workbook.xml.rels", kRels},
                     {"xl/worksheets/sheet1.xml", sheetXml(R"(<row r="5"/><row r="2"/>)")}}),
            "out of order");
    // A zip bomb: 80 MiB of zeros deflate to a few KB; reading stops at 64 MiB.
    refused(makeZip({{"xl/workbook.xml", std::string(80u << 20, ' ')}}), "64 MiB");
    // Truncated: the template with its last quarter cut off.
    const fs::path path = tempFile("cut.xlsx");
    REQUIRE(writeSitesTemplate(samplePortfolio().sites, path.string()).ok);
    const std::string whole = readAll(path);
    refused(whole.substr(0, whole.size() * 3 / 4), "not a readable .xlsx");
}
