#pragma once
// The scenario comparison's chart: NPV and incremental NPV per scenario (grouped bars), for the
// portfolio or one site. It draws core's ScenarioComparison only (USD → USD millions for display).
#include <QChart>
#include <QCoreApplication>

#include "charts/SiteCharts.h"
#include "scenarios/ScenarioComparison.h"

// The legend entries, in the interface language (tests look them up through these, so they hold in
// any language).
namespace ScenarioChartNames {
inline QString npv() {
    return QCoreApplication::translate("ScenarioChartNames", "NPV");
}
inline QString incrementalNpv() {
    return QCoreApplication::translate("ScenarioChartNames", "Incremental NPV");
}
}  // namespace ScenarioChartNames

// target: -1 the portfolio, else a site index of the comparison. An infeasible site gets no bars
// (its category says so), as in the portfolio's NPV chart.
QChart* makeScenarioNpvChart(const m2ai::ScenarioComparison& comparison, int target,
                             ChartTheme theme = ChartTheme::Auto);
