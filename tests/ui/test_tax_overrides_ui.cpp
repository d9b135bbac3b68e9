// Per-site tax rate overrides in the Tax and financing dialog (issue 12 §10): pick a site, tick
// "Own rate", type it; the result is one undoable edit; an out-of-range rate is refused by label.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "editors/TaxFinancingDialog.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

namespace {
template <class T>
T* child(QWidget& w, const char* name) {
    T* found = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}
}  // namespace

TEST_CASE("Tax dialog: a site's own rate is added, changed and removed", "[ui][financing][taxoverride]") {
    testsupport::qtApp();
    m2ai::Financing f;
    f.siteTaxOverrides = {{"Gone", 5.0}, {"Grid-limited", 12.0}};
    TaxFinancingDialog dialog(f, {"Electrical-limited", "Grid-limited"});
    auto* site = child<QComboBox>(dialog, "overrideSite");
    auto* on = child<QCheckBox>(dialog, "overrideOn");
    auto* rate = child<QDoubleSpinBox>(dialog, "corporateTaxRatePct");
    CHECK(site->count() == 2);
    REQUIRE(site->currentIndex() == 0);
    CHECK_FALSE(on->isChecked());
    CHECK_FALSE(rate->isEnabled());
    CHECK(dialog.financing() == f);  // opening changes nothing

    on->setChecked(true);
    rate->setValue(30.0);
    site->setCurrentIndex(1);
    CHECK(on->isChecked());
    CHECK(rate->value() == 12.0);
    on->setChecked(false);  // Grid-limited back to its preset

    const m2ai::Financing out = dialog.financing();
    const std::vector<m2ai::SiteTaxOverride> expected{{"Gone", 5.0}, {"Electrical-limited", 30.0}};
    CHECK(out.siteTaxOverrides == expected);  // the one naming no site is kept
    const QString summary = child<QLabel>(dialog, "overrideSummary")->text();
    CHECK(summary.contains(QStringLiteral("Electrical-limited")));
    CHECK(summary.contains(QStringLiteral("names no site")));
}

TEST_CASE("Tax dialog: an out-of-range site rate is refused naming the field",
          "[ui][financing][taxoverride][hostile]") {
    testsupport::qtApp();
    TaxFinancingDialog dialog(m2ai::Financing{}, {"Tydal"});
    dialog.show();
    child<QCheckBox>(dialog, "overrideOn")->setChecked(true);
    auto* rate = child<QDoubleSpinBox>(dialog, "corporateTaxRatePct");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("150"));
    QTest::keyClick(rate, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.refusalText().contains(QStringLiteral("Site tax rate")));
    CHECK(dialog.refusalText().contains(QStringLiteral("100")));
    for (const m2ai::SiteTaxOverride& o : dialog.financing().siteTaxOverrides)
        CHECK(o.corporateTaxRatePct <= 100.0);
}

TEST_CASE("A site's own tax rate is one undoable edit that changes its tax", "[ui][financing][taxoverride]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    REQUIRE(doc.siteResult(0));
    const double taxBefore = doc.siteResult(0)->economics.financing.taxRatePct;
    m2ai::Financing f = doc.portfolio().financing;
    f.siteTaxOverrides = {{"Electrical-limited", taxBefore + 10.0}};
    REQUIRE(doc.editPortfolio(QStringLiteral("Edit tax and financing"), QStringLiteral("portfolio.financing"),
                              [f](m2ai::Portfolio& p) { p.financing = f; }));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.siteResult(0)->economics.financing.taxRatePct == Approx(taxBefore + 10.0));
    CHECK(doc.siteResult(1)->economics.financing.taxRatePct == Approx(taxBefore));
    doc.undoStack()->undo();
    CHECK(doc.siteResult(0)->economics.financing.taxRatePct == Approx(taxBefore));
}
