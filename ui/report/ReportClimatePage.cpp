// The climate page of ReportRenderer (issue 13), after the page of every site with hourly weather:
// the design conditions and which limit sets IT, the technologies compared on the site's hours, the
// hourly PUE duration curve and heat map, and the hours in each cooling mode. One page by construction.
#include <QChart>
#include <QPainter>
#include <memory>

#include "catalogue/Catalogue.h"
#include "charts/ChartView.h"
#include "charts/ClimateCharts.h"
#include "climate/HourlyClimate.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "report/ReportTable.h"
#include "util/PlainText.h"

namespace {

QString qs(const std::string& s) {
    return PlainText::bidiIsolated(QString::fromStdString(s));
}
using ReportFormat::number;

ReportTable designTable(const m2ai::Site& site, const m2ai::SiteResult& r) {
    const m2ai::PueResult& pue = r.power.pue;
    ReportTable t;
    t.headers = {QObject::tr("Design day and year"), QString()};
    t.columnWeights = {1.0, 3.0};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft};
    const m2ai::HourlyClimate& h = *site.hourlyClimate;
    t.rows = {
        {QObject::tr("Weather"), QObject::tr("%1 hours: %2").arg(h.dryBulbC.size()).arg(qs(h.source))},
        {QObject::tr("Design condition"),
         QObject::tr("%1 % of hours: %2 °C dry-bulb, %3 °C wet-bulb")
             .arg(number(pue.designExceedancePct, 1), number(pue.designDryBulbC, 1),
                  number(pue.designWetBulbC, 1))},
        {QObject::tr("Hours above design"), number(pue.designExceedanceHours, 0)},
        {QObject::tr("PUE annual / design day"),
         QObject::tr("%1 / %2").arg(number(pue.annual, 3), number(pue.designPue, 3))},
        {QObject::tr("Worst hour PUE"), number(pue.peakHourPue, 3)},
        {QObject::tr("IT load"),
         QObject::tr("%1, limited by %2")
             .arg(ReportFormat::mw(r.power.itMw), r.power.limitedByElectrical
                                                      ? QObject::tr("the electrical chain")
                                                      : QObject::tr("the grid at the design-day PUE"))},
        {QObject::tr("Site elevation"), QObject::tr("%1 m").arg(number(site.siteClimate.elevationM, 0))},
    };
    return t;
}

ReportTable technologyTable(const SiteClimateData& data, m2ai::CoolingTech current) {
    ReportTable t;
    t.headers = {QObject::tr("Technology"),   QObject::tr("PUE hourly"),  QObject::tr("PUE from means"),
                 QObject::tr("Design PUE"),   QObject::tr("WUE L/kWh"),   QObject::tr("Free h"),
                 QObject::tr("Economiser h"), QObject::tr("Mechanical h")};
    t.columnWeights = {1.6, 0.8, 0.9, 0.8, 0.8, 0.7, 0.9, 0.9};
    for (const m2ai::TechnologyClimate& row : data.byTechnology) {
        QString name = QString::fromStdString(m2ai::toName(row.tech));
        if (row.tech == current) name = QObject::tr("%1 (this site)").arg(name);
        t.rows.push_back({name, number(row.annualPue, 3), number(row.annualPueFromMonthlyMeans, 3),
                          number(row.designPue, 3), number(row.wueLPerKwh, 2),
                          number(row.modeHours.freeHours, 0), number(row.modeHours.economiserHours, 0),
                          number(row.modeHours.mechanicalHours, 0)});
    }
    return t;
}

}  // namespace

void ReportRenderer::paintClimate(QPainter& p, const QRectF& content, int siteIndex) const {
    const auto i = static_cast<std::size_t>(siteIndex);
    if (i >= portfolio_.sites.size() || i >= result_.sites.size() || !portfolio_.sites[i].hourlyClimate)
        return;
    const m2ai::Site& site = portfolio_.sites[i];
    const m2ai::SiteResult& r = result_.sites[i];
    const m2ai::CoolingTech current =
        site.plan.cooling.enabled ? site.plan.cooling.technology : m2ai::CoolingTech::Air;
    double y = content.top();
    p.setPen(Qt::black);
    p.setFont(reportFont(14, true));
    p.drawText(QRectF(content.left(), y, content.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("Climate: %1").arg(qs(r.name)));
    y += 22;
    p.setFont(reportFont(8));
    const QString note = QObject::tr(
        "PUE and water are computed hour by hour from the site's weather; the power budget sizes IT so that "
        "the facility at the design condition fits the grid (cooling is capped there, so no hour draws "
        "more). Technologies compared at 30 MW IT on 40 MW installed.");
    p.drawText(QRectF(content.left(), y, content.width(), 24),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, note);
    y += 28;

    const SiteClimateData data = siteClimateData(site, r);
    const QFont tableFont = reportFont(7);
    const double gap = 8;
    ReportTable design = designTable(site, r);
    design.rowHeight = 10;
    ReportTable tech = technologyTable(data, current);
    tech.rowHeight = 10;
    // Stacked at full width: the station name and the design condition are long.
    y += design.paint(p, QRectF(content.left(), y, content.width(), design.height()), tableFont) + gap;
    y += tech.paint(p, QRectF(content.left(), y, content.width(), tech.height(content.width(), tableFont)),
                    tableFont) +
         gap * 2;

    // Duration curve and heat map side by side, the cooling modes below at full width.
    const double chartH = (content.bottom() - y - gap) / 2;
    const double halfW = (content.width() - gap) / 2;
    std::unique_ptr<QChart> duration(makePueDurationChart(data, r.power.pue, ChartTheme::Light));
    std::unique_ptr<QChart> heatMap(makePueHeatMapChart(data, r.power.pue, ChartTheme::Light));
    std::unique_ptr<QChart> modes(makeCoolingModeChart(data, current, ChartTheme::Light));
    for (QChart* c : {duration.get(), heatMap.get(), modes.get()})
        setChartPixelFonts(c, kChartTitlePx, kChartLabelPx);
    renderChart(p, QRectF(content.left(), y, halfW, chartH), duration.get(), kChartScale);
    renderChart(p, QRectF(content.left() + halfW + gap, y, halfW, chartH), heatMap.get(), kChartScale);
    y += chartH + gap;
    renderChart(p, QRectF(content.left(), y, content.width(), chartH), modes.get(), kChartScale);
}
