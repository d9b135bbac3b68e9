#pragma once
// Monthly cash flow of converting versus keeping the miners, NPV, IRR, payback.
#include <optional>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// Spreadsheet NPV: flows[0] is discounted one period, like Excel's NPV(rate, v1, v2, …).
double npv(double ratePerPeriod, const std::vector<double>& flows);
// IRR per period of flows (flows[0] at t = 0); nullopt when no sign change or no root.
std::optional<double> irr(const std::vector<double>& flows);

EconomicsResult computeEconomics(const Site& site, const Portfolio& portfolio, const PowerBudget& power,
                                 const ScheduleResult& schedule);

}  // namespace m2ai
