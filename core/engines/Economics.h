#pragma once
// Monthly cash flow of converting versus keeping the miners, and the NPV, IRR and payback of it
// (computed with engines/finance).
#include <optional>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/EconomicsExtras.h"
#include "engines/Results.h"
#include "engines/finance/CashFlow.h"
#include "model/Portfolio.h"

namespace m2ai {

// The generic cash-flow maths lives in engines/finance; these names stay for existing callers.
using finance::irr;
using finance::npv;

// earnsAiRevenue = false for an infeasible plan (engines/Feasibility): the hall's revenue is zero,
// every cost stays. halvings: the Bitcoin halvings that cut the subsidy part of hashprice.
EconomicsResult computeEconomics(const Site& site, const Portfolio& portfolio, const PowerBudget& power,
                                 const ScheduleResult& schedule, bool earnsAiRevenue = true,
                                 const std::vector<BitcoinHalving>& halvings = defaultCatalogue().halvings);
// The same with only the extras asked for; the figures left out keep their defaults.
EconomicsResult computeEconomics(const Site& site, const Portfolio& portfolio, const PowerBudget& power,
                                 const ScheduleResult& schedule, bool earnsAiRevenue,
                                 const std::vector<BitcoinHalving>& halvings, const EconomicsExtras& extras);

}  // namespace m2ai
