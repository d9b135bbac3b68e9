#include "engines/CashFlowComponents.h"

namespace m2ai {

const std::vector<CashFlowComponent>& cashFlowComponents() {
    static const std::vector<CashFlowComponent> components{
        {"revenue_usd", "AI revenue (USD)", 1.0, &MonthlyCashFlow::revenueUsd},
        {"mining_revenue_usd", "Mining revenue (USD)", 1.0, &MonthlyCashFlow::miningRevenueUsd},
        {"energy_cost_usd", "Energy (USD)", -1.0, &MonthlyCashFlow::energyCostUsd},
        {"om_cost_usd", "O&M (USD)", -1.0, &MonthlyCashFlow::omCostUsd},
        {"other_opex_usd", "Lease and service costs (USD)", -1.0, &MonthlyCashFlow::otherOpexUsd},
        {"facility_capex_usd", "Facility capex (USD)", -1.0, &MonthlyCashFlow::facilityCapexUsd},
        {"gpu_purchase_usd", "GPU purchases (USD)", -1.0, &MonthlyCashFlow::gpuPurchaseUsd},
        {"asic_resale_usd", "ASIC resale (USD)", 1.0, &MonthlyCashFlow::asicResaleUsdCredit},
        {"terminal_value_usd", "Terminal value (USD)", 1.0, &MonthlyCashFlow::residualValueUsd},
    };
    return components;
}

double netOfComponents(const MonthlyCashFlow& cf) {
    double net = 0.0;
    for (const CashFlowComponent& c : cashFlowComponents()) net += c.signedUsd(cf);
    return net;
}

}  // namespace m2ai
