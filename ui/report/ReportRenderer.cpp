#include "report/ReportRenderer.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <memory>

#include "app/ProblemText.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/SiteCharts.h"
#include "report/ReportFormat.h"
#include "report/ReportRiskPage.h"
#include "report/ReportScenarioPage.h"
#include "report/ReportTable.h"
#include "util/Format.h"
#include "util/PlainText.h"
#include "validation/Currency.h"

namespace {

constexpr double kMarginPt = 36.0;  // 12.7 mm
constexpr double kHeaderPt = 16.0;
constexpr double kFooterPt = 16.0;

// Every model string in a report is a user string (names, countries, catalogue text): isolated so
// a right-to-left override inside one cannot reorder the line around it (headers, footers).
QString qs(const std::string& s) {
    return PlainText::bidiIsolated(QString::fromStdString(s));
}

}  // namespace

QFont reportFont(int px, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

ReportRenderer::ReportRenderer(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                               ReportOptions options)
    : portfolio_(portfolio), result_(result), options_(std::move(options)) {
    pages_.push_back({PageKind::Title});
    if (options_.summary) pages_.push_back({PageKind::Summary});
    if (options_.scenarios && scenarioPageReady(*options_.scenarios)) pages_.push_back({PageKind::Scenarios});
    const int n = static_cast<int>(result_.sites.size());
    auto addSite = [this](int i) {
        pages_.push_back({PageKind::Site, i});
        const auto at = static_cast<std::size_t>(i);
        if (at < portfolio_.sites.size() && portfolio_.sites[at].hourlyClimate)
            pages_.push_back({PageKind::Climate, i});
    };
    if (options_.sites) {
        for (int i : *options_.sites)
            if (i >= 0 && i < n) addSite(i);
    } else {
        for (int i = 0; i < n; ++i) addSite(i);
    }
    if (options_.risk && riskPageReady(*options_.risk)) pages_.push_back({PageKind::Risk});
    if (options_.appendix) pages_.push_back({PageKind::Appendix});
}

QString ReportRenderer::scenario() const {
    return options_.scenario.isEmpty() ? qs(portfolio_.name) : PlainText::bidiIsolated(options_.scenario);
}

QDate ReportRenderer::date() const {
    return options_.date.isValid() ? options_.date : QDate::currentDate();
}

bool ReportRenderer::render(QPagedPaintDevice& device, bool setPaper, const PageProgress& progress) const {
    if (setPaper)
        device.setPageLayout(
            QPageLayout(QPageSize(options_.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter(&device);
    const double sx = device.logicalDpiX() / 72.0, sy = device.logicalDpiY() / 72.0;
    const QSizeF pagePt(device.width() / sx, device.height() / sy);
    for (int i = 0; i < pageCount(); ++i) {
        if (progress && !progress(i, pageCount())) return false;
        if (i > 0) device.newPage();
        painter.save();
        painter.scale(sx, sy);
        paintPage(painter, pagePt, i);
        painter.restore();
    }
    if (progress) progress(pageCount(), pageCount());
    return true;
}

bool ReportRenderer::writePdf(const QString& path, QString* error, const PageProgress& progress) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(
            QObject::tr("%1 — conversion plan report").arg(QString::fromStdString(portfolio_.name)));
        writer.setCreator(QStringLiteral("Mine2AI Planner " M2AI_VERSION));
        if (!render(writer, true, progress)) {
            file.cancelWriting();
            if (error) *error = QObject::tr("cancelled");
            return false;
        }
    }
    if (!file.commit()) {
        if (error) *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReportRenderer::paintFrame(QPainter& p, const QSizeF& pagePt, int pageIndex,
                                const QString& section) const {
    p.setPen(QColor(0x44, 0x44, 0x44));
    const double right = pagePt.width() - kMarginPt;
    if (!section.isEmpty()) {
        p.setFont(reportFont(8));
        const QRectF header(kMarginPt, kMarginPt - 4, right - kMarginPt, kHeaderPt);
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                   qs(portfolio_.name) + QStringLiteral(" — ") + section);
        p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, QObject::tr("Mine2AI Planner"));
        p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), 0.8));
        p.drawLine(QPointF(kMarginPt, header.bottom()), QPointF(right, header.bottom()));
    }
    p.setFont(reportFont(7));
    p.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF footer(kMarginPt, pagePt.height() - kMarginPt - kFooterPt + 6, right - kMarginPt, kFooterPt);
    p.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 0.5));
    p.drawLine(QPointF(kMarginPt, footer.top()), QPointF(right, footer.top()));
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("%1 · scenario %2 · Mine2AI Planner %3")
                   .arg(ReportFormat::date(date()), scenario(), QStringLiteral(M2AI_VERSION)));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               QObject::tr("Page %1 of %2").arg(pageIndex + 1).arg(pageCount()));
}

void ReportRenderer::paintPage(QPainter& painter, const QSizeF& pagePt, int pageIndex) const {
    if (pageIndex < 0 || pageIndex >= pageCount()) return;
    const Page& page = pages_[static_cast<size_t>(pageIndex)];
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QString section;
    switch (page.kind) {
        case PageKind::Title:
            break;
        case PageKind::Summary:
            section = QObject::tr("Portfolio summary");
            break;
        case PageKind::Site:
        case PageKind::Climate:
            section = qs(result_.sites[static_cast<size_t>(page.siteIndex)].name);
            break;
        case PageKind::Risk:
            section = QObject::tr("Sensitivity and risk");
            break;
        case PageKind::Scenarios:
            section = QObject::tr("Scenarios");
            break;
        case PageKind::Appendix:
            section = QObject::tr("Appendix: assumptions and sources");
            break;
    }
    paintFrame(painter, pagePt, pageIndex, section);
    const QRectF content(kMarginPt, kMarginPt + kHeaderPt + 6, pagePt.width() - 2 * kMarginPt,
                         pagePt.height() - 2 * kMarginPt - kHeaderPt - kFooterPt - 8);
    switch (page.kind) {
        case PageKind::Title:
            paintTitle(painter, content);
            break;
        case PageKind::Summary:
            paintSummary(painter, content);
            break;
        case PageKind::Site:
            paintSite(painter, content, page.siteIndex);
            break;
        case PageKind::Risk:
            paintRisk(painter, content);
            break;
        case PageKind::Scenarios:
            paintScenarios(painter, content);
            break;
        case PageKind::Climate:
            paintClimate(painter, content, page.siteIndex);
            break;
        case PageKind::Appendix:
            paintAppendix(painter, content);
            break;
    }
    painter.restore();
}

void ReportRenderer::paintTitle(QPainter& p, const QRectF& content) const {
    double y = content.top() + content.height() * 0.12;
    const QColor accent(0x1f, 0x4e, 0x79);
    p.fillRect(QRectF(content.left(), y, 6, 90), accent);
    const double x = content.left() + 18;
    const double w = content.width() - 18;
    p.setPen(accent);
    p.setFont(reportFont(11, true));
    p.drawText(QRectF(x, y, w, 16), Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("MINE2AI PLANNER"));
    y += 20;
    p.setPen(Qt::black);
    p.setFont(reportFont(24, true));
    p.drawText(QRectF(x, y, w, 32), Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Conversion plan report"));
    y += 36;
    p.setFont(reportFont(16));
    p.drawText(QRectF(x, y, w, 24), Qt::AlignLeft | Qt::AlignVCenter, qs(portfolio_.name));
    y += 60;

    ReportTable meta;
    meta.columnWeights = {1.2, 3.0};
    meta.alignments = {Qt::AlignLeft, Qt::AlignLeft};
    meta.rowHeight = 15;
    QStringList siteNames;
    for (const Page& page : pages_)
        if (page.kind == PageKind::Site)
            siteNames << qs(result_.sites[static_cast<size_t>(page.siteIndex)].name);
    meta.rows = {
        {QObject::tr("Scenario"), scenario()},
        {QObject::tr("Date"), ReportFormat::date(date())},
        {QObject::tr("Application"), QObject::tr("Mine2AI Planner %1").arg(QStringLiteral(M2AI_VERSION))},
        {QObject::tr("Start month"), ReportFormat::month(portfolio_.startMonth, 0)},
        {QObject::tr("Horizon"), QObject::tr("%1 years, discount rate %2")
                                     .arg(portfolio_.horizonYears)
                                     .arg(ReportFormat::percent(portfolio_.discountRatePct))},
        {QObject::tr("Sites in this report"), siteNames.join(QStringLiteral(", "))},
    };
    y += meta.paint(p, QRectF(x, y, w, meta.height()), reportFont(10)) + 30;

    p.setFont(reportFont(12, true));
    p.drawText(QRectF(x, y, w, 18), Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Portfolio at a glance"));
    y += 22;
    ReportTable kpi;
    kpi.columnWeights = {2.0, 1.4};
    kpi.rowHeight = 15;
    kpi.rows = {
        {QObject::tr("Sites"), Format::siteCountWithInfeasible(static_cast<int>(result_.sites.size()),
                                                               result_.infeasibleSiteCount)},
        {QObject::tr("Grid interconnect today"), ReportFormat::mw(result_.gridMw)},
        {QObject::tr("AI IT capacity"), ReportFormat::mw(result_.itMw)},
        {QObject::tr("GPUs"), ReportFormat::count(result_.gpus)},
        {QObject::tr("Conversion capex"), ReportFormat::usdM(result_.capexUsd)},
        {QObject::tr("NPV, converting"), ReportFormat::usdM(result_.npvUsd)},
        {QObject::tr("NPV, keep mining"), ReportFormat::usdM(result_.npvKeepMiningUsd)},
        {QObject::tr("Incremental NPV of converting"), ReportFormat::usdM(result_.incrementalNpvUsd)},
    };
    y += kpi.paint(p, QRectF(x, y, std::min(w, 360.0), kpi.height()), reportFont(10)) + 24;

    p.setFont(reportFont(8));
    p.setPen(QColor(0x55, 0x55, 0x55));
    QString about =
        QObject::tr(
            "All figures are computed by the Mine2AI Planner engines from the inputs and cost "
            "assumptions listed in this report (see the appendix). Money is in %1, NPV discounted "
            "monthly at the portfolio discount rate over the horizon. Estimates are marked as such "
            "in the appendix; check them against quotes before committing capital.")
            .arg(QString::fromLatin1(m2ai::kModelCurrency));
    // A file that names another currency: its amounts were computed as dollars, and the reader must know.
    if (const auto warning = m2ai::foreignCurrencyWarning(portfolio_))
        about += QStringLiteral("\n\n") + ProblemText::message(*warning) + QLatin1Char('.');
    p.drawText(QRectF(x, y, w, content.bottom() - y), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, about);
}

void ReportRenderer::paintSummary(QPainter& p, const QRectF& content) const {
    double y = content.top();
    p.setPen(Qt::black);
    p.setFont(reportFont(14, true));
    p.drawText(QRectF(content.left(), y, content.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("Portfolio summary"));
    y += 24;

    ReportTable t;
    t.headers = {QObject::tr("Site"),      QObject::tr("Business"),
                 QObject::tr("Conv."),     QObject::tr("Grid MW today / queue"),
                 QObject::tr("IT MW"),     QObject::tr("GPUs"),
                 QObject::tr("RFS"),       QObject::tr("Capex USD M"),
                 QObject::tr("NPV USD M"), QObject::tr("Δ NPV USD M"),
                 QObject::tr("Incr. IRR"), QObject::tr("Payback")};
    t.columnWeights = {1.45, 1.15, 0.75, 1.3, 0.75, 0.95, 0.95, 1.0, 1.0, 1.0, 0.85, 0.95};
    // Up to ~20 sites keep 8 px text; beyond that rows (and text) shrink so the page never overflows.
    const double n = static_cast<double>(result_.sites.size()) + 3.0;
    t.rowHeight = std::clamp(content.height() * 0.34 / n, 6.0, 12.0);
    const int tablePx = std::max(5, static_cast<int>(t.rowHeight * 0.68));
    for (size_t i = 0; i < result_.sites.size(); ++i) {
        const m2ai::SiteResult& s = result_.sites[i];
        QString business, converted;
        if (i < portfolio_.sites.size()) {
            business = Format::businessModelName(portfolio_.sites[i].plan.business.model);
            converted = ReportFormat::percent(portfolio_.sites[i].plan.convertedSharePct, 0);
        }
        const QString dash = QStringLiteral("—");
        // An infeasible plan has no NPV to print (engines/Feasibility): the word stands in its place.
        t.rows.push_back(
            {qs(s.name), business, converted,
             QObject::tr("%1 / %2").arg(ReportFormat::number(s.power.gridMw, 0),
                                        ReportFormat::number(s.power.gridWithQueueMw, 0)),
             ReportFormat::number(s.power.itMw, 1), ReportFormat::count(s.power.gpus),
             ReportFormat::month(portfolio_.startMonth, s.schedule.rfsMonthIndex),
             ReportFormat::number(s.economics.capexUsd / 1e6, 1),
             s.feasible ? ReportFormat::number(s.economics.npvUsd / 1e6, 1) : Format::infeasible(),
             s.feasible ? ReportFormat::number(s.economics.incrementalNpvUsd / 1e6, 1) : dash,
             s.feasible ? ReportFormat::irr(s.economics.incrementalIrr) : dash,
             s.feasible ? ReportFormat::optionalMonth(portfolio_.startMonth, s.economics.paybackMonthIndex)
                        : dash});
    }
    t.rows.push_back(
        {result_.infeasibleSiteCount > 0 ? QObject::tr("Feasible total") : QObject::tr("Portfolio total"),
         QString(), QString(), ReportFormat::number(result_.gridMw, 0), ReportFormat::number(result_.itMw, 1),
         ReportFormat::count(result_.gpus), QString(), ReportFormat::number(result_.capexUsd / 1e6, 1),
         ReportFormat::number(result_.npvUsd / 1e6, 1),
         ReportFormat::number(result_.incrementalNpvUsd / 1e6, 1), QString(), QString()});
    t.lastRowIsTotal = true;
    y +=
        t.paint(p, QRectF(content.left(), y, content.width(), t.height()), reportFont(std::min(7, tablePx))) +
        6;

    // Ranking (core's order: incremental NPV per MW of IT, best first).
    QStringList ranking;
    for (size_t r = 0; r < result_.ranking.size(); ++r) {
        const m2ai::SiteRanking& k = result_.ranking[r];
        if (k.siteIndex < 0 || static_cast<size_t>(k.siteIndex) >= result_.sites.size()) continue;
        const QString name = qs(result_.sites[static_cast<size_t>(k.siteIndex)].name);
        if (!k.feasible) {
            ranking << QObject::tr("%1. %2 (infeasible)").arg(r + 1).arg(name);
            continue;
        }
        ranking << QObject::tr("%1. %2 (USD %3 M/MW)")
                       .arg(r + 1)
                       .arg(name, ReportFormat::number(k.incrementalNpvUsdPerMw / 1e6, 2));
    }
    QStringList infeasible;
    for (const m2ai::SiteResult& s : result_.sites)
        if (!s.feasible)
            infeasible << QObject::tr("%1: %2").arg(
                qs(s.name), Format::infeasibilityReasons(s).join(QStringLiteral("; ")));
    p.setFont(reportFont(8));
    QString rankingText =
        QObject::tr(
            "%1. Δ NPV = incremental NPV of converting vs keep mining; incremental IRR = IRR of "
            "converting's monthly net minus keep-mining's. Convert first (Δ NPV per MW of IT): %2")
            .arg(Format::siteCountWithInfeasible(static_cast<int>(result_.sites.size()),
                                                 result_.infeasibleSiteCount),
                 ranking.join(QStringLiteral("; ")));
    if (!infeasible.isEmpty())
        rankingText += QObject::tr("\nInfeasible — no AI revenue, ranked last, left out of the totals: %1")
                           .arg(infeasible.join(QStringLiteral(" · ")));
    const QRectF rankingRect =
        QFontMetricsF(p.font()).boundingRect(QRectF(content.left(), y, content.width(), 200),
                                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, rankingText);
    p.drawText(QRectF(content.left(), y, content.width(), rankingRect.height() + 2),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, rankingText);
    y += rankingRect.height() + 6;

    const double overviewH =
        std::min(content.height() * 0.30, 34.0 + 16.0 * static_cast<double>(result_.sites.size()));
    const double chartH = (content.bottom() - y - overviewH - 16) / 2;
    std::unique_ptr<QChart> capacity(makePortfolioCapacityChart(portfolio_, result_, ChartTheme::Light));
    std::unique_ptr<QChart> npv(makeNpvBySiteChart(portfolio_, result_, ChartTheme::Light));
    for (QChart* c : {capacity.get(), npv.get()}) setChartPixelFonts(c, kChartTitlePx, kChartLabelPx);
    renderChart(p, QRectF(content.left(), y, content.width(), chartH), capacity.get(), kChartScale);
    y += chartH + 8;
    renderChart(p, QRectF(content.left(), y, content.width(), chartH), npv.get(), kChartScale);
    y += chartH + 8;
    paintScheduleOverview(p, QRectF(content.left(), y, content.width(), content.bottom() - y));
}

void ReportRenderer::paintScheduleOverview(QPainter& p, const QRectF& area) const {
    p.save();
    p.setPen(Qt::black);
    const QString heading =
        QObject::tr("Schedule overview: conversion start to first RFS (filled) and full capacity (hollow)");
    // Spanish and French run longer than the page is wide: a smaller size, then an ellipsis, rather
    // than a heading cut at the margin.
    int headingPx = 9;
    while (headingPx > 7 &&
           QFontMetricsF(reportFont(headingPx, true)).horizontalAdvance(heading) > area.width())
        --headingPx;
    p.setFont(reportFont(headingPx, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(heading, Qt::ElideRight, area.width()));
    const QFont font = reportFont(7);
    p.setFont(font);
    const QFontMetricsF fm(font);
    double months = 1.0;
    for (const m2ai::SiteResult& s : result_.sites)
        months = std::max({months, s.schedule.durationMonths, s.schedule.fullCapacityMonths});
    months = std::ceil(months) + 2.0;
    const double labelW = area.width() * 0.2;
    // "RFS Jul 2028, full Jan 2029" after the last diamond: room for the longest, as the language
    // writes it (Spanish and Chinese run past a fixed margin).
    auto showsFullCapacity = [](const m2ai::SiteResult& s) {
        return s.schedule.fullCapacityMonthIndex &&
               s.schedule.fullCapacityMonths > s.schedule.durationMonths + 1e-9;
    };
    auto milestoneLabel = [&](const m2ai::SiteResult& s) {
        QString label =
            QObject::tr("RFS %1").arg(ReportFormat::month(portfolio_.startMonth, s.schedule.rfsMonthIndex));
        if (showsFullCapacity(s))
            label += QObject::tr(", full %1")
                         .arg(ReportFormat::month(portfolio_.startMonth, *s.schedule.fullCapacityMonthIndex));
        return label;
    };
    double labelsW = 0.0;
    for (const m2ai::SiteResult& s : result_.sites)
        labelsW = std::max(labelsW, fm.horizontalAdvance(milestoneLabel(s)));
    const double reserve = std::clamp(labelsW + 12.0, 70.0, area.width() * 0.4);
    const QRectF plot(area.left() + labelW, area.top() + 30, area.width() - labelW - reserve,
                      area.height() - 32);
    const double rowH =
        std::min(16.0, plot.height() / std::max<double>(1.0, static_cast<double>(result_.sites.size())));
    auto xOf = [&](double m) { return plot.left() + plot.width() * m / months; };
    int step = months > 36 ? 6 : (months > 18 ? 3 : 1);
    // Month labels as wide as the language writes them ("2027年10月", "sept. 2027") never overlap.
    double monthW = 0.0;
    for (int m = 0; m <= static_cast<int>(months); ++m)
        monthW = std::max(monthW, fm.horizontalAdvance(ReportFormat::month(portfolio_.startMonth, m)));
    while (step < 24 && plot.width() * step / months < monthW + 4.0) step *= 2;
    for (int m = 0; m <= static_cast<int>(months); m += step) {
        const double x = xOf(m);
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.5));
        p.drawLine(QPointF(x, plot.top()),
                   QPointF(x, plot.top() + rowH * static_cast<double>(result_.sites.size())));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - monthW / 2 - 2, area.top() + 15, monthW + 4, 12), Qt::AlignCenter,
                   ReportFormat::month(portfolio_.startMonth, m));
    }
    for (size_t i = 0; i < result_.sites.size(); ++i) {
        const m2ai::SiteResult& s = result_.sites[i];
        const double top = plot.top() + rowH * static_cast<double>(i);
        const double cy = top + rowH / 2;
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), top, labelW - 4, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(qs(s.name), Qt::ElideRight, labelW - 4));
        // Each task as a thin band; critical ones red, so the driving chain shows at a glance.
        for (const m2ai::ScheduledTask& t : s.schedule.tasks) {
            if (t.durationMonths <= 0.0) continue;
            const QColor c = t.critical ? chartstyle::kCritical : chartstyle::kNormal;
            QColor fill = c;
            fill.setAlpha(t.critical ? 220 : 110);
            p.fillRect(QRectF(QPointF(xOf(t.earlyStartMonth), cy - rowH * 0.3),
                              QPointF(xOf(t.earlyFinishMonth), cy + rowH * 0.3)),
                       fill);
        }
        const double rx = xOf(s.schedule.durationMonths);
        p.setPen(QPen(Qt::black, 0.6));
        p.setBrush(chartstyle::kCritical);
        const double r = rowH * 0.35;
        p.drawPolygon(
            QPolygonF({QPointF(rx, cy - r), QPointF(rx + r, cy), QPointF(rx, cy + r), QPointF(rx - r, cy)}));
        // Full capacity (issue 12): a hollow diamond when it comes after first RFS.
        double labelX = rx + r + 3;
        if (showsFullCapacity(s)) {
            const double fx = xOf(s.schedule.fullCapacityMonths);
            p.setBrush(Qt::white);
            p.drawPolygon(QPolygonF(
                {QPointF(fx, cy - r), QPointF(fx + r, cy), QPointF(fx, cy + r), QPointF(fx - r, cy)}));
            labelX = std::max(labelX, fx + r + 3);
        }
        p.drawText(QRectF(labelX, top, reserve, rowH), Qt::AlignLeft | Qt::AlignVCenter, milestoneLabel(s));
    }
    p.restore();
}
