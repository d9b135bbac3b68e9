#pragma once
// Climate charts of a site (issue 13): the hourly PUE as a duration curve and as a heat map (day ×
// hour), and the hours each
// cooling technology spends in each mode on the site's weather. Drawing only: the hourly PUEs and
// the per-technology hours come from core (engines/PueDetail.h hourlyPue, engines/ClimateByTechnology).
#include <QChart>
#include <QString>
#include <vector>

#include "charts/SiteCharts.h"
#include "engines/ClimateByTechnology.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace ChartNames {
inline const QString pueDuration = QStringLiteral("PUE, hours sorted");
inline const QString designPue = QStringLiteral("Design-day PUE");
inline const QString pueHeatMap = QStringLiteral("PUE heat map");
inline const QString freeHours = QStringLiteral("Free cooling");
inline const QString economiserHours = QStringLiteral("Economiser");
inline const QString mechanicalHours = QStringLiteral("Mechanical");
}  // namespace ChartNames

// What the climate charts draw, computed by core for the site at its IT load and installed chain.
struct SiteClimateData {
    std::vector<double> hourlyPue;  // empty for a monthly climate
    std::vector<m2ai::TechnologyClimate> byTechnology;
};
SiteClimateData siteClimateData(const m2ai::Site& site, const m2ai::SiteResult& result);

// PUE of every hour, highest first (x = hours in the year at or above that PUE), with the annual
// and the design-day PUE as flat lines. A monthly climate draws its 12 months as steps of their hours.
QChart* makePueDurationChart(const SiteClimateData& data, const m2ai::PueResult& pue,
                             ChartTheme theme = ChartTheme::Auto);
// PUE of every hour as a heat map: day of the year across, hour of the day up, coloured in equal
// PUE bands named in the legend. A monthly climate fills each month's days with its mean.
QChart* makePueHeatMapChart(const SiteClimateData& data, const m2ai::PueResult& pue,
                            ChartTheme theme = ChartTheme::Auto);
// Stacked horizontal bars, one per cooling technology: hours free / economiser / mechanical. The
// site's own technology is marked in its label.
QChart* makeCoolingModeChart(const SiteClimateData& data, m2ai::CoolingTech current,
                             ChartTheme theme = ChartTheme::Auto);
