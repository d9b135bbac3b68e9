// A chart updated in place (charts/ChartUpdate.h, what ChartHost does with every new result) shows
// exactly what a chart built afresh from the new result shows: same series, values, categories,
// ranges and names; no old label left in the axes or the legend; "Others" summed right.
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPixmap>
#include <QValueAxis>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <memory>
#include <string>

#include "charts/ChartCompare.h"
#include "charts/ChartUpdate.h"
#include "charts/LegendText.h"
#include "charts/SiteCharts.h"
#include "charts/SiteGroups.h"
#include "engines/Compute.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "views/ChartHost.h"

namespace {

using Chart = std::unique_ptr<QChart>;
using Factory = std::function<QChart*(const m2ai::Portfolio&, const m2ai::PortfolioResult&)>;

// Every chart the site dashboard (of the first site) and the portfolio view draw.
std::vector<std::pair<std::string, Factory>> factories() {
    return {
        {"power budget", [](const auto&, const auto& r) { return makePowerBudgetChart(r.sites.front()); }},
        {"PUE",
         [](const auto&, const auto& r) { return makePueChart(r.sites.front(), ChartTheme::Auto, true); }},
        {"capacity online",
         [](const auto& p, const auto& r) { return makeCapacityOnlineChart(r.sites.front(), p.startMonth); }},
        {"cash flow",
         [](const auto& p, const auto& r) { return makeCashFlowChart(r.sites.front(), p.startMonth); }},
        {"capex", [](const auto&, const auto& r) { return makeCapexChart(r.sites.front()); }},
        {"portfolio capacity", [](const auto& p, const auto& r) { return makePortfolioCapacityChart(p, r); }},
        {"NPV by site", [](const auto& p, const auto& r) { return makeNpvBySiteChart(p, r); }},
    };
}

// Every bar value of every set, in order: what the bars show.
std::vector<double> barValues(const QChart* chart) {
    std::vector<double> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                for (int i = 0; i < set->count(); ++i) out.push_back(set->at(i));
    return out;
}

QStringList barCategories(const QChart* chart) {
    for (QAbstractAxis* axis : chart->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) return categories->categories();
    return {};
}

QStringList legendNames(const QChart* chart) {
    QStringList out;
    for (QLegendMarker* marker : chart->legend()->markers()) out << legendtext::fullText(marker);
    return out;
}

// A host on screen at the size of a chart in the portfolio view, so the legend is laid out and
// fitted (entries elided at whole words) as the user sees it.
struct ShownHost {
    ChartHost host{QStringLiteral("test")};
    ShownHost() {
        host.resize(560, 380);
        host.show();
        QApplication::processEvents();
    }
    void set(QChart* chart) {
        host.setChart(chart);
        QApplication::processEvents();
    }
};

}  // namespace

TEST_CASE("A chart updated in place equals one built afresh, for every edit and every chart",
          "[charts][update]") {
    testsupport::qtApp();
    const m2ai::Portfolio before = m2ai::samplePortfolio();
    const m2ai::PortfolioResult resultBefore = m2ai::computePortfolio(before);
    // Edits that change numbers, ranges, month labels (start and horizon) and names.
    std::vector<std::pair<std::string, std::function<void(m2ai::Portfolio&)>>> edits = {
        {"discount rate", [](m2ai::Portfolio& p) { p.discountRatePct += 3.0; }},
        {"horizon", [](m2ai::Portfolio& p) { p.horizonYears += 7; }},
        {"start month", [](m2ai::Portfolio& p) { p.startMonth = p.startMonth.plusMonths(5); }},
        {"power price", [](m2ai::Portfolio& p) { p.sites.front().powerPriceUsdPerMwh *= 1.6; }},
        {"site names",
         [](m2ai::Portfolio& p) {
             for (m2ai::Site& s : p.sites) s.name = "Renamed " + s.name;
         }},
    };
    for (const auto& [editName, edit] : edits) {
        m2ai::Portfolio after = before;
        edit(after);
        const m2ai::PortfolioResult resultAfter = m2ai::computePortfolio(after);
        for (const auto& [chartName, make] : factories()) {
            INFO(editName << ", " << chartName);
            ShownHost shown;
            shown.set(make(before, resultBefore));
            QChart* kept = shown.host.chart();
            const Chart fresh(make(after, resultAfter));
            const bool changes = !sameChart(kept, fresh.get());
            shown.set(make(after, resultAfter));
            // Same structure (the sample's sites stay feasible): updated, not swapped.
            CHECK(shown.host.chart() == kept);
            CHECK(sameChart(shown.host.chart(), fresh.get()));
            CHECK(shown.host.chart()->series().size() == fresh->series().size());
            CHECK(barValues(shown.host.chart()) == barValues(fresh.get()));
            CHECK(barCategories(shown.host.chart()) == barCategories(fresh.get()));
            CHECK(legendNames(shown.host.chart()) == legendNames(fresh.get()));
            if (editName == "site names" && chartName == "portfolio capacity") CHECK(changes);
        }
    }
}

TEST_CASE("In place: no old name is left on the axes or in the legend", "[charts][update]") {
    testsupport::qtApp();
    m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    ShownHost capacity, npv;
    capacity.set(makePortfolioCapacityChart(p, r));
    npv.set(makeNpvBySiteChart(p, r));
    const QStringList oldNames = legendNames(capacity.host.chart());
    REQUIRE(oldNames.size() == static_cast<qsizetype>(p.sites.size()));
    for (std::size_t i = 0; i < p.sites.size(); ++i) p.sites[i].name = "Zz site " + std::to_string(i);
    const m2ai::PortfolioResult renamed = m2ai::computePortfolio(p);
    QChart* capacityChart = capacity.host.chart();
    QChart* npvChart = npv.host.chart();
    capacity.set(makePortfolioCapacityChart(p, renamed));
    npv.set(makeNpvBySiteChart(p, renamed));
    REQUIRE(capacity.host.chart() == capacityChart);
    REQUIRE(npv.host.chart() == npvChart);
    for (QLegendMarker* marker : capacityChart->legend()->markers()) {
        INFO(marker->label().toStdString());
        CHECK(legendtext::fullText(marker).startsWith(QStringLiteral("Zz site ")));
        // The label shows the new name's words (whole, or elided to the words that fit).
        CHECK(marker->label().startsWith(QStringLiteral("Zz")));
        for (const QString& old : oldNames) CHECK_FALSE(marker->label().contains(old));
    }
    const QStringList categories = barCategories(npvChart);
    REQUIRE(categories.size() == static_cast<qsizetype>(p.sites.size()));
    for (const QString& category : categories) {
        INFO(category.toStdString());
        CHECK(category.startsWith(QStringLiteral("Zz site ")));
        for (const QString& old : oldNames) CHECK_FALSE(category.contains(old));
    }
}

TEST_CASE("In place: the top sites and Others of an aggregated chart follow the new result",
          "[charts][update]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();  // the NPV chart takes names from the result
    // 30 sites, three infeasible; first the last sites are the largest, then the first ones.
    const auto resultOf = [](bool lastLargest) {
        m2ai::PortfolioResult r;
        for (int i = 0; i < 30; ++i) {
            m2ai::SiteResult s;
            s.name = "Site " + std::to_string(i);
            s.feasible = i % 10 != 4;
            const double size = lastLargest ? i + 1 : 30 - i;
            s.economics.incrementalNpvUsd = (i % 3 == 0 ? -1.0 : 1.0) * size * 1e6;
            s.economics.npvUsd = size * 2.5e6;
            r.sites.push_back(s);
        }
        return r;
    };
    const m2ai::PortfolioResult before = resultOf(true);
    ShownHost npv;
    npv.set(makeNpvBySiteChart(p, before));
    QChart* chart = npv.host.chart();
    const QStringList categoriesBefore = barCategories(chart);
    REQUIRE(categoriesBefore.size() == kChartTopSites + 1);

    const m2ai::PortfolioResult after = resultOf(false);
    npv.set(makeNpvBySiteChart(p, after));
    REQUIRE(npv.host.chart() == chart);
    const Chart fresh(makeNpvBySiteChart(p, after));
    CHECK(sameChart(chart, fresh.get()));
    const QStringList categories = barCategories(chart);
    // No site of the old top ten is among the new one (only "Others" keeps its name).
    for (qsizetype k = 0; k + 1 < categories.size(); ++k)
        CHECK_FALSE(categoriesBefore.contains(categories[k]));
    CHECK(chart->title() == fresh->title());

    // The ten shown and "Others", worked out here from the result, not from the chart factory.
    const ChartSiteGroups groups = groupSitesForChart(
        after, [](const m2ai::SiteResult& s) { return std::fabs(s.economics.incrementalNpvUsd); });
    REQUIRE(groups.aggregated());
    CHECK(categories.back() == othersLabel(static_cast<int>(groups.others.size())));
    double othersNpvM = 0.0, othersIncrementalM = 0.0;
    for (int s : groups.others) {
        const m2ai::SiteResult& site = after.sites[static_cast<std::size_t>(s)];
        if (!site.feasible) continue;
        othersNpvM += site.economics.npvUsd / 1e6;
        othersIncrementalM += site.economics.incrementalNpvUsd / 1e6;
    }
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().front());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    CHECK(bars->barSets()[0]->at(kChartTopSites) == Approx(othersNpvM));
    CHECK(bars->barSets()[1]->at(kChartTopSites) == Approx(othersIncrementalM));
    for (std::size_t k = 0; k < groups.shown.size(); ++k) {
        const m2ai::SiteResult& site = after.sites[static_cast<std::size_t>(groups.shown[k])];
        if (!site.feasible) continue;
        INFO(site.name);
        CHECK(categories[static_cast<qsizetype>(k)] == QString::fromStdString(site.name));
        CHECK(bars->barSets()[1]->at(static_cast<int>(k)) == Approx(site.economics.incrementalNpvUsd / 1e6));
    }
    // The y range follows the bars (no old maximum kept).
    auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).front());
    auto* freshY = qobject_cast<QValueAxis*>(fresh->axes(Qt::Vertical).front());
    REQUIRE(y);
    REQUIRE(freshY);
    CHECK(y->min() == freshY->min());
    CHECK(y->max() == freshY->max());
}

TEST_CASE("In place: another structure or theme is swapped in, a bar count change is copied",
          "[charts][update]") {
    testsupport::qtApp();
    m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    ShownHost capacity, npv;
    capacity.set(makePortfolioCapacityChart(p, r));
    npv.set(makeNpvBySiteChart(p, r));
    QChart* npvChart = npv.host.chart();

    // One site fewer: one area series fewer (swapped), one bar group fewer (copied in place).
    m2ai::Portfolio fewer = p;
    fewer.sites.pop_back();
    const m2ai::PortfolioResult rf = m2ai::computePortfolio(fewer);
    QChart* capacityFresh = makePortfolioCapacityChart(fewer, rf);
    capacity.set(capacityFresh);
    CHECK(capacity.host.chart() == capacityFresh);
    npv.set(makeNpvBySiteChart(fewer, rf));
    CHECK(npv.host.chart() == npvChart);
    const Chart expected(makeNpvBySiteChart(fewer, rf));
    CHECK(sameChart(npvChart, expected.get()));
    CHECK(barCategories(npvChart).size() == static_cast<qsizetype>(fewer.sites.size()));

    // A theme is not data: the dark chart is swapped in.
    QChart* dark = makeNpvBySiteChart(fewer, rf, ChartTheme::Dark);
    CHECK(updateChartInPlace(npvChart, expected.get()));  // the same data: nothing to do, true
    npv.set(dark);
    CHECK(npv.host.chart() == dark);
}

TEST_CASE("In place: the chart on screen looks like a chart built afresh, pixel for pixel",
          "[charts][update]") {
    testsupport::qtApp();
    m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult before = m2ai::computePortfolio(p);
    p.discountRatePct += 4.0;
    p.horizonYears += 3;
    for (m2ai::Site& s : p.sites) s.name += " B";
    const m2ai::PortfolioResult after = m2ai::computePortfolio(p);
    for (const auto& [chartName, make] : factories()) {
        INFO(chartName);
        ShownHost updated, fresh;
        updated.set(make(m2ai::samplePortfolio(), before));
        QChart* kept = updated.host.chart();
        updated.set(make(p, after));
        REQUIRE(updated.host.chart() == kept);
        fresh.set(make(p, after));
        const QImage a = updated.host.grab().toImage();
        const QImage b = fresh.host.grab().toImage();
        REQUIRE(a.size() == b.size());
        CHECK(a == b);
    }
}
