// Paste a block of cells from a spreadsheet into the portfolio and climate tables (one undo step,
// refused cells named with label and allowed range, nothing half-applied); copy any table as
// tab-separated text.
#include <QApplication>
#include <QClipboard>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/SiteEditor.h"
#include "import/TableClipboard.h"
#include "models/ClimateTableModel.h"
#include "models/PortfolioTableModel.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "views/PortfolioView.h"

TEST_CASE("TSV parsing takes what spreadsheets put on the clipboard", "[ui][paste]") {
    using TableClipboard::parseTsv;
    CHECK(parseTsv(QStringLiteral("a\tb\n1\t2\n")) ==
          QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                             {QStringLiteral("1"), QStringLiteral("2")}});
    CHECK(parseTsv(QStringLiteral("x\r\ny\r\n")).size() == 2);  // Windows line ends
    CHECK(parseTsv(QStringLiteral("\"two\nlines\"\tz\n")) ==
          QList<QStringList>{{QStringLiteral("two\nlines"), QStringLiteral("z")}});
    CHECK(parseTsv(QStringLiteral("\t\n")) == QList<QStringList>{{QString(), QString()}});
    CHECK(*TableClipboard::parseNumber(QStringLiteral("40.0 MW")) == 40.0);
    CHECK(*TableClipboard::parseNumber(QStringLiteral(" 21 °C")) == 21.0);
    CHECK_FALSE(TableClipboard::parseNumber(QStringLiteral("lots")));
}

TEST_CASE("A block pasted into the portfolio table is one undo step", "[ui][paste]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    QTableView* table = window.portfolioView()->table();
    table->setCurrentIndex(table->model()->index(0, PortfolioTableModel::GridMw));
    REQUIRE(window.pasteInto(table, QStringLiteral("55\n25.5\n")));
    CHECK(doc->portfolio().sites[0].gridInterconnectMw == 55.0);
    CHECK(doc->portfolio().sites[1].gridInterconnectMw == 25.5);
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
}

TEST_CASE("A pasted block with one bad cell is refused whole, naming the cell", "[ui][paste]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    QTableView* table = window.portfolioView()->table();
    table->setCurrentIndex(table->model()->index(0, PortfolioTableModel::GridMw));
    QString error;
    CHECK_FALSE(window.portfolioView()->pasteTsv(QStringLiteral("55\n-5\n"), &error));
    CHECK(error.contains(QStringLiteral("Grid interconnect today, Grid-limited")));
    CHECK(error.contains(QStringLiteral("10000")));              // the allowed range
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());  // the good cell was not applied
    CHECK(doc->undoStack()->count() == 0);

    // A computed column is not an input.
    table->setCurrentIndex(table->model()->index(0, PortfolioTableModel::Capex));
    CHECK_FALSE(window.portfolioView()->pasteTsv(QStringLiteral("1\n"), &error));
    CHECK(error.contains(QStringLiteral("Capex")));
    // Names that would collide are refused, by the same rule as a rename.
    table->setCurrentIndex(table->model()->index(0, PortfolioTableModel::Name));
    CHECK_FALSE(window.portfolioView()->pasteTsv(QStringLiteral("Same\nSame\n"), &error));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    // More rows than the table has.
    CHECK_FALSE(window.portfolioView()->pasteTsv(QStringLiteral("A\nB\nC\n"), &error));
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("A block pasted into the climate table is one undo step, or refused whole", "[ui][paste]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(1);
    auto* climate = window.siteEditor()->findChild<QTableView*>(QStringLiteral("climateTable"));
    REQUIRE(climate);
    climate->setCurrentIndex(climate->model()->index(2, 0));  // March, dry-bulb
    REQUIRE(window.pasteInto(climate, QStringLiteral("12\t9\n14.5\t11\n")));
    const auto& c = doc->portfolio().sites[1].climate;
    CHECK(c.dryBulbC[2] == 12.0);
    CHECK(c.wetBulbC[2] == 9.0);
    CHECK(c.wetBulbC[3] == 11.0);
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    const int steps = doc->undoStack()->count();  // the undone paste stays as a redo step

    // Wet-bulb above dry-bulb in April: refused, March not applied either.
    climate->setCurrentIndex(climate->model()->index(2, 0));
    CHECK_FALSE(window.pasteInto(climate, QStringLiteral("12\t9\n14\t30\n")));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK(doc->undoStack()->count() == steps);
    // Out of range (−60 to 60 °C) names the month and the range.
    climate->setCurrentIndex(climate->model()->index(0, 0));
    auto* model = qobject_cast<ClimateTableModel*>(climate->model());
    REQUIRE(model);
    QString error;
    CHECK_FALSE(model->pasteBlock(0, 0, {{QStringLiteral("99")}}, &error));
    CHECK(error.contains(QStringLiteral("Dry-bulb")));
    CHECK(error.contains(QStringLiteral("60")));
    CHECK(doc->undoStack()->count() == steps);
}

TEST_CASE("Copy puts any table on the clipboard as tab-separated text", "[ui][paste]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    doc->waitForCompute();
    QTableView* table = window.portfolioView()->table();
    table->clearSelection();
    const QString all = TableClipboard::toTsv(table);
    const QStringList lines = all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);  // header + 2 sites
    CHECK(lines[0].startsWith(QStringLiteral("Site\t")));
    CHECK(lines[1].startsWith(QStringLiteral("Electrical-limited\t")));
    CHECK_FALSE(lines[0].contains(QStringLiteral("Payback")));  // hidden columns stay out

    // A selected block, without headers; pasted back, it changes nothing.
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->selectionModel()->select(table->model()->index(0, PortfolioTableModel::GridMw),
                                    QItemSelectionModel::ClearAndSelect);
    table->selectionModel()->select(table->model()->index(1, PortfolioTableModel::GridMw),
                                    QItemSelectionModel::Select);
    const QString block = TableClipboard::toTsv(table);
    CHECK(block.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    CHECK(block.startsWith(QStringLiteral("100")));
    table->setCurrentIndex(table->model()->index(0, PortfolioTableModel::GridMw));
    REQUIRE(window.pasteInto(table, block));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
}
