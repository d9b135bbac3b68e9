// Site editor > Import from EPW weather file: the monthly means of the file replace the site's
// climate as one undoable edit, and the engines recompute with them; a bad file changes nothing.
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>

#include "app/FieldLabels.h"
#include "app/MainWindow.h"
#include "charts/ClimateCharts.h"
#include "climate/EpwClimate.h"
#include "document/ProjectDocument.h"
#include "editors/SiteEditor.h"
#include "engines/Compute.h"
#include "report/ReportRenderer.h"
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

namespace {
// A full year (8,760 rows) at a station 30.0 N, −97.0 E, 150 m: hours swing 10…30 °C over each day.
void writeYearEpw(const std::string& path) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    std::ofstream out(path);
    out << "LOCATION,Hotville,TS,XX,Synthetic,000000,30.0,-97.0,-6.0,150.0\n";
    for (int i = 0; i < 7; ++i) out << "HEADER" << i << "\n";
    for (int m = 1; m <= 12; ++m)
        for (int d = 1; d <= days[m - 1]; ++d)
            for (int h = 1; h <= 24; ++h)
                out << "1999," << m << "," << d << "," << h << ",0,flags," << (10 + (h % 24) * 20 / 23)
                    << ".0,5.0,60,99500,0,0\n";
}
}  // namespace

TEST_CASE("Importing a full-year EPW keeps every hour and offers the station's location, one undo step",
          "[ui][climate]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    const m2ai::Site before = doc->portfolio().sites[0];
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("year.epw"));
    writeYearEpw(file.toStdString());

    // Keep the site's location: the hours come in, the far station is flagged (threshold 100 km).
    REQUIRE(window.siteEditor()->importClimateFromEpw(file, SiteEditor::EpwLocation::Keep));
    const m2ai::Site& kept = doc->portfolio().sites[0];
    REQUIRE(kept.hourlyClimate.has_value());
    CHECK(kept.hourlyClimate->dryBulbC.size() == 8760);
    CHECK(kept.latitudeDeg == before.latitudeDeg);
    CHECK(window.siteEditor()->lastEpwWarning().contains(QStringLiteral("more than 100 km")));
    CHECK(doc->siteResult(0)->power.pue.hourly);
    doc->undoStack()->undo();
    CHECK(doc->portfolio().sites[0] == before);

    // Take it: latitude, longitude and elevation with the climate, undone in one step.
    REQUIRE(window.siteEditor()->importClimateFromEpw(file, SiteEditor::EpwLocation::Take));
    const m2ai::Site& taken = doc->portfolio().sites[0];
    CHECK(taken.latitudeDeg == 30.0);
    CHECK(taken.longitudeDeg == -97.0);
    CHECK(taken.siteClimate.elevationM == 150.0);
    CHECK(taken.hourlyClimate.has_value());
    CHECK(window.siteEditor()->lastEpwWarning().isEmpty());
    const int steps = doc->undoStack()->index();
    doc->undoStack()->undo();
    CHECK(doc->undoStack()->index() == steps - 1);
    CHECK(doc->portfolio().sites[0] == before);
}

TEST_CASE("The site editor edits the design temperature and elevation, validated", "[ui][climate]") {
    testsupport::qtApp();
    MainWindow window;
    ProjectDocument* doc = window.document();
    doc->load(testsupport::fixturePortfolio(), QString());
    window.showSite(0);
    SiteEditor* editor = window.siteEditor();
    QDoubleSpinBox* elevation = editor->doubleField(QStringLiteral("siteClimate.elevationM"));
    REQUIRE(elevation != nullptr);
    elevation->setValue(2355.0);
    CHECK(doc->portfolio().sites[0].siteClimate.elevationM == 2355.0);
    auto* useDesign = editor->findChild<QCheckBox*>(QStringLiteral("siteClimate.design"));
    REQUIRE(useDesign != nullptr);
    useDesign->click();
    REQUIRE(doc->portfolio().sites[0].siteClimate.design.has_value());
    QDoubleSpinBox* dry = editor->doubleField(QStringLiteral("siteClimate.design.dryBulbC"));
    REQUIRE(dry != nullptr);
    CHECK(dry->isEnabled());
    dry->setValue(33.0);
    CHECK(doc->portfolio().sites[0].siteClimate.design->dryBulbC == 33.0);
    // Wet-bulb above dry-bulb is refused, not stored.
    QDoubleSpinBox* wet = editor->doubleField(QStringLiteral("siteClimate.design.wetBulbC"));
    wet->setValue(40.0);
    CHECK(doc->portfolio().sites[0].siteClimate.design->wetBulbC < 33.0);
    // The refusal names the field as the editor labels it.
    CHECK(FieldLabels::humanize(QStringLiteral("Refused: sites[0].siteClimate.design.wetBulbC: wet-bulb must "
                                               "not exceed dry-bulb (33 °C), got 40"),
                                doc->portfolio())
              .startsWith(QStringLiteral("Refused: Design wet-bulb, ")));
    // A country preset brings its station's design day and altitude.
    QComboBox* country = editor->countryCombo();
    const int ethiopia = country->findData(QStringLiteral("Ethiopia"));
    REQUIRE(ethiopia >= 0);
    country->setCurrentIndex(ethiopia);
    emit country->activated(ethiopia);
    CHECK(doc->portfolio().sites[0].siteClimate.elevationM == 2355.0);
    REQUIRE(doc->portfolio().sites[0].siteClimate.design.has_value());
    CHECK(doc->portfolio().sites[0].siteClimate.design->dryBulbC == 29.4);
}

TEST_CASE("A site with hourly weather gets climate charts and a climate report page",
          "[ui][climate][report]") {
    testsupport::qtApp();
    m2ai::Portfolio p = testsupport::fixturePortfolio();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("year.epw"));
    writeYearEpw(file.toStdString());
    const m2ai::EpwClimate epw = m2ai::readEpwClimate(file.toStdString());
    REQUIRE(epw.ok);
    p.sites[0].hourlyClimate = epw.hourly;
    p.sites[0].climate = epw.climate;
    const m2ai::PortfolioResult result = m2ai::computePortfolio(p);

    const SiteClimateData data = siteClimateData(p.sites[0], result.sites[0]);
    CHECK(data.hourlyPue.size() == 8760);
    REQUIRE(data.byTechnology.size() == 4);
    std::unique_ptr<QChart> duration(makePueDurationChart(data, result.sites[0].power.pue, ChartTheme::Dark));
    std::unique_ptr<QChart> modes(
        makeCoolingModeChart(data, m2ai::CoolingTech::DirectToChip, ChartTheme::Dark));
    QStringList names;
    for (QAbstractSeries* s : duration->series()) names << s->objectName();
    CHECK(names.contains(ChartNames::pueDuration));
    CHECK(names.contains(ChartNames::designPue));
    // Heat map: six PUE bands named in the legend, from the year's lowest to its highest hour, and
    // the cells painted as the plot area once the chart is laid out.
    std::unique_ptr<QChart> heatMap(makePueHeatMapChart(data, result.sites[0].power.pue, ChartTheme::Dark));
    REQUIRE(heatMap->series().size() == 6);
    const auto [lo, hi] = std::minmax_element(data.hourlyPue.begin(), data.hourlyPue.end());
    CHECK(heatMap->series().front()->name() == QString::number(*lo, 'f', 3) + QStringLiteral("+"));
    CHECK(heatMap->series().back()->name() ==
          QString::number(*lo + 5 * (*hi - *lo) / 6, 'f', 3) + QStringLiteral("+"));
    CHECK(heatMap->title().contains(QString::number(*hi, 'f', 3)));
    QImage shot(640, 400, QImage::Format_ARGB32);
    shot.fill(Qt::black);
    {
        QPainter chartPainter(&shot);
        renderChart(chartPainter, QRectF(0, 0, 640, 400), heatMap.get());
    }
    CHECK(heatMap->plotAreaBackgroundBrush().style() == Qt::TexturePattern);
    CHECK(heatMap->plotAreaBackgroundBrush().textureImage().width() == qRound(heatMap->plotArea().width()));
    REQUIRE(modes->series().size() == 1);
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(modes->series().front());
    REQUIRE(bars);
    REQUIRE(bars->count() == 3);
    // The bars draw core's hours: every technology's three modes sum to the year.
    for (int t = 0; t < 4; ++t)
        CHECK(bars->barSets()[0]->at(t) + bars->barSets()[1]->at(t) + bars->barSets()[2]->at(t) == 8760.0);

    // Pages: title, summary, site 1, its climate page, site 2, appendix.
    const ReportRenderer renderer(p, result);
    REQUIRE(renderer.pageCount() == 6);
    CHECK(renderer.pages()[3].kind == ReportRenderer::PageKind::Climate);
    CHECK(renderer.pages()[3].siteIndex == 0);
    QImage page(595, 842, QImage::Format_ARGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    renderer.paintPage(painter, QSizeF(595, 842), 3);
    painter.end();
    int dark = 0;
    for (int y = 0; y < page.height(); y += 4)
        for (int x = 0; x < page.width(); x += 4) dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 500);  // text, tables and two charts were painted
}
