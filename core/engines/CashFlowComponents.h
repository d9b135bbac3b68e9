#pragma once
// The components of a month's net cash, in the order the cash-flow CSV and xlsx writers print them.
// MonthlyCashFlow::netUsd is computed as the signed sum of this list (engines/Economics.cpp), so the
// columns of an export always add up to its net column. A new component (tax, debt service …) is
// a field of MonthlyCashFlow plus one entry here; the writers iterate the list.
#include <string_view>
#include <vector>

#include "engines/Results.h"

namespace m2ai {

struct CashFlowComponent {
    std::string_view id;     // column name in CSV and xlsx, e.g. "revenue_usd"
    std::string_view label;  // English heading, e.g. "AI revenue (USD)"
    double sign = 1.0;       // +1 an inflow, −1 an outflow (kept positive in the field)
    double MonthlyCashFlow::*field = nullptr;
    double signedUsd(const MonthlyCashFlow& cf) const { return sign * (cf.*field); }
};

const std::vector<CashFlowComponent>& cashFlowComponents();

// Σ sign × field over cashFlowComponents(): what netUsd is.
double netOfComponents(const MonthlyCashFlow& cf);

}  // namespace m2ai
