// Portfolio-level chart factories (declared in charts/SiteCharts.h). Above kChartSiteLimit sites
// they draw the largest sites and one "Others" series (charts/SiteGroups.h), so a chart of 10,000
// sites has a dozen series, a legend of a dozen entries, and is built and discarded in O(n).
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <memory>

#include "app/Translations.h"
#include "charts/ChartStyle.h"
#include "charts/ChartUpdate.h"
#include "charts/NpvBars.h"
#include "charts/SiteCharts.h"
#include "charts/SiteGroups.h"
#include "util/PlainText.h"

using namespace chartstyle;

namespace {

// Which factory built a chart on screen (a property of the QChart): only a chart of the same kind
// and theme is filled in place by the update* functions below; anything else is built afresh.
constexpr char kKindProperty[] = "m2ai.portfolioChart";
const QString kCapacityKind = QStringLiteral("capacity");
const QString kNpvKind = QStringLiteral("npvBySite");

bool isKind(const QChart* chart, const QString& kind, ChartTheme theme) {
    return chart && chart->property(kKindProperty).toString() == kind &&
           chart->theme() == resolveChartTheme(theme);
}

// One band of the stack: the area between base and base + mw, month by month (steps).
struct Band {
    QString name;
    QBrush brush;
    QPen pen;
    QList<QPointF> lower, upper;
};

// What the capacity chart draws, plain data: building it creates no graphics item.
struct CapacityData {
    QString title;
    std::vector<Band> bands;
    double hiMw = 0.0;
};

// monthXs[i]: x of month boundary i (chartstyle::monthX), worked out once per chart: a QDateTime
// per point of 11 bands of a 10-year horizon was a third of building the chart.
Band stackBand(const std::vector<qreal>& monthXs, std::vector<double>& base, const std::vector<double>& mw,
               const QString& name, QColor c) {
    Band band;
    band.name = name;
    QColor fill = c;
    fill.setAlpha(200);
    band.brush = fill;
    band.pen = QPen(c.darker(120), 1.0);
    band.lower.reserve(static_cast<qsizetype>(base.size()) * 2);
    band.upper.reserve(static_cast<qsizetype>(base.size()) * 2);
    for (size_t i = 0; i < base.size(); ++i) {
        const double v = i < mw.size() ? mw[i] : 0.0;
        for (const qreal x : {monthXs[i], monthXs[i + 1]}) {
            band.lower.append(QPointF(x, base[i]));
            band.upper.append(QPointF(x, base[i] + v));
        }
        base[i] += v;
    }
    return band;
}

CapacityData capacityData(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result) {
    const ChartSiteGroups groups =
        groupSitesForChart(result, [](const m2ai::SiteResult& s) { return s.power.itMw; });
    CapacityData out;
    out.title = QObject::tr("AI capacity online by site") + aggregationNote(groups, QObject::tr("IT MW"));
    const size_t months = result.itOnlineMwByMonth.size();
    // Stacking for display: each area sits on the running sum of the sites drawn before it.
    std::vector<double> base(months, 0.0);
    std::vector<qreal> monthXs(months + 1);
    for (size_t i = 0; i <= months; ++i) monthXs[i] = monthX(portfolio.startMonth, static_cast<double>(i));
    // An infeasible site brings no capacity that earns (and is out of the totals): not stacked.
    // A site keeps its portfolio position's colour; of a large portfolio's top sites each takes the
    // next colour instead, so the ten in the legend never share one (positions 3 and 13 did).
    for (int s : groups.shown) {
        const m2ai::SiteResult& site = result.sites[static_cast<size_t>(s)];
        if (!site.feasible) continue;
        const int colour = groups.aggregated() ? static_cast<int>(out.bands.size()) : s;
        out.bands.push_back(stackBand(monthXs, base, site.schedule.itOnlineMwByMonth,
                                      PlainText::plainTextForRichContext(QString::fromStdString(site.name)),
                                      siteColor(colour)));
    }
    if (groups.aggregated()) {
        std::vector<double> rest(months, 0.0);
        for (int s : groups.others) {
            if (!result.sites[static_cast<size_t>(s)].feasible) continue;
            const std::vector<double>& mw = result.sites[static_cast<size_t>(s)].schedule.itOnlineMwByMonth;
            for (size_t i = 0; i < std::min(months, mw.size()); ++i) rest[i] += mw[i];
        }
        out.bands.push_back(
            stackBand(monthXs, base, rest, othersLabel(static_cast<int>(groups.others.size())), kOthers));
        // Hatched light grey: an aggregate, not one more site (a site colour can be grey too).
        out.bands.back().brush = QBrush(kOthers.darker(130), Qt::BDiagPattern);
    }
    for (double v : base) out.hiMw = std::max(out.hiMw, v);
    return out;
}

// The axes of the capacity chart, detached (no chart: no graphics items).
QCategoryAxis* capacityMonthAxis(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result) {
    return monthAxis(portfolio.startMonth,
                     static_cast<int>(std::max<size_t>(result.itOnlineMwByMonth.size(), 1)));
}

QValueAxis* capacityMwAxis(double hiMw) {
    auto* y = valueAxis(QObject::tr("IT power online (MW)"));
    y->setRange(0, hiMw > 0 ? hiMw * 1.08 : 1.0);
    y->applyNiceNumbers();
    return y;
}

void updatePoints(QXYSeries* series, const QList<QPointF>& points) {
    if (series->points() != points) series->replace(points);
}

// The NPV bars of the chart: one group per shown site, plus "Others".
struct NpvData {
    QString title;
    std::unique_ptr<NpvBars> bars;
};

NpvData npvData(const m2ai::PortfolioResult& result) {
    // The decision figure: the sites that gain or lose the most against keeping mining.
    const ChartSiteGroups groups = groupSitesForChart(
        result, [](const m2ai::SiteResult& s) { return std::fabs(s.economics.incrementalNpvUsd); });
    NpvData out;
    out.title = QObject::tr("NPV by site") + aggregationNote(groups, QObject::tr("|NPV vs mining|"));
    out.bars = std::make_unique<NpvBars>(ChartNames::npv, ChartNames::incrementalNpv);
    NpvBars& bars = *out.bars;
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
    return out;
}

}  // namespace

QChart* makePortfolioCapacityChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                                   ChartTheme theme) {
    const CapacityData data = capacityData(portfolio, result);
    auto* chart = new QChart;
    setup(chart, data.title, resolveChartTheme(theme));
    chart->setProperty(kKindProperty, kCapacityKind);
    chart->setLocalizeNumbers(true);
    QList<QAbstractSeries*> all;
    for (const Band& band : data.bands) {
        auto* area = new QAreaSeries;
        // QAreaSeries does not own its boundary lines: parent them to the area so deleting the chart
        // deletes them too.
        auto* lower = new QLineSeries(area);
        auto* upper = new QLineSeries(area);
        lower->replace(band.lower);
        upper->replace(band.upper);
        area->setLowerSeries(lower);
        area->setUpperSeries(upper);
        area->setName(band.name);
        area->setBrush(band.brush);
        area->setPen(band.pen);
        chart->addSeries(area);
        all.append(area);
    }
    auto* x = capacityMonthAxis(portfolio, result);
    auto* y = capacityMwAxis(data.hiMw);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

bool updatePortfolioCapacityChart(QChart* shown, const m2ai::Portfolio& portfolio,
                                  const m2ai::PortfolioResult& result, ChartTheme theme) {
    if (!isKind(shown, kCapacityKind, theme)) return false;
    const CapacityData data = capacityData(portfolio, result);
    const QList<QAbstractSeries*> series = shown->series();
    if (series.size() != static_cast<qsizetype>(data.bands.size()) || shown->axes().size() != 2) return false;
    auto* x = qobject_cast<QCategoryAxis*>(shown->axes(Qt::Horizontal).value(0));
    auto* y = qobject_cast<QValueAxis*>(shown->axes(Qt::Vertical).value(0));
    if (!x || !y) return false;
    bool renamed = false;
    for (qsizetype i = 0; i < series.size(); ++i) {
        auto* area = qobject_cast<QAreaSeries*>(series[i]);
        if (!area || !area->upperSeries() || !area->lowerSeries()) return false;  // checked before any change
    }
    for (qsizetype i = 0; i < series.size(); ++i) {
        auto* area = static_cast<QAreaSeries*>(series[i]);
        const Band& band = data.bands[static_cast<size_t>(i)];
        // As on screen: ChartHost translated the names (a site named like a ChartNames entry).
        const QString name = Translations::chartSeriesName(band.name);
        if (area->name() != name) {
            area->setName(name);
            renamed = true;
        }
        updatePoints(area->upperSeries(), band.upper);
        updatePoints(area->lowerSeries(), band.lower);
        if (area->pen() != band.pen) area->setPen(band.pen);
        if (area->brush() != band.brush) area->setBrush(band.brush);
    }
    // Ranges last, so no data change can move them.
    const std::unique_ptr<QCategoryAxis> months(capacityMonthAxis(portfolio, result));
    const std::unique_ptr<QValueAxis> mw(capacityMwAxis(data.hiMw));
    updateAxisInPlace(x, months.get());
    updateAxisInPlace(y, mw.get());
    if (shown->title() != data.title) shown->setTitle(data.title);
    if (renamed) refitLegendNames(shown);
    return true;
}

QChart* makeNpvBySiteChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                           ChartTheme theme) {
    (void)portfolio;  // site names come with the results
    const NpvData data = npvData(result);
    auto* chart = new QChart;
    setup(chart, data.title, resolveChartTheme(theme));
    chart->setProperty(kKindProperty, kNpvKind);
    chart->setLocalizeNumbers(true);
    data.bars->attachTo(chart);
    return chart;
}

bool updateNpvBySiteChart(QChart* shown, const m2ai::Portfolio& portfolio,
                          const m2ai::PortfolioResult& result, ChartTheme theme) {
    (void)portfolio;
    if (!isKind(shown, kNpvKind, theme)) return false;
    const NpvData data = npvData(result);
    if (!data.bars->updateInPlace(shown)) return false;
    if (shown->title() != data.title) shown->setTitle(data.title);
    return true;
}
