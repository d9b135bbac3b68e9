#include "charts/SiteGroups.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <numeric>

ChartSiteGroups groupSitesForChart(const m2ai::PortfolioResult& result,
                                   const std::function<double(const m2ai::SiteResult&)>& size) {
    ChartSiteGroups groups;
    const int n = static_cast<int>(result.sites.size());
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    if (n <= kChartSiteLimit) {
        groups.shown = std::move(order);
        return groups;
    }
    std::vector<double> sizes(static_cast<size_t>(n));
    std::vector<char> feasible(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const m2ai::SiteResult& site = result.sites[static_cast<size_t>(i)];
        sizes[static_cast<size_t>(i)] = size(site);
        feasible[static_cast<size_t>(i)] = site.feasible ? 1 : 0;
        if (!site.feasible) ++groups.infeasible;
    }
    // O(n) selection, not a sort: charts of 10,000 sites are rebuilt after every edit. Feasible
    // sites first: an infeasible site draws nothing (no capacity that earns, no NPV), so ten large
    // infeasible sites would leave only "Others" on the chart.
    std::nth_element(order.begin(), order.begin() + kChartTopSites, order.end(), [&](int a, int b) {
        const auto ia = static_cast<size_t>(a), ib = static_cast<size_t>(b);
        if (feasible[ia] != feasible[ib]) return feasible[ia] > feasible[ib];
        const double sa = sizes[ia], sb = sizes[ib];
        return sa != sb ? sa > sb : a < b;
    });
    groups.shown.assign(order.begin(), order.begin() + kChartTopSites);
    groups.others.assign(order.begin() + kChartTopSites, order.end());
    std::sort(groups.shown.begin(), groups.shown.end());
    std::sort(groups.others.begin(), groups.others.end());
    return groups;
}

QString othersLabel(int siteCount) {
    return QCoreApplication::translate("SiteGroups", "Others (%1 sites)").arg(QLocale().toString(siteCount));
}

QString aggregationNote(const ChartSiteGroups& groups, const QString& rankedBy) {
    if (!groups.aggregated()) return {};
    const int total = static_cast<int>(groups.shown.size() + groups.others.size());
    // Infeasible sites rank after every feasible one (groupSitesForChart): then the top are feasible.
    if (groups.infeasible > 0)
        return QCoreApplication::translate("SiteGroups",
                                           " — top %1 feasible of %2 sites by %3, others summed")
            .arg(groups.shown.size())
            .arg(QLocale().toString(total), rankedBy);
    return QCoreApplication::translate("SiteGroups", " — top %1 of %2 sites by %3, others summed")
        .arg(groups.shown.size())
        .arg(QLocale().toString(total), rankedBy);
}
