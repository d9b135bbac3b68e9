// The report's risk page (issue 14): the Monte Carlo figures per site and for the portfolio, the
// portfolio's tornado and spider, its incremental-NPV histogram and first-RFS S-curve. One page by
// construction: a fixed-height table, then four charts sharing what is left.
#include "report/ReportRiskPage.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <memory>

#include "charts/ChartView.h"
#include "charts/RiskCharts.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "report/ReportTable.h"
#include "util/PlainText.h"

namespace {

QString qs(const std::string& s) {
    return PlainText::bidiIsolated(QString::fromStdString(s));
}

QString millions(double usd) {
    return QLocale().toString(usd / 1e6, 'f', 0);
}

QString percent(double share) {
    return QObject::tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', 0));
}

QString month(const m2ai::Portfolio& p, double index) {
    return QString::fromStdString(p.startMonth.plusMonths(static_cast<int>(index)).toString());
}

QStringList row(const m2ai::Portfolio& p, const m2ai::risk::RiskTarget& t) {
    const auto& n = t.incrementalNpvUsd;
    const auto& r = t.firstRfsMonthIndex;
    return {qs(t.name),
            millions(n.p10),
            millions(n.p50),
            millions(n.p90),
            percent(t.probConvertBeatsMining),
            month(p, r.p10),
            month(p, r.p50),
            month(p, r.p90),
            percent(t.probRfsBy)};
}

}  // namespace

void ReportRenderer::paintRisk(QPainter& p, const QRectF& content) const {
    if (!options_.risk) return;
    const RiskReport& report = *options_.risk;
    const m2ai::risk::RiskResult& risk = report.risk;
    const m2ai::risk::SensitivityResult& sens = report.sensitivity;
    double y = content.top();
    p.setPen(Qt::black);
    p.setFont(reportFont(8));
    const QString intro =
        QObject::tr(
            "Monte Carlo on schedule and money together: %1 trials, seed %2. Market prices (hashprice, "
            "GPU-hour, GPU) are drawn once per trial for the whole portfolio; power price, rent, "
            "utilisation, capex overrun, PUE and every task duration per site (docs/model.md "
            "\"Sensitivity and risk\"). P(beats mining): share of trials with incremental NPV > 0; "
            "P(RFS by %3): share in service by that month.")
            .arg(QLocale().toString(risk.trialsCompleted))
            .arg(risk.seed)
            .arg(month(portfolio_, risk.rfsByMonthIndex));
    const QRectF introRect =
        QFontMetricsF(p.font()).boundingRect(QRectF(content.left(), y, content.width(), 200),
                                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, intro);
    p.drawText(QRectF(content.left(), y, content.width(), introRect.height() + 2),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, intro);
    y += introRect.height() + 6;

    ReportTable table;
    table.headers = {QObject::tr("Incremental NPV (USD M)"),
                     QObject::tr("P10"),
                     QObject::tr("P50"),
                     QObject::tr("P90"),
                     QObject::tr("P(beats mining)"),
                     QObject::tr("First RFS P10"),
                     QObject::tr("P50"),
                     QObject::tr("P90"),
                     QObject::tr("P(RFS by %1)").arg(month(portfolio_, risk.rfsByMonthIndex))};
    table.columnWeights = {2.6, 1, 1, 1, 1.3, 1.3, 1, 1, 1.4};
    for (const auto& site : risk.sites) table.rows.push_back(row(portfolio_, site));
    table.rows.push_back(row(portfolio_, risk.portfolio));
    table.lastRowIsTotal = true;
    table.rowHeight = 12;
    y += table.paint(p, QRectF(content.left(), y, content.width(), table.height()), reportFont(7)) + 8;

    const double gap = 8;
    const double half = (content.width() - gap) / 2;
    const double chartH = (content.bottom() - y - gap) / 2;
    std::unique_ptr<QChart> tornado(makeTornadoChart(sens.portfolio, sens.pct, 10, ChartTheme::Light));
    std::unique_ptr<QChart> spider(makeSpiderChart(sens.portfolio, sens.spiderPct, ChartTheme::Light));
    std::unique_ptr<QChart> histogram(makeNpvHistogramChart(risk.portfolio, ChartTheme::Light));
    std::unique_ptr<QChart> sCurve(
        makeRfsSCurveChart(risk.portfolio, portfolio_.startMonth, risk.rfsByMonthIndex, ChartTheme::Light));
    for (QChart* c : {tornado.get(), spider.get(), histogram.get(), sCurve.get()})
        setChartPixelFonts(c, kChartTitlePx, kChartLabelPx);
    renderChart(p, QRectF(content.left(), y, half, chartH), tornado.get(), kChartScale);
    renderChart(p, QRectF(content.left() + half + gap, y, half, chartH), spider.get(), kChartScale);
    y += chartH + gap;
    renderChart(p, QRectF(content.left(), y, half, chartH), histogram.get(), kChartScale);
    renderChart(p, QRectF(content.left() + half + gap, y, half, chartH), sCurve.get(), kChartScale);
}
