#include "charts/ClimateCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>

#include "catalogue/Catalogue.h"
#include "charts/ChartStyle.h"
#include "engines/PueDetail.h"

using namespace chartstyle;

namespace {

const QColor kFree{0x2c, 0xa0, 0x2c};
const QColor kEconomiser{0xff, 0xbb, 0x33};
const QColor kMechanical{0xd6, 0x27, 0x28};

QChart* newChart(const QString& title, ChartTheme theme) {
    auto* chart = new QChart;
    setup(chart, title, resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    return chart;
}

QBarSet* barSet(const QString& name, const QColor& color) {
    auto* set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    return set;
}

QLineSeries* flatLine(const QString& name, double y, double x1, const QColor& color) {
    auto* s = new QLineSeries;
    s->setName(name);
    s->setObjectName(name);
    s->append(0.0, y);
    s->append(x1, y);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    s->setPen(pen);
    return s;
}

// 0 … hours with a tick every 2,000 h (round numbers rather than eighths of 8,760).
void hourTicks(QValueAxis* axis, double hours) {
    axis->setRange(0.0, std::max(1.0, hours));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(2000.0);
}

}  // namespace

SiteClimateData siteClimateData(const m2ai::Site& site, const m2ai::SiteResult& result) {
    SiteClimateData out;
    const m2ai::Catalogue& catalogue = m2ai::defaultCatalogue();
    out.hourlyPue = m2ai::hourlyPue(site, catalogue, result.power.itMw, result.power.installedCapacityMw);
    out.byTechnology = m2ai::climateByTechnology(site, catalogue);
    return out;
}

QChart* makePueDurationChart(const SiteClimateData& data, const m2ai::PueResult& pue, ChartTheme theme) {
    const bool hourly = !data.hourlyPue.empty();
    QChart* chart = newChart(hourly ? QObject::tr("Hourly PUE, duration curve")
                                    : QObject::tr("PUE duration curve (monthly means; no hourly weather)"),
                             theme);
    auto* curve = new QLineSeries;
    curve->setName(ChartNames::pueDuration);
    curve->setObjectName(ChartNames::pueDuration);
    curve->setColor(kIt);
    double hours = 0.0, hi = std::max(pue.designPue, pue.annual);
    if (hourly) {
        std::vector<double> sorted = data.hourlyPue;
        std::sort(sorted.begin(), sorted.end(), std::greater<double>());
        for (std::size_t h = 0; h < sorted.size(); ++h) curve->append(static_cast<double>(h + 1), sorted[h]);
        hours = static_cast<double>(sorted.size());
        hi = std::max(hi, sorted.front());
    } else {
        std::vector<int> order(12);
        for (int m = 0; m < 12; ++m) order[static_cast<std::size_t>(m)] = m;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return pue.monthly[static_cast<std::size_t>(a)] > pue.monthly[static_cast<std::size_t>(b)];
        });
        for (int m : order) {
            const double v = pue.monthly[static_cast<std::size_t>(m)];
            curve->append(hours, v);
            hours += pue.monthlyHours[static_cast<std::size_t>(m)];
            curve->append(hours, v);
        }
    }
    chart->addSeries(curve);
    // Short legend entries: at half a 1280-px window longer ones are elided.
    curve->setName(hourly ? QObject::tr("Hourly") : QObject::tr("Monthly"));
    auto* annual = flatLine(QObject::tr("Annual %1").arg(pue.annual, 0, 'f', 3), pue.annual, hours, kLosses);
    auto* design =
        flatLine(QObject::tr("Design day %1").arg(pue.designPue, 0, 'f', 3), pue.designPue, hours, kCritical);
    annual->setObjectName(ChartNames::pueAnnual);
    design->setObjectName(ChartNames::designPue);
    chart->addSeries(annual);
    chart->addSeries(design);

    auto* x = valueAxis(QObject::tr("Hours in the year at or above this PUE"));
    hourTicks(x, hours);
    attach(chart, x, Qt::AlignBottom, {curve, annual, design});
    auto* y = valueAxis(QObject::tr("PUE"), QStringLiteral("%.2f"));
    const double lo = hourly ? *std::min_element(data.hourlyPue.begin(), data.hourlyPue.end())
                             : *std::min_element(pue.monthly.begin(), pue.monthly.end());
    // Ticks on round PUE steps: 0.02 for a flat year, 0.05 otherwise.
    const double step = hi - lo <= 0.12 ? 0.02 : 0.05;
    const double bottom = std::floor(lo / step + 1e-9) * step;
    const double top = std::max(bottom + step, std::ceil(hi / step + 0.25) * step);
    y->setRange(bottom, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(bottom);
    y->setTickInterval(step);
    attach(chart, y, Qt::AlignLeft, {curve, annual, design});
    return chart;
}

QChart* makeCoolingModeChart(const SiteClimateData& data, m2ai::CoolingTech current, ChartTheme theme) {
    QChart* chart = newChart(QObject::tr("Hours in each cooling mode, by technology"), theme);
    auto* series = new QHorizontalStackedBarSeries;
    series->setName(QObject::tr("Cooling modes"));
    QBarSet* free = barSet(ChartNames::freeHours, kFree);
    QBarSet* economiser = barSet(ChartNames::economiserHours, kEconomiser);
    QBarSet* mechanical = barSet(ChartNames::mechanicalHours, kMechanical);
    QStringList labels;
    double total = 0.0;
    // Bottom-up in a horizontal bar chart: reversed so the catalogue order reads top-down.
    for (auto it = data.byTechnology.rbegin(); it != data.byTechnology.rend(); ++it) {
        free->append(it->modeHours.freeHours);
        economiser->append(it->modeHours.economiserHours);
        mechanical->append(it->modeHours.mechanicalHours);
        total = std::max(total, it->modeHours.total());
        QString name = QString::fromStdString(m2ai::toName(it->tech));
        if (it->tech == current) name = QObject::tr("%1 (this site)").arg(name);
        labels << name;
    }
    for (QBarSet* s : {free, economiser, mechanical}) series->append(s);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    attach(chart, y, Qt::AlignLeft, {series});
    auto* x = valueAxis(QObject::tr("Hours per year"));
    hourTicks(x, total);
    attach(chart, x, Qt::AlignBottom, {series});
    return chart;
}
