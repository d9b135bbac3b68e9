#include "engines/finance/PortfolioIrr.h"

#include <algorithm>

#include "engines/finance/CashFlow.h"

namespace m2ai::finance {

void addMonthlyFlows(std::vector<double>& sum, const std::vector<double>& flows) {
    if (sum.size() < flows.size()) sum.resize(flows.size(), 0.0);
    std::transform(flows.begin(), flows.end(), sum.begin(), sum.begin(),
                   [](double a, double b) { return a + b; });
}

std::optional<double> annualIrrOfMonthly(const std::vector<double>& monthlyFlows) {
    if (const auto monthly = irr(monthlyFlows)) return annualRateFromPerPeriod(*monthly, 12);
    return std::nullopt;
}

}  // namespace m2ai::finance
