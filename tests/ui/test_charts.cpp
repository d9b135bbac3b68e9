// Chart factories draw exactly the core numbers; the Gantt paints critical tasks red and explains a
// task in its tooltip; charts save as PNG of the requested size and as well-formed SVG.
#include <QAreaSeries>
#include <QBarSet>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <memory>
#include <set>
#include <string>

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/SiteCharts.h"
#include "support/QtApp.h"

namespace {

// A SiteResult with round numbers, so every expectation below is hand-checkable.
m2ai::SiteResult handSite() {
    m2ai::SiteResult s;
    s.name = "Hand";
    s.power.peak = {40.0, 6.0, 2.0, 0.5};  // facility 48.5 MW
    s.power.spareMw = 1.5;
    s.power.gridWithQueueMw = 50.0;
    s.power.miningBefore.facilityMw = 47.0;
    s.power.miningAfter.facilityMw = 0.0;
    for (int m = 0; m < 12; ++m)
        s.power.pue.monthly[static_cast<size_t>(m)] = 1.10 + 0.01 * m;  // Jan 1.10 … Dec 1.21
    s.power.pue.annual = 1.15;
    s.schedule.itOnlineMwByMonth = {0, 0, 0, 20, 40, 40};
    s.schedule.rfsMonthIndex = 3;
    s.economics.cumulativeNetUsd = {-10e6, -20e6, -5e6, 1e6};
    s.economics.cumulativeKeepMiningUsd = {1e6, 2e6, 3e6, 4e6};
    s.economics.paybackMonthIndex = 3;
    s.economics.capex.gpuInstallUsd = 120e6;
    s.economics.capex.electricalUsd = 30e6;
    s.economics.capex.coolingUsd = 20e6;
    s.economics.capex.facilityUsd = 10e6;
    s.economics.capex.contingencyUsd = 18e6;
    s.economics.capex.asicResaleUsd = 5e6;
    s.economics.capexUsd = 193e6;  // 120 + 30 + 20 + 10 + 18 − 5
    s.economics.npvUsd = 25e6;
    s.economics.incrementalNpvUsd = -7e6;
    return s;
}

template <typename T>
T* seriesNamed(QChart* chart, const QString& name) {
    for (QAbstractSeries* s : chart->series())
        if (s->name() == name || s->objectName() == name)
            if (auto* t = qobject_cast<T*>(s)) return t;
    return nullptr;
}

QBarSet* barSet(QAbstractBarSeries* series, const QString& label) {
    for (QBarSet* set : series->barSets())
        if (set->label() == label) return set;
    return nullptr;
}

const m2ai::YearMonth kStart{2027, 1};

}  // namespace

TEST_CASE("Power budget chart stacks the peak breakdown after and mining before", "[charts]") {
    testsupport::qtApp();
    std::unique_ptr<QChart> chart(makePowerBudgetChart(handSite(), ChartTheme::Light));
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
    REQUIRE(bars);
    // Category 0 = before (mining only), 1 = after.
    CHECK(barSet(bars, ChartNames::it)->at(1) == 40.0);
    CHECK(barSet(bars, ChartNames::cooling)->at(1) == 6.0);
    CHECK(barSet(bars, ChartNames::losses)->at(1) == 2.0);
    CHECK(barSet(bars, ChartNames::misc)->at(1) == 0.5);
    CHECK(barSet(bars, ChartNames::spare)->at(1) == 1.5);
    CHECK(barSet(bars, ChartNames::mining)->at(0) == 47.0);
    CHECK(barSet(bars, ChartNames::it)->at(0) == 0.0);
    // Stack heights: after = 40 + 6 + 2 + 0.5 + 0 + 1.5 = 50 MW = the grid; before = 47 MW.
    double after = 0.0;
    for (QBarSet* s : bars->barSets()) after += s->at(1);
    CHECK(after == Approx(50.0));
}

TEST_CASE("PUE chart: twelve months and the annual line", "[charts]") {
    testsupport::qtApp();
    std::unique_ptr<QChart> chart(makePueChart(handSite(), ChartTheme::Light));
    auto* monthly = seriesNamed<QLineSeries>(chart.get(), ChartNames::pueMonthly);
    auto* annual = seriesNamed<QLineSeries>(chart.get(), ChartNames::pueAnnual);
    REQUIRE(monthly);
    REQUIRE(annual);
    REQUIRE(monthly->count() == 12);
    CHECK(monthly->at(0) == QPointF(1, 1.10));   // January
    CHECK(monthly->at(11).y() == Approx(1.21));  // December: 1.10 + 11 × 0.01
    CHECK(annual->at(5).y() == 1.15);
    std::unique_ptr<QChart> numeric(makePueChart(handSite(), ChartTheme::Light, true));
    CHECK(numeric->axes(Qt::Horizontal).value(0)->type() == QAbstractAxis::AxisTypeValue);
}

TEST_CASE("Capacity online and cash flow charts follow the months — RFS and payback marked", "[charts]") {
    testsupport::qtApp();
    const m2ai::SiteResult site = handSite();
    std::unique_ptr<QChart> cap(makeCapacityOnlineChart(site, kStart, ChartTheme::Light));
    auto* line = seriesNamed<QLineSeries>(cap.get(), ChartNames::itOnline);
    REQUIRE(line);
    REQUIRE(line->count() == 12);    // 6 months × 2 step points
    CHECK(line->at(8).y() == 40.0);  // month 4 (points 8, 9)
    CHECK(line->at(8).x() == chartstyle::monthX(kStart, 4));
    auto* rfs = seriesNamed<QScatterSeries>(cap.get(), ChartNames::rfs);
    REQUIRE(rfs->count() == 1);
    CHECK(rfs->at(0) == QPointF(chartstyle::monthX(kStart, 3), 20.0));

    std::unique_ptr<QChart> cash(makeCashFlowChart(site, kStart, ChartTheme::Light));
    auto* conv = seriesNamed<QLineSeries>(cash.get(), ChartNames::converting);
    auto* keep = seriesNamed<QLineSeries>(cash.get(), ChartNames::keepMining);
    auto* payback = seriesNamed<QScatterSeries>(cash.get(), ChartNames::payback);
    REQUIRE(conv->count() == 4);
    CHECK(conv->at(1).y() == -20.0);  // USD −20 M
    CHECK(keep->at(3).y() == 4.0);
    REQUIRE(payback->count() == 1);
    CHECK(payback->at(0) == QPointF(chartstyle::monthX(kStart, 3), 1.0));
    // 2027-04-01 00:00 UTC in ms since the epoch.
    CHECK(chartstyle::monthX(kStart, 3) == 1806537600000.0);
}

TEST_CASE("Capex chart lists the steps, the resale credit as negative and the total", "[charts]") {
    testsupport::qtApp();
    std::unique_ptr<QChart> chart(makeCapexChart(handSite(), ChartTheme::Light));
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    QBarSet* set = series->barSets().value(0);
    REQUIRE(set->count() == 7);
    // Bottom-up: Total, ASIC resale, Contingency, Facility, Cooling, Electrical, GPU install.
    CHECK(set->at(0) == 193.0);
    CHECK(set->at(1) == -5.0);
    CHECK(set->at(2) == 18.0);
    CHECK(set->at(6) == 120.0);
}

TEST_CASE("Portfolio charts stack capacity by site and show NPV per site", "[charts]") {
    testsupport::qtApp();
    m2ai::Portfolio p;
    p.startMonth = kStart;
    m2ai::PortfolioResult r;
    m2ai::SiteResult a = handSite(), b = handSite();
    a.name = "A";
    b.name = "B";
    a.schedule.itOnlineMwByMonth = {0, 10, 10};
    b.schedule.itOnlineMwByMonth = {5, 5, 5};
    b.economics.npvUsd = -3e6;
    r.sites = {a, b};
    r.itOnlineMwByMonth = {5, 15, 15};
    std::unique_ptr<QChart> cap(makePortfolioCapacityChart(p, r, ChartTheme::Light));
    auto* areaB = seriesNamed<QAreaSeries>(cap.get(), QStringLiteral("B"));
    REQUIRE(areaB);
    // B sits on A: month 1 lower = 10, upper = 10 + 5 = 15.
    CHECK(areaB->lowerSeries()->at(2).y() == 10.0);
    CHECK(areaB->upperSeries()->at(2).y() == 15.0);

    std::unique_ptr<QChart> npv(makeNpvBySiteChart(p, r, ChartTheme::Light));
    auto* bars = qobject_cast<QAbstractBarSeries*>(npv->series().value(0));
    CHECK(barSet(bars, ChartNames::npv)->at(0) == 25.0);
    CHECK(barSet(bars, ChartNames::npv)->at(1) == -3.0);
    CHECK(barSet(bars, ChartNames::incrementalNpv)->at(1) == -7.0);

    // The same colours in every theme: the dark theme painted NPV green and the increment blue.
    for (const ChartTheme theme : {ChartTheme::Light, ChartTheme::Dark}) {
        std::unique_ptr<QChart> themed(makeNpvBySiteChart(p, r, theme));
        auto* set = qobject_cast<QAbstractBarSeries*>(themed->series().value(0));
        REQUIRE(set);
        CHECK(barSet(set, ChartNames::npv)->color() == chartstyle::kConverting);
        CHECK(barSet(set, ChartNames::incrementalNpv)->color() == chartstyle::kIncremental);
    }

    // A theme switch on screen (ChartView on a palette change) keeps them, and the sites' colours:
    // QChart::setTheme alone repaints every series in the theme's own colours.
    std::unique_ptr<QChart> shown(makeNpvBySiteChart(p, r, ChartTheme::Light));
    std::unique_ptr<QChart> capShown(makePortfolioCapacityChart(p, r, ChartTheme::Light));
    const QBrush areaBrush = seriesNamed<QAreaSeries>(capShown.get(), QStringLiteral("B"))->brush();
    retheme(shown.get(), QChart::ChartThemeDark);
    retheme(capShown.get(), QChart::ChartThemeDark);
    CHECK(shown->theme() == QChart::ChartThemeDark);
    CHECK(shown->titleFont().bold());
    auto* rethemed = qobject_cast<QAbstractBarSeries*>(shown->series().value(0));
    CHECK(barSet(rethemed, ChartNames::npv)->color() == chartstyle::kConverting);
    CHECK(barSet(rethemed, ChartNames::incrementalNpv)->color() == chartstyle::kIncremental);
    CHECK(seriesNamed<QAreaSeries>(capShown.get(), QStringLiteral("B"))->brush() == areaBrush);
    // What the theme itself would have done, so this test can fail.
    shown->setTheme(QChart::ChartThemeLight);
    CHECK(barSet(rethemed, ChartNames::npv)->color() != chartstyle::kConverting);
}

TEST_CASE("Portfolio charts of many sites show the largest ones plus Others, and say so", "[charts]") {
    testsupport::qtApp();
    m2ai::Portfolio p;
    p.startMonth = kStart;
    m2ai::PortfolioResult r;
    double othersMw = 0.0, othersNpvUsd = 0.0;
    for (int i = 0; i < 30; ++i) {
        m2ai::SiteResult s = handSite();
        s.name = "S" + std::to_string(i);
        s.power.itMw = i;  // sites 20..29 are the ten largest
        s.schedule.itOnlineMwByMonth = {double(i), double(i), double(i)};
        s.economics.incrementalNpvUsd = (i % 2 ? -1.0 : 1.0) * i * 1e6;  // by size, sign ignored
        s.economics.npvUsd = i * 2e6;
        if (i < 20) {
            othersMw += i;
            othersNpvUsd += s.economics.npvUsd;
        }
        r.sites.push_back(s);
    }
    r.itOnlineMwByMonth = {435, 435, 435};

    std::unique_ptr<QChart> cap(makePortfolioCapacityChart(p, r, ChartTheme::Light));
    CHECK(cap->series().size() == 11);  // a legend of 11 entries, not 30
    CHECK(cap->title().contains(QStringLiteral("top 10 of 30 sites")));
    CHECK(seriesNamed<QAreaSeries>(cap.get(), QStringLiteral("S29")));
    CHECK_FALSE(seriesNamed<QAreaSeries>(cap.get(), QStringLiteral("S19")));
    auto* others = seriesNamed<QAreaSeries>(cap.get(), QStringLiteral("Others (20 sites)"));
    REQUIRE(others);
    // Others sits on top of the stack: from the ten largest (20 + … + 29 = 245) to the total 435.
    CHECK(others->lowerSeries()->at(0).y() == Approx(245.0));
    CHECK(others->upperSeries()->at(0).y() == Approx(245.0 + othersMw));
    // The boundary lines belong to their area, so deleting the chart deletes them.
    CHECK(others->upperSeries()->parent() == others);
    CHECK(others->lowerSeries()->parent() == others);
    // Ten top sites, ten colours (by position in the portfolio, 20 and 29 shared one).
    std::set<QRgb> colours;
    for (QAbstractSeries* series : cap->series())
        if (series != others) colours.insert(qobject_cast<QAreaSeries*>(series)->brush().color().rgb());
    CHECK(colours.size() == 10);

    std::unique_ptr<QChart> npv(makeNpvBySiteChart(p, r, ChartTheme::Light));
    CHECK(npv->title().contains(QStringLiteral("others summed")));
    auto* bars = qobject_cast<QAbstractBarSeries*>(npv->series().value(0));
    REQUIRE(bars);
    QBarSet* npvSet = barSet(bars, ChartNames::npv);
    REQUIRE(npvSet->count() == 11);
    CHECK(npvSet->at(10) == Approx(othersNpvUsd / 1e6));

    // Up to the limit every site is drawn.
    r.sites.resize(12);
    std::unique_ptr<QChart> small(makePortfolioCapacityChart(p, r, ChartTheme::Light));
    CHECK(small->series().size() == 12);
    CHECK_FALSE(small->title().contains(QStringLiteral("others")));
}

TEST_CASE("Gantt paints critical bars red and explains tasks in tooltips", "[charts]") {
    testsupport::qtApp();
    m2ai::ScheduleResult s;
    m2ai::ScheduledTask design{"design", "Design", m2ai::TaskKind::Design, 4.0, {}, 0, 4, 0, 4, 0, true, ""};
    m2ai::ScheduledTask cooling{
        "cooling", "Cooling", m2ai::TaskKind::Cooling, 2.0, {"design"}, 4, 6, 5.5, 7.5, 1.5, false, "design"};
    m2ai::ScheduledTask rfs{
        "rfs",    "Ready for service", m2ai::TaskKind::Milestone, 0.0, {"cooling"}, 8, 8, 8, 8, 0, true,
        "cooling"};
    s.tasks = {design, cooling, rfs};
    s.durationMonths = 8;
    s.rfsMonthIndex = 8;
    GanttWidget w;
    w.setSchedule(s, kStart);
    const QString tip = w.toolTipForTask(1);
    CHECK(tip.contains(QStringLiteral("Total float: 1.5 months")));
    CHECK(tip.contains(QStringLiteral("Driving predecessor: Design")));
    CHECK(w.toolTipForTask(7).isEmpty());

    QImage img(800, 300, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter painter(&img);
    QFont f = painter.font();
    f.setPixelSize(12);
    painter.setFont(f);
    const QRectF rect(0, 0, 800, 300);
    paintGantt(painter, rect, s, kStart);
    painter.end();
    // Row 0 (Design, critical) holds a red bar (thousands of red pixels); row 1 (Cooling, with float)
    // only crosses the thin dashed RFS line (at most ~2 px × row height ≈ 50 pixels).
    auto redPixels = [&](int row) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y) {
            if (ganttTaskAt(rect, s, QPointF(10, y), f) != row) continue;
            for (int x = 300; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                if (c.red() > 180 && c.green() < 80 && c.blue() < 80) ++n;
            }
        }
        return n;
    };
    CHECK(redPixels(0) > 1000);
    CHECK(redPixels(1) < 100);
}

TEST_CASE("Charts save as PNG of the requested size and as well-formed SVG", "[charts]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    std::unique_ptr<QChart> chart(makePueChart(handSite(), ChartTheme::Light));
    const QString png = dir.filePath(QStringLiteral("pue.png"));
    const QString svg = dir.filePath(QStringLiteral("pue.svg"));
    REQUIRE(saveChartPng(chart.get(), png, QSize(640, 360)));
    REQUIRE(saveChartSvg(chart.get(), svg, QSize(640, 360)));
    const QImage image(png);
    CHECK(image.size() == QSize(640, 360));
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int elements = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement) ++elements;
    CHECK_FALSE(xml.hasError());
    CHECK(elements > 10);
    // A view with the same chart saves too (context-menu path).
    ChartView view(makeCapexChart(handSite(), ChartTheme::Light));
    view.resize(500, 300);
    CHECK(view.savePng(dir.filePath(QStringLiteral("view.png"))));
    CHECK(QImage(dir.filePath(QStringLiteral("view.png"))).width() >= 500);
}
