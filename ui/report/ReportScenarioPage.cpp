// The report's scenario page (issue 14): the base and every scenario side by side for the portfolio
// (every figure of the comparison), NPV per scenario as a chart, and each site's incremental NPV and
// first RFS per scenario. One page by construction: at most kMaxScenarioColumns scenarios and as
// many site rows as fit (the rest counted in a note); overrides not applied are listed, not hidden.
#include "report/ReportScenarioPage.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <memory>

#include "app/ProblemText.h"
#include "charts/ChartView.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "report/ReportTable.h"
#include "scenarios/ScenarioCharts.h"
#include "scenarios/ScenarioFields.h"
#include "util/Format.h"
#include "util/PlainText.h"

namespace {

constexpr int kMaxScenarioColumns = 8;  // the base and 7 scenarios still read at 7 px on A4

QString qs(const std::string& s) {
    return PlainText::bidiIsolated(QString::fromStdString(s));
}

QString dash() {
    return QStringLiteral("—");
}

enum class Figure { Npv, IncrementalNpv, EquityIrr, FirstRfs, FullCapacity, ItMw, Gpus, Capex, Pue, Co2 };

QString figureName(Figure f) {
    switch (f) {
        case Figure::Npv:
            return QObject::tr("NPV, converting (USD M)");
        case Figure::IncrementalNpv:
            return QObject::tr("Incremental NPV vs keep mining (USD M)");
        case Figure::EquityIrr:
            return QObject::tr("Equity IRR");
        case Figure::FirstRfs:
            return QObject::tr("First ready for service");
        case Figure::FullCapacity:
            return QObject::tr("Full capacity");
        case Figure::ItMw:
            return QObject::tr("IT load (MW)");
        case Figure::Gpus:
            return QObject::tr("GPUs");
        case Figure::Capex:
            return QObject::tr("Capex (USD M)");
        case Figure::Pue:
            return QObject::tr("PUE (annual)");
        case Figure::Co2:
            return QObject::tr("CO₂ (t/year)");
    }
    return {};
}

QString cell(const m2ai::ScenarioFigures& f, Figure figure, const m2ai::YearMonth& start, bool site) {
    const bool money =
        figure == Figure::Npv || figure == Figure::IncrementalNpv || figure == Figure::EquityIrr;
    if (site && !f.feasible && money) return Format::infeasible();
    switch (figure) {
        case Figure::Npv:
            return ReportFormat::number(f.npvUsd / 1e6, 1);
        case Figure::IncrementalNpv:
            return ReportFormat::number(f.incrementalNpvUsd / 1e6, 1);
        case Figure::EquityIrr:
            return ReportFormat::irr(f.equityIrr);
        case Figure::FirstRfs:
            return f.firstRfsMonthIndex ? ReportFormat::month(start, *f.firstRfsMonthIndex) : dash();
        case Figure::FullCapacity:
            return ReportFormat::optionalMonth(start, f.fullCapacityMonthIndex);
        case Figure::ItMw:
            return ReportFormat::number(f.itMw, 1);
        case Figure::Gpus:
            return ReportFormat::count(f.gpus);
        case Figure::Capex:
            return ReportFormat::number(f.capexUsd / 1e6, 1);
        case Figure::Pue:
            return f.pue ? ReportFormat::number(*f.pue, 2) : dash();
        case Figure::Co2:
            return ReportFormat::number(f.co2TonnesPerYear, 0);
    }
    return {};
}

double paintWrapped(QPainter& p, const QRectF& area, const QString& text) {
    const QRectF r =
        QFontMetricsF(p.font()).boundingRect(QRectF(area.left(), area.top(), area.width(), 400),
                                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(QRectF(area.left(), area.top(), area.width(), r.height() + 2),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return r.height() + 2;
}

}  // namespace

std::shared_ptr<const m2ai::ScenarioComparison> scenarioReportFor(const m2ai::Portfolio& portfolio) {
    if (portfolio.scenarios.empty()) return nullptr;
    return std::make_shared<const m2ai::ScenarioComparison>(m2ai::compareScenarios(portfolio));
}

void ReportRenderer::paintScenarios(QPainter& p, const QRectF& content) const {
    if (!options_.scenarios) return;
    const m2ai::ScenarioComparison& c = *options_.scenarios;
    const std::size_t columns = std::min<std::size_t>(c.outcomes.size(), kMaxScenarioColumns);
    const m2ai::YearMonth start = portfolio_.startMonth;
    double y = content.top();
    p.setPen(Qt::black);
    p.setFont(reportFont(14, true));
    p.drawText(QRectF(content.left(), y, content.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
               QObject::tr("Scenario comparison"));
    y += 24;
    p.setFont(reportFont(8));
    QString intro = QObject::tr(
        "The base is the portfolio as reported; each scenario changes only the inputs it names and is "
        "computed in full by the same engines. Portfolio figures are over feasible sites only.");
    if (c.outcomes.size() > columns)
        intro += QLatin1Char(' ') + QObject::tr("The first %1 of %2 scenarios are shown.")
                                        .arg(columns - 1)
                                        .arg(c.outcomes.size() - 1);
    y += paintWrapped(p, QRectF(content.left(), y, content.width(), 0), intro) + 6;

    ReportTable portfolioTable;
    portfolioTable.headers << QObject::tr("Portfolio");
    for (std::size_t i = 0; i < columns; ++i)
        portfolioTable.headers << ScenarioFields::outcomeName(c.outcomes[i]);
    portfolioTable.columnWeights.assign(columns + 1, 1.0);
    portfolioTable.columnWeights[0] = 2.6;
    portfolioTable.rowHeight = 12;
    // Equity IRR: for the portfolio, of its sites' summed equity flows (engines/finance/PortfolioIrr.h).
    for (Figure f :
         {Figure::Npv, Figure::IncrementalNpv, Figure::EquityIrr, Figure::FirstRfs, Figure::FullCapacity,
          Figure::ItMw, Figure::Gpus, Figure::Capex, Figure::Pue, Figure::Co2}) {
        QStringList row{figureName(f)};
        for (std::size_t i = 0; i < columns; ++i) row << cell(c.outcomes[i].portfolio, f, start, false);
        portfolioTable.rows.push_back(row);
    }
    const QFont tableFont = reportFont(7);
    const double tableH = portfolioTable.height(content.width(), tableFont);
    y += portfolioTable.paint(p, QRectF(content.left(), y, content.width(), tableH), tableFont) + 8;

    // Overrides that could not be applied: listed so a reader knows the scenario is not as named.
    QStringList notes;
    for (std::size_t i = 0; i < columns; ++i)
        for (const m2ai::Problem& pr : c.outcomes[i].problems)
            notes << QObject::tr("%1: %2").arg(
                ScenarioFields::outcomeName(c.outcomes[i]),
                ScenarioFields::humanize(ProblemText::problemMessage(pr).toStdString()));
    if (!notes.isEmpty()) {
        p.setFont(reportFont(7));
        p.setPen(QColor(0xb0, 0x1c, 0x1c));
        y += paintWrapped(p, QRectF(content.left(), y, content.width(), 0),
                          QObject::tr("Not applied: %1").arg(notes.join(QStringLiteral("; ")))) +
             6;
        p.setPen(Qt::black);
    }

    const double chartH = std::min(220.0, (content.bottom() - y) * 0.45);
    std::unique_ptr<QChart> chart(makeScenarioNpvChart(c, -1, ChartTheme::Light));
    setChartPixelFonts(chart.get(), kChartTitlePx, kChartLabelPx);
    renderChart(p, QRectF(content.left(), y, content.width(), chartH), chart.get(), kChartScale);
    y += chartH + 8;

    // Per site: incremental NPV (the decision) and first RFS (the date) in each scenario.
    ReportTable sites;
    sites.headers << QObject::tr("Site: incremental NPV (USD M) / first RFS");
    for (std::size_t i = 0; i < columns; ++i) sites.headers << ScenarioFields::outcomeName(c.outcomes[i]);
    sites.columnWeights.assign(columns + 1, 1.0);
    sites.columnWeights[0] = 2.6;
    sites.rowHeight = 11;
    const double headerH = sites.headerHeight(content.width(), tableFont);
    const auto fit =
        static_cast<std::size_t>(std::max(0.0, (content.bottom() - y - headerH - 14) / sites.rowHeight));
    const std::size_t shown = std::min(c.siteNames.size(), fit);
    for (std::size_t s = 0; s < shown; ++s) {
        QStringList row{qs(c.siteNames[s])};
        for (std::size_t i = 0; i < columns; ++i) {
            const auto& sitesOf = c.outcomes[i].sites;
            if (s >= sitesOf.size()) {
                row << dash();
                continue;
            }
            const m2ai::ScenarioFigures& f = sitesOf[s];
            row << QObject::tr("%1 / %2").arg(cell(f, Figure::IncrementalNpv, start, true),
                                              cell(f, Figure::FirstRfs, start, true));
        }
        sites.rows.push_back(row);
    }
    y += sites.paint(p, QRectF(content.left(), y, content.width(), sites.height(content.width(), tableFont)),
                     tableFont);
    if (shown < c.siteNames.size()) {
        p.setFont(reportFont(7));
        p.drawText(QRectF(content.left(), y + 2, content.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                   QObject::tr("… and %1 more sites (mine2ai-cli scenarios FILE --json lists every site).")
                       .arg(c.siteNames.size() - shown));
    }
}
