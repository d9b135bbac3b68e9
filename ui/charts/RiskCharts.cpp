#include "charts/RiskCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "charts/ChartStyle.h"

using namespace chartstyle;
using m2ai::risk::SensitivityInput;

namespace {

constexpr double kUsdPerMillion = 1e6;

QChart* newChart(const QString& title, ChartTheme theme) {
    auto* chart = new QChart;
    setup(chart, title, resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    return chart;
}

// Symmetric-ish range with a little room, never empty.
void padRange(QValueAxis* axis, double lo, double hi) {
    if (!(hi > lo)) {
        lo -= 1.0;
        hi += 1.0;
    }
    const double pad = 0.06 * (hi - lo);
    axis->setRange(lo - pad, hi + pad);
    axis->applyNiceNumbers();
}

}  // namespace

QString sensitivityInputLabel(SensitivityInput input) {
    switch (input) {
        case SensitivityInput::PowerPrice:
            return QObject::tr("Power price");
        case SensitivityInput::ColocationRent:
            return QObject::tr("Colocation rent");
        case SensitivityInput::GpuHourPrice:
            return QObject::tr("GPU-hour price");
        case SensitivityInput::Hashprice:
            return QObject::tr("Hashprice");
        case SensitivityInput::CapexGpuFitOut:
            return QObject::tr("Capex: GPU fit-out");
        case SensitivityInput::CapexElectrical:
            return QObject::tr("Capex: electrical");
        case SensitivityInput::CapexCooling:
            return QObject::tr("Capex: cooling");
        case SensitivityInput::CapexFacility:
            return QObject::tr("Capex: facility");
        case SensitivityInput::GpuPrice:
            return QObject::tr("GPU price");
        case SensitivityInput::DiscountRate:
            return QObject::tr("Discount rate");
        case SensitivityInput::LongLeadDurations:
            return QObject::tr("Long-lead durations");
        case SensitivityInput::PueOverhead:
            return QObject::tr("PUE overhead");
        case SensitivityInput::Count:
            break;
    }
    return QString();
}

QChart* makeTornadoChart(const m2ai::risk::SensitivityTarget& target, double pct, int maxBars,
                         ChartTheme theme) {
    QChart* chart = newChart(
        QObject::tr("Incremental NPV: each input ±%1 %").arg(QLocale().toString(pct, 'g', 3)), theme);
    const int n = std::min<int>(maxBars, static_cast<int>(target.byIncrementalNpv.size()));
    auto* low = new QBarSet(QObject::tr("Input %1 % lower").arg(QLocale().toString(pct, 'g', 3)));
    auto* high = new QBarSet(QObject::tr("Input %1 % higher").arg(QLocale().toString(pct, 'g', 3)));
    low->setColor(kKeepMining);
    high->setColor(kConverting);
    QStringList categories;
    double lo = 0.0, hi = 0.0;
    // Qt draws the first category at the bottom: append smallest swing first so the largest is on top.
    for (int k = n - 1; k >= 0; --k) {
        const auto& bar = target.byIncrementalNpv[static_cast<std::size_t>(k)];
        const double dl = (bar.lowIncrementalNpvUsd - target.baseIncrementalNpvUsd) / kUsdPerMillion;
        const double dh = (bar.highIncrementalNpvUsd - target.baseIncrementalNpvUsd) / kUsdPerMillion;
        low->append(dl);
        high->append(dh);
        lo = std::min({lo, dl, dh});
        hi = std::max({hi, dl, dh});
        categories << sensitivityInputLabel(bar.input);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    attach(chart, y, Qt::AlignLeft, {series});
    auto* x = valueAxis(QObject::tr("Change in incremental NPV (USD M; base %1)")
                            .arg(QLocale().toString(target.baseIncrementalNpvUsd / kUsdPerMillion, 'f', 0)));
    padRange(x, lo, hi);
    attach(chart, x, Qt::AlignBottom, {series});
    low->setObjectName(RiskChartNames::low);
    high->setObjectName(RiskChartNames::high);
    return chart;
}

QChart* makeSpiderChart(const m2ai::risk::SensitivityTarget& target, const std::vector<double>& spiderPct,
                        ChartTheme theme) {
    QChart* chart = newChart(QObject::tr("Spider: incremental NPV against each input"), theme);
    double lo = 0.0, hi = 0.0;
    bool any = false;
    std::vector<QLineSeries*> lines;
    for (std::size_t s = 0; s < target.spider.size(); ++s) {
        const auto& series = target.spider[s];
        auto* line = new QLineSeries;
        line->setName(sensitivityInputLabel(series.input));
        for (std::size_t p = 0; p < series.incrementalNpvUsd.size() && p < spiderPct.size(); ++p) {
            const double v = series.incrementalNpvUsd[p] / kUsdPerMillion;
            line->append(spiderPct[p], v);
            lo = any ? std::min(lo, v) : v;
            hi = any ? std::max(hi, v) : v;
            any = true;
        }
        line->setColor(siteColor(static_cast<int>(s)));
        line->setPointsVisible(true);
        chart->addSeries(line);
        lines.push_back(line);
    }
    auto* x = valueAxis(QObject::tr("Change in the input (%)"));
    const double span =
        spiderPct.empty() ? 1.0 : std::max(std::fabs(spiderPct.front()), std::fabs(spiderPct.back()));
    x->setRange(-span, span);
    x->setTickCount(5);
    auto* y = valueAxis(QObject::tr("Incremental NPV (USD M)"));
    padRange(y, lo, hi);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* makeNpvHistogramChart(const m2ai::risk::RiskTarget& target, ChartTheme theme) {
    const auto& q = target.incrementalNpvUsd;
    QChart* chart = newChart(QObject::tr("Incremental NPV over %1 trials (P10 %2, P50 %3, P90 %4 USD M)")
                                 .arg(q.count)
                                 .arg(QLocale().toString(q.p10 / kUsdPerMillion, 'f', 0))
                                 .arg(QLocale().toString(q.p50 / kUsdPerMillion, 'f', 0))
                                 .arg(QLocale().toString(q.p90 / kUsdPerMillion, 'f', 0)),
                             theme);
    // Bars as a filled step line over a value axis in USD M: a category axis would need one label
    // per bin, and twenty NPV labels do not fit under a half-width chart.
    const auto& h = target.incrementalNpvHistogram;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    int most = 0;
    const double width = h.binWidth > 0.0 ? h.binWidth : std::max(std::fabs(h.lowerEdge) * 0.01, 1.0);
    for (std::size_t b = 0; b < h.counts.size(); ++b) {
        const double from = (h.lowerEdge + static_cast<double>(b) * width) / kUsdPerMillion;
        const double to = (h.lowerEdge + static_cast<double>(b + 1) * width) / kUsdPerMillion;
        upper->append(from, h.counts[b]);
        upper->append(to, h.counts[b]);
        most = std::max(most, h.counts[b]);
    }
    if (upper->count() > 0) {
        lower->append(upper->at(0).x(), 0.0);
        lower->append(upper->at(upper->count() - 1).x(), 0.0);
    }
    auto* area = new QAreaSeries(upper, lower);
    // QAreaSeries does not own its boundary series: parented to it, they go with the chart.
    upper->setParent(area);
    lower->setParent(area);
    area->setName(RiskChartNames::histogram());
    area->setColor(kConverting);
    area->setBorderColor(kConverting.darker(130));
    chart->addSeries(area);
    auto* x = valueAxis(QObject::tr("Incremental NPV (USD M)"));
    if (upper->count() > 0) padRange(x, upper->at(0).x(), upper->at(upper->count() - 1).x());
    attach(chart, x, Qt::AlignBottom, {area});
    auto* y = valueAxis(QObject::tr("Trials"));
    y->setRange(0, std::max(most, 1) * 1.08);
    y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {area});
    chart->legend()->hide();
    return chart;
}

QChart* makeRfsSCurveChart(const m2ai::risk::RiskTarget& target, m2ai::YearMonth start, int rfsByMonthIndex,
                           ChartTheme theme) {
    const QString by = QString::fromStdString(start.plusMonths(rfsByMonthIndex).toString());
    QChart* chart = newChart(QObject::tr("First RFS: S-curve (in service by %1 in %2 % of trials)")
                                 .arg(by)
                                 .arg(QLocale().toString(100.0 * target.probRfsBy, 'f', 0)),
                             theme);
    auto* line = new QLineSeries;
    line->setName(RiskChartNames::sCurve());
    int first = 0, last = 1;
    if (!target.firstRfsSCurve.empty()) {
        first = target.firstRfsSCurve.front().monthIndex;
        last = target.firstRfsSCurve.back().monthIndex;
        line->append(monthX(start, first), 0.0);
    }
    // A step per month: the share reaches its value at the start of the month.
    double previous = 0.0;
    for (const auto& p : target.firstRfsSCurve) {
        line->append(monthX(start, p.monthIndex), 100.0 * previous);
        line->append(monthX(start, p.monthIndex), 100.0 * p.probability);
        previous = p.probability;
    }
    line->append(monthX(start, last + 1), 100.0 * previous);
    QPen pen(kIt);
    pen.setWidthF(2.0);
    line->setPen(pen);
    chart->addSeries(line);
    const int from = std::max(first - 1, 0);
    QCategoryAxis* x = monthAxis(start, last + 2);
    x->setRange(monthX(start, from), monthX(start, last + 2));
    attach(chart, x, Qt::AlignBottom, {line});
    auto* y = valueAxis(QObject::tr("Trials in service (%)"));
    y->setRange(0, 100);
    y->setTickCount(6);
    attach(chart, y, Qt::AlignLeft, {line});
    chart->legend()->hide();
    return chart;
}
