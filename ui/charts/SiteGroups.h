#pragma once
// Which sites a portfolio chart draws one by one. A chart with a series (or bar) per site stops
// being readable, and Qt Charts' legend layout grows quadratically, past a dozen sites; above
// kChartSiteLimit the chart draws the kChartTopSites largest sites and sums the rest into one
// "Others (N sites)" series, and its title says so.
#include <QString>
#include <functional>
#include <vector>

#include "engines/Results.h"

inline constexpr int kChartSiteLimit = 12;  // at most this many sites: one series each
inline constexpr int kChartTopSites = 10;   // above it: this many, plus "Others"

struct ChartSiteGroups {
    std::vector<int> shown;   // site indices drawn one by one, in portfolio order
    std::vector<int> others;  // summed into one series (empty when every site is shown)
    int infeasible = 0;       // infeasible sites (aggregated charts only): ranked after every feasible one
    bool aggregated() const { return !others.empty(); }
};

// size(key) ranks the sites (feasible ones first, then largest first; ties by input order).
ChartSiteGroups groupSitesForChart(const m2ai::PortfolioResult& result,
                                   const std::function<double(const m2ai::SiteResult&)>& size);

// "Others (9,990 sites)": the name of the summed series, in legends and on category axes.
QString othersLabel(int siteCount);
// " — top 10 of 10,000 sites by IT MW, others summed" (empty when every site is shown).
QString aggregationNote(const ChartSiteGroups& groups, const QString& rankedBy);
