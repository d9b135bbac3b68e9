// Portfolio-level chart factories (declared in charts/SiteCharts.h). Above kChartSiteLimit sites
// they draw the largest sites and one "Others" series (charts/SiteGroups.h), so a chart of 10,000
// sites has a dozen series, a legend of a dozen entries, and is built and discarded in O(n).
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "charts/ChartStyle.h"
#include "charts/NpvBars.h"
#include "charts/SiteCharts.h"
#include "charts/SiteGroups.h"
#include "util/PlainText.h"

using namespace chartstyle;

namespace {

// One band of the stack: the area between base and base + mw, month by month (steps).
// monthXs[i]: x of month boundary i (chartstyle::monthX), worked out once per chart: a QDateTime
// per point of 11 bands of a 10-year horizon was a third of building the chart.
QAreaSeries* stackBand(const std::vector<qreal>& monthXs, std::vector<double>& base,
                       const std::vector<double>& mw) {
    auto* area = new QAreaSeries;
    // QAreaSeries does not own its boundary lines: parent them to the area so deleting the chart
    // deletes them too.
    auto* lower = new QLineSeries(area);
    auto* upper = new QLineSeries(area);
    QList<QPointF> lo, up;
    lo.reserve(static_cast<qsizetype>(base.size()) * 2);
    up.reserve(static_cast<qsizetype>(base.size()) * 2);
    for (size_t i = 0; i < base.size(); ++i) {
        const double v = i < mw.size() ? mw[i] : 0.0;
        for (const qreal x : {monthXs[i], monthXs[i + 1]}) {
            lo.append(QPointF(x, base[i]));
            up.append(QPointF(x, base[i] + v));
        }
        base[i] += v;
    }
    lower->replace(lo);
    upper->replace(up);
    area->setLowerSeries(lower);
    area->setUpperSeries(upper);
    return area;
}

}  // namespace

QChart* makePortfolioCapacityChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                                   ChartTheme theme) {
    const ChartSiteGroups groups =
        groupSitesForChart(result, [](const m2ai::SiteResult& s) { return s.power.itMw; });
    auto* chart = new QChart;
    setup(chart, QObject::tr("AI capacity online by site") + aggregationNote(groups, QObject::tr("IT MW")),
          resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    const size_t months = result.itOnlineMwByMonth.size();
    // Stacking for display: each area sits on the running sum of the sites drawn before it.
    std::vector<double> base(months, 0.0);
    std::vector<qreal> monthXs(months + 1);
    for (size_t i = 0; i <= months; ++i) monthXs[i] = monthX(portfolio.startMonth, static_cast<double>(i));
    QList<QAbstractSeries*> all;
    auto addBand = [&](const std::vector<double>& mw, const QString& name, QColor c) {
        QAreaSeries* area = stackBand(monthXs, base, mw);
        area->setName(name);
        QColor fill = c;
        fill.setAlpha(200);
        area->setBrush(fill);
        area->setPen(QPen(c.darker(120), 1.0));
        chart->addSeries(area);
        all.append(area);
    };
    // An infeasible site brings no capacity that earns (and is out of the totals): not stacked.
    for (int s : groups.shown) {
        const m2ai::SiteResult& site = result.sites[static_cast<size_t>(s)];
        if (!site.feasible) continue;
        addBand(site.schedule.itOnlineMwByMonth,
                PlainText::plainTextForRichContext(QString::fromStdString(site.name)), siteColor(s));
    }
    if (groups.aggregated()) {
        std::vector<double> rest(months, 0.0);
        for (int s : groups.others) {
            if (!result.sites[static_cast<size_t>(s)].feasible) continue;
            const std::vector<double>& mw = result.sites[static_cast<size_t>(s)].schedule.itOnlineMwByMonth;
            for (size_t i = 0; i < std::min(months, mw.size()); ++i) rest[i] += mw[i];
        }
        // Hatched light grey: an aggregate, not one more site (a site colour can be grey too).
        addBand(rest, othersLabel(static_cast<int>(groups.others.size())), kOthers);
        static_cast<QAreaSeries*>(all.back())->setBrush(QBrush(kOthers.darker(130), Qt::BDiagPattern));
    }
    double hi = 0.0;
    for (double v : base) hi = std::max(hi, v);
    auto* x = monthAxis(portfolio.startMonth, static_cast<int>(std::max<size_t>(months, 1)));
    auto* y = valueAxis(QObject::tr("IT power online (MW)"));
    y->setRange(0, hi > 0 ? hi * 1.08 : 1.0);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart* makeNpvBySiteChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                           ChartTheme theme) {
    (void)portfolio;  // site names come with the results
    // The decision figure: the sites that gain or lose the most against keeping mining.
    const ChartSiteGroups groups = groupSitesForChart(
        result, [](const m2ai::SiteResult& s) { return std::fabs(s.economics.incrementalNpvUsd); });
    auto* chart = new QChart;
    setup(chart, QObject::tr("NPV by site") + aggregationNote(groups, QObject::tr("|NPV vs mining|")),
          resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    NpvBars bars(ChartNames::npv, ChartNames::incrementalNpv);
    for (int s : groups.shown) {
        const m2ai::SiteResult& site = result.sites[static_cast<size_t>(s)];
        const QString name = PlainText::plainTextForRichContext(QString::fromStdString(site.name));
        if (!site.feasible) {
            // No bar: an infeasible plan's NPV is not a figure; the category says why it is empty.
            bars.appendEmpty(QObject::tr("%1 (infeasible)").arg(name));
            continue;
        }
        bars.append(site.economics.npvUsd, site.economics.incrementalNpvUsd, name);
    }
    if (groups.aggregated()) {
        double npvUsd = 0.0, incrementalUsd = 0.0;
        for (int s : groups.others) {
            if (!result.sites[static_cast<size_t>(s)].feasible) continue;  // as in the totals
            npvUsd += result.sites[static_cast<size_t>(s)].economics.npvUsd;
            incrementalUsd += result.sites[static_cast<size_t>(s)].economics.incrementalNpvUsd;
        }
        bars.append(npvUsd, incrementalUsd, othersLabel(static_cast<int>(groups.others.size())));
    }
    bars.attachTo(chart);
    return chart;
}
