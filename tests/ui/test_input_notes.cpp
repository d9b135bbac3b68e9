// Per-input notes and sources (issue 15): one undo step per edit, refusals naming the field by its
// label, the note in the field's tooltip, the report appendix's lines and the workbook's Inputs sheet.
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include "app/InputNotesUi.h"
#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "export/TableExport.h"
#include "report/ReportNotes.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

namespace {

const m2ai::InputNote* noteOf(const ProjectDocument& doc, const char* path) {
    return m2ai::findInputNote(doc.portfolio().notes, path);
}

}  // namespace

TEST_CASE("input notes: each edit is one undo step, refusals name the field by its label", "[ui][notes]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    const QString site0 = QStringLiteral("sites[0].gridInterconnectMw");
    const int before = doc.undoStack()->count();

    QString error;
    REQUIRE(InputNotesUi::setNote(doc, site0, {"Per the utility's letter", "Statnett, 3 March"}, &error));
    CHECK(doc.undoStack()->count() == before + 1);
    CHECK(noteOf(doc, "sites[0].gridInterconnectMw")->source == "Statnett, 3 March");
    CHECK(doc.undoStack()->undoText().startsWith(QStringLiteral("Note for Grid interconnect today, ")));

    REQUIRE(InputNotesUi::setNote(doc, site0, {"Revised", "Statnett, 3 March"}, &error));
    CHECK(doc.undoStack()->count() == before + 2);  // a second edit is a second step, not merged
    doc.undoStack()->undo();
    CHECK(noteOf(doc, "sites[0].gridInterconnectMw")->note == "Per the utility's letter");
    doc.undoStack()->undo();
    CHECK(noteOf(doc, "sites[0].gridInterconnectMw") == nullptr);
    doc.undoStack()->redo();
    CHECK(noteOf(doc, "sites[0].gridInterconnectMw")->note == "Per the utility's letter");

    // Removing is an edit too; the unchanged note is no step at all.
    const int steps = doc.undoStack()->count();
    REQUIRE(InputNotesUi::setNote(doc, site0, {"Per the utility's letter", "Statnett, 3 March"}, &error));
    CHECK(doc.undoStack()->count() == steps);
    REQUIRE(InputNotesUi::setNote(doc, site0, {}, &error));
    CHECK(noteOf(doc, "sites[0].gridInterconnectMw") == nullptr);
    CHECK(doc.undoStack()->undoText().startsWith(QStringLiteral("Remove note for Grid interconnect today")));

    const m2ai::Portfolio unchanged = doc.portfolio();
    CHECK_FALSE(InputNotesUi::setNote(doc, QStringLiteral("costs.contingencyPct"),
                                      {std::string(2001, 'x'), ""}, &error));
    CHECK(error.contains(QStringLiteral("note for Contingency")));
    CHECK_FALSE(error.contains(QStringLiteral("costs.contingencyPct")));
    CHECK_FALSE(InputNotesUi::setNote(doc, site0, {"", std::string("bell\a")}, &error));
    CHECK(error.contains(QStringLiteral("source for Grid interconnect today")));
    CHECK(doc.portfolio() == unchanged);
}

TEST_CASE("input notes: the field's tooltip shows its note as plain text, for the current site",
          "[ui][notes]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    REQUIRE(doc.siteCount() >= 2);
    QDoubleSpinBox spin;
    spin.setToolTip(QStringLiteral("Allowed: 0 to 10,000 MW"));
    spin.setProperty(InputNotesUi::kFieldPathProperty, QStringLiteral("gridInterconnectMw"));
    doc.setCurrentSite(1);
    CHECK(InputNotesUi::notePath(&spin, doc) == QStringLiteral("sites[1].gridInterconnectMw"));
    // The spin box's line edit (what the mouse is over) finds the path through its parent.
    CHECK(InputNotesUi::notePath(spin.findChild<QLineEdit*>(), doc) ==
          QStringLiteral("sites[1].gridInterconnectMw"));
    CHECK(InputNotesUi::toolTip(&spin, doc) == QStringLiteral("Allowed: 0 to 10,000 MW"));

    QString error;
    REQUIRE(InputNotesUi::setNote(doc, QStringLiteral("sites[1].gridInterconnectMw"),
                                  {"<b>not bold</b>\nsecond line", "a & b"}, &error));
    const QString tip = InputNotesUi::toolTip(&spin, doc);
    CHECK(tip.startsWith(QStringLiteral("Allowed: 0 to 10,000 MW<br>")));
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;<br>second line")));
    CHECK(tip.contains(QStringLiteral("a &amp; b")));
    doc.setCurrentSite(0);  // the same box on another site: that site's (absent) note
    CHECK(InputNotesUi::toolTip(&spin, doc) == QStringLiteral("Allowed: 0 to 10,000 MW"));

    QDoubleSpinBox contingency;
    contingency.setProperty(InputNotesUi::kFieldPathProperty,
                            QStringLiteral("portfolio.costs.contingencyPct"));
    CHECK(InputNotesUi::notePath(&contingency, doc) == QStringLiteral("costs.contingencyPct"));
    QDoubleSpinBox plain;
    CHECK(InputNotesUi::notePath(&plain, doc).isEmpty());
}

TEST_CASE("input notes: listed by label and site in the report appendix and the Inputs sheet",
          "[ui][notes]") {
    testsupport::qtApp();
    m2ai::Portfolio p = testsupport::fixturePortfolio();
    m2ai::setInputNote(p.notes, "costs.contingencyPct",
                       {"Raised after the EPC quote\nin March", "EPC quote p. 4"});
    m2ai::setInputNote(p.notes, "sites[0].gridInterconnectMw", {"", "Utility letter"});
    const QString site0 = QString::fromStdString(p.sites[0].name);

    const QStringList lines = ReportNotes::lines(p);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] ==
          QStringLiteral("• Contingency: Raised after the EPC quote in March (source: EPC quote p. 4)"));
    CHECK(lines[1] == QStringLiteral("• Grid interconnect today, %1: source: Utility letter").arg(site0));
    CHECK(ReportNotes::lines(testsupport::fixturePortfolio()).isEmpty());

    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        WARN("unzip not installed: cannot look inside the workbook");
        return;
    }
    const m2ai::PortfolioResult result = m2ai::computePortfolio(p);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("n.xlsx"));
    const exporting::WorkbookContext context{&p, &result, false};
    QString error;
    REQUIRE(exporting::writeXlsx(exporting::buildTables(p, result), path, &error, &context));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(60000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(strings.contains(QStringLiteral("Notes on inputs")));
    CHECK(strings.contains(QStringLiteral("Raised after the EPC quote\nin March")));
    CHECK(strings.contains(QStringLiteral("EPC quote p. 4")));
    CHECK(strings.contains(QStringLiteral("Grid interconnect today, %1").arg(site0)));
    CHECK(strings.contains(QStringLiteral("sites[0].gridInterconnectMw")));
}

TEST_CASE("input notes follow their site when a site is removed, and come back on undo", "[ui][notes]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    QString error;
    REQUIRE(doc.duplicateSite(1, &error));  // three sites
    REQUIRE(doc.siteCount() == 3);
    REQUIRE(
        InputNotesUi::setNote(doc, QStringLiteral("sites[0].powerPriceUsdPerMwh"), {"first", ""}, &error));
    REQUIRE(
        InputNotesUi::setNote(doc, QStringLiteral("sites[1].powerPriceUsdPerMwh"), {"second", ""}, &error));
    REQUIRE(
        InputNotesUi::setNote(doc, QStringLiteral("sites[2].powerPriceUsdPerMwh"), {"third", ""}, &error));
    REQUIRE(doc.removeSite(1, &error));
    CHECK(noteOf(doc, "sites[0].powerPriceUsdPerMwh")->note == "first");
    CHECK(noteOf(doc, "sites[1].powerPriceUsdPerMwh")->note == "third");
    CHECK(doc.portfolio().notes.byPath.size() == 2);
    doc.undoStack()->undo();
    CHECK(noteOf(doc, "sites[1].powerPriceUsdPerMwh")->note == "second");
    CHECK(noteOf(doc, "sites[2].powerPriceUsdPerMwh")->note == "third");
    doc.undoStack()->redo();
    CHECK(noteOf(doc, "sites[1].powerPriceUsdPerMwh")->note == "third");
}
