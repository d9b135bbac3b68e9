#pragma once
// Tax and financing settings of a portfolio (issue 12, item 6). The rules they drive are in
// engines/finance/TaxAndDebt.h and docs/model.md "Tax and financing"; every default below is sourced
// there. The tax rate itself comes from the site's country preset (resources/catalogue/tax.json);
// siteTaxOverrides replaces it for named sites.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/Enums.h"

namespace m2ai {

// How tax depreciation is computed: straight line over each asset class's life (every country), or
// the US MACRS tables with bonus depreciation (applied to sites whose tax preset allows it, i.e. the
// United States; other sites stay on straight line).
enum class TaxDepreciationMethod { StraightLine, UsMacrs };

template <>
struct EnumNames<TaxDepreciationMethod> {
    static constexpr std::array<std::pair<TaxDepreciationMethod, std::string_view>, 2> names{{
        {TaxDepreciationMethod::StraightLine, "straight-line"},
        {TaxDepreciationMethod::UsMacrs, "us-macrs"},
    }};
};

// The headline corporate income tax rate for one site, in place of its country preset's. Keyed by
// the site's name: renaming the site leaves the override naming no site, where it has no effect.
struct SiteTaxOverride {
    std::string siteName;
    double corporateTaxRatePct = 0.0;
    bool operator==(const SiteTaxOverride&) const = default;
};

// Project debt: drawn pro rata with capex until the first RFS month (interest capitalised), then
// repaid in level monthly instalments (annuity) over tenorYears; what is left at the horizon's end is
// repaid from the terminal value (a balloon). minDscr is a covenant: below it the site gets a
// warning, the plan stays feasible.
struct DebtTerms {
    bool enabled = false;
    double loanToCostPct = 60.0;   // data-centre project finance 50–70 % (estimate)
    double interestRatePct = 7.5;  // SOFR ~4 % + 300–400 bp construction/term margin (estimate)
    int tenorYears = 10;           // repayment period after RFS (estimate)
    double minDscr = 1.30;         // typical senior covenant for contracted infrastructure (estimate)
    bool operator==(const DebtTerms&) const = default;
};

struct Financing {
    bool taxEnabled = true;
    TaxDepreciationMethod depreciation = TaxDepreciationMethod::StraightLine;
    double bonusDepreciationPct = 100.0;   // US first-year bonus under MACRS (OBBBA 2025, §168(k))
    double otherCountryTaxRatePct = 21.0;  // sites whose country has no preset (estimate)
    double costOfEquityPct = 12.0;         // discounts the equity flows; hurdle 12–19 % (domain.md §4.2)
    std::vector<SiteTaxOverride> siteTaxOverrides;
    DebtTerms debt;
    bool operator==(const Financing&) const = default;
};

}  // namespace m2ai
