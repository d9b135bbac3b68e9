// Edit > Tax and Financing: the dialog shows and returns the portfolio's financing, refuses
// out-of-range entries naming the field and its range, and applying it is one undoable edit that
// the site dashboard's equity IRR and minimum DSCR show.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/TaxFinancingDialog.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "views/SiteDashboard.h"

TEST_CASE("Tax and financing dialog round-trips every value", "[ui][financing]") {
    testsupport::qtApp();
    m2ai::Financing f;
    f.taxEnabled = false;
    f.depreciation = m2ai::TaxDepreciationMethod::UsMacrs;
    f.bonusDepreciationPct = 60.0;
    f.costOfEquityPct = 15.0;
    f.siteTaxOverrides = {{"Somewhere", 10.0}};
    f.debt = {true, 55.0, 6.25, 15, 1.5};
    TaxFinancingDialog dialog(f);
    CHECK(dialog.financing() == f);  // overrides are kept as they are
    auto* ltc = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("loanToCostPct"));
    REQUIRE(ltc);
    CHECK(ltc->minimum() == 0.0);
    CHECK(ltc->maximum() == 95.0);
}

TEST_CASE("Tax and financing dialog refuses an out-of-range entry naming the field",
          "[ui][financing][hostile]") {
    testsupport::qtApp();
    m2ai::Financing f;
    f.debt.enabled = true;
    TaxFinancingDialog dialog(f);
    dialog.show();
    auto* ltc = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("loanToCostPct"));
    REQUIRE(ltc);
    ltc->setFocus();
    ltc->selectAll();
    QTest::keyClicks(ltc, QStringLiteral("120"));
    QTest::keyClick(ltc, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.refusalText().contains(QStringLiteral("Loan to cost")));
    CHECK(dialog.refusalText().contains(QStringLiteral("120")));
    CHECK(dialog.refusalText().contains(QStringLiteral("95")));
    CHECK(dialog.financing() == f);  // not 12 %, not 95 %
}

TEST_CASE("Applying tax and financing is one undoable edit the key figures show", "[ui][financing]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    auto* dashboard = window.findChild<SiteDashboard*>();
    REQUIRE(dashboard);
    CHECK(dashboard->kpiLabel(SiteDashboard::MinDscr)->text() == QStringLiteral("—"));  // no debt
    CHECK(dashboard->kpiCaption(SiteDashboard::EquityIrr)->text().contains(QStringLiteral("Equity IRR")));
    m2ai::Financing f = doc->portfolio().financing;
    f.debt.enabled = true;
    REQUIRE(doc->editPortfolio(QStringLiteral("Edit tax and financing"),
                               QStringLiteral("portfolio.financing"),
                               [f](m2ai::Portfolio& p) { p.financing = f; }));
    CHECK(doc->undoStack()->count() == 1);
    REQUIRE(doc->siteResult(0));
    CHECK(doc->siteResult(0)->economics.financing.hasDebt);
    CHECK(dashboard->kpiLabel(SiteDashboard::MinDscr)->text() != QStringLiteral("—"));
    doc->undoStack()->undo();
    CHECK(doc->portfolio().financing == m2ai::Financing{});
    CHECK_FALSE(doc->siteResult(0)->economics.financing.hasDebt);

    // Core refuses what the dialog would: out of range, named.
    m2ai::Financing bad = doc->portfolio().financing;
    bad.debt.tenorYears = 0;
    QString error;
    CHECK_FALSE(doc->editPortfolio(
        QStringLiteral("Edit tax and financing"), QStringLiteral("portfolio.financing"),
        [bad](m2ai::Portfolio& p) { p.financing = bad; }, &error));
    CHECK(error.contains(QStringLiteral("tenorYears")));
}
