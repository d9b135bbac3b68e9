#include "charts/SiteCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "charts/ChartStyle.h"

using namespace chartstyle;

QChart::ChartTheme resolveChartTheme(ChartTheme theme) {
    switch (theme) {
        case ChartTheme::Light:
            return QChart::ChartThemeLight;
        case ChartTheme::Dark:
            return QChart::ChartThemeDark;
        case ChartTheme::Auto:
            break;
    }
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

namespace {

constexpr double kUsdPerMillion = 1e6;  // display unit: USD millions

QChart* newChart(const QString& title, ChartTheme theme) {
    auto* chart = new QChart;
    setup(chart, title, resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);  // thousands separators on axes
    return chart;
}

// "PUE by month — Tydal": an exported PNG or a report page names the site it shows (issue 15).
QString siteTitle(const QString& title, const m2ai::SiteResult& site) {
    if (site.name.empty()) return title;
    return QObject::tr("%1 — %2").arg(title, QString::fromStdString(site.name));
}

QBarSet* barSet(const QString& name, const QColor& color, std::initializer_list<double> values) {
    auto* set = new QBarSet(name);
    for (double v : values) set->append(v);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    return set;
}

// Nice upper bound for a value axis so the largest value is not glued to the frame.
double headroom(double maxValue) {
    return maxValue > 0 ? maxValue * 1.08 : 1.0;
}

}  // namespace

QChart* makePowerBudgetChart(const m2ai::SiteResult& site, ChartTheme theme) {
    QChart* chart = newChart(siteTitle(QObject::tr("Power budget before and after conversion"), site), theme);
    const m2ai::PowerBudget& p = site.power;
    // Category 0: today, the whole site mining. Category 1: converted, at the design-peak month.
    auto* series = new QStackedBarSeries;
    series->setName(QObject::tr("Power budget"));
    series->append(barSet(ChartNames::it, kIt, {0.0, p.peak.itMw}));
    series->append(barSet(ChartNames::cooling, kCooling, {0.0, p.peak.coolingMw}));
    series->append(barSet(ChartNames::losses, kLosses, {0.0, p.peak.electricalLossMw}));
    series->append(barSet(ChartNames::misc, kMisc, {0.0, p.peak.miscMw}));
    series->append(
        barSet(ChartNames::mining, kMining, {p.miningBefore.facilityMw, p.miningAfter.facilityMw}));
    series->append(barSet(ChartNames::spare, kSpare, {0.0, p.spareMw}));
    series->setBarWidth(0.55);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);  // six parts: a column reads better than a row

    auto* x = new QBarCategoryAxis;
    x->append({QObject::tr("Before"), QObject::tr("After")});
    attach(chart, x, Qt::AlignBottom, {series});
    auto* y = valueAxis(QObject::tr("Facility power (MW)"));
    y->setRange(0, headroom(std::max({p.gridWithQueueMw, p.miningBefore.facilityMw, p.peak.facilityMw()})));
    y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {series});
    return chart;
}

QChart* makePueChart(const m2ai::SiteResult& site, ChartTheme theme, bool numericMonthAxis) {
    QChart* chart = newChart(siteTitle(QObject::tr("PUE by month"), site), theme);
    const m2ai::PueResult& pue = site.power.pue;
    auto* monthly = new QLineSeries;
    monthly->setName(ChartNames::pueMonthly);
    auto* annual = new QLineSeries;
    annual->setName(QObject::tr("%1 (energy-weighted)").arg(ChartNames::pueAnnual));
    double hi = 1.0;
    for (int m = 0; m < 12; ++m) {
        monthly->append(m + 1, pue.monthly[static_cast<size_t>(m)]);  // x = calendar month 1..12
        annual->append(m + 1, pue.annual);
        hi = std::max(hi, pue.monthly[static_cast<size_t>(m)]);
    }
    monthly->setPointsVisible(true);
    monthly->setColor(kIt);
    QPen pen(kLosses);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    annual->setPen(pen);
    chart->addSeries(monthly);
    chart->addSeries(annual);
    // Series names are looked up by tests: keep the annual one findable by its prefix.
    annual->setObjectName(ChartNames::pueAnnual);
    monthly->setObjectName(ChartNames::pueMonthly);

    QAbstractAxis* x = nullptr;
    if (numericMonthAxis) {
        auto* v = valueAxis(QObject::tr("Calendar month (1 = January)"));
        v->setRange(0.5, 12.5);
        v->setTickType(QValueAxis::TicksDynamic);
        v->setTickAnchor(1.0);
        v->setTickInterval(1.0);
        x = v;
    } else {
        // One range per month, labelled with its English short name.
        auto* c = new QCategoryAxis;
        c->setStartValue(0.5);
        const QLocale english(QLocale::English);
        for (int m = 1; m <= 12; ++m) c->append(english.monthName(m, QLocale::ShortFormat), m + 0.5);
        c->setRange(0.5, 12.5);
        c->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        c->setTitleText(QObject::tr("Calendar month"));
        x = c;
    }
    attach(chart, x, Qt::AlignBottom, {monthly, annual});
    auto* y = valueAxis(QObject::tr("PUE"), QStringLiteral("%.2f"));
    // Ticks every 0.05 from 1.00 to the next 0.05 above the peak.
    const int steps = std::max(2, static_cast<int>(std::ceil((hi - 1.0) * 20.0 + 0.25)));
    y->setRange(1.0, 1.0 + steps * 0.05);
    if (steps <= 8)
        y->setTickCount(steps + 1);
    else
        y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {monthly, annual});
    return chart;
}

QChart* makeCapacityOnlineChart(const m2ai::SiteResult& site, m2ai::YearMonth start, ChartTheme theme) {
    QChart* chart = newChart(siteTitle(QObject::tr("AI capacity online"), site), theme);
    const std::vector<double>& mw = site.schedule.itOnlineMwByMonth;
    // Steps: month i holds its value from its first to its last day (points 2i and 2i+1).
    auto* line = new QLineSeries;
    line->setName(ChartNames::itOnline);
    double hi = 0.0;
    for (size_t i = 0; i < mw.size(); ++i) {
        line->append(monthX(start, static_cast<double>(i)), mw[i]);
        line->append(monthX(start, static_cast<double>(i + 1)), mw[i]);
        hi = std::max(hi, mw[i]);
    }
    QPen pen(kIt);
    pen.setWidthF(2.0);
    line->setPen(pen);
    chart->addSeries(line);

    auto* rfs = new QScatterSeries;
    rfs->setName(ChartNames::rfs);
    rfs->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    rfs->setMarkerSize(10);
    rfs->setColor(kCritical);
    const int rfsIndex = site.schedule.rfsMonthIndex;
    if (rfsIndex >= 0 && static_cast<size_t>(rfsIndex) < mw.size())
        rfs->append(monthX(start, rfsIndex), mw[static_cast<size_t>(rfsIndex)]);
    chart->addSeries(rfs);

    attach(chart, monthAxis(start, static_cast<int>(mw.size())), Qt::AlignBottom, {line, rfs});
    auto* y = valueAxis(QObject::tr("IT power online (MW)"));
    y->setRange(0, headroom(hi));
    y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {line, rfs});
    return chart;
}

QChart* makeCashFlowChart(const m2ai::SiteResult& site, m2ai::YearMonth start, ChartTheme theme) {
    QChart* chart =
        newChart(siteTitle(QObject::tr("Cumulative net cash: converting vs keep mining"), site), theme);
    const m2ai::EconomicsResult& e = site.economics;
    auto* conv = new QLineSeries;
    conv->setName(ChartNames::converting);
    auto* keep = new QLineSeries;
    keep->setName(ChartNames::keepMining);
    double lo = 0.0, hi = 0.0;
    for (size_t i = 0; i < e.cumulativeNetUsd.size(); ++i) {
        const double v = e.cumulativeNetUsd[i] / kUsdPerMillion;
        conv->append(monthX(start, static_cast<double>(i)), v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    for (size_t i = 0; i < e.cumulativeKeepMiningUsd.size(); ++i) {
        const double v = e.cumulativeKeepMiningUsd[i] / kUsdPerMillion;
        keep->append(monthX(start, static_cast<double>(i)), v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    QPen cp(kConverting);
    cp.setWidthF(2.0);
    conv->setPen(cp);
    QPen kp(kKeepMining);
    kp.setWidthF(2.0);
    kp.setStyle(Qt::DashLine);
    keep->setPen(kp);
    chart->addSeries(conv);
    chart->addSeries(keep);

    auto* payback = new QScatterSeries;
    payback->setName(ChartNames::payback);
    payback->setMarkerSize(11);
    payback->setColor(kCritical);
    if (e.paybackMonthIndex && *e.paybackMonthIndex >= 0 &&
        static_cast<size_t>(*e.paybackMonthIndex) < e.cumulativeNetUsd.size()) {
        const auto i = static_cast<size_t>(*e.paybackMonthIndex);
        payback->append(monthX(start, static_cast<double>(i)), e.cumulativeNetUsd[i] / kUsdPerMillion);
    }
    chart->addSeries(payback);

    const int months =
        static_cast<int>(std::max(e.cumulativeNetUsd.size(), e.cumulativeKeepMiningUsd.size()));
    attach(chart, monthAxis(start, std::max(1, months)), Qt::AlignBottom, {conv, keep, payback});
    auto* y = valueAxis(QObject::tr("Cumulative (USD M)"));
    const double pad = std::max(1.0, (hi - lo) * 0.06);
    y->setRange(lo - pad, hi + pad);
    y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {conv, keep, payback});
    return chart;
}

QChart* makeCapexChart(const m2ai::SiteResult& site, ChartTheme theme) {
    QChart* chart = newChart(siteTitle(QObject::tr("Capex by conversion step"), site), theme);
    const m2ai::CapexByStep& c = site.economics.capex;
    // Listed bottom-up so the first step reads at the top of the horizontal bars.
    const std::vector<std::pair<QString, double>> rows = {
        {QObject::tr("Total"), site.economics.capexUsd}, {QObject::tr("ASIC resale"), -c.asicResaleUsd},
        {QObject::tr("Contingency"), c.contingencyUsd},  {QObject::tr("Facility"), c.facilityUsd},
        {QObject::tr("Cooling"), c.coolingUsd},          {QObject::tr("Electrical"), c.electricalUsd},
        {QObject::tr("GPU install"), c.gpuInstallUsd},
    };
    auto* set = new QBarSet(ChartNames::capex);
    set->setColor(kIt);
    auto* x = new QBarCategoryAxis;
    double lo = 0.0, hi = 0.0;
    for (const auto& [name, usd] : rows) {
        set->append(usd / kUsdPerMillion);
        x->append(name);
        lo = std::min(lo, usd / kUsdPerMillion);
        hi = std::max(hi, usd / kUsdPerMillion);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    attach(chart, x, Qt::AlignLeft, {series});
    auto* v = valueAxis(QObject::tr("Capex (USD M)"));
    v->setRange(lo < 0 ? lo * 1.15 : 0.0, headroom(hi) * 1.1);
    v->applyNiceNumbers();
    // Fewer, wider labels: thousands ("1,500") must not be elided on a half-page chart.
    if (const int n = v->tickCount(); n > 5 && (n - 1) % 2 == 0) v->setTickCount((n - 1) / 2 + 1);
    attach(chart, v, Qt::AlignBottom, {series});
    return chart;
}
