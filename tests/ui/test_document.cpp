// ProjectDocument and the undo commands: every edit is validated before it reaches the model,
// undo/redo round-trips, merging of typed edits, and the background compute of large portfolios.
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

using testsupport::fixturePortfolio;

TEST_CASE("ProjectDocument computes on load and after each edit", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    int recomputes = 0;
    QObject::connect(&doc, &ProjectDocument::recomputed, [&](qint64) { ++recomputes; });
    doc.load(fixturePortfolio(), QString());
    REQUIRE(recomputes == 1);
    REQUIRE(doc.result().sites.size() == 2);
    // Hand value: 4 blocks × 10 MW at N+1 → 3 × 10 = 30 MW usable; the 100 MW grid does not bind.
    CHECK(doc.siteResult(0)->power.itMw == Approx(30.0));

    REQUIRE(doc.editSite(0, QStringLiteral("blocks"), QStringLiteral("plan.electrical.installedBlocks"),
                         [](m2ai::Site& s) { s.plan.electrical.installedBlocks = 5; }));
    CHECK(recomputes == 2);
    // 5 blocks at N+1 → 4 × 10 = 40 MW usable.
    CHECK(doc.siteResult(0)->power.itMw == Approx(40.0));
    CHECK(doc.isModified());
    doc.undoStack()->undo();
    CHECK(doc.siteResult(0)->power.itMw == Approx(30.0));
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("Invalid edits are refused before they reach the model", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    const m2ai::Portfolio before = doc.portfolio();
    QString error;
    CHECK_FALSE(doc.editSite(
        1, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
        [](m2ai::Site& s) { s.gridInterconnectMw = -5.0; }, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(doc.portfolio() == before);
    CHECK(doc.undoStack()->count() == 0);

    CHECK_FALSE(doc.editPortfolio(
        QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
        [](m2ai::Portfolio& p) { p.discountRatePct = -50.0; }, &error));
    CHECK(doc.portfolio() == before);
}

TEST_CASE("Consecutive edits of one field merge into one undo step", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    for (double mw : {21.0, 22.0, 23.0})
        REQUIRE(doc.editSite(1, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
                             [mw](m2ai::Site& s) { s.gridInterconnectMw = mw; }));
    CHECK(doc.undoStack()->count() == 1);
    // A different field starts a new step.
    REQUIRE(doc.editSite(1, QStringLiteral("price"), QStringLiteral("powerPriceUsdPerMwh"),
                         [](m2ai::Site& s) { s.powerPriceUsdPerMwh = 55.0; }));
    CHECK(doc.undoStack()->count() == 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.portfolio() == fixturePortfolio());
    doc.undoStack()->redo();
    CHECK(doc.portfolio().sites[1].gridInterconnectMw == 23.0);
}

TEST_CASE("Add, duplicate and remove sites are undoable and never empty the project", "[ui]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    const m2ai::Portfolio original = doc.portfolio();

    REQUIRE(doc.duplicateSite(0));
    REQUIRE(doc.siteCount() == 3);
    CHECK(doc.portfolio().sites[1].name == "Electrical-limited (copy)");
    CHECK(doc.currentSite() == 1);
    CHECK(doc.result().sites.size() == 3);

    REQUIRE(doc.removeSite(0));
    REQUIRE(doc.removeSite(0));
    REQUIRE(doc.siteCount() == 1);
    QString error;
    CHECK_FALSE(doc.removeSite(0, &error));  // the last site stays
    CHECK(doc.siteCount() == 1);

    while (doc.undoStack()->canUndo()) doc.undoStack()->undo();
    CHECK(doc.portfolio() == original);
    CHECK(doc.result().sites.size() == 2);

    // Loading clears the history: undo cannot go back to the previous project.
    doc.load(fixturePortfolio(), QString());
    CHECK_FALSE(doc.undoStack()->canUndo());
}

TEST_CASE("Large portfolios compute in the background and the latest result wins", "[ui]") {
    testsupport::qtApp();
    m2ai::Portfolio big = fixturePortfolio();
    while (big.sites.size() < 60) big.sites.push_back(testsupport::fixtureSite("Extra", 20.0, 6000));
    ProjectDocument doc;
    doc.load(big, QString());
    // 60 > kAsyncSiteThreshold sites: load returns before the result exists.
    CHECK(doc.result().sites.empty());
    REQUIRE(doc.editSite(0, QStringLiteral("blocks"), QStringLiteral("plan.electrical.installedBlocks"),
                         [](m2ai::Site& s) { s.plan.electrical.installedBlocks = 5; }));
    doc.waitForCompute();
    REQUIRE(doc.result().sites.size() == 60);
    // The result is the one of the latest edit (5 blocks → 40 MW usable), not of the load.
    CHECK(doc.siteResult(0)->power.itMw == Approx(40.0));
    CHECK(doc.result().itMw == Approx(m2ai::computePortfolio(doc.portfolio()).itMw));
}
