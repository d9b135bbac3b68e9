// Site editor > Import from EPW weather file: the monthly means of the file replace the site's
// climate as one undoable edit, and the engines recompute with them; a bad file changes nothing.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <fstream>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/SiteEditor.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

namespace {
// 8 header lines and 2 saturated hours per month; month m is m + 20 °C (a hot year: above every
// technology's free-cooling threshold from about June on, so PUE must rise).
void writeEpw(const std::string& path) {
    std::ofstream out(path);
    out << "LOCATION,Hotville,TS,XX,Synthetic,000000,30.0,-97.0,-6.0,150.0\n";
    for (int i = 0; i < 7; ++i) out << "HEADER" << i << "\n";
    for (int m = 1; m <= 12; ++m)
        for (int h = 1; h <= 2; ++h)
            out << "1999," << m << ",1," << h << ",0,flags," << (m + 20) << ".0,0.0,100,101325,0,0\n";
}
}  // namespace

TEST_CASE("Importing an EPW file replaces the climate as one undoable edit", "[ui]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    const m2ai::MonthlyClimate before = doc->portfolio().sites[0].climate;
    const double pueBefore = doc->siteResult(0)->power.pue.annual;

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hot.epw"));
    writeEpw(file.toStdString());
    QSignalSpy messages(window.siteEditor(), &SiteEditor::message);
    REQUIRE(window.siteEditor()->importClimateFromEpw(file));
    const m2ai::MonthlyClimate& after = doc->portfolio().sites[0].climate;
    for (int m = 0; m < 12; ++m) {
        CHECK(after.dryBulbC[static_cast<size_t>(m)] == Approx(m + 21.0));
        CHECK(after.wetBulbC[static_cast<size_t>(m)] == Approx(m + 21.0).margin(0.01));  // saturated
    }
    CHECK(doc->siteResult(0)->power.pue.annual > pueBefore);  // 21–32 °C all year vs 10 °C
    REQUIRE(messages.count() >= 1);
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("Hotville")));
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->portfolio().sites[0].climate == before);
    CHECK(doc->siteResult(0)->power.pue.annual == Approx(pueBefore));

    const QString bad = dir.filePath(QStringLiteral("notes.epw"));
    std::ofstream(bad.toStdString()) << "not a weather file\n";
    CHECK_FALSE(window.siteEditor()->importClimateFromEpw(bad));
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("not an EnergyPlus weather file")));
    CHECK(doc->portfolio().sites[0].climate == before);
    CHECK(doc->undoStack()->count() == 1);  // the undone import is still redoable; nothing new pushed
}
