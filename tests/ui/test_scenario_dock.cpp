// The Scenarios dock: add, rename in place, duplicate, delete and set or remove overrides, each one
// undo step that undo and redo replay exactly; refused edits name the field by its label and leave
// the document as it was; an override of a removed site stays listed as not applied.
// M2AI_SCENARIO_DOCK_PNG=path saves a picture of the dock (to look at it).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "sample/Sample.h"
#include "scenarios/ScenarioComparison.h"
#include "scenarios/ScenarioComparisonView.h"
#include "scenarios/ScenarioDock.h"
#include "scenarios/ScenarioEdits.h"
#include "scenarios/ScenarioOverridesModel.h"
#include "support/QtApp.h"

namespace {

QString cell(const QAbstractItemModel* m, int row, int col) {
    return m->data(m->index(row, col)).toString();
}

}  // namespace

TEST_CASE("scenario dock: add, rename, duplicate, delete, each undoable", "[ui][scenarios]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::samplePortfolio(), QString());
    ScenarioDock dock(&doc);
    QAbstractItemModelTester tester(dock.overridesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* undo = doc.undoStack();
    REQUIRE(doc.portfolio().scenarios.empty());
    std::vector<std::vector<m2ai::Scenario>> states{doc.portfolio().scenarios};

    dock.findChild<QPushButton*>(QStringLiteral("scenarioAdd"))->click();
    REQUIRE(doc.portfolio().scenarios.size() == 1);
    CHECK(doc.portfolio().scenarios[0].name == "Scenario 1");
    CHECK(doc.portfolio().scenarios[0].overrides.empty());
    CHECK(dock.scenarioList()->count() == 1);
    CHECK(dock.currentScenario() == 0);
    CHECK(undo->count() == 1);
    CHECK(doc.isModified());
    states.push_back(doc.portfolio().scenarios);

    // Renaming in place (the list item's editor commits setText).
    dock.scenarioList()->item(0)->setText(QStringLiteral("Fast track"));
    CHECK(doc.portfolio().scenarios[0].name == "Fast track");
    CHECK(undo->count() == 2);
    CHECK(undo->text(1) == QStringLiteral("Rename scenario Scenario 1 to Fast track"));
    states.push_back(doc.portfolio().scenarios);

    // "Base" is the portfolio itself, and an empty name is no name: refused, the item shows the old name.
    for (const QString& bad : {QStringLiteral("Base"), QStringLiteral("  ")}) {
        dock.scenarioList()->item(0)->setText(bad);
        CHECK(doc.portfolio().scenarios[0].name == "Fast track");
        CHECK(dock.scenarioList()->item(0)->text() == QStringLiteral("Fast track"));
        CHECK(dock.lastError().startsWith(QStringLiteral("Scenario name: ")));
        CHECK(undo->count() == 2);
    }

    // An override: Tydal's power price at 30 USD/MWh.
    dock.setForm(QStringLiteral("Tydal"), QStringLiteral("powerPriceUsdPerMwh"), QStringLiteral("30"));
    REQUIRE(dock.applyForm());
    REQUIRE(doc.portfolio().scenarios[0].overrides.size() == 1);
    const m2ai::ScenarioOverride& o = doc.portfolio().scenarios[0].overrides[0];
    CHECK(o.siteName == "Tydal");
    CHECK(o.fieldPath == "powerPriceUsdPerMwh");
    CHECK(std::get<double>(o.value) == 30.0);
    CHECK(dock.overridesModel()->rowCount() == 1);
    CHECK(cell(dock.overridesModel(), 0, ScenarioOverridesModel::Field) == QStringLiteral("Power price"));
    CHECK(cell(dock.overridesModel(), 0, ScenarioOverridesModel::Status) == QStringLiteral("Applied"));
    CHECK(undo->count() == 3);
    states.push_back(doc.portfolio().scenarios);

    // Setting the same field again replaces the override (a scenario names a field once).
    dock.setForm(QStringLiteral("Tydal"), QStringLiteral("powerPriceUsdPerMwh"), QStringLiteral("35"));
    REQUIRE(dock.applyForm());
    REQUIRE(doc.portfolio().scenarios[0].overrides.size() == 1);
    CHECK(std::get<double>(doc.portfolio().scenarios[0].overrides[0].value) == 35.0);
    states.push_back(doc.portfolio().scenarios);

    // A portfolio field.
    dock.setForm(QString(), QStringLiteral("discountRatePct"), QStringLiteral("9.5"));
    REQUIRE(dock.applyForm());
    CHECK(doc.portfolio().scenarios[0].overrides.size() == 2);
    CHECK(doc.portfolio().scenarios[0].overrides[1].siteName.empty());
    states.push_back(doc.portfolio().scenarios);

    // Refused values name the field by its label and change nothing.
    const int steps = undo->count();
    dock.setForm(QStringLiteral("Tydal"), QStringLiteral("powerPriceUsdPerMwh"), QStringLiteral("-5"));
    CHECK_FALSE(dock.applyForm());
    CHECK(dock.lastError().startsWith(QStringLiteral("Power price: must be between")));
    dock.setForm(QStringLiteral("Tydal"), QStringLiteral("plan.gpu.kwPerRack"), QStringLiteral("lots"));
    CHECK_FALSE(dock.applyForm());
    CHECK(dock.lastError() == QStringLiteral("Power per rack: \"lots\" is not a number"));
    dock.setForm(QString(), QStringLiteral("horizonYears"), QStringLiteral("12.5"));
    CHECK_FALSE(dock.applyForm());
    CHECK(dock.lastError().startsWith(QStringLiteral("Horizon: must be a whole number")));
    CHECK(undo->count() == steps);
    CHECK(doc.portfolio().scenarios == states.back());

    dock.findChild<QPushButton*>(QStringLiteral("scenarioDuplicate"))->click();
    REQUIRE(doc.portfolio().scenarios.size() == 2);
    CHECK(doc.portfolio().scenarios[1].name == "Fast track (copy)");
    CHECK(doc.portfolio().scenarios[1].overrides == doc.portfolio().scenarios[0].overrides);
    CHECK(dock.currentScenario() == 1);
    states.push_back(doc.portfolio().scenarios);

    // Removing an override of the copy.
    dock.overridesView()->setCurrentIndex(dock.overridesModel()->index(0, 0));
    REQUIRE(dock.removeOverride());
    CHECK(doc.portfolio().scenarios[1].overrides.size() == 1);
    CHECK(doc.portfolio().scenarios[1].overrides[0].fieldPath == "discountRatePct");
    states.push_back(doc.portfolio().scenarios);

    dock.setCurrentScenario(0);
    dock.findChild<QPushButton*>(QStringLiteral("scenarioDelete"))->click();
    REQUIRE(doc.portfolio().scenarios.size() == 1);
    CHECK(doc.portfolio().scenarios[0].name == "Fast track (copy)");
    CHECK(dock.scenarioList()->count() == 1);
    states.push_back(doc.portfolio().scenarios);
    REQUIRE(undo->count() == static_cast<int>(states.size()) - 1);

    // Undo walks back through every state exactly, redo forward again; the list follows.
    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        undo->undo();
        CHECK(doc.portfolio().scenarios == states[static_cast<std::size_t>(i)]);
        CHECK(dock.scenarioList()->count() == static_cast<int>(states[static_cast<std::size_t>(i)].size()));
    }
    CHECK_FALSE(doc.isModified());
    for (std::size_t i = 1; i < states.size(); ++i) {
        undo->redo();
        CHECK(doc.portfolio().scenarios == states[i]);
    }
    // Scenario edits do not touch the base's inputs.
    m2ai::Portfolio base = doc.portfolio();
    base.scenarios.clear();
    CHECK(base == m2ai::samplePortfolio());
}

TEST_CASE("scenario dock: an override of a removed site is listed as not applied, not dropped",
          "[ui][scenarios]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::samplePortfolio(), QString());
    ScenarioDock dock(&doc);
    dock.resize(420, 640);
    REQUIRE(ScenarioEdits::addScenario(&doc, QStringLiteral("Cheap Rockdale power")));
    m2ai::ScenarioOverride o;
    o.siteName = "Rockdale";
    o.fieldPath = "powerPriceUsdPerMwh";
    o.value = 28.0;
    REQUIRE(ScenarioEdits::setOverride(&doc, 0, o));
    o.siteName.clear();
    o.fieldPath = "costs.contingencyPct";
    o.value = 25.0;
    REQUIRE(ScenarioEdits::setOverride(&doc, 0, o));
    dock.setCurrentScenario(0);
    REQUIRE(dock.overridesModel()->rowCount() == 2);
    CHECK(cell(dock.overridesModel(), 0, ScenarioOverridesModel::Status) == QStringLiteral("Applied"));
    CHECK(cell(dock.overridesModel(), 1, ScenarioOverridesModel::Site) == QStringLiteral("Portfolio"));
    CHECK(cell(dock.overridesModel(), 1, ScenarioOverridesModel::Field) == QStringLiteral("Contingency"));

    int rockdale = -1;
    for (int i = 0; i < doc.siteCount(); ++i)
        if (doc.portfolio().sites[static_cast<std::size_t>(i)].name == "Rockdale") rockdale = i;
    REQUIRE(rockdale >= 0);
    REQUIRE(doc.removeSite(rockdale));
    // Still there, with why it is not applied.
    REQUIRE(doc.portfolio().scenarios[0].overrides.size() == 2);
    REQUIRE(dock.overridesModel()->rowCount() == 2);
    CHECK(cell(dock.overridesModel(), 0, ScenarioOverridesModel::Status) ==
          QStringLiteral("Site not in portfolio: not applied"));
    CHECK(dock.overridesModel()
              ->data(dock.overridesModel()->index(0, ScenarioOverridesModel::Value), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Rockdale")));
    CHECK(cell(dock.overridesModel(), 1, ScenarioOverridesModel::Status) == QStringLiteral("Applied"));
    CHECK_FALSE(dock.overridesModel()->applies(0));
    // Undoing the removal makes it apply again.
    doc.undoStack()->undo();
    CHECK(cell(dock.overridesModel(), 0, ScenarioOverridesModel::Status) == QStringLiteral("Applied"));
    const QByteArray png = qgetenv("M2AI_SCENARIO_DOCK_PNG");
    if (!png.isEmpty()) dock.grab().save(QString::fromLocal8Bit(png));
}

TEST_CASE("scenario edits: a site field needs its site, a portfolio field none", "[ui][scenarios]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::samplePortfolio(), QString());
    REQUIRE(ScenarioEdits::addScenario(&doc, QStringLiteral("A")));
    QString error;
    CHECK_FALSE(ScenarioEdits::addScenario(&doc, QStringLiteral("A"), &error));
    CHECK(error.startsWith(QStringLiteral("Scenario name: ")));
    m2ai::ScenarioOverride o;
    o.fieldPath = "plan.gpu.kwPerRack";
    o.value = 120.0;
    CHECK_FALSE(ScenarioEdits::setOverride(&doc, 0, o, &error));
    CHECK(error == QStringLiteral("Power per rack: choose the site it applies to"));
    o.fieldPath = "discountRatePct";
    o.siteName = "Tydal";
    CHECK_FALSE(ScenarioEdits::setOverride(&doc, 0, o, &error));
    CHECK(error.startsWith(QStringLiteral("Discount rate is a portfolio setting")));
    o.siteName.clear();
    o.value = std::string("high");
    CHECK_FALSE(ScenarioEdits::setOverride(&doc, 0, o, &error));
    CHECK(error.startsWith(QStringLiteral("Discount rate: must be a number")));
    CHECK(doc.portfolio().scenarios[0].overrides.empty());
    CHECK(doc.undoStack()->count() == 1);
}

TEST_CASE("scenario dock: Make Base writes the scenario into the portfolio in one undo step",
          "[ui][scenarios]") {
    testsupport::qtApp();
    ProjectDocument doc;
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.scenarios.push_back(
        {"Cheap power", {{"Rockdale", "powerPriceUsdPerMwh", 25.0}, {"", "discountRatePct", 9.0}}});
    p.scenarios.push_back({"High rate", {{"", "discountRatePct", 14.0}}});
    doc.load(p, QString());
    doc.waitForCompute();
    ScenarioDock dock(&doc);
    dock.setCurrentScenario(0);
    REQUIRE(dock.makeBase());
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->text(0) == QStringLiteral("Make scenario Cheap power the base"));
    CHECK(doc.portfolio().discountRatePct == 9.0);
    CHECK(doc.portfolio().sites[2].name == "Rockdale");
    CHECK(doc.portfolio().sites[2].powerPriceUsdPerMwh == 25.0);
    REQUIRE(doc.portfolio().scenarios.size() == 2);
    CHECK(doc.portfolio().scenarios[0].name == "Former base");
    CHECK(dock.scenarioList()->item(0)->text() == QStringLiteral("Former base"));
    // The base's results are the promoted scenario's.
    doc.waitForCompute();
    CHECK(doc.result().npvUsd == m2ai::compareScenarios(p).outcomes[1].portfolio.npvUsd);
    doc.undoStack()->undo();
    CHECK(doc.portfolio() == p);
    CHECK(dock.scenarioList()->item(0)->text() == QStringLiteral("Cheap power"));

    // Refused when an override cannot be applied: nothing changes.
    m2ai::ScenarioOverride sold{"Sold site", "powerPriceUsdPerMwh", 20.0};
    REQUIRE(ScenarioEdits::setOverride(&doc, 1, sold));
    const m2ai::Portfolio before = doc.portfolio();
    const int steps = doc.undoStack()->count();
    dock.setCurrentScenario(1);
    CHECK_FALSE(dock.makeBase());
    CHECK(dock.lastError().startsWith(QStringLiteral("High rate cannot become the base: site 'Sold site'")));
    CHECK(doc.portfolio() == before);
    CHECK(doc.undoStack()->count() == steps);
}

TEST_CASE("main window: the Scenarios dock and the comparison page, and the window still fits 1280 pixels",
          "[ui][scenarios]") {
    testsupport::qtApp();
    MainWindow window;
    window.show();
    REQUIRE(window.scenarioDock() != nullptr);
    CHECK_FALSE(window.scenarioDock()->isVisible());
    window.scenarioDock()->toggleViewAction()->trigger();
    CHECK(window.scenarioDock()->isVisible());
    // The site view needs ~1,020 pixels; the dock beside it must leave the window within 1280.
    CHECK(window.minimumSizeHint().width() <= 1280);
    window.scenarioDock()->findChild<QPushButton*>(QStringLiteral("scenarioCompare"))->click();
    CHECK(window.centralWidget()->findChild<ScenarioComparisonView*>()->isVisible());
}
