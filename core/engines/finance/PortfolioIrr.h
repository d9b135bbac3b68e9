#pragma once
// The equity IRR of a portfolio (issue 14): the IRR of the sum of its feasible sites' equity flows
// (levered, after tax: FinancingResult::equityNetUsdByMonth), not an average of the sites' IRRs,
// which has no meaning as a return on the money the portfolio puts in (docs/model.md "Portfolio
// equity IRR").
#include <cstddef>
#include <optional>
#include <vector>

namespace m2ai::finance {

// Adds flows into sum month by month (index 0 = the portfolio's start month for every site, so the
// same index is the same month); sum grows to the longer length.
void addMonthlyFlows(std::vector<double>& sum, const std::vector<double>& flows);

// The annual IRR of monthly flows (irr() per month, compounded over 12); nullopt when the flows do
// not change sign (nothing invested, or nothing ever returned) or no root exists.
std::optional<double> annualIrrOfMonthly(const std::vector<double>& monthlyFlows);

}  // namespace m2ai::finance
