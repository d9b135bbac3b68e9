#pragma once
// Generic discounted-cash-flow maths on a series of equally spaced flows: present value, NPV, IRR,
// cumulative sums and payback. Nothing here knows about sites, months or dollars; the site economics
// (engines/Economics) decide what a period is and which flows go in. Root-finding limits are
// parameters (as in QuantLib's CashFlows::irr(…, accuracy, maxIterations)) so a caller that needs a
// coarser or a more patient search can ask for it.
#include <optional>
#include <vector>

namespace m2ai::finance {

// Present value at t = 0 of flows[0] at t = 0, flows[1] one period later, …:
// Σ flows[i] / (1 + r)^i.
double presentValue(double ratePerPeriod, const std::vector<double>& flows);

// Spreadsheet NPV: flows[0] is discounted one period, like Excel's NPV(rate, v1, v2, …).
double npv(double ratePerPeriod, const std::vector<double>& flows);

struct IrrOptions {
    // Relative step (of max(1, |r|)) below which the root is accepted.
    double relativeTolerance = 1e-15;
    // Refinement steps inside the bracket found; the last estimate is returned when they run out.
    int maxIterations = 200;
};

// IRR per period of flows (flows[0] at t = 0): the rate nearest 0 % at which presentValue is zero.
// nullopt when the flows do not change sign or no root lies in (−99.99 %, +10^6 %] per period.
std::optional<double> irr(const std::vector<double>& flows, const IrrOptions& options = {});

// Running sum: out[i] = flows[0] + … + flows[i].
std::vector<double> cumulative(const std::vector<double>& flows);

// First period whose cumulative value is ≥ 0 after having been negative. A series that never goes
// negative (nothing to pay back) pays back in period 0; one that never recovers has no payback.
std::optional<int> paybackPeriod(const std::vector<double>& cumulativeFlows);

// The per-period rate equivalent to an annual rate when compounded periodsPerYear times:
// (1 + annual)^(1/n) − 1; and back: (1 + perPeriod)^n − 1.
double ratePerPeriodFromAnnual(double annualRate, int periodsPerYear);
double annualRateFromPerPeriod(double ratePerPeriod, int periodsPerYear);

}  // namespace m2ai::finance
