// File › Import Sites from Spreadsheet… and File › New from Template… in the real window: the
// preview names bad cells by row and column header, an import is one undo step (append by
// default, or replace), and a refused import changes nothing.
#include <QFile>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "import/SitesImport.h"
#include "import/SitesImportDialog.h"
#include "io/SitesTable.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

namespace {

std::vector<m2ai::Site> importedSites() {
    return {testsupport::fixtureSite("Imported A", 30.0, 5000),
            testsupport::fixtureSite("Imported B", 12.0, 2000)};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

// The CSV of the imported sites with one cell replaced (row 0 = header, column by header text).
std::string csvWithCell(int row, const std::string& header, const std::string& value) {
    std::string csv = m2ai::sitesToCsv(importedSites());
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t nl; (nl = csv.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(csv.substr(start, nl - start));
    const std::vector<std::string> headers = m2ai::sitesTableHeaders();
    const auto col =
        static_cast<std::size_t>(std::find(headers.begin(), headers.end(), header) - headers.begin());
    REQUIRE(col < headers.size());
    // Split on commas: the fixture's cells hold none (no quoting needed).
    std::vector<std::string> cells;
    std::string& line = lines[static_cast<std::size_t>(row)];
    start = 0;
    for (std::size_t comma; (comma = line.find(',', start)) != std::string::npos; start = comma + 1)
        cells.push_back(line.substr(start, comma - start));
    cells.push_back(line.substr(start));
    REQUIRE(col < cells.size());
    cells[col] = value;
    line.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + cells[i];
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("Importing sites from a CSV appends them as one undo step", "[ui][import]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    const QString path = writeFile(dir, QStringLiteral("sites.csv"), m2ai::sitesToCsv(importedSites()));

    SitesImportDialog dialog(path, doc);
    CHECK(dialog.mode() == SitesImport::Mode::Append);  // the default keeps what the user has
    REQUIRE(dialog.canImport());
    CHECK(dialog.preview()->rowCount() == 2);
    CHECK(dialog.preview()->item(0, 0)->text() == QStringLiteral("Imported A"));
    CHECK(dialog.preview()->verticalHeaderItem(0)->text() == QStringLiteral("2"));  // spreadsheet row
    const int before = doc->undoStack()->count();
    REQUIRE(dialog.importNow());

    CHECK(doc->siteCount() == 4);
    CHECK(doc->portfolio().sites[2].name == "Imported A");
    CHECK(doc->portfolio().sites[3].gridInterconnectMw == 12.0);
    CHECK(doc->undoStack()->count() == before + 1);  // ONE step
    doc->undoStack()->undo();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    doc->undoStack()->redo();
    CHECK(doc->siteCount() == 4);
}

TEST_CASE("Importing sites can replace the project's sites, still one undo step", "[ui][import]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    // A file that repeats a project's name: refused on append, fine on replace.
    std::vector<m2ai::Site> sites = importedSites();
    sites[0].name = "Grid-limited";
    const QString path = writeFile(dir, QStringLiteral("sites.csv"), m2ai::sitesToCsv(sites));

    SitesImportDialog dialog(path, doc);
    CHECK_FALSE(dialog.canImport());
    REQUIRE(dialog.problemList()->count() >= 1);
    CHECK(dialog.problemList()->item(0)->text().startsWith(QStringLiteral("row 2")));
    dialog.setMode(SitesImport::Mode::Replace);
    REQUIRE(dialog.canImport());
    REQUIRE(dialog.importNow());
    REQUIRE(doc->siteCount() == 2);
    CHECK(doc->portfolio().sites[0].name == "Grid-limited");
    CHECK(doc->portfolio().sites[0].gridInterconnectMw == 30.0);
    CHECK(doc->portfolio().sites[1].name == "Imported B");
    CHECK(doc->portfolio().name == "UI test portfolio");  // settings are kept
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
}

TEST_CASE("The import preview names every bad cell by row and column header and imports nothing",
          "[ui][import]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    const std::vector<std::string> headers = m2ai::sitesTableHeaders();
    const auto grid = std::find_if(headers.begin(), headers.end(),
                                   [](const std::string& h) { return h.rfind("Grid interconnect", 0) == 0; });
    REQUIRE(grid != headers.end());
    const std::string header = *grid;
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), csvWithCell(2, header, "-5"));

    SitesImportDialog dialog(path, doc);
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(dialog.importNow());
    REQUIRE(dialog.problemList()->count() == 1);
    const QString problem = dialog.problemList()->item(0)->text();
    CHECK(problem.startsWith(QStringLiteral("row 3, %1:").arg(QString::fromStdString(header))));
    // The bad cell is marked in place and explains itself.
    QStringList shown;
    for (int c = 0; c < dialog.preview()->columnCount(); ++c)
        shown << dialog.preview()->horizontalHeaderItem(c)->text();
    const int column = static_cast<int>(shown.indexOf(QString::fromStdString(header)));
    REQUIRE(column >= 0);
    QTableWidgetItem* cell = dialog.preview()->item(1, column);
    REQUIRE(cell);
    CHECK(cell->text() == QStringLiteral("-5"));
    CHECK(cell->background().style() != Qt::NoBrush);
    CHECK(cell->toolTip().contains(QStringLiteral("10")));  // the allowed range
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("A refused import leaves neither the project nor Redo with half of it", "[ui][import]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    // The second site is invalid (core's reader would not pass it; the document refuses it).
    std::vector<m2ai::Site> sites = importedSites();
    sites[1].gridInterconnectMw = -1.0;
    const SitesImport::Result r = SitesImport::apply(doc, sites, SitesImport::Mode::Append);
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(QStringLiteral("Grid interconnect today")));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK_FALSE(doc->undoStack()->canRedo());
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("New from Template writes the sites template with the sample's sites", "[ui][import]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    MainWindow window;
    QString written;
    REQUIRE(window.writeTemplateTo(dir.filePath(QStringLiteral("sites")), &written));
    CHECK(written.endsWith(QStringLiteral("sites.xlsx")));  // the extension is added
    const m2ai::SitesTableImport back = m2ai::readSitesFile(written.toStdString());
    REQUIRE(back.ok);
    CHECK(back.sites.size() >= 2);
    REQUIRE(window.writeTemplateTo(dir.filePath(QStringLiteral("sites.csv")), &written));
    CHECK(written.endsWith(QStringLiteral("sites.csv")));
    CHECK(m2ai::readSitesFile(written.toStdString()).ok);
}
