// ProjectDocument and the undo commands: every edit is validated before it reaches the model,
// undo/redo round-trips, merging of typed edits, and the background compute of large portfolios.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "commands/Commands.h"
#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "io/JsonIo.h"
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

TEST_CASE("Consecutive edits of one field merge into one undo step", "[ui][undo]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    for (double mw : {21.0, 22.0, 23.0})
        REQUIRE(doc.editSite(
            1, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
            [mw](m2ai::Site& s) { s.gridInterconnectMw = mw; }, nullptr,
            ProjectDocument::EditKind::Continuous));
    CHECK(doc.undoStack()->count() == 1);
    // A different field starts a new step.
    REQUIRE(doc.editSite(
        1, QStringLiteral("price"), QStringLiteral("powerPriceUsdPerMwh"),
        [](m2ai::Site& s) { s.powerPriceUsdPerMwh = 55.0; }, nullptr, ProjectDocument::EditKind::Continuous));
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

namespace {

bool setGrid(ProjectDocument& doc, double mw, ProjectDocument::EditKind kind) {
    return doc.editSite(
        1, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
        [mw](m2ai::Site& s) { s.gridInterconnectMw = mw; }, nullptr, kind);
}

}  // namespace

TEST_CASE("Undo merges only continuous input within one editing session", "[ui][undo]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    const double original = doc.portfolio().sites[1].gridInterconnectMw;
    using Kind = ProjectDocument::EditKind;

    SECTION("two separate sessions of one spin box are two steps") {
        REQUIRE(setGrid(doc, original + 1, Kind::Continuous));
        REQUIRE(setGrid(doc, original + 2, Kind::Continuous));
        doc.endContinuousEdit();  // the spin box finished editing
        REQUIRE(setGrid(doc, original + 3, Kind::Continuous));
        CHECK(doc.undoStack()->count() == 2);
    }
    SECTION("N+1, 2N, N in separate sessions stay three steps, none vanishes") {
        for (double mw : {original + 1, original * 2, original}) {
            REQUIRE(setGrid(doc, mw, Kind::Continuous));
            doc.endContinuousEdit();
        }
        CHECK(doc.undoStack()->count() == 3);
        doc.undoStack()->undo();
        CHECK(doc.portfolio().sites[1].gridInterconnectMw == original * 2);
    }
    SECTION("discrete edits of one field never merge (renames, dialogs, combo boxes)") {
        for (const char* name : {"First rename", "Second rename"})
            REQUIRE(doc.editSite(1, QStringLiteral("rename"), QStringLiteral("name"),
                                 [name](m2ai::Site& s) { s.name = name; }));
        CHECK(doc.undoStack()->count() == 2);
        m2ai::CostAssumptions costs = doc.portfolio().costs;
        for (double usd : {2.0e6, 2.5e6}) {
            costs.electricalUsdPerInstalledMw = usd;
            REQUIRE(doc.editPortfolio(QStringLiteral("Edit cost assumptions"),
                                      QStringLiteral("portfolio.costs"),
                                      [costs](m2ai::Portfolio& p) { p.costs = costs; }));
        }
        CHECK(doc.undoStack()->count() == 4);
    }
    SECTION("after undo, typing starts a new step instead of merging into the older one") {
        REQUIRE(setGrid(doc, original + 1, Kind::Continuous));
        doc.endContinuousEdit();
        REQUIRE(setGrid(doc, original + 2, Kind::Continuous));
        doc.undoStack()->undo();
        REQUIRE(setGrid(doc, original + 5, Kind::Continuous));
        CHECK(doc.undoStack()->count() == 2);
        doc.undoStack()->undo();
        CHECK(doc.portfolio().sites[1].gridInterconnectMw == original + 1);
    }
    SECTION("stepping back to the start within one session leaves nothing to undo") {
        REQUIRE(setGrid(doc, original + 1, Kind::Continuous));
        REQUIRE(setGrid(doc, original, Kind::Continuous));
        CHECK_FALSE(doc.undoStack()->canUndo());
    }
}

TEST_CASE("A portfolio-settings undo step holds the settings, not the sites", "[ui][undo]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    REQUIRE(doc.editPortfolio(QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
                              [](m2ai::Portfolio& p) { p.discountRatePct = 7.0; }));
    REQUIRE(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->command(0)->id() == static_cast<int>(Commands::UndoId::None));
    doc.undoStack()->undo();
    CHECK(doc.portfolio() == fixturePortfolio());  // the sites came through untouched
    doc.undoStack()->redo();
    CHECK(doc.portfolio().discountRatePct == 7.0);
    CHECK(doc.portfolio().sites == fixturePortfolio().sites);
}

TEST_CASE("Site edits recompute one site and equal a full compute", "[ui][incremental]") {
    testsupport::qtApp();
    m2ai::Portfolio big = fixturePortfolio();
    while (big.sites.size() < 60) {
        big.sites.push_back(testsupport::fixtureSite("Extra", 20.0, 6000));
        big.sites.back().name += " " + std::to_string(big.sites.size());
    }
    ProjectDocument doc;
    doc.load(big, QString());
    doc.waitForCompute();
    int changed = -2;
    QObject::connect(&doc, &ProjectDocument::resultChanged, [&] { changed = doc.changedResultSite(); });
    // Synchronous although the portfolio is above the background threshold: one site only.
    REQUIRE(doc.editSite(7, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
                         [](m2ai::Site& s) { s.gridInterconnectMw = 33.0; }));
    CHECK(changed == 7);
    const m2ai::PortfolioResult full = m2ai::computePortfolio(doc.portfolio());
    CHECK(doc.result().itMw == Approx(full.itMw));
    CHECK(doc.result().npvUsd == Approx(full.npvUsd));
    CHECK(doc.siteResult(7)->power.itMw == Approx(full.sites[7].power.itMw));
    // Validation follows incrementally: a duplicate name is refused, naming the other site.
    QString error;
    CHECK_FALSE(doc.editSite(
        8, QStringLiteral("rename"), QStringLiteral("name"),
        [&](m2ai::Site& s) { s.name = doc.portfolio().sites[7].name; }, &error));
    CHECK(error.contains(QStringLiteral("duplicate site name")));
    CHECK(doc.problems().empty());
}

TEST_CASE("Opening reads the file by content with core's loader", "[ui][io]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectDocument doc;

    // A JSON portfolio named .m2ai opens (as `mine2ai-cli` does) and is an import: untitled.
    const QString misnamed = dir.filePath(QStringLiteral("exported.m2ai"));
    {
        QFile f(misnamed);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(m2ai::portfolioToJson(fixturePortfolio())));
    }
    const ProjectDocument::OpenResult opened = doc.openFile(misnamed);
    INFO(opened.error.toStdString());
    REQUIRE(opened.ok);
    CHECK(opened.imported);
    CHECK(doc.portfolio() == fixturePortfolio());
    CHECK(doc.filePath().isEmpty());

    // Not ours: refused with a reason, the document unchanged.
    const QString text = dir.filePath(QStringLiteral("notes.json"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello, not a portfolio");
    }
    const ProjectDocument::OpenResult refused = doc.openFile(text);
    CHECK_FALSE(refused.ok);
    CHECK_FALSE(refused.error.isEmpty());
    CHECK(doc.portfolio() == fixturePortfolio());

    // The same size limit as the CLI: a file past core's JSON limit is refused before parsing.
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64(2048) * 1024 * 1024));  // sparse: no disk used
    }
    const ProjectDocument::OpenResult tooBig = doc.openFile(huge);
    CHECK_FALSE(tooBig.ok);
    CHECK_FALSE(tooBig.error.isEmpty());
    CHECK(doc.portfolio() == fixturePortfolio());
}

TEST_CASE("Saving and recovering go through the document", "[ui][io]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectDocument doc;
    doc.load(fixturePortfolio(), QString());
    REQUIRE(doc.editSite(0, QStringLiteral("price"), QStringLiteral("powerPriceUsdPerMwh"),
                         [](m2ai::Site& s) { s.powerPriceUsdPerMwh = 61.0; }));
    REQUIRE(doc.isModified());

    // A folder that does not exist: refused with the path, the document still unsaved and untitled.
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/p.m2ai"));
    const ProjectDocument::SaveOutcome refused = doc.saveAs(nowhere);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("no-such-folder")));
    CHECK(doc.isModified());
    CHECK(doc.filePath().isEmpty());

    const QString path = dir.filePath(QStringLiteral("p.m2ai"));
    REQUIRE(doc.saveAs(path).ok);
    CHECK_FALSE(doc.isModified());
    CHECK(doc.filePath() == QFileInfo(path).absoluteFilePath());

    // A recovery copy opens as the original project, with changes not yet saved there.
    ProjectDocument recovered;
    const ProjectDocument::OpenResult opened =
        recovered.openRecovery(path, dir.filePath(QStringLiteral("original.m2ai")));
    REQUIRE(opened.ok);
    CHECK(recovered.portfolio() == doc.portfolio());
    CHECK(recovered.isModified());
    CHECK(recovered.filePath() == dir.filePath(QStringLiteral("original.m2ai")));
    const ProjectDocument::OpenResult missing = recovered.openRecovery(nowhere, QString());
    CHECK_FALSE(missing.ok);
    CHECK_FALSE(missing.error.isEmpty());
    CHECK(recovered.portfolio() == doc.portfolio());
}
