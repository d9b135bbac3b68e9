// The real main window, driven like a user: edit a field in the site editor, pick a redundancy,
// remove a site, type an invalid value, save and reopen. Expected numbers are the engine's (the UI
// must show exactly what core computes) plus hand values from the fixture (support/Fixtures.h).
#include <QAbstractSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QXYSeries>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "charts/SiteCharts.h"
#include "document/ProjectDocument.h"
#include "editors/ConversionPanel.h"
#include "editors/SiteEditor.h"
#include "engines/Compute.h"
#include "models/PortfolioTableModel.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "util/Format.h"
#include "views/ChartHost.h"
#include "views/PortfolioView.h"
#include "views/SiteDashboard.h"

namespace {

// The numbers a chart plots for one named bar set or XY series (names: charts/SiteCharts.h).
QList<double> chartValues(QChart* chart, const QString& name) {
    QList<double> values;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                if (set->label() == name || set->objectName() == name)
                    for (int i = 0; i < set->count(); ++i) values << set->at(i);
        if (auto* xy = qobject_cast<QXYSeries*>(s))
            if (s->name() == name || s->objectName() == name)
                for (const QPointF& p : xy->points()) values << p.y();
    }
    return values;
}

bool containsApprox(const QList<double>& values, double wanted) {
    for (double v : values)
        if (std::abs(v - wanted) <= 1e-6 * std::max(1.0, std::abs(wanted))) return true;
    return false;
}

void selectCombo(QComboBox* combo, int data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);  // what a user's click emits
}

}  // namespace

TEST_CASE("Editing grid MW updates the KPI strip and the charts with the engine's numbers", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(1);  // the grid-limited site
    QLabel* itLabel = window.siteDashboard()->kpiLabel(SiteDashboard::ItMw);
    const QString before = itLabel->text();

    QDoubleSpinBox* grid = window.siteEditor()->doubleField(QStringLiteral("gridInterconnectMw"));
    REQUIRE(grid);
    CHECK(grid->value() == 20.0);
    grid->setValue(15.0);  // keyboard tracking is off: this is the committed value

    REQUIRE(doc->portfolio().sites[1].gridInterconnectMw == 15.0);
    const m2ai::SiteResult expected = m2ai::computePortfolio(doc->portfolio()).sites[1];
    // The grid binds here (usable 30 MW > 15 MW ÷ PUE), so IT load falls below 15 MW.
    CHECK(expected.power.itMw < 15.0);
    CHECK(itLabel->text() == Format::mw(expected.power.itMw));
    CHECK(itLabel->text() != before);
    CHECK(window.siteDashboard()->kpiLabel(SiteDashboard::Gpus)->text() ==
          Format::count(expected.power.gpus));
    // A fleet above the cut grid makes the plan infeasible (engines/Feasibility): no NPV then.
    CHECK(window.siteDashboard()->kpiLabel(SiteDashboard::Npv)->text() ==
          (expected.feasible ? Format::usdMillions(expected.economics.npvUsd) : Format::infeasible()));
    // The power budget chart plots the engine's IT MW.
    ChartHost* power = window.siteDashboard()->chartHost(QStringLiteral("powerBudget"));
    REQUIRE(power);
    CHECK(containsApprox(chartValues(power->chart(), ChartNames::it), expected.power.peak.itMw));
    ChartHost* pue = window.siteDashboard()->chartHost(QStringLiteral("pue"));
    REQUIRE(pue);
    CHECK(containsApprox(chartValues(pue->chart(), ChartNames::pueAnnual), expected.power.pue.annual));
    CHECK(window.isWindowModified());
    CHECK(window.windowTitle().contains(QStringLiteral("Untitled")));

    doc->undoStack()->undo();
    CHECK(itLabel->text() == before);
    CHECK(grid->value() == 20.0);
    CHECK_FALSE(window.isWindowModified());
}

TEST_CASE("Switching N+1 to 2N lowers IT MW — undo restores it", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);  // electrical-limited: 4 × 10 MW blocks
    QLabel* itLabel = window.siteDashboard()->kpiLabel(SiteDashboard::ItMw);
    // N+1: 3 of 4 blocks usable → 30 MW.
    CHECK(itLabel->text() == Format::mw(30.0));
    selectCombo(window.conversionPanel()->redundancyCombo(), static_cast<int>(m2ai::Redundancy::TwoN));
    CHECK(doc->portfolio().sites[0].plan.electrical.redundancy == m2ai::Redundancy::TwoN);
    // 2N: half of the 40 MW installed → 20 MW.
    CHECK(doc->siteResult(0)->power.itMw == Approx(20.0));
    CHECK(itLabel->text() == Format::mw(20.0));
    doc->undoStack()->undo();
    CHECK(itLabel->text() == Format::mw(30.0));
    CHECK(window.conversionPanel()->redundancyCombo()->currentData().toInt() ==
          static_cast<int>(m2ai::Redundancy::NPlus1));
}

TEST_CASE("Remove site from the window and undo restores it", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    QTableView* table = window.portfolioView()->table();
    REQUIRE(table->model()->rowCount() == 2);  // 2 sites; the Total row is pinned below
    REQUIRE(window.portfolioView()->totalTable()->model()->rowCount() == 1);
    doc->setCurrentSite(0);
    const QList<QAction*> actions = window.findChildren<QAction*>();
    QAction* remove = nullptr;
    for (QAction* a : actions)
        if (a->text() == MainWindow::tr("Re&move Site")) remove = a;
    REQUIRE(remove);
    remove->trigger();
    CHECK(doc->siteCount() == 1);
    CHECK(table->model()->rowCount() == 1);
    CHECK_FALSE(remove->isEnabled());  // the last site cannot be removed
    doc->undoStack()->undo();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK(table->model()->rowCount() == 2);
    CHECK(window.portfolioView()->totalTable()->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Total")));
    CHECK(window.portfolioView()->model()->index(0, 0).data().toString() ==
          QStringLiteral("Electrical-limited"));
}

TEST_CASE("An invalid value typed in the portfolio table is refused and reported", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    QAbstractItemModel* model = window.portfolioView()->table()->model();
    const QModelIndex grid = model->index(0, PortfolioTableModel::GridMw);
    CHECK_FALSE(model->setData(grid, -5.0));
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK(doc->undoStack()->count() == 0);

    // The spin box cannot even offer a value outside core's range (fieldRange: 0–10,000 MW).
    QDoubleSpinBox* spin = window.siteEditor()->doubleField(QStringLiteral("gridInterconnectMw"));
    CHECK(spin->minimum() == 0.0);
    CHECK(spin->maximum() == 10000.0);
    CHECK(spin->toolTip().contains(QStringLiteral("Allowed")));
}

TEST_CASE("Country preset fills location, energy and climate as one undo step", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    QComboBox* combo = window.siteEditor()->countryCombo();
    const int norway = combo->findData(QStringLiteral("Norway"));
    if (norway < 0) {
        WARN("country catalogue has no Norway preset yet");
        return;
    }
    combo->setCurrentIndex(norway);
    emit combo->activated(norway);
    const m2ai::Site& s = doc->portfolio().sites[0];
    CHECK(s.country == "Norway");
    CHECK(s.climate != testsupport::fixturePortfolio().sites[0].climate);
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->portfolio() == testsupport::fixturePortfolio());
    CHECK(combo->currentIndex() == 0);  // "Custom"
}

TEST_CASE("Save, reopen: the same portfolio, a clean title", "[ui]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("roundtrip.m2ai"));
    m2ai::Portfolio saved;
    {
        MainWindow window;
        window.document()->load(testsupport::fixturePortfolio(), QString());
        REQUIRE(window.document()->editSite(1, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
                                            [](m2ai::Site& s) { s.gridInterconnectMw = 18.0; }));
        CHECK(window.isWindowModified());
        REQUIRE(window.saveTo(path));
        CHECK_FALSE(window.isWindowModified());
        CHECK(window.windowTitle().startsWith(QStringLiteral("roundtrip.m2ai")));
        saved = window.document()->portfolio();
    }
    MainWindow reopened;
    REQUIRE(reopened.openFile(path, false));
    CHECK(reopened.document()->portfolio() == saved);
    CHECK(reopened.document()->portfolio().sites[1].gridInterconnectMw == 18.0);
    CHECK_FALSE(reopened.document()->undoStack()->canUndo());
    CHECK(reopened.document()->filePath().endsWith(QStringLiteral("roundtrip.m2ai")));
    // The reopened project computes to the same numbers.
    CHECK(reopened.document()->result().npvUsd == Approx(m2ai::computePortfolio(saved).npvUsd));

    CHECK_FALSE(reopened.openFile(dir.filePath(QStringLiteral("missing.m2ai")), false));
    CHECK(reopened.document()->portfolio() == saved);  // a failed open keeps the project
    CHECK(reopened.statusBar()->currentMessage().contains(QStringLiteral("Could not open")));
}
