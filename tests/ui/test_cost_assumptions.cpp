// Edit > Cost Assumptions: the dialog shows the portfolio's costs, its spin boxes carry core's
// ranges, and applying it is one undoable edit that changes the engine's numbers.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "editors/CostAssumptionsDialog.h"
#include "engines/Compute.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

TEST_CASE("Cost assumptions dialog round-trips every value and refuses nothing core allows", "[ui]") {
    testsupport::qtApp();
    m2ai::CostAssumptions costs;
    costs.electricalUsdPerInstalledMw = 2.5e6;
    costs.coolingUsdPerMwIt = {0.1e6, 0.2e6, 0.3e6, 0.4e6};
    costs.facilityLifeYears = 25.0;
    costs.includeResidualValue = false;
    CostAssumptionsDialog dialog(costs);
    CHECK(dialog.costs() == costs);
    // The spin boxes take their bounds from core validation: facility life 1–60 years.
    const auto spins = dialog.findChildren<QDoubleSpinBox*>();
    // 2 + 4 cooling + 5 facility + contingency, resale, 2 O&M, 2 lives; lease and cloud costs, GPU life
    REQUIRE(spins.size() == 20);
    bool foundLife = false;
    for (QDoubleSpinBox* s : spins)
        if (s->value() == 25.0) {
            foundLife = true;
            CHECK(s->minimum() == 1.0);
            CHECK(s->maximum() == 60.0);
            CHECK_FALSE(s->isEnabled());  // residual value off: its life is not used
        }
    CHECK(foundLife);
    dialog.findChild<QCheckBox*>()->setChecked(true);
    CHECK(dialog.costs().includeResidualValue);
}

TEST_CASE("Applying cost assumptions is one undoable edit that the engines see", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    const double capexBefore = doc.siteResult(0)->economics.capexUsd;
    const double electricalBefore = doc.siteResult(0)->economics.capex.electricalUsd;
    // Fixture site 0: 4 blocks × 10 MW = 40 MW installed; at $3 M/MW that is $120 M of electrical capex.
    CHECK(electricalBefore == Approx(120.0e6));
    m2ai::CostAssumptions costs = doc.portfolio().costs;
    costs.electricalUsdPerInstalledMw = 2.0e6;  // → 40 × 2 M = $80 M
    REQUIRE(doc.editPortfolio(QStringLiteral("Edit cost assumptions"), QStringLiteral("portfolio.costs"),
                              [costs](m2ai::Portfolio& p) { p.costs = costs; }));
    CHECK(doc.siteResult(0)->economics.capex.electricalUsd == Approx(80.0e6));
    CHECK(doc.siteResult(0)->economics.capexUsd < capexBefore);
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.portfolio().costs == m2ai::CostAssumptions{});
    CHECK(doc.siteResult(0)->economics.capex.electricalUsd == Approx(120.0e6));

    // A value outside core's range is refused and changes nothing.
    m2ai::CostAssumptions bad = doc.portfolio().costs;
    bad.facilityLifeYears = 0.0;
    QString error;
    CHECK_FALSE(doc.editPortfolio(
        QStringLiteral("Edit cost assumptions"), QStringLiteral("portfolio.costs"),
        [bad](m2ai::Portfolio& p) { p.costs = bad; }, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("facilityLifeYears")));
    CHECK(doc.portfolio().costs == m2ai::CostAssumptions{});
}

#include <QCheckBox>

#include "app/MainWindow.h"
#include "editors/ConversionPanel.h"

TEST_CASE("The power pass-through box changes the engine's NPV and undoes", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());  // colocation, pass-through on by default
    window.showSite(0);
    auto* box =
        window.conversionPanel()->findChild<QCheckBox*>(QStringLiteral("plan.business.powerPassThrough"));
    REQUIRE(box);
    CHECK(box->isChecked());
    const double npvPassed = doc->siteResult(0)->economics.npvUsd;
    box->click();  // the operator now pays the hall's energy out of the rent
    CHECK_FALSE(doc->portfolio().sites[0].plan.business.powerPassThrough);
    CHECK(doc->siteResult(0)->economics.npvUsd < npvPassed);
    CHECK(doc->siteResult(0)->economics.npvUsd ==
          Approx(m2ai::computePortfolio(doc->portfolio()).sites[0].economics.npvUsd));
    doc->undoStack()->undo();
    CHECK(box->isChecked());
    CHECK(doc->siteResult(0)->economics.npvUsd == Approx(npvPassed));
}
