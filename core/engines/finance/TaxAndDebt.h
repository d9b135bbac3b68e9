#pragma once
// Corporate income tax (with tax depreciation by asset class and a loss carry-forward) and project
// debt (drawdown during construction with capitalised interest, level repayment, DSCR), and the
// after-tax project and equity returns built from them. Pure: no catalogue, no sites, only monthly
// series. Rules and sources: docs/model.md "Tax and financing".
#include <array>
#include <cstddef>
#include <vector>

#include "engines/finance/TaxAndDebtResult.h"

namespace m2ai::finance {

// The capex an asset class depreciates as one item. Contingency travels with the spending it covers.
enum class AssetClass { GpuFitOut, Gpus, Electrical, Cooling, Facility };
constexpr std::size_t kAssetClassCount = 5;

struct TaxRules {
    bool enabled = true;
    double ratePct = 0.0;
    int lossCarryForwardYears = 0;      // years a loss may be used after the year it arose; 0 = no limit
    double lossOffsetLimitPct = 100.0;  // share of a year's taxable income that old losses may offset
    std::array<double, kAssetClassCount> lifeYears{7.0, 5.0, 15.0, 15.0, 20.0};  // straight line
    bool usMacrs = false;               // MACRS tables (recovery periods in TaxAndDebt.cpp) + bonus
    double bonusDepreciationPct = 0.0;  // with usMacrs: share deducted in the year placed in service
};

struct DebtRules {
    bool enabled = false;
    double loanToCostPct = 0.0;
    double interestRatePct = 0.0;  // nominal annual, charged monthly at rate / 12
    int tenorYears = 0;
    double minDscr = 0.0;
};

struct TaxAndDebtInput {
    // Per month of the horizon (all the same length):
    std::vector<double> operatingUsd;  // revenue + mining revenue − energy − O&M, before tax
    std::array<std::vector<double>, kAssetClassCount> capexUsdByClass;  // spending (may be empty)
    std::vector<double> asicResaleUsd;  // proceeds of the ASICs sold (taxable: their basis is nil)
    double terminalValueUsd = 0.0;      // received in the horizon's last month
    int inServiceMonthIndex = 0;        // first RFS month: depreciation and debt repayment start
    TaxRules tax;
    DebtRules debt;
    double projectDiscountRatePct = 0.0;  // annual
    double equityDiscountRatePct = 0.0;   // annual
};

FinancingResult computeTaxAndDebt(const TaxAndDebtInput& input);

// Tax depreciation per tax year (12-month blocks from month 0) of every class's spending, within
// `years` years. Exposed for the tests.
std::vector<double> depreciationByYear(const TaxAndDebtInput& input, int years);

// US MACRS percentages (half-year convention, IRS Publication 946 table A-1) for a recovery period
// of 5, 7 or 15 years; empty for any other period.
std::vector<double> macrsPercentages(int recoveryYears);

}  // namespace m2ai::finance
