// View › Compare Two Sites (issue 15): two sites' inputs and results side by side, differences
// marked by more than colour, following edits.
#include <QComboBox>
#include <QTableWidget>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "util/Format.h"
#include "views/SiteComparison.h"

namespace {

const SiteComparison::Row* find(const std::vector<SiteComparison::Row>& rows, const QString& label) {
    for (const SiteComparison::Row& r : rows)
        if (r.label == label) return &r;
    return nullptr;
}

int tableRow(const QTableWidget* t, const QString& label) {
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0) && t->item(r, 0)->text() == label) return r;
    return -1;
}

}  // namespace

TEST_CASE("site comparison rows: inputs and results of two sites, differences flagged", "[ui][compare]") {
    testsupport::qtApp();
    ProjectDocument doc;
    m2ai::Portfolio p = testsupport::fixturePortfolio();
    REQUIRE(p.sites.size() >= 2);
    p.sites[1].powerPriceUsdPerMwh = p.sites[0].powerPriceUsdPerMwh;
    p.sites[1].gridInterconnectMw = p.sites[0].gridInterconnectMw + 5.0;
    doc.load(p, QString());
    doc.waitForCompute();
    const auto rows = SiteComparison::compare(doc.portfolio(), 0, 1, doc.siteResult(0), doc.siteResult(1));
    const SiteComparison::Row* grid = find(rows, QStringLiteral("Grid interconnect today"));
    REQUIRE(grid);
    CHECK(grid->differs);
    CHECK(grid->a == Format::mw(p.sites[0].gridInterconnectMw));
    CHECK(grid->b == Format::mw(p.sites[1].gridInterconnectMw));
    const SiteComparison::Row* price = find(rows, QStringLiteral("Power price"));
    REQUIRE(price);
    CHECK_FALSE(price->differs);
    const SiteComparison::Row* npv = find(rows, QStringLiteral("NPV"));
    REQUIRE(npv);
    CHECK(npv->section == QStringLiteral("Results"));
    REQUIRE(doc.siteResult(0));
    if (doc.siteResult(0)->feasible)
        CHECK(npv->a == Format::usdMillions(doc.siteResult(0)->economics.npvUsd));
    // A site against itself differs nowhere; out-of-range indices give no rows.
    for (const auto& r : SiteComparison::compare(doc.portfolio(), 1, 1, doc.siteResult(1), doc.siteResult(1)))
        CHECK_FALSE(r.differs);
    CHECK(SiteComparison::compare(doc.portfolio(), 0, 99, nullptr, nullptr).empty());
    // Not computed yet: results read "—", inputs still compare.
    const auto pending = SiteComparison::compare(doc.portfolio(), 0, 1, nullptr, nullptr);
    CHECK(find(pending, QStringLiteral("NPV"))->a == QStringLiteral("—"));
    CHECK(find(pending, QStringLiteral("Grid interconnect today"))->differs);
}

TEST_CASE("site comparison dialog: two columns, differences bold with a ≠ mark, follows edits",
          "[ui][compare]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    doc.waitForCompute();
    doc.setCurrentSite(0);
    SiteComparisonDialog dialog(&doc);
    CHECK(dialog.siteA()->currentIndex() == 0);
    CHECK(dialog.siteB()->currentIndex() == 1);
    QTableWidget* t = dialog.table();
    CHECK(t->horizontalHeaderItem(1)->text() == QString::fromStdString(doc.portfolio().sites[0].name));
    CHECK(t->horizontalHeaderItem(2)->text() == QString::fromStdString(doc.portfolio().sites[1].name));
    const int nameRow = tableRow(t, QStringLiteral("Site name"));
    REQUIRE(nameRow >= 0);
    CHECK(t->item(nameRow, 3)->text() == QStringLiteral("≠"));  // names are unique
    CHECK(t->item(nameRow, 1)->font().bold());

    // The same site twice: nothing differs.
    dialog.siteB()->setCurrentIndex(0);
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 3)) CHECK(t->item(r, 3)->text().isEmpty());

    // An edit shows at once.
    const double before = doc.portfolio().sites[0].gridInterconnectMw;
    REQUIRE(doc.editSite(0, QStringLiteral("Grid"), QStringLiteral("gridInterconnectMw"),
                         [&](m2ai::Site& s) { s.gridInterconnectMw = before + 1.0; }));
    const int gridRow = tableRow(t, QStringLiteral("Grid interconnect today"));
    REQUIRE(gridRow >= 0);
    CHECK(t->item(gridRow, 1)->text() == Format::mw(before + 1.0));
}
