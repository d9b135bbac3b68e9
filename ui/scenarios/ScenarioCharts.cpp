#include "scenarios/ScenarioCharts.h"

#include "charts/ChartStyle.h"
#include "charts/NpvBars.h"
#include "scenarios/ScenarioFields.h"
#include "util/PlainText.h"

using namespace chartstyle;

QChart* makeScenarioNpvChart(const m2ai::ScenarioComparison& comparison, int target, ChartTheme theme) {
    const bool site = target >= 0 && target < static_cast<int>(comparison.siteNames.size());
    auto* chart = new QChart;
    const QString of = site ? PlainText::plainTextForRichContext(QString::fromStdString(
                                  comparison.siteNames[static_cast<std::size_t>(target)]))
                            : QObject::tr("portfolio");
    setup(chart, QObject::tr("NPV by scenario: %1").arg(of), resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    NpvBars bars(ScenarioChartNames::npv(), ScenarioChartNames::incrementalNpv());
    for (const m2ai::ScenarioOutcome& o : comparison.outcomes) {
        const m2ai::ScenarioFigures* f = &o.portfolio;
        if (site) {
            if (static_cast<std::size_t>(target) >= o.sites.size()) continue;
            f = &o.sites[static_cast<std::size_t>(target)];
        }
        const QString name = PlainText::plainTextForRichContext(ScenarioFields::outcomeName(o));
        if (!f->feasible)
            bars.appendEmpty(QObject::tr("%1 (infeasible)").arg(name));
        else
            bars.append(f->npvUsd, f->incrementalNpvUsd, name);
    }
    bars.attachTo(chart);
    return chart;
}
