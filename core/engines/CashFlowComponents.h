#pragma once
// The components of a month's net cash, in the order the cash-flow CSV and xlsx writers print them.
// MonthlyCashFlow::netUsd is computed as the signed sum of this list (engines/Economics.cpp), so the
// columns of an export always add up to its net column. A new component (tax, debt service …) is
// a field of MonthlyCashFlow plus one entry in kCashFlowComponents; the writers iterate the list.
#include <array>
#include <string_view>
#include <vector>

#include "engines/Results.h"

namespace m2ai {

struct CashFlowComponent {
    std::string_view id;     // column name in CSV and xlsx, e.g. "revenue_usd"
    std::string_view label;  // English heading, e.g. "AI revenue (USD)"
    double sign = 1.0;       // +1 an inflow, −1 an outflow (kept positive in the field)
    double MonthlyCashFlow::*field = nullptr;
    constexpr double signedUsd(const MonthlyCashFlow& cf) const { return sign * (cf.*field); }
};

// A constant list, so netOfComponents (twice per site and month) unrolls into plain additions.
inline constexpr std::array<CashFlowComponent, 9> kCashFlowComponents{{
    {"revenue_usd", "AI revenue (USD)", 1.0, &MonthlyCashFlow::revenueUsd},
    {"mining_revenue_usd", "Mining revenue (USD)", 1.0, &MonthlyCashFlow::miningRevenueUsd},
    {"energy_cost_usd", "Energy (USD)", -1.0, &MonthlyCashFlow::energyCostUsd},
    {"om_cost_usd", "O&M (USD)", -1.0, &MonthlyCashFlow::omCostUsd},
    {"other_opex_usd", "Lease and service costs (USD)", -1.0, &MonthlyCashFlow::otherOpexUsd},
    {"facility_capex_usd", "Facility capex (USD)", -1.0, &MonthlyCashFlow::facilityCapexUsd},
    {"gpu_purchase_usd", "GPU purchases (USD)", -1.0, &MonthlyCashFlow::gpuPurchaseUsd},
    {"asic_resale_usd", "ASIC resale (USD)", 1.0, &MonthlyCashFlow::asicResaleUsdCredit},
    {"terminal_value_usd", "Terminal value (USD)", 1.0, &MonthlyCashFlow::residualValueUsd},
}};

// kCashFlowComponents as a vector, for the writers.
const std::vector<CashFlowComponent>& cashFlowComponents();

// Σ sign × field over the components, in their order: what netUsd is.
inline double netOfComponents(const MonthlyCashFlow& cf) {
    double net = 0.0;
    for (const CashFlowComponent& c : kCashFlowComponents) net += c.signedUsd(cf);
    return net;
}

}  // namespace m2ai
