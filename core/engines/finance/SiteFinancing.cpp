#include "engines/finance/SiteFinancing.h"

#include "catalogue/TaxPresets.h"
#include "engines/CashFlowComponents.h"

namespace m2ai::finance {

TaxRules taxRulesFor(const Site& site, const Financing& financing) {
    TaxRules rules;
    rules.enabled = financing.taxEnabled;
    rules.ratePct = financing.otherCountryTaxRatePct;
    if (const TaxPreset* preset = taxPreset(site.country)) {
        rules.ratePct = preset->corporateTaxRatePct;
        rules.lossCarryForwardYears = preset->lossCarryForwardYears;
        rules.lossOffsetLimitPct = preset->lossOffsetLimitPct;
        rules.lifeYears = preset->lifeYears;
        rules.usMacrs = preset->usMacrs && financing.depreciation == TaxDepreciationMethod::UsMacrs;
        rules.bonusDepreciationPct = rules.usMacrs ? financing.bonusDepreciationPct : 0.0;
    }
    for (const SiteTaxOverride& o : financing.siteTaxOverrides)
        if (o.siteName == site.name) rules.ratePct = o.corporateTaxRatePct;
    return rules;
}

FinancingResult computeSiteFinancing(const Site& site, const Portfolio& portfolio,
                                     const std::vector<MonthlyCashFlow>& monthly, TaxAndDebtInput& in,
                                     int inServiceMonthIndex) {
    const Financing& f = portfolio.financing;
    in.operatingUsd.resize(monthly.size());
    // Operating cash = net minus the parts passed separately (capex by class, the ASIC sale, the
    // terminal value), so every operating component of engines/CashFlowComponents.h (lease and
    // service costs included) is taxed and the after-tax flows add up to the pre-tax net.
    for (std::size_t i = 0; i < monthly.size(); ++i) {
        const MonthlyCashFlow& cf = monthly[i];
        in.operatingUsd[i] = netOfComponents(cf) + cf.facilityCapexUsd + cf.gpuPurchaseUsd -
                             cf.asicResaleUsdCredit - cf.residualValueUsd;
    }
    in.terminalValueUsd = monthly.empty() ? 0.0 : monthly.back().residualValueUsd;
    in.inServiceMonthIndex = inServiceMonthIndex;
    in.tax = taxRulesFor(site, f);
    in.debt = {f.debt.enabled, f.debt.loanToCostPct, f.debt.interestRatePct, f.debt.tenorYears,
               f.debt.minDscr};
    in.projectDiscountRatePct = portfolio.discountRatePct;
    in.equityDiscountRatePct = f.costOfEquityPct;
    return computeTaxAndDebt(in);
}

}  // namespace m2ai::finance
