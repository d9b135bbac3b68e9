// sameChart says "equal" only for charts that show the same thing, so that a view keeping its chart
// never shows stale numbers; and the portfolio charts rank feasible sites first.
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "charts/ChartCompare.h"
#include "charts/SiteCharts.h"
#include "charts/SiteGroups.h"
#include "engines/Compute.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "views/ChartHost.h"

namespace {

using Chart = std::unique_ptr<QChart>;

// Every chart the site dashboard and the portfolio view draw, from one portfolio.
std::vector<Chart> everyChart(const m2ai::Portfolio& p, const m2ai::PortfolioResult& r) {
    std::vector<Chart> out;
    const m2ai::SiteResult& s = r.sites.front();
    out.emplace_back(makePowerBudgetChart(s, ChartTheme::Light));
    out.emplace_back(makePueChart(s, ChartTheme::Light, true));
    out.emplace_back(makeCapacityOnlineChart(s, p.startMonth, ChartTheme::Light));
    out.emplace_back(makeCashFlowChart(s, p.startMonth, ChartTheme::Light));
    out.emplace_back(makeCapexChart(s, ChartTheme::Light));
    out.emplace_back(makePortfolioCapacityChart(p, r, ChartTheme::Light));
    out.emplace_back(makeNpvBySiteChart(p, r, ChartTheme::Light));
    return out;
}

}  // namespace

TEST_CASE("sameChart: the same numbers are the same chart, any changed number is not", "[charts][compare]") {
    testsupport::qtApp();
    m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    const std::vector<Chart> first = everyChart(p, r);
    const std::vector<Chart> again = everyChart(p, r);
    for (std::size_t i = 0; i < first.size(); ++i) {
        INFO("chart " << i << ": " << first[i]->title().toStdString());
        CHECK(sameChart(first[i].get(), again[i].get()));
        CHECK_FALSE(sameChart(first[i].get(), nullptr));
    }
    // Another theme is another chart.
    const Chart dark(makePowerBudgetChart(r.sites.front(), ChartTheme::Dark));
    CHECK_FALSE(sameChart(first[0].get(), dark.get()));

    // A price changes the money charts of the site and the NPV chart, not its power or PUE.
    p.sites.front().powerPriceUsdPerMwh += 7.0;
    const m2ai::PortfolioResult priced = m2ai::computePortfolio(p);
    const std::vector<Chart> after = everyChart(p, priced);
    CHECK(sameChart(first[0].get(), after[0].get()));        // power budget
    CHECK(sameChart(first[1].get(), after[1].get()));        // PUE
    CHECK_FALSE(sameChart(first[3].get(), after[3].get()));  // cash flow
    CHECK_FALSE(sameChart(first[6].get(), after[6].get()));  // NPV by site
}

TEST_CASE("sameChart notices one point, one bar, one colour, one range, one label", "[charts][compare]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    auto pair = [&](int which) {
        std::vector<Chart> a = everyChart(p, r);
        std::vector<Chart> b = everyChart(p, r);
        return std::make_pair(std::move(a[static_cast<std::size_t>(which)]),
                              std::move(b[static_cast<std::size_t>(which)]));
    };
    SECTION("a point of a line") {
        auto [a, b] = pair(1);
        auto* line = qobject_cast<QLineSeries*>(b->series().front());
        REQUIRE(line);
        line->replace(0, line->at(0).x(), line->at(0).y() + 0.001);
        CHECK_FALSE(sameChart(a.get(), b.get()));
    }
    SECTION("a point of a stacked area") {
        auto [a, b] = pair(5);
        auto* area = qobject_cast<QAreaSeries*>(b->series().front());
        REQUIRE(area);
        QLineSeries* upper = area->upperSeries();
        upper->replace(upper->count() - 1, upper->at(upper->count() - 1).x(),
                       upper->at(upper->count() - 1).y() + 1);
        CHECK_FALSE(sameChart(a.get(), b.get()));
    }
    SECTION("a bar value, a bar colour") {
        auto [a, b] = pair(6);
        auto* bars = qobject_cast<QAbstractBarSeries*>(b->series().front());
        REQUIRE(bars);
        QBarSet* set = bars->barSets().front();
        const double v = set->at(0);
        set->replace(0, v + 1);
        CHECK_FALSE(sameChart(a.get(), b.get()));
        set->replace(0, v);
        CHECK(sameChart(a.get(), b.get()));
        set->setColor(Qt::magenta);
        CHECK_FALSE(sameChart(a.get(), b.get()));
    }
    SECTION("an axis range, a title, a series name") {
        auto [a, b] = pair(3);
        auto* y = qobject_cast<QValueAxis*>(b->axes(Qt::Vertical).front());
        REQUIRE(y);
        const double max = y->max();
        y->setMax(max + 1);
        CHECK_FALSE(sameChart(a.get(), b.get()));
        y->setMax(max);
        CHECK(sameChart(a.get(), b.get()));
        b->setTitle(b->title() + QStringLiteral("!"));
        CHECK_FALSE(sameChart(a.get(), b.get()));
        b->setTitle(a->title());
        b->series().front()->setName(QStringLiteral("renamed"));
        CHECK_FALSE(sameChart(a.get(), b.get()));
    }
}

TEST_CASE("ChartHost keeps the chart it shows when the new one is equal or of its structure",
          "[charts][compare]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    ChartHost host(QStringLiteral("test"));
    host.setChart(makePowerBudgetChart(r.sites.front(), ChartTheme::Light));
    QChart* shown = host.chart();
    host.setChart(makePowerBudgetChart(r.sites.front(), ChartTheme::Light));
    CHECK(host.chart() == shown);  // the equal one was deleted (ASan would report a leak otherwise)
    // Another site's power budget has the same structure: copied into the chart shown.
    host.setChart(makePowerBudgetChart(r.sites.back(), ChartTheme::Light));
    CHECK(host.chart() == shown);
    const std::unique_ptr<QChart> expected(makePowerBudgetChart(r.sites.back(), ChartTheme::Light));
    CHECK(sameChart(host.chart(), expected.get()));
    // Another theme is not copied: swapped in.
    QChart* dark = makePowerBudgetChart(r.sites.back(), ChartTheme::Dark);
    host.setChart(dark);
    CHECK(host.chart() == dark);
}

TEST_CASE("Aggregated portfolio charts draw the largest feasible sites", "[charts]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    m2ai::PortfolioResult r;
    for (int i = 0; i < 30; ++i) {
        m2ai::SiteResult s;
        s.name = "S" + std::to_string(i);
        s.power.itMw = i;
        s.economics.incrementalNpvUsd = i * 1e6;
        s.feasible = i < 25;  // the five largest sites cannot work
        r.sites.push_back(s);
    }
    const ChartSiteGroups groups =
        groupSitesForChart(r, [](const m2ai::SiteResult& s) { return s.power.itMw; });
    REQUIRE(groups.shown.size() == 10);
    CHECK(groups.shown.front() == 15);  // 15..24: the ten largest feasible
    CHECK(groups.shown.back() == 24);
    CHECK(groups.infeasible == 5);
    const Chart npv(makeNpvBySiteChart(p, r, ChartTheme::Light));
    CHECK(npv->title().contains(QStringLiteral("top 10 feasible of 30 sites")));
    auto* bars = qobject_cast<QAbstractBarSeries*>(npv->series().front());
    REQUIRE(bars);
    // Every one of the ten bars has a value (none is an empty infeasible category).
    QBarSet* inc = bars->barSets().back();
    for (int i = 0; i < 10; ++i) CHECK(inc->at(i) == Approx(15 + i));
}
