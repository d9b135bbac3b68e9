#pragma once
// Chart factories: each builds a fresh QChart from core results (the caller owns it, usually by
// handing it to a QChartView / ChartHost). Charts only DRAW what core computed: no domain arithmetic
// here, only unit scaling for display (USD → USD millions) and stacking for stacked areas.
//
// Theme: ChartTheme::Auto follows the application palette (dark palette → dark chart); reports pass
// ChartTheme::Light because paper is white. Series are named so tests and legends can find them.
#include <QChart>
#include <QString>

#include "charts/ChartView.h"
#include "charts/GanttWidget.h"
#include "engines/Results.h"
#include "model/Portfolio.h"
#include "model/YearMonth.h"

enum class ChartTheme { Auto, Light, Dark };

// Series / bar-set names (stable: tests and exports look them up).
namespace ChartNames {
inline const QString it = QStringLiteral("IT");
inline const QString cooling = QStringLiteral("Cooling");
inline const QString losses = QStringLiteral("Losses");  // electrical: UPS, transformers, distribution
inline const QString misc = QStringLiteral("Misc");
inline const QString spare = QStringLiteral("Spare");
inline const QString mining = QStringLiteral("Mining");
inline const QString pueMonthly = QStringLiteral("PUE by month");
inline const QString pueAnnual = QStringLiteral("Annual PUE");
inline const QString itOnline = QStringLiteral("IT online");
inline const QString rfs = QStringLiteral("Ready for service");
inline const QString converting = QStringLiteral("Converting");
inline const QString keepMining = QStringLiteral("Keep mining");
inline const QString payback = QStringLiteral("Payback");
inline const QString capex = QStringLiteral("Capex");
inline const QString npv = QStringLiteral("NPV");
inline const QString incrementalNpv = QStringLiteral("Incremental NPV vs keep mining");
}  // namespace ChartNames

// Stacked bars "Before (mining)" / "After (AI, peak month)": IT, cooling, electrical losses, misc,
// spare and mining (the whole site before; the unconverted share after). MW.
QChart* makePowerBudgetChart(const m2ai::SiteResult& site, ChartTheme theme = ChartTheme::Auto);
// PUE per calendar month (x = 1..12) plus the energy-weighted annual PUE as a flat line.
// numericMonthAxis labels months 1..12 instead of Jan..Dec: Qt Charts elides month names below
// ~25 px per month (half-page report charts).
QChart* makePueChart(const m2ai::SiteResult& site, ChartTheme theme = ChartTheme::Auto,
                     bool numericMonthAxis = false);
// IT MW online per month of the horizon (x = calendar month), RFS marked.
QChart* makeCapacityOnlineChart(const m2ai::SiteResult& site, m2ai::YearMonth start,
                                ChartTheme theme = ChartTheme::Auto);
// Cumulative net cash, converting vs keep mining (USD M), payback month marked.
QChart* makeCashFlowChart(const m2ai::SiteResult& site, m2ai::YearMonth start,
                          ChartTheme theme = ChartTheme::Auto);
// Capex by conversion step (USD M); the ASIC resale credit is negative; last bar is the total.
QChart* makeCapexChart(const m2ai::SiteResult& site, ChartTheme theme = ChartTheme::Auto);
// IT MW online by month, stacked area per site.
QChart* makePortfolioCapacityChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                                   ChartTheme theme = ChartTheme::Auto);
// NPV and incremental NPV (vs keep mining) per site, USD M.
QChart* makeNpvBySiteChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                           ChartTheme theme = ChartTheme::Auto);
// Fill shown, a chart the factory above built (and ChartHost shows), with what the factory would
// build from these results, in place: points, bars, categories, ranges, names, title. Nothing Qt
// draws is built (a fresh chart creates graphics items on every addAxis / addSeries only to be
// copied and deleted). False, and shown untouched, when it is not of the same kind, theme and
// structure (another number of sites drawn): then build one.
bool updatePortfolioCapacityChart(QChart* shown, const m2ai::Portfolio& portfolio,
                                  const m2ai::PortfolioResult& result, ChartTheme theme = ChartTheme::Auto);
bool updateNpvBySiteChart(QChart* shown, const m2ai::Portfolio& portfolio,
                          const m2ai::PortfolioResult& result, ChartTheme theme = ChartTheme::Auto);

// The chart theme matching the application palette (Dark when the window colour is dark).
QChart::ChartTheme resolveChartTheme(ChartTheme theme);
