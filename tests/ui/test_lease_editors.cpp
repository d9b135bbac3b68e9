// The editors of issue 12 items 4 and 5: operating costs in the Cost assumptions dialog (portfolio
// wide), lease terms in the conversion panel (per site). One undo step per edit; out-of-range input
// refused naming the label and the range.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/ConversionPanel.h"
#include "editors/CostAssumptionsDialog.h"
#include "editors/RangeSpinBox.h"
#include "engines/Compute.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

TEST_CASE("Cost assumptions dialog edits the operating costs and refuses a GPU life out of range", "[ui]") {
    testsupport::qtApp();
    m2ai::OperatingCosts opex;
    opex.colocationOpexPctOfRent = 11.0;
    opex.gpuCloudOpexPctOfRevenue = 25.0;
    opex.gpuUsefulLifeYears = 5.0;
    opex.gpuEndOfLife = m2ai::GpuEndOfLife::Retire;
    CostAssumptionsDialog dialog(m2ai::CostAssumptions{}, opex);
    CHECK(dialog.opex() == opex);
    auto* life = dialog.findChild<RangeDoubleSpinBox*>(QStringLiteral("gpuUsefulLifeYears"));
    REQUIRE(life);
    CHECK(life->minimum() == 1.0);  // core's range (validation), not a widget default
    CHECK(life->maximum() == 20.0);
    const QString refusal = life->refusalFor(QStringLiteral("30"));
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("GPU useful life")));
    CHECK(refusal.contains(QStringLiteral("1 to 20")));
    auto* endOfLife = dialog.findChild<QComboBox*>(QStringLiteral("gpuEndOfLife"));
    REQUIRE(endOfLife);
    endOfLife->setCurrentIndex(endOfLife->findData(static_cast<int>(m2ai::GpuEndOfLife::Refresh)));
    CHECK(dialog.opex().gpuEndOfLife == m2ai::GpuEndOfLife::Refresh);
}

TEST_CASE("Lease terms in the conversion panel: one undo step each, the NPV follows", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    REQUIRE(doc->portfolio().sites[0].plan.business.model == m2ai::BusinessModel::Colocation);
    auto* leaseUp = window.conversionPanel()->findChild<QDoubleSpinBox*>(
        QStringLiteral("plan.business.lease.leaseUpMonths"));
    REQUIRE(leaseUp);
    CHECK(leaseUp->isEnabled());
    const double npvBefore = doc->siteResult(0)->economics.npvUsd;
    const int steps = doc->undoStack()->count();
    leaseUp->setValue(12.0);  // a year to let the hall: less rent early on
    CHECK(doc->portfolio().sites[0].plan.business.lease.leaseUpMonths == 12.0);
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->siteResult(0)->economics.npvUsd < npvBefore);
    CHECK(doc->siteResult(0)->economics.npvUsd ==
          Approx(m2ai::computePortfolio(doc->portfolio()).sites[0].economics.npvUsd));
    auto* range = dynamic_cast<RangeDoubleSpinBox*>(leaseUp);
    REQUIRE(range);
    const QString refusal = range->refusalFor(QStringLiteral("200"));
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("Lease-up after RFS")));
    CHECK(refusal.contains(QStringLiteral("0 to 120")));
    auto* afterTerm =
        window.conversionPanel()->findChild<QComboBox*>(QStringLiteral("plan.business.lease.afterTerm"));
    REQUIRE(afterTerm);
    const int vacate = afterTerm->findData(static_cast<int>(m2ai::LeaseEnd::Vacate));
    afterTerm->setCurrentIndex(vacate);
    emit afterTerm->activated(vacate);  // what a user's click emits
    CHECK(doc->portfolio().sites[0].plan.business.lease.afterTerm == m2ai::LeaseEnd::Vacate);
    doc->undoStack()->undo();
    CHECK(doc->portfolio().sites[0].plan.business.lease.afterTerm == m2ai::LeaseEnd::Renew);
    doc->undoStack()->undo();
    CHECK(doc->portfolio().sites[0].plan.business.lease.leaseUpMonths == 0.0);
    CHECK(doc->siteResult(0)->economics.npvUsd == Approx(npvBefore));
}
