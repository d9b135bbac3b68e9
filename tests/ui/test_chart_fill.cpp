// The portfolio charts filled in place from a new result (updatePortfolioCapacityChart,
// updateNpvBySiteChart: what PortfolioView does after every full recompute, without building a
// chart) equal charts built afresh from that result: same series, values, categories, ranges,
// names and legend, and the same pixels; a chart of another kind, theme or number of bands is
// left untouched for the caller to replace.
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPixmap>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "charts/ChartCompare.h"
#include "charts/LegendText.h"
#include "charts/SiteCharts.h"
#include "engines/Compute.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"
#include "support/QtApp.h"
#include "views/ChartHost.h"

namespace {

using Chart = std::unique_ptr<QChart>;
using Make = std::function<QChart*(const m2ai::Portfolio&, const m2ai::PortfolioResult&)>;
using Fill = std::function<bool(QChart*, const m2ai::Portfolio&, const m2ai::PortfolioResult&)>;

struct PortfolioChart {
    std::string name;
    Make make;
    Fill fill;
};

std::vector<PortfolioChart> portfolioCharts() {
    return {
        {"portfolio capacity", [](const auto& p, const auto& r) { return makePortfolioCapacityChart(p, r); },
         [](QChart* c, const auto& p, const auto& r) { return updatePortfolioCapacityChart(c, p, r); }},
        {"NPV by site", [](const auto& p, const auto& r) { return makeNpvBySiteChart(p, r); },
         [](QChart* c, const auto& p, const auto& r) { return updateNpvBySiteChart(c, p, r); }},
    };
}

QStringList legendNames(const QChart* chart) {
    QStringList out;
    for (QLegendMarker* marker : chart->legend()->markers()) out << legendtext::fullText(marker);
    return out;
}

QStringList barCategories(const QChart* chart) {
    for (QAbstractAxis* axis : chart->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) return categories->categories();
    return {};
}

// A host on screen at the size of a portfolio chart, so legends are laid out and fitted.
struct ShownHost {
    ChartHost host{QStringLiteral("test")};
    ShownHost() {
        host.resize(560, 380);
        host.show();
        QApplication::processEvents();
    }
};

}  // namespace

TEST_CASE("A portfolio chart filled in place equals one built afresh, for every edit",
          "[charts][update][fill]") {
    testsupport::qtApp();
    // The sample (every site drawn) and a generated 40-site portfolio (top 10 and "Others").
    for (const m2ai::Portfolio& before : {m2ai::samplePortfolio(), m2ai::test::generatePortfolio(11, 40)}) {
        const m2ai::PortfolioResult resultBefore = m2ai::computePortfolio(before);
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
            for (const PortfolioChart& chart : portfolioCharts()) {
                INFO(before.sites.size() << " sites, " << editName << ", " << chart.name);
                ShownHost shown;
                shown.host.setChart(chart.make(before, resultBefore));
                QApplication::processEvents();
                QChart* kept = shown.host.chart();
                const Chart fresh(chart.make(after, resultAfter));
                const bool changes = !sameChart(kept, fresh.get());
                const bool filled = chart.fill(kept, after, resultAfter);
                QApplication::processEvents();
                if (!filled) {
                    // Only another number of bands (a site turned infeasible or feasible) may refuse.
                    CHECK(kept->series().size() != fresh->series().size());
                    continue;
                }
                CHECK(shown.host.chart() == kept);
                CHECK(sameChart(kept, fresh.get()));
                CHECK(barCategories(kept) == barCategories(fresh.get()));
                CHECK(legendNames(kept) == legendNames(fresh.get()));
                // The sample draws every site by name: a rename did reach the chart.
                if (before.sites.size() < 12 && editName == "site names") CHECK(changes);
            }
        }
    }
}

TEST_CASE("A portfolio chart filled in place looks like one built afresh, pixel for pixel",
          "[charts][update][fill]") {
    testsupport::qtApp();
    for (const m2ai::Portfolio& start : {m2ai::samplePortfolio(), m2ai::test::generatePortfolio(11, 40)}) {
        m2ai::Portfolio p = start;
        const m2ai::PortfolioResult before = m2ai::computePortfolio(p);
        p.discountRatePct += 4.0;
        p.horizonYears += 3;
        for (m2ai::Site& s : p.sites) s.name += " B";
        const m2ai::PortfolioResult after = m2ai::computePortfolio(p);
        for (const PortfolioChart& chart : portfolioCharts()) {
            INFO(start.sites.size() << " sites, " << chart.name);
            ShownHost updated, fresh;
            updated.host.setChart(chart.make(start, before));
            QApplication::processEvents();
            REQUIRE(chart.fill(updated.host.chart(), p, after));
            QApplication::processEvents();
            fresh.host.setChart(chart.make(p, after));
            QApplication::processEvents();
            const QImage a = updated.host.grab().toImage();
            const QImage b = fresh.host.grab().toImage();
            REQUIRE(a.size() == b.size());
            CHECK(a == b);
        }
    }
}

TEST_CASE("Filling in place refuses another kind, theme or number of bands and leaves the chart alone",
          "[charts][update][fill]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    m2ai::Portfolio fewer = p;
    fewer.sites.pop_back();
    const m2ai::PortfolioResult rf = m2ai::computePortfolio(fewer);

    // One site fewer: one band fewer, refused; the bars take one group fewer in place.
    const Chart capacity(makePortfolioCapacityChart(p, r));
    const Chart capacityCopy(makePortfolioCapacityChart(p, r));
    CHECK_FALSE(updatePortfolioCapacityChart(capacity.get(), fewer, rf));
    CHECK(sameChart(capacity.get(), capacityCopy.get()));
    const Chart npv(makeNpvBySiteChart(p, r));
    REQUIRE(updateNpvBySiteChart(npv.get(), fewer, rf));
    const Chart npvFewer(makeNpvBySiteChart(fewer, rf));
    CHECK(sameChart(npv.get(), npvFewer.get()));
    CHECK(barCategories(npv.get()).size() == static_cast<qsizetype>(fewer.sites.size()));

    // Another kind: the other factory's chart, an empty chart, a dark chart, no chart.
    CHECK_FALSE(updateNpvBySiteChart(capacity.get(), p, r));
    CHECK_FALSE(updatePortfolioCapacityChart(npv.get(), p, r));
    QChart empty;
    CHECK_FALSE(updatePortfolioCapacityChart(&empty, p, r));
    CHECK_FALSE(updateNpvBySiteChart(&empty, p, r));
    const Chart dark(makeNpvBySiteChart(p, r, ChartTheme::Dark));
    CHECK_FALSE(updateNpvBySiteChart(dark.get(), fewer, rf));
    CHECK(updateNpvBySiteChart(dark.get(), fewer, rf, ChartTheme::Dark));
    CHECK_FALSE(updatePortfolioCapacityChart(nullptr, p, r));
    CHECK(sameChart(capacity.get(), capacityCopy.get()));
}
