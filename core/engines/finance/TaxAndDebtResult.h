#pragma once
// What engines/finance/TaxAndDebt computes for one site, kept in EconomicsResult::financing. Monthly
// series run over the horizon (index 0 = the portfolio's start month); yearly ones over 12-month
// blocks from the start (the same years as the price escalators). Rules: docs/model.md "Tax and
// financing".
#include <optional>
#include <vector>

namespace m2ai {

struct FinancingResult {
    // Tax. taxApplies is false when tax is switched off for the portfolio (every tax figure is then
    // zero and reported as null). Two computations: the project's (no interest deduction, the
    // unlevered after-tax view) and the equity's (interest deducted), which is the tax paid.
    bool taxApplies = false;
    double taxRatePct = 0.0;
    std::vector<double> projectTaxUsdByMonth;  // unlevered; paid in each tax year's last month
    std::vector<double> taxUsdByMonth;         // levered (equal to the project's without debt)
    std::vector<double> taxUsdByYear;          // levered
    std::vector<double> depreciationUsdByYear;
    std::vector<double> taxableIncomeUsdByYear;       // levered, before losses brought forward
    std::vector<double> lossCarriedForwardUsdByYear;  // levered, unused losses at each year's end
    double taxUsd = 0.0;                              // levered, over the horizon
    double projectTaxUsd = 0.0;                       // unlevered, over the horizon

    // Debt. hasDebt is false without debt or without capex to finance (then the DSCR is null).
    bool hasDebt = false;
    double debtDrawnUsd = 0.0;             // loan-to-cost share of construction capex
    double capitalisedInterestUsd = 0.0;   // interest added to the balance before RFS
    double levelPaymentUsdPerMonth = 0.0;  // the annuity from the first RFS month
    std::vector<double> drawdownUsdByMonth;
    std::vector<double> interestUsdByMonth;         // accrued (capitalised before RFS, paid after)
    std::vector<double> debtServiceUsdByMonth;      // cash interest + principal + any final balloon
    std::vector<double> balanceUsdByMonth;          // closing balance
    double balloonUsd = 0.0;                        // repaid in the horizon's last month
    std::vector<std::optional<double>> dscrByYear;  // null in years without scheduled debt service
    std::optional<double> minDscr;
    bool dscrBelowMinimum = false;  // minDscr < DebtTerms::minDscr: a warning, not an infeasibility

    // Returns. IRRs are annual fractions. The project's: pre-tax net minus the project's tax,
    // unlevered. The equity's: pre-tax net − tax paid + drawdowns − debt service.
    std::vector<double> projectNetUsdByMonth;
    std::vector<double> equityNetUsdByMonth;
    double projectNpvUsd = 0.0;  // at the portfolio's discount rate
    std::optional<double> projectIrr;
    double equityNpvUsd = 0.0;  // at Financing::costOfEquityPct
    std::optional<double> equityIrr;
};

}  // namespace m2ai
