#pragma once
// Display formatting of core numbers: units and the user's locale (thousands separators). Only
// presentation happens here; every value comes from core results or the model.
#include <QString>
#include <QStringList>
#include <optional>

#include "engines/Results.h"
#include "model/Enums.h"
#include "model/YearMonth.h"

namespace Format {

QString number(double value, int decimals);                   // 12,345.6
QString mw(double value);                                     // "12.3 MW"
QString count(long long value);                               // "12,288"
QString pue(double value);                                    // "1.23"
QString usdMillions(double usd);                              // "USD 123.4 M"
QString percent(double value, int decimals = 1);              // "8.7 %" (value already in percent)
QString yearMonth(const m2ai::YearMonth& ym);                 // "Mar 2028"
QString monthIndex(const m2ai::YearMonth& start, int index);  // "Mar 2028 (month 14)"
QString optionalMonthIndex(const m2ai::YearMonth& start, const std::optional<int>& index);  // "—" when none
QString qs(const std::string& s);
QString irr(const std::optional<double>& fraction);  // "8.7 %" or "—" (no sign change in the flows)

// Feasibility (engines/Feasibility): "Infeasible" stands in place of an infeasible site's NPV
// wherever it would be shown; the reasons are core's English sentences, one per infeasibility.
QString infeasible();
QStringList infeasibilityReasons(const m2ai::SiteResult& result);
QString infeasibleTooltip(const m2ai::SiteResult& result);  // "Infeasible:\n• reason\n• reason"
// "5 sites, 1 infeasible — excluded from totals"; just "5 sites" when every site is feasible.
QString siteCountWithInfeasible(int sites, int infeasible);

// Display names of model choices (never the file's ids such as "tier-iii").
QString businessModelName(m2ai::BusinessModel model);
QString certificationName(m2ai::Certification certification);
QString redundancyName(m2ai::Redundancy redundancy);
QString energySourceName(m2ai::EnergySource source);
QString scheduleModeName(m2ai::ScheduleMode mode);

}  // namespace Format
