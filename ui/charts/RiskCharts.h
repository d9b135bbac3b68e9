#pragma once
// Charts of the risk view and the report's risk page (issue 14): tornado and spider of the
// sensitivity, histogram of incremental NPV and S-curve of first RFS of the Monte Carlo run. Like
// SiteCharts, they only draw what core/risk computed (USD → USD millions for display).
#include <QChart>
#include <QCoreApplication>

#include "charts/SiteCharts.h"
#include "risk/MonteCarlo.h"
#include "risk/Sensitivity.h"

namespace RiskChartNames {
// Object names of the tornado's two bar sets: identifiers to find them by, never shown (each set's
// label is its translated "Input 10 % lower"), so they stay English.
inline const QString low = QStringLiteral("Input lower");
inline const QString high = QStringLiteral("Input higher");
// Series names: the legends are hidden, but tooltips, SVG exports and screen readers show them.
inline QString histogram() {
    return QCoreApplication::translate("RiskChartNames", "Trials");
}
inline QString sCurve() {
    return QCoreApplication::translate("RiskChartNames", "P(first RFS by month)");
}
}  // namespace RiskChartNames

// Incremental NPV change (USD M) when each input is pct lower / higher, largest swing at the top;
// at most maxBars inputs.
QChart* makeTornadoChart(const m2ai::risk::SensitivityTarget& target, double pct, int maxBars = 10,
                         ChartTheme theme = ChartTheme::Auto);
// Incremental NPV (USD M) against the input's change (%), one line per top input.
QChart* makeSpiderChart(const m2ai::risk::SensitivityTarget& target, const std::vector<double>& spiderPct,
                        ChartTheme theme = ChartTheme::Auto);
// Trials per incremental-NPV bin, as a filled step line over USD M.
QChart* makeNpvHistogramChart(const m2ai::risk::RiskTarget& target, ChartTheme theme = ChartTheme::Auto);
// Share of trials in service by each month (first RFS), on a calendar axis; the title gives the
// probability of RFS by the run's date (RiskResult::rfsByMonthIndex).
QChart* makeRfsSCurveChart(const m2ai::risk::RiskTarget& target, m2ai::YearMonth start, int rfsByMonthIndex,
                           ChartTheme theme = ChartTheme::Auto);
// The sensitivity input's name for people ("Power price", …).
QString sensitivityInputLabel(m2ai::risk::SensitivityInput input);
