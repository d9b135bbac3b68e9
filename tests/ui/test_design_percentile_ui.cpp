// The site editor's design percentile combo (model/SiteClimate.h): one undoable edit per choice.
#include <QComboBox>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/SiteEditor.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

TEST_CASE("The site editor chooses the design percentile, undoably", "[ui][climate][percentile]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    auto* combo = window.siteEditor()->findChild<QComboBox*>(QStringLiteral("siteClimate.designPercentile"));
    REQUIRE(combo != nullptr);
    REQUIRE(combo->count() == 3);
    CHECK(combo->currentIndex() == 0);
    const int steps = doc->undoStack()->index();
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    CHECK(doc->portfolio().sites[0].siteClimate.designPercentile == 1.0);
    CHECK(doc->undoStack()->index() == steps + 1);
    doc->undoStack()->undo();
    CHECK(doc->portfolio().sites[0].siteClimate.designPercentile == 0.4);
    CHECK(combo->currentIndex() == 0);
}
