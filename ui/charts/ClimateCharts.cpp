#include "charts/ClimateCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QTransform>
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

// Six PUE bands of a colour-blind-safe sequential palette (viridis stops): low PUE dark, high
// bright, readable on the light and the dark chart theme alike.
const QColor kBands[] = {QColor(0x44, 0x01, 0x54), QColor(0x41, 0x44, 0x87), QColor(0x2a, 0x78, 0x8e),
                         QColor(0x22, 0xa8, 0x84), QColor(0x7a, 0xd1, 0x51), QColor(0xfd, 0xe7, 0x25)};
constexpr int kBandCount = static_cast<int>(sizeof(kBands) / sizeof(kBands[0]));

// The year's PUE hour by hour in calendar order; a monthly climate repeats each month's PUE over
// its hours so that the map still shows the seasons.
std::vector<double> pueByHour(const SiteClimateData& data, const m2ai::PueResult& pue) {
    if (!data.hourlyPue.empty()) return data.hourlyPue;
    std::vector<double> out;
    for (std::size_t m = 0; m < 12; ++m)
        out.insert(out.end(), static_cast<std::size_t>(std::max(0.0, pue.monthlyHours[m])), pue.monthly[m]);
    return out;
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

QChart* makePueHeatMapChart(const SiteClimateData& data, const m2ai::PueResult& pue, ChartTheme theme) {
    const bool hourly = !data.hourlyPue.empty();
    const std::vector<double> values = pueByHour(data, pue);
    const int days = static_cast<int>(values.size() / 24);
    const auto [loIt, hiIt] = std::minmax_element(values.begin(), values.end());
    const double lo = values.empty() ? 1.0 : *loIt;
    const double hi = values.empty() ? 1.0 : *hiIt;
    const double width = (hi - lo) / kBandCount;
    // The range is in the title; the legend names each band by its lower edge.
    const QString range = QStringLiteral("%1–%2").arg(lo, 0, 'f', 3).arg(hi, 0, 'f', 3);
    QChart* chart = newChart(
        hourly ? QObject::tr("Hourly PUE, day × hour (%1)").arg(range)
               : QObject::tr("PUE by day and hour, %1 (monthly means; no hourly weather)").arg(range),
        theme);
    auto band = [&](double v) {
        if (width <= 0.0) return 0;
        return std::clamp(static_cast<int>((v - lo) / width), 0, kBandCount - 1);
    };

    // One pixel per hour: day across (left to right), hour up (00 at the bottom, like the y axis).
    QImage cells(std::max(1, days), 24, QImage::Format_RGB32);
    cells.fill(kBands[0]);
    for (int d = 0; d < days; ++d)
        for (int h = 0; h < 24; ++h)
            cells.setPixelColor(
                d, 23 - h,
                kBands[band(values[static_cast<std::size_t>(d) * 24 + static_cast<std::size_t>(h)])]);

    // The legend names the bands: one empty series per band present (a flat year has one).
    std::vector<QAbstractSeries*> bands;
    const int used = width <= 0.0 ? 1 : kBandCount;
    for (int b = 0; b < used; ++b) {
        auto* s = new QScatterSeries;
        s->setName(width <= 0.0 ? QString::number(lo, 'f', 3)
                                : QStringLiteral("%1+").arg(lo + b * width, 0, 'f', 3));
        s->setObjectName(ChartNames::pueHeatMap);
        s->setColor(kBands[b]);
        s->setBorderColor(kBands[b]);
        s->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        chart->addSeries(s);
        bands.push_back(s);
    }

    auto* x = valueAxis(QObject::tr("Day of the year"));
    x->setRange(0.0, std::max(1, days));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(60.0);
    x->setGridLineVisible(false);
    auto* y = valueAxis(QObject::tr("Hour of day"));
    y->setRange(0.0, 24.0);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(6.0);
    y->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : bands) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    // Six entries under a half-width chart are elided by Qt Charts; stacked at the right they fit.
    chart->legend()->setAlignment(Qt::AlignRight);

    // Qt Charts has no heat-map series: the cells are the plot area's background, rescaled to the
    // plot area whenever the layout moves it (cells stay sharp: no smoothing between hours).
    chart->setPlotAreaBackgroundVisible(true);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, cells](const QRectF& area) {
        if (area.width() < 1.0 || area.height() < 1.0) return;
        const QImage scaled = cells.scaled(qRound(area.width()), qRound(area.height()), Qt::IgnoreAspectRatio,
                                           Qt::FastTransformation);
        QBrush brush(scaled);
        brush.setTransform(QTransform::fromTranslate(area.left(), area.top()));
        chart->setPlotAreaBackgroundBrush(brush);
        chart->setPlotAreaBackgroundPen(Qt::NoPen);
    });
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
