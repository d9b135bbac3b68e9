// Per-input notes beyond number inputs (issue 15): combo boxes, check boxes and name fields carry a
// note and source too; a sites import that replaces the sites drops the replaced sites' notes (and
// keeps the portfolio's), and undo brings them back.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include "app/InputNotesUi.h"
#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "import/SitesImport.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

TEST_CASE("input notes: combo boxes, check boxes and name fields name their field", "[ui][notes]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(1);
    const struct {
        const char* objectName;
        const char* path;
    } inputs[] = {
        {"name", "sites[1].name"},
        {"countryPreset", "sites[1].country"},
        {"country", "sites[1].country"},
        {"energySource", "sites[1].energySource"},
        {"asicModel", "sites[1].mining.asicModel"},
        {"plan.cooling.technology", "sites[1].plan.cooling.technology"},
        {"plan.electrical.redundancy", "sites[1].plan.electrical.redundancy"},
        {"plan.business.model", "sites[1].plan.business.model"},
        {"plan.business.powerPassThrough", "sites[1].plan.business.powerPassThrough"},
        {"plan.facility.sealingAndDustFiltration", "sites[1].plan.facility.sealingAndDustFiltration"},
        {"portfolioName", "name"},
    };
    for (const auto& in : inputs) {
        INFO(in.objectName);
        auto* w = window.findChild<QWidget*>(QString::fromLatin1(in.objectName));
        REQUIRE(w);
        CHECK(InputNotesUi::notePath(w, *doc) == QString::fromLatin1(in.path));
    }
    // A note on a combo box shows in its tooltip like a number input's.
    QString error;
    REQUIRE(InputNotesUi::setNote(*doc, QStringLiteral("sites[1].plan.cooling.technology"),
                                  {"Vendor survey of the hall", "Site visit, May"}, &error));
    auto* cooling = window.findChild<QComboBox*>(QStringLiteral("plan.cooling.technology"));
    REQUIRE(cooling);
    CHECK(InputNotesUi::toolTip(cooling, *doc).contains(QStringLiteral("Vendor survey of the hall")));
    CHECK(doc->undoStack()->undoText().contains(QStringLiteral("Cooling technology")));
}

TEST_CASE("input notes: an import that replaces the sites drops their notes, undo restores them",
          "[ui][notes][import]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), QString());
    QString error;
    REQUIRE(InputNotesUi::setNote(doc, QStringLiteral("sites[0].gridInterconnectMw"), {"old 0", ""}, &error));
    REQUIRE(InputNotesUi::setNote(doc, QStringLiteral("sites[1].name"), {"old 1", ""}, &error));
    REQUIRE(InputNotesUi::setNote(doc, QStringLiteral("discountRatePct"), {"board's hurdle", ""}, &error));
    const m2ai::InputNotes before = doc.portfolio().notes;

    std::vector<m2ai::Site> imported;
    for (const char* name : {"New A", "New B", "New C"})
        imported.push_back(testsupport::fixtureSite(name, 50.0, 1000));
    const SitesImport::Result replaced = SitesImport::apply(&doc, imported, SitesImport::Mode::Replace);
    REQUIRE(replaced.ok);
    REQUIRE(doc.siteCount() == 3);
    const auto& notes = doc.portfolio().notes.byPath;
    CHECK(notes.size() == 1);  // only the portfolio's note: no old site's note lands on a new site
    CHECK(notes.count("discountRatePct") == 1);

    doc.undoStack()->undo();  // the import is one step
    CHECK(doc.siteCount() == 2);
    CHECK(doc.portfolio().notes == before);
    doc.undoStack()->redo();
    CHECK(doc.portfolio().notes.byPath.size() == 1);

    // Append keeps every note where it was.
    doc.undoStack()->undo();
    std::vector<m2ai::Site> more{testsupport::fixtureSite("New D", 50.0, 1000)};
    REQUIRE(SitesImport::apply(&doc, more, SitesImport::Mode::Append).ok);
    CHECK(doc.portfolio().notes == before);
}
