// Desktop habits (issue 15 §3): standard shortcuts, mnemonics without clashes, the undo history
// dock, fixed-width toolbar Undo/Redo, bundled icons, field labels in messages, Open Recent.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <catch2/catch.hpp>

#include "app/AppSettings.h"
#include "app/FieldLabels.h"
#include "app/Icons.h"
#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/CostAssumptionsDialog.h"
#include "models/PortfolioTableModel.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "views/PortfolioView.h"

namespace {

QAction* actionWithShortcut(QWidget& window, const QKeySequence& key) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcuts().contains(key)) return a;
    return nullptr;
}

QMenu* menuTitled(QMainWindow& window, const QString& title) {
    for (QAction* a : window.menuBar()->actions())
        if (a->text() == title) return a->menu();
    return nullptr;
}

// The mnemonic letter of a menu text ("Save &As…" → 'a'), or 0.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

}  // namespace

TEST_CASE("Standard shortcuts: Save As, Redo (both), Close, Copy, Paste", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    QAction* saveAs = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    REQUIRE(saveAs);
    CHECK(saveAs->text() == MainWindow::tr("Save &As…"));
    QAction* redoY = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+Y")));
    QAction* redoZ = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    REQUIRE(redoY);
    CHECK(redoY == redoZ);
    CHECK(actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+W"))));
    CHECK(actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+C"))));
    CHECK(actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+V"))));
    // No key is bound twice (an ambiguous shortcut fires nothing).
    QHash<QString, QString> seen;
    for (QAction* a : window.findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts()) {
            const QString key = k.toString();
            INFO(key.toStdString() << ": " << a->text().toStdString() << " and "
                                   << seen.value(key).toStdString());
            CHECK_FALSE(seen.contains(key));
            seen.insert(key, a->text());
        }

    // Redo really redoes, from either key.
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    REQUIRE(doc->editSite(0, QStringLiteral("Rename"), QStringLiteral("name"),
                          [](m2ai::Site& s) { s.name = "X"; }));
    doc->undoStack()->undo();
    redoZ->trigger();
    CHECK(doc->portfolio().sites[0].name == "X");

    // Close asks nothing for a clean project and leaves a new untitled one.
    doc->markSaved();
    actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+W")))->trigger();
    CHECK(doc->siteCount() == 1);
    CHECK(doc->filePath().isEmpty());
}

TEST_CASE("Menu mnemonics do not clash, and O&M shows its ampersand", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    QSet<QChar> bar;
    for (QAction* top : window.menuBar()->actions()) {
        const QChar m = mnemonic(top->text());
        CHECK_FALSE(m.isNull());
        CHECK_FALSE(bar.contains(m));
        bar.insert(m);
        QSet<QChar> inMenu;
        for (QAction* a : top->menu()->actions()) {
            if (a->isSeparator()) continue;
            const QChar c = mnemonic(a->text());
            INFO(top->text().toStdString() << " › " << a->text().toStdString());
            CHECK_FALSE(c.isNull());
            CHECK_FALSE(inMenu.contains(c));
            inMenu.insert(c);
        }
    }
    // A form label's '&' is a mnemonic: "O&M" showed as "OM". Escaped, it reads "O&M".
    CostAssumptionsDialog dialog(m2ai::CostAssumptions{});
    bool found = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text() == QStringLiteral("AI hall O&&M")) found = true;
    CHECK(found);
}

TEST_CASE("Undo history dock: View menu toggles it, it lists the steps", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    window.show();
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    QDockWidget* dock = window.undoDock();
    REQUIRE(dock);
    CHECK_FALSE(dock->isVisible());
    QMenu* view = menuTitled(window, MainWindow::tr("&View"));
    REQUIRE(view);
    CHECK(view->actions().contains(dock->toggleViewAction()));
    dock->toggleViewAction()->trigger();
    CHECK(dock->isVisible());
    auto* undoView = dock->findChild<QUndoView*>(QStringLiteral("undoView"));
    REQUIRE(undoView);
    REQUIRE(doc->editSite(0, QStringLiteral("Rename site"), QStringLiteral("name"),
                          [](m2ai::Site& s) { s.name = "Renamed"; }));
    // Row 0 is the opened state, then one row per step.
    REQUIRE(undoView->model()->rowCount() == 2);
    CHECK(undoView->model()->index(1, 0).data().toString() == QStringLiteral("Rename site"));
    // Clicking the first row goes back to it.
    undoView->setCurrentIndex(undoView->model()->index(0, 0));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    dock->toggleViewAction()->trigger();
    CHECK_FALSE(dock->isVisible());
}

TEST_CASE("Toolbar Undo/Redo keep their width, the command is in the tooltip", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    window.show();
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* undo = window.findChild<QAction*>(QStringLiteral("toolUndo"));
    REQUIRE(bar);
    REQUIRE(undo);
    QWidget* button = bar->widgetForAction(undo);
    REQUIRE(button);
    const int width = button->sizeHint().width();
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(doc->editSite(0, QStringLiteral("Change grid interconnect of a very long site name indeed"),
                          QStringLiteral("gridInterconnectMw"),
                          [](m2ai::Site& s) { s.gridInterconnectMw = 50; }));
    CHECK(undo->isEnabled());
    CHECK(button->sizeHint().width() == width);
    CHECK(undo->text() == MainWindow::tr("Undo"));
    CHECK(undo->toolTip().contains(QStringLiteral("very long site name")));
    undo->trigger();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
}

TEST_CASE("Every action has an icon, bundled for desktops without an icon theme", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    for (const char* name : {"document-new",
                             "document-open",
                             "document-save",
                             "document-save-as",
                             "document-close",
                             "x-office-spreadsheet",
                             "document-import-sites",
                             "document-import",
                             "document-export",
                             "document-print",
                             "application-exit",
                             "edit-undo",
                             "edit-redo",
                             "edit-copy",
                             "edit-paste",
                             "list-add",
                             "site-duplicate",
                             "list-remove",
                             "view-list-details",
                             "view-statistics",
                             "view-risk",
                             "view-dark-theme",
                             "help-contents",
                             "help-about"}) {
        INFO(name);
        CHECK(Icons::hasFallback(QString::fromLatin1(name)));
        CHECK_FALSE(Icons::action(QString::fromLatin1(name)).pixmap(24, 24).isNull());
    }
    for (QAction* top : window.menuBar()->actions())
        for (QAction* a : top->menu()->actions()) {
            if (a->isSeparator() || a->menu() || a->text() == MainWindow::tr("&About Mine2AI Planner"))
                continue;
            if (top->text() == MainWindow::tr("&View") && a->text() == QStringLiteral("Undo &History"))
                continue;
            if (top->text() == MainWindow::tr("&File") && a->parent() != &window) continue;  // export items
            INFO(a->text().toStdString());
            CHECK_FALSE(a->icon().isNull());
        }
}

TEST_CASE("Messages name fields by label and site, not by path", "[ui][habits]") {
    m2ai::Portfolio p = testsupport::fixturePortfolio();
    p.sites[0].name = "Tydal";
    using FieldLabels::describe;
    using FieldLabels::humanize;
    CHECK(describe(QStringLiteral("sites[0].gridInterconnectMw"), p) ==
          QStringLiteral("Grid interconnect today, Tydal"));
    CHECK(describe(QStringLiteral("sites[1].plan.gpu.kwPerRack"), p) ==
          QStringLiteral("Power per rack, Grid-limited"));
    CHECK(
        describe(QStringLiteral("sites[0].climate.wetBulbC[0]"), p).startsWith(QStringLiteral("Wet-bulb ")));
    CHECK(describe(QStringLiteral("discountRatePct"), p) == QStringLiteral("Discount rate"));
    CHECK(describe(QStringLiteral("costs.contingencyPct"), p) == QStringLiteral("Contingency"));
    CHECK(describe(QStringLiteral("sites[7].gridInterconnectMw"), p) ==
          QStringLiteral("Grid interconnect today, site 8"));
    CHECK(describe(QStringLiteral("sites[0].somethingNew"), p) == QStringLiteral("sites[0].somethingNew"));
    CHECK(humanize(
              QStringLiteral("Refused: sites[0].gridInterconnectMw: must be between 0 and 10000 MW, got -5"),
              p) ==
          QStringLiteral("Refused: Grid interconnect today, Tydal: must be between 0 and 10000 MW, got -5"));

    // In the window: a refused edit in the status bar.
    testsupport::qtApp();
    MainWindow window;
    window.document()->load(p, QString());
    QAbstractItemModel* model = window.portfolioView()->table()->model();
    window.pasteInto(window.portfolioView()->table(), QString());  // nothing: no crash, a message
    window.portfolioView()->table()->setCurrentIndex(model->index(0, PortfolioTableModel::GridMw));
    window.pasteInto(window.portfolioView()->table(), QStringLiteral("-5"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Grid interconnect today, Tydal")));
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("sites[")));
}

TEST_CASE("Open Recent › Clear empties the list, the last project reopens on start", "[ui][habits]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last.m2ai"));
    {
        MainWindow window;
        window.document()->load(testsupport::fixturePortfolio(), QString());
        REQUIRE(window.saveTo(path));
    }
    AppSettings::setReopenLastProject(true);
    {
        MainWindow window;
        REQUIRE(window.reopenLastProject());
        CHECK(window.document()->portfolio() == testsupport::fixturePortfolio());
        AppSettings::setReopenLastProject(false);
        CHECK_FALSE(window.reopenLastProject());
        AppSettings::setReopenLastProject(true);

        auto* clear = window.findChild<QAction*>(QStringLiteral("clearRecent"));
        REQUIRE(clear);
        CHECK(clear->isEnabled());
        clear->trigger();
        CHECK(AppSettings::recentFiles().isEmpty());
        CHECK_FALSE(window.reopenLastProject());
    }
}

TEST_CASE("Enter opens the site from every cell of the portfolio table", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    window.show();
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showPortfolio();
    QTableView* table = window.portfolioView()->table();
    QSignalSpy opened(window.portfolioView(), &PortfolioView::siteActivated);
    for (int column :
         {int(PortfolioTableModel::Name), int(PortfolioTableModel::GridMw), int(PortfolioTableModel::Npv)}) {
        table->setCurrentIndex(table->model()->index(1, column));
        QTest::keyClick(table, Qt::Key_Return);
    }
    REQUIRE(opened.count() == 3);
    CHECK(opened.last().at(0).toInt() == 1);
    CHECK(table->indexWidget(table->currentIndex()) == nullptr);  // no editor opened
}

TEST_CASE("Portfolio table: optional columns, default columns fit, Total pinned", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    PortfolioView* view = window.portfolioView();
    QTableView* table = view->table();
    for (int c : {int(PortfolioTableModel::Irr), int(PortfolioTableModel::Payback),
                  int(PortfolioTableModel::Business)})
        CHECK(table->isColumnHidden(c) == !PortfolioView::shownByDefault(c));
    CHECK_FALSE(PortfolioView::shownByDefault(PortfolioTableModel::Irr));
    view->setColumnShown(PortfolioTableModel::Irr, true);
    CHECK_FALSE(table->isColumnHidden(PortfolioTableModel::Irr));
    CHECK_FALSE(view->totalTable()->isColumnHidden(PortfolioTableModel::Irr));
    CHECK_FALSE(AppSettings::portfolioHiddenColumns().contains(PortfolioTableModel::Irr));
    view->setColumnShown(PortfolioTableModel::Irr, false);
    CHECK(AppSettings::portfolioHiddenColumns().contains(PortfolioTableModel::Irr));
}

TEST_CASE("The Total row stays visible with many sites", "[ui][habits]") {
    testsupport::qtApp();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    m2ai::Portfolio p = testsupport::fixturePortfolio();
    for (int i = 0; i < 60; ++i)
        p.sites.push_back(testsupport::fixtureSite(("Extra " + std::to_string(i)).c_str(), 20.0, 1000));
    window.document()->load(p, QString());
    window.document()->waitForCompute();
    QApplication::processEvents();
    PortfolioView* view = window.portfolioView();
    QTableView* table = view->table();
    CHECK(table->model()->rowCount() == 62);
    table->scrollToTop();
    QTableView* total = view->totalTable();
    REQUIRE(total->isVisible());
    CHECK(total->model()->rowCount() == 1);
    CHECK(total->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Total (62 sites")));
    // Below the site rows, inside the window, whatever the site table's scroll position.
    const QPoint totalTop = total->mapTo(&window, QPoint(0, 0));
    CHECK(totalTop.y() >= table->mapTo(&window, QPoint(0, table->height())).y());
    CHECK(totalTop.y() + total->height() <= window.height());
    CHECK(total->rowHeight(0) > 0);
}
