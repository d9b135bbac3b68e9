#pragma once
// Connects a site to engines/finance/TaxAndDebt: picks its tax rules (country preset, the
// portfolio's override or fallback) and debt terms, and turns the economics' monthly components into
// the engine's input. Rules: docs/model.md "Tax and financing".
#include <array>
#include <vector>

#include "engines/Results.h"
#include "engines/finance/TaxAndDebt.h"
#include "model/Portfolio.h"

namespace m2ai::finance {

// The tax rules for a site: its override by name, else its country's preset (catalogue/tax.json),
// else Financing::otherCountryTaxRatePct with the default lives and no loss limits.
TaxRules taxRulesFor(const Site& site, const Financing& financing);

// in: the engine's input with capexUsdByClass (per asset class, per month: the economics' capex
// split, contingency included) and asicResaleUsd (the ASIC sale per month) already filled; every
// other field is set here from the site, the portfolio and monthly. inServiceMonthIndex: the first
// RFS month. The caller owns in, so that its series keep their memory from one site to the next.
FinancingResult computeSiteFinancing(const Site& site, const Portfolio& portfolio,
                                     const std::vector<MonthlyCashFlow>& monthly, TaxAndDebtInput& in,
                                     int inServiceMonthIndex);

}  // namespace m2ai::finance
