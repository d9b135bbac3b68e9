// The per-site page and the appendix of ReportRenderer: one A4/Letter page each, by construction
// (fixed-height tables, charts share whatever height is left).
#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <memory>

#include "app/CatalogueText.h"
#include "app/ProblemText.h"
#include "catalogue/Catalogue.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/GanttWidget.h"
#include "charts/SiteCharts.h"
#include "model/Enums.h"
#include "report/ReportFormat.h"
#include "report/ReportNotes.h"
#include "report/ReportRenderer.h"
#include "report/ReportTable.h"
#include "util/Format.h"
#include "util/PlainText.h"

namespace {

// Every model string in a report is a user string (names, countries, catalogue text): isolated so
// a right-to-left override inside one cannot reorder the line around it (headers, footers).
QString qs(const std::string& s) {
    return PlainText::bidiIsolated(QString::fromStdString(s));
}
using ReportFormat::number;

QString onOff(bool enabled, const QString& text) {
    return enabled ? text : QObject::tr("off");
}

ReportTable inputsTable(const m2ai::Site& s, const m2ai::YearMonth& start) {
    const m2ai::ConversionPlan& plan = s.plan;
    ReportTable t;
    t.headers = {QObject::tr("Inputs and conversion steps"), QString()};
    t.columnWeights = {0.95, 2.3};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft};
    QString grid = ReportFormat::mw(s.gridInterconnectMw);
    if (s.gridQueue)
        grid += QObject::tr(" + %1 from %2")
                    .arg(ReportFormat::mw(s.gridQueue->extraMw),
                         ReportFormat::month(s.gridQueue->availableMonth, 0));
    QString business =
        plan.business.model == m2ai::BusinessModel::Colocation
            ? (plan.business.powerPassThrough ? QObject::tr("colocation, USD %1/kW-mo + power")
                                              : QObject::tr("colocation, USD %1/kW-mo incl. power"))
                  .arg(number(plan.business.colocationUsdPerKwMonth, 0))
            : QObject::tr("GPU cloud, USD %1/GPU-h, %2 sold")
                  .arg(number(plan.business.gpuUsdPerHour, 2),
                       ReportFormat::percent(plan.business.gpuUtilisationPct, 0));
    const m2ai::GpuPlatform* platform = m2ai::defaultCatalogue().gpu(plan.gpu.platformId);
    QStringList facility;
    if (plan.facility.sealingAndDustFiltration) facility << QObject::tr("sealing");
    if (plan.facility.fireSuppression) facility << QObject::tr("fire suppression");
    if (plan.facility.monitoringBms) facility << QObject::tr("BMS");
    facility << Format::certificationName(plan.facility.certification);
    t.rows = {
        {QObject::tr("Location"),
         QObject::tr("%1, %2°, %3°").arg(qs(s.country), number(s.latitudeDeg, 1), number(s.longitudeDeg, 1))},
        {QObject::tr("Grid"), grid},
        {QObject::tr("Energy"),
         QObject::tr("%1, USD %2/MWh (%3/yr)")
             .arg(Format::energySourceName(s.energySource), number(s.powerPriceUsdPerMwh, 1),
                  ReportFormat::percent(s.powerPriceEscalationPctPerYear, 1))},
        {QObject::tr("Grid carbon"), QObject::tr("%1 g CO₂/kWh").arg(number(s.gridCarbonGPerKwh, 0))},
        {QObject::tr("Mining fleet"), QObject::tr("%1 × %2 (%3 kW)")
                                          .arg(ReportFormat::count(s.mining.units), qs(s.mining.asicModel),
                                               number(s.mining.kwPerUnit, 2))},
        {QObject::tr("Hashprice"), QObject::tr("USD %1/PH/day (%2/yr)")
                                       .arg(number(s.mining.hashpriceUsdPerPhDay, 1),
                                            ReportFormat::percent(s.mining.hashpriceChangePctPerYear, 1))},
        {QObject::tr("Converted"), QObject::tr("%1 of grid, %2")
                                       .arg(ReportFormat::percent(plan.convertedSharePct, 0),
                                            Format::scheduleModeName(plan.scheduleMode))},
        {QObject::tr("Business"), business},
        {QObject::tr("1 GPU install"),
         // The figures first: the catalogue's platform name is long and is what an elided cell cuts.
         onOff(plan.gpu.enabled,
               QObject::tr("%1 kW/rack, %2 GPUs, %3")
                   .arg(number(plan.gpu.kwPerRack, 1))
                   .arg(plan.gpu.gpusPerRack)
                   .arg(platform ? CatalogueText::gpuName(*platform) : QObject::tr("custom platform")))},
        {QObject::tr("2 Electrical"),
         onOff(plan.electrical.enabled, QObject::tr("%1, %2 × %3 blocks")
                                            .arg(Format::redundancyName(plan.electrical.redundancy))
                                            .arg(plan.electrical.installedBlocks)
                                            .arg(ReportFormat::mw(plan.electrical.blockSizeMw)))},
        {QObject::tr("3 Cooling"),
         onOff(plan.cooling.enabled,
               PlainText::bidiIsolated(CatalogueText::coolingName(plan.cooling.technology)))},
        {QObject::tr("4 Facility"), onOff(plan.facility.enabled, facility.join(QStringLiteral(", ")))},
        {QObject::tr("GPU delivery"), plan.gpuDeliveryMonthIndex
                                          ? ReportFormat::month(start, *plan.gpuDeliveryMonthIndex)
                                          : QObject::tr("when procurement ends")},
        {QObject::tr("Energisation"), QObject::tr("%1 phase(s), %2 months apart")
                                          .arg(plan.energisationPhases)
                                          .arg(number(plan.monthsBetweenPhases, 1))},
    };
    if (!plan.extraTasks.empty())
        t.rows.push_back({QObject::tr("Extra tasks"), QString::number(plan.extraTasks.size())});
    return t;
}

ReportTable powerTable(const m2ai::SiteResult& r) {
    const m2ai::PowerBudget& p = r.power;
    ReportTable t;
    t.headers = {QObject::tr("Power budget (MW)"), QObject::tr("Peak"), QObject::tr("Avg.")};
    t.columnWeights = {2.6, 0.7, 0.7};
    t.rows = {
        {QObject::tr("IT"), number(p.peak.itMw, 1), number(p.annualAverage.itMw, 1)},
        {QObject::tr("Cooling"), number(p.peak.coolingMw, 1), number(p.annualAverage.coolingMw, 1)},
        {QObject::tr("Electrical losses"), number(p.peak.electricalLossMw, 1),
         number(p.annualAverage.electricalLossMw, 1)},
        {QObject::tr("Misc"), number(p.peak.miscMw, 1), number(p.annualAverage.miscMw, 1)},
        {QObject::tr("Facility"), number(p.peak.facilityMw(), 1), number(p.annualAverage.facilityMw(), 1)},
        {QObject::tr("Grid now / with queue"), number(p.gridMw, 1), number(p.gridWithQueueMw, 1)},
        {QObject::tr("Converted / mining grid"), number(p.convertedGridMw, 1), number(p.miningGridMw, 1)},
        {QObject::tr("Installed / usable chain"), number(p.installedCapacityMw, 1),
         number(p.usableCapacityMw, 1)},
        {QObject::tr("Spare at peak"), number(p.spareMw, 1), QString()},
        {QObject::tr("Mining before / after"), number(p.miningBefore.facilityMw, 1),
         number(p.miningAfter.facilityMw, 1)},
        {p.limitedByElectrical ? QObject::tr("Limit: electrical chain") : QObject::tr("Limit: grid"),
         QString(), QString()},
    };
    return t;
}

ReportTable kpiTable(const m2ai::SiteResult& r, const m2ai::YearMonth& start) {
    const m2ai::EconomicsResult& e = r.economics;
    ReportTable t;
    t.headers = {QObject::tr("Key figures"), QString()};
    t.columnWeights = {1.9, 1.0};
    // An infeasible plan's NPV figures are not figures (engines/Feasibility): the word stands in.
    const bool ok = r.feasible;
    const QString no = Format::infeasible();
    auto usd = [&](double v) { return ok ? ReportFormat::usdM(v) : no; };
    t.rows = {
        {QObject::tr("AI IT capacity"), ReportFormat::mw(r.power.itMw)},
        {QObject::tr("Racks / GPUs"),
         QObject::tr("%1 / %2").arg(ReportFormat::count(r.power.racks), ReportFormat::count(r.power.gpus))},
        {QObject::tr("First ready for service"), ReportFormat::month(start, r.schedule.rfsMonthIndex)},
        {QObject::tr("Full capacity"), r.schedule.fullCapacityMonthIndex
                                           ? ReportFormat::month(start, *r.schedule.fullCapacityMonthIndex)
                                           : QStringLiteral("—")},
        {QObject::tr("Capex"), ReportFormat::usdM(e.capexUsd)},
        {QObject::tr("Facility capex per MW IT"),
         QObject::tr("%1/MW").arg(ReportFormat::usdM(e.facilityCapexUsdPerMwIt, 2))},
        {QObject::tr("GPU purchase"), ReportFormat::usdM(e.gpuPurchaseUsd)},
        {QObject::tr("NPV, converting"), usd(e.npvUsd)},
        {QObject::tr("NPV within horizon"), usd(e.npvWithinHorizonUsd)},
        {QObject::tr("Terminal value (PV)"), usd(e.terminalValuePvUsd)},
        {QObject::tr("Terminal value share of NPV"),
         !ok ? no
             : (e.terminalValueSharePct ? ReportFormat::percent(*e.terminalValueSharePct, 0)
                                        : QStringLiteral("—"))},
        {QObject::tr("NPV, keep mining"), ReportFormat::usdM(e.npvKeepMiningUsd)},
        {QObject::tr("Incremental NPV"), usd(e.incrementalNpvUsd)},
        {QObject::tr("Incremental IRR vs keep mining"), ok ? ReportFormat::irr(e.incrementalIrr) : no},
        {QObject::tr("IRR of converting"), ok ? ReportFormat::irr(e.convertingIrr) : no},
        // Tax and financing (engines/finance/TaxAndDebt), each IRR named for its flows.
        {QObject::tr("Project IRR after tax (unlevered)"),
         ok ? ReportFormat::irr(e.financing.projectIrr) : no},
        {QObject::tr("Equity IRR (after tax and debt)"), ok ? ReportFormat::irr(e.financing.equityIrr) : no},
        {QObject::tr("Minimum DSCR"),
         e.financing.minDscr
             ? QObject::tr("%1 ×%2").arg(
                   number(*e.financing.minDscr, 2),
                   e.financing.dscrBelowMinimum ? QObject::tr(" (below covenant)") : QString())
             : QStringLiteral("—")},
        {QObject::tr("Income tax over the horizon"),
         e.financing.taxApplies ? ReportFormat::usdM(e.financing.taxUsd) : QObject::tr("off")},
        {QObject::tr("Payback"), ok ? ReportFormat::optionalMonth(start, e.paybackMonthIndex) : no},
        {QObject::tr("Cost of 1 month delay"), ReportFormat::usdM(e.delayCostUsdPerMonth, 2)},
        {QObject::tr("Miners off, keep / remaining"), QObject::tr("%1 / %2 months")
                                                          .arg(e.keepMiningCurtailedMonths)
                                                          .arg(e.remainingMiningCurtailedMonths)},
        // An infeasible hall never runs: its PUE is not a figure of this plan.
        {QObject::tr("PUE annual / peak"),
         ok ? QObject::tr("%1 / %2").arg(number(r.power.pue.annual, 2), number(r.power.pue.peak, 2)) : no},
        {QObject::tr("CO₂"), QObject::tr("%1 t/yr").arg(number(r.environment.co2TonnesPerYear, 0))},
        {QObject::tr("Water"), QObject::tr("%1 m³/yr").arg(number(r.environment.waterM3PerYear, 0))},
        {QObject::tr("Idle-GPU cost (in NPV)"), ReportFormat::usdM(e.idleGpuCostUsd, 2)},
    };
    return t;
}

// An infeasible plan's page shows what the site does instead: keep mining, year by year.
ReportTable keepMiningTable(const m2ai::SiteResult& r, const m2ai::YearMonth& start) {
    const m2ai::EconomicsResult& e = r.economics;
    ReportTable t;
    t.headers = {QObject::tr("Keep mining (the plan is infeasible)"), QObject::tr("Net"),
                 QObject::tr("Miners off")};
    t.columnWeights = {1.6, 1.0, 0.8};
    t.rows.push_back({QObject::tr("NPV, keep mining"), ReportFormat::usdM(e.npvKeepMiningUsd),
                      QObject::tr("%1 months").arg(e.keepMiningCurtailedMonths)});
    const std::vector<double>& net = e.keepMiningNetUsdByMonth;
    for (std::size_t first = 0; first < net.size(); first += 12) {
        double sum = 0.0;
        int off = 0;
        for (std::size_t m = first; m < std::min(first + 12, net.size()); ++m) {
            sum += net[m];
            off += net[m] == 0.0 ? 1 : 0;
        }
        t.rows.push_back(
            {QObject::tr("Year from %1").arg(ReportFormat::month(start, static_cast<int>(first))),
             ReportFormat::usdM(sum), QString::number(off)});
    }
    return t;
}

// Qt Charts elides a title wider than its chart ("Cumulative cash flow, converting vs keeping …"
// on a half page): the title is drawn here instead, word-wrapped over up to two lines above the
// chart, and the chart gets the rest of the rect.
void renderTitledChart(QPainter& p, const QRectF& rect, QChart* chart) {
    const QString title = chart->title();
    chart->setTitle(QString());
    const QFont font = reportFont(8, true);
    const QFontMetricsF fm(font, p.device());
    const QRectF wrapped =
        fm.boundingRect(QRectF(rect.left(), rect.top(), rect.width(), 2 * fm.lineSpacing()),
                        Qt::TextWordWrap | Qt::AlignHCenter, title);
    const double titleH = std::min(wrapped.height(), 2 * fm.lineSpacing()) + 2;
    p.save();
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH), Qt::TextWordWrap | Qt::AlignHCenter,
               title);
    p.restore();
    renderChart(p, QRectF(rect.left(), rect.top() + titleH, rect.width(), rect.height() - titleH), chart,
                kChartScale);
    chart->setTitle(title);
}

// Capex by conversion step as painted horizontal bars: the step names in a column as wide as the
// longest of them (Qt Charts squeezed its category axis to "…" on the half-page chart), a value at
// the end of each bar, the ASIC resale credit to the left of zero and the total last, bold.
void paintCapexBars(QPainter& p, const QRectF& rect, const m2ai::SiteResult& r) {
    const m2ai::CapexByStep& c = r.economics.capex;
    const std::vector<std::pair<QString, double>> rows = {
        {QObject::tr("GPU install"), c.gpuInstallUsd},  {QObject::tr("Electrical"), c.electricalUsd},
        {QObject::tr("Cooling"), c.coolingUsd},         {QObject::tr("Facility"), c.facilityUsd},
        {QObject::tr("Contingency"), c.contingencyUsd}, {QObject::tr("ASIC resale"), -c.asicResaleUsd},
        {QObject::tr("Total"), r.economics.capexUsd},
    };
    p.save();
    const QFont titleFont = reportFont(8, true);
    const QFontMetricsF tfm(titleFont, p.device());
    const QString title = QObject::tr("Capex by conversion step — %1 (USD M)").arg(qs(r.name));
    const QRectF titleRect =
        tfm.boundingRect(QRectF(rect.left(), rect.top(), rect.width(), 2 * tfm.lineSpacing()),
                         Qt::TextWordWrap | Qt::AlignHCenter, title);
    const double titleH = std::min(titleRect.height(), 2 * tfm.lineSpacing()) + 4;
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH), Qt::TextWordWrap | Qt::AlignHCenter,
               title);

    const QFont font = reportFont(7);
    const QFontMetricsF fm(font, p.device());
    double labelW = 0.0, lo = 0.0, hi = 0.0, valueW = 0.0;
    for (const auto& [name, usd] : rows) {
        labelW = std::max(labelW, fm.horizontalAdvance(name));
        valueW = std::max(valueW, fm.horizontalAdvance(ReportFormat::number(usd / 1e6, 1)));
        lo = std::min(lo, usd);
        hi = std::max(hi, usd);
    }
    labelW += 6;
    const QRectF plot(rect.left() + labelW, rect.top() + titleH, rect.width() - labelW - valueW - 8,
                      rect.height() - titleH);
    if (plot.width() <= 10 || plot.height() <= 10 || hi - lo <= 0.0) {
        p.restore();
        return;
    }
    const double rowH = std::min(plot.height() / static_cast<double>(rows.size()), 3.0 * fm.height());
    const auto xOf = [&](double usd) { return plot.left() + (usd - lo) / (hi - lo) * plot.width(); };
    const double zero = xOf(0.0);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.6));
    p.drawLine(QPointF(zero, plot.top()),
               QPointF(zero, plot.top() + rowH * static_cast<double>(rows.size())));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& [name, usd] = rows[i];
        const bool total = i + 1 == rows.size();
        const double top = plot.top() + rowH * static_cast<double>(i);
        QFont f = font;
        f.setBold(total);
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), top, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, name);
        const double x = xOf(usd);
        const QRectF bar(std::min(zero, x), top + rowH * 0.2, std::abs(x - zero), rowH * 0.6);
        p.fillRect(bar, total ? chartstyle::kIt.darker(130) : chartstyle::kIt);
        // Right of the bar, or of the zero line for the credit: left of it would run into its name.
        const QString value = ReportFormat::number(usd / 1e6, 1);
        const double vx = std::max(bar.right(), zero) + 3;
        p.drawText(QRectF(vx, top, fm.horizontalAdvance(value) + 2, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   value);
    }
    p.restore();
}

}  // namespace

void ReportRenderer::paintSite(QPainter& p, const QRectF& content, int siteIndex) const {
    const m2ai::SiteResult& r = result_.sites[static_cast<size_t>(siteIndex)];
    const m2ai::Site* site = static_cast<size_t>(siteIndex) < portfolio_.sites.size()
                                 ? &portfolio_.sites[static_cast<size_t>(siteIndex)]
                                 : nullptr;
    const m2ai::YearMonth start = portfolio_.startMonth;
    double y = content.top();
    p.setPen(Qt::black);
    p.setFont(reportFont(14, true));
    p.drawText(QRectF(content.left(), y, content.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("Site %1 of %2: %3").arg(siteIndex + 1).arg(result_.sites.size()).arg(qs(r.name)));
    y += 22;

    if (!r.feasible) {
        // Why the plan cannot work, before any figure is read.
        p.setFont(reportFont(8, true));
        p.setPen(QColor(0xc6, 0x28, 0x28));
        QString text = QObject::tr(
            "Infeasible — this plan cannot work: it earns no AI revenue, is ranked last "
            "and is left out of the portfolio totals.");
        for (const QString& reason : Format::infeasibilityReasons(r)) text += QStringLiteral("\n✖ ") + reason;
        const QRectF box =
            QFontMetricsF(p.font()).boundingRect(QRectF(content.left(), y, content.width(), 200),
                                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        p.drawText(QRectF(content.left(), y, content.width(), box.height() + 2),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        y += box.height() + 6;
        p.setPen(Qt::black);
    }

    // Row 1: three tables.
    const QFont tableFont = reportFont(7);
    const double gap = 8;
    const double w = content.width() - 2 * gap;
    const double rowH = 9.5;
    double tablesH = 0;
    double x = content.left();
    if (site) {
        ReportTable in = inputsTable(*site, start);
        in.rowHeight = rowH;
        tablesH = std::max(tablesH, in.paint(p, QRectF(x, y, w * 0.35, in.height()), tableFont));
    }
    x += w * 0.35 + gap;
    ReportTable pw = powerTable(r);
    pw.rowHeight = rowH;
    tablesH = std::max(tablesH, pw.paint(p, QRectF(x, y, w * 0.28, pw.height()), tableFont));
    x += w * 0.28 + gap;
    ReportTable kpi = kpiTable(r, start);
    kpi.rowHeight = rowH;
    tablesH = std::max(tablesH, kpi.paint(p, QRectF(x, y, w * 0.37, kpi.height()), tableFont));
    y += tablesH + 8;

    // Warnings (one line each, at the bottom).
    const double warningsH =
        r.warnings.empty() ? 0.0 : 10.0 * static_cast<double>(std::min<size_t>(r.warnings.size(), 3)) + 4;
    const double ganttH =
        std::min(10.0 * static_cast<double>(r.schedule.tasks.size() + 3), (content.bottom() - y) * 0.36);
    const double chartH = (content.bottom() - y - ganttH - warningsH - 3 * gap) / 2;
    const double half = (content.width() - gap) / 2;

    std::unique_ptr<QChart> power(makePowerBudgetChart(r, ChartTheme::Light));
    std::unique_ptr<QChart> pue(makePueChart(r, ChartTheme::Light, true));
    std::unique_ptr<QChart> cash(makeCashFlowChart(r, start, ChartTheme::Light));
    for (QChart* c : {power.get(), pue.get(), cash.get()})
        setChartPixelFonts(c, kChartTitlePx, kChartLabelPx);
    // The short unit only: on a half page Qt Charts cut "Cumulative (USD M)" to "Cumulative...", and
    // the title above says what is cumulated.
    for (QAbstractAxis* axis : cash->axes(Qt::Vertical)) axis->setTitleText(QObject::tr("USD M"));
    const double powerW = (content.width() - gap) * 0.48;
    renderTitledChart(p, QRectF(content.left(), y, powerW, chartH), power.get());
    const QRectF right(content.left() + powerW + gap, y, content.width() - powerW - gap, chartH);
    if (r.feasible) {
        renderTitledChart(p, right, pue.get());
    } else {
        // No PUE or converting cash flow for a hall that cannot run: the keep-mining figures instead.
        ReportTable keep = keepMiningTable(r, start);
        keep.rowHeight = std::min(9.5, chartH / static_cast<double>(keep.rows.size() + 1));
        keep.paint(p, right, tableFont);
    }
    y += chartH + gap;

    p.setFont(reportFont(9, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(content.left(), y, content.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("Conversion schedule (critical path in red)"));
    p.setFont(reportFont(7));
    paintGantt(p, QRectF(content.left(), y + 13, content.width(), ganttH - 13), r.schedule, start);
    y += ganttH + gap;

    if (r.feasible) {
        renderTitledChart(p, QRectF(content.left(), y, half * 1.15, chartH), cash.get());
    } else {
        p.setFont(reportFont(8, true));
        p.setPen(QColor(0xc6, 0x28, 0x28));
        QString text = QObject::tr("No converting cash flow: the plan cannot work.");
        for (const QString& reason : Format::infeasibilityReasons(r)) text += QStringLiteral("\n✖ ") + reason;
        p.drawText(QRectF(content.left(), y, half * 1.15, chartH),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        p.setPen(Qt::black);
    }
    paintCapexBars(
        p, QRectF(content.left() + half * 1.15 + gap, y, content.width() - half * 1.15 - gap, chartH), r);
    y += chartH + gap;

    if (!r.warnings.empty()) {
        p.setFont(reportFont(7));
        p.setPen(QColor(0x9a, 0x4a, 0x00));
        for (size_t i = 0; i < r.warnings.size() && i < 3; ++i) {
            p.drawText(QRectF(content.left(), y, content.width(), 10), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(p.font()).elidedText(
                           QObject::tr("⚠ %1").arg(ProblemText::warning(r.warnings[i])), Qt::ElideRight,
                           content.width()));
            y += 10;
        }
    }
}

void ReportRenderer::paintAppendix(QPainter& p, const QRectF& content) const {
    const m2ai::CostAssumptions& c = portfolio_.costs;
    double y = content.top();
    p.setPen(Qt::black);
    p.setFont(reportFont(14, true));
    p.drawText(QRectF(content.left(), y, content.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("Appendix: assumptions and sources"));
    y += 22;
    ReportTable t;
    t.headers = {QObject::tr("Cost assumption"), QObject::tr("Value"), QObject::tr("Unit / basis")};
    t.columnWeights = {2.0, 1.0, 1.7};
    t.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
    t.rowHeight = 10;
    auto row = [&](const QString& name, double value, int decimals, const QString& unit) {
        t.rows.push_back({name, number(value, decimals), unit});
    };
    row(QObject::tr("GPU fit-out (racks, network, distribution)"), c.gpuFitOutUsdPerMwIt / 1e6, 2,
        QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Electrical chain"), c.electricalUsdPerInstalledMw / 1e6, 2,
        QObject::tr("USD M per installed MW"));
    for (size_t i = 0; i < c.coolingUsdPerMwIt.size(); ++i)
        row(QObject::tr("Cooling, %1")
                .arg(PlainText::bidiIsolated(CatalogueText::coolingName(static_cast<m2ai::CoolingTech>(i)))),
            c.coolingUsdPerMwIt[i] / 1e6, 2, QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Sealing and dust filtration"), c.sealingUsdPerMwIt / 1e6, 2,
        QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Fire suppression"), c.fireSuppressionUsdPerMwIt / 1e6, 2,
        QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Monitoring / BMS"), c.monitoringUsdPerMwIt / 1e6, 2, QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Tier III certification works"), c.tierIiiUsdPerMwIt / 1e6, 2,
        QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Tier IV certification works"), c.tierIvUsdPerMwIt / 1e6, 2,
        QObject::tr("USD M per MW of IT"));
    row(QObject::tr("Contingency"), c.contingencyPct, 1, QObject::tr("% of capex"));
    row(QObject::tr("O&M, AI hall"), c.omUsdPerMwItYear, 0, QObject::tr("USD per MW of IT per year"));
    row(QObject::tr("O&M, mining"), c.miningOmUsdPerMwYear, 0, QObject::tr("USD per MW per year"));
    row(QObject::tr("ASIC resale"), c.asicResaleUsdPerTh, 2, QObject::tr("USD per TH/s"));
    row(QObject::tr("GPU depreciation"), c.gpuDepreciationYears, 1, QObject::tr("years"));
    const m2ai::OperatingCosts& o = portfolio_.opex;
    row(QObject::tr("Colocation lease and property costs"), o.colocationOpexPctOfRent, 1,
        QObject::tr("% of rent"));
    row(QObject::tr("GPU cloud service costs"), o.gpuCloudOpexPctOfRevenue, 1,
        QObject::tr("% of GPU revenue"));
    row(QObject::tr("GPU useful life"), o.gpuUsefulLifeYears, 1,
        o.gpuEndOfLife == m2ai::GpuEndOfLife::Refresh ? QObject::tr("years; then the fleet is bought again")
                                                      : QObject::tr("years; then the fleet stops earning"));
    row(QObject::tr("Facility life (residual value)"), c.facilityLifeYears, 0,
        c.includeResidualValue ? QObject::tr("years; residual value counted")
                               : QObject::tr("years; residual value ignored"));
    row(QObject::tr("Discount rate"), portfolio_.discountRatePct, 1, QObject::tr("% per year"));
    row(QObject::tr("Horizon"), portfolio_.horizonYears, 0,
        QObject::tr("years from %1").arg(ReportFormat::month(portfolio_.startMonth, 0)));
    y += t.paint(p, QRectF(content.left(), y, content.width(), t.height()), reportFont(8)) + 10;

    // Catalogue sources: the reference data behind the defaults, shrunk until it fits the page.
    const m2ai::Catalogue& cat = m2ai::defaultCatalogue();
    QStringList lines;
    if (const QStringList notes = ReportNotes::lines(portfolio_); !notes.isEmpty())
        lines << ReportNotes::heading() << notes;  // the user's own sources first (issue 15)
    lines << QObject::tr("GPU platforms");
    for (const auto& g : cat.gpuPlatforms)
        lines << QStringLiteral("• %1: %2").arg(CatalogueText::gpuName(g), qs(g.source));
    lines << QObject::tr("ASIC models");
    for (const auto& a : cat.asicModels) lines << QStringLiteral("• %1: %2").arg(qs(a.name), qs(a.source));
    lines << QObject::tr("Cooling technologies");
    for (const auto& t2 : cat.coolingTechnologies)
        lines << QStringLiteral("• %1: %2")
                     .arg(PlainText::bidiIsolated(CatalogueText::coolingName(t2.tech)), qs(t2.source));
    lines << QObject::tr("Country presets");
    for (const auto& k : cat.countries)
        lines << QStringLiteral("• %1: %2")
                     .arg(PlainText::bidiIsolated(CatalogueText::countryName(k)), qs(k.source));

    p.setFont(reportFont(9, true));
    p.drawText(QRectF(content.left(), y, content.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
               portfolio_.notes.byPath.empty() ? QObject::tr("Catalogue sources") : QObject::tr("Sources"));
    y += 14;
    const QRectF area(content.left(), y, content.width(), content.bottom() - y);
    const QStringList headings = {ReportNotes::heading(), QObject::tr("GPU platforms"),
                                  QObject::tr("ASIC models"), QObject::tr("Cooling technologies"),
                                  QObject::tr("Country presets")};
    for (int px = 8; px >= 4; --px) {
        const QFont font = reportFont(px);
        const QFontMetricsF fm(font);
        double h = 0;
        for (const QString& line : lines)
            h += fm.boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::TextWordWrap, line).height() + 1;
        if (h <= area.height() || px == 4) {
            double yy = area.top();
            for (const QString& line : lines) {
                const bool heading = headings.contains(line);
                p.setFont(reportFont(px, heading));
                p.setPen(heading ? QColor(0x1f, 0x4e, 0x79) : QColor(Qt::black));
                const QRectF r =
                    fm.boundingRect(QRectF(area.left(), yy, area.width(), 1e6), Qt::TextWordWrap, line);
                if (yy + r.height() > area.bottom() + 0.5) break;  // never spill onto a second page
                p.drawText(QRectF(area.left(), yy, area.width(), r.height() + 1),
                           Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line);
                yy += r.height() + 1;
            }
            break;
        }
    }
}
