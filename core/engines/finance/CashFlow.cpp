// Present value, NPV, IRR, cumulative and payback. Formulas and conventions: docs/model.md
// "Cash-flow maths".
#include "engines/finance/CashFlow.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace m2ai::finance {

namespace {

// Σ c_i·x^i for i = 0 … n−1, where c_i = flows[i] (ascending) or flows[n−1−i] (descending).
// Horner's rule with four interleaved accumulators (terms i ≡ k mod 4 in powers of x⁴): no pow()
// per term, and four independent multiply-add chains instead of one, which is what IRR's repeated
// evaluations spend their time on.
double polynomial(const std::vector<double>& flows, double x, bool descending) {
    const std::size_t n = flows.size();
    const auto coeff = [&](std::size_t i) { return descending ? flows[n - 1 - i] : flows[i]; };
    const double x2 = x * x;
    const double x4 = x2 * x2;
    double a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0;
    std::size_t blocks = n / 4;
    // The incomplete top block first (its missing terms are zero), then full blocks downwards.
    const std::size_t rest = n % 4;
    if (rest) {
        const std::size_t base = blocks * 4;
        a0 = coeff(base);
        if (rest > 1) a1 = coeff(base + 1);
        if (rest > 2) a2 = coeff(base + 2);
    }
    while (blocks-- > 0) {
        const std::size_t base = blocks * 4;
        a0 = a0 * x4 + coeff(base);
        a1 = a1 * x4 + coeff(base + 1);
        a2 = a2 * x4 + coeff(base + 2);
        a3 = a3 * x4 + coeff(base + 3);
    }
    return a0 + x * a1 + x2 * a2 + x2 * x * a3;
}

// polynomial(flows, xAscending, false) and polynomial(flows, xDescending, true) at once, each lane
// of a two-double vector doing exactly the operations polynomial does for its own x (the same
// results, bit for bit): two independent evaluations share the multiply-add latency that a single
// one waits on. IRR's outward scan needs both sides' values at every step.
struct PolynomialPair {
    double ascending, descending;
};

PolynomialPair polynomialPair(const std::vector<double>& flows, double xAscending, double xDescending) {
    typedef double Pair __attribute__((vector_size(16)));
    const std::size_t n = flows.size();
    const double* c = flows.data();
    const auto coeff = [&](std::size_t i) { return Pair{c[i], c[n - 1 - i]}; };
    const Pair x{xAscending, xDescending};
    const Pair x2 = x * x;
    const Pair x4 = x2 * x2;
    Pair a0{0.0, 0.0}, a1{0.0, 0.0}, a2{0.0, 0.0}, a3{0.0, 0.0};
    std::size_t blocks = n / 4;
    const std::size_t rest = n % 4;
    if (rest) {
        const std::size_t base = blocks * 4;
        a0 = coeff(base);
        if (rest > 1) a1 = coeff(base + 1);
        if (rest > 2) a2 = coeff(base + 2);
    }
    while (blocks-- > 0) {
        const std::size_t base = blocks * 4;
        a0 = a0 * x4 + coeff(base);
        a1 = a1 * x4 + coeff(base + 1);
        a2 = a2 * x4 + coeff(base + 2);
        a3 = a3 * x4 + coeff(base + 3);
    }
    const Pair out = a0 + x * a1 + x2 * a2 + x2 * x * a3;
    return {out[0], out[1]};
}

}  // namespace

double presentValue(double ratePerPeriod, const std::vector<double>& flows) {
    return polynomial(flows, 1.0 / (1.0 + ratePerPeriod), false);
}

double npv(double ratePerPeriod, const std::vector<double>& flows) {
    // Excel's NPV discounts the first value one full period.
    return presentValue(ratePerPeriod, flows) / (1.0 + ratePerPeriod);
}

std::optional<double> irr(const std::vector<double>& flows, const IrrOptions& options) {
    bool hasPositive = false;
    bool hasNegative = false;
    for (double f : flows) {
        hasPositive = hasPositive || f > 0.0;
        hasNegative = hasNegative || f < 0.0;
    }
    if (!hasPositive || !hasNegative) return std::nullopt;

    // f(r) = Σ flows[i]/(1+r)^i. For r < 0 the terms explode as r → −1, so there we evaluate the
    // same-signed g(r) = f(r)·(1+r)^(n−1) = Σ flows[i]·(1+r)^(n−1−i) (Horner from the first flow),
    // which stays finite on the whole bracket [−0.9999, 0].
    const auto signedValue = [&flows](double r) {
        if (r >= 0.0) return presentValue(r, flows);
        return polynomial(flows, 1.0 + r, true);
    };

    // Search outward from 0 % on both sides at once, along grids that reach −99.99 % and +10^6 % per
    // period, and refine the first bracket found: the root nearest 0 %, the economically meaningful
    // one when unconventional flows have several. Typical monthly project IRRs are found within a
    // few evaluations, which keeps a 1,000-site portfolio fast.
    static constexpr double kUp[] = {0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1,   0.15, 0.2,
                                     0.3, 0.5,   0.75, 1.0,  2.0,  5.0,  10.0, 100.0, 1e3,  1e4};
    static constexpr double kDown[] = {0.0,  -0.005, -0.01, -0.02, -0.03, -0.05,  -0.07,
                                       -0.1, -0.15,  -0.2,  -0.3,  -0.4,  -0.5,   -0.6,
                                       -0.7, -0.8,   -0.9,  -0.95, -0.99, -0.999, -0.9999};
    const double f0 = signedValue(0.0);
    if (f0 == 0.0) return 0.0;
    double upLo = 0.0, fUpLo = f0, downHi = 0.0, fDownHi = f0;
    for (std::size_t i = 1; i < std::max(std::size(kUp), std::size(kDown)); ++i) {
        // Both sides' values of this step in one pass (down's is wasted if up's brackets the root).
        double values[2] = {0.0, 0.0};
        if (i < std::size(kUp) && i < std::size(kDown)) {
            const PolynomialPair both = polynomialPair(flows, 1.0 / (1.0 + kUp[i]), 1.0 + kDown[i]);
            values[0] = both.ascending;
            values[1] = both.descending;
        } else {
            for (int side = 0; side < 2; ++side)
                if (side == 0 ? i < std::size(kUp) : i < std::size(kDown))
                    values[side] = signedValue(side == 0 ? kUp[i] : kDown[i]);
        }
        for (int side = 0; side < 2; ++side) {
            const bool up = side == 0;
            if (up ? i >= std::size(kUp) : i >= std::size(kDown)) continue;
            const double r = up ? kUp[i] : kDown[i];
            const double fr = values[side];
            if (!std::isfinite(fr)) continue;
            if (fr == 0.0) return r;
            double& prev = up ? upLo : downHi;
            double& fPrev = up ? fUpLo : fDownHi;
            if ((fr < 0.0) != (fPrev < 0.0)) {
                // Illinois (modified regula falsi): keeps the bracket like bisection, converges
                // superlinearly; halving the stale end's value avoids regula falsi's one-sided stall.
                double a = prev, fa = fPrev, b = r, fb = fr;
                for (int iter = 0; iter < options.maxIterations; ++iter) {
                    if (fb == fa) return b;
                    const double c = b - fb * (b - a) / (fb - fa);
                    const double fc = signedValue(c);
                    const double tolerance = options.relativeTolerance * std::max(1.0, std::fabs(c));
                    if (fc == 0.0 || std::fabs(c - b) <= tolerance || std::fabs(b - a) <= tolerance) return c;
                    if ((fc < 0.0) == (fb < 0.0)) {
                        fa *= 0.5;
                    } else {
                        a = b;
                        fa = fb;
                    }
                    b = c;
                    fb = fc;
                }
                return b;
            }
            prev = r;
            fPrev = fr;
        }
    }
    return std::nullopt;
}

std::vector<double> cumulative(const std::vector<double>& flows) {
    std::vector<double> out;
    out.reserve(flows.size());
    double sum = 0.0;
    for (double f : flows) out.push_back(sum += f);
    return out;
}

std::optional<int> paybackPeriod(const std::vector<double>& cumulativeFlows) {
    bool wentNegative = false;
    for (std::size_t i = 0; i < cumulativeFlows.size(); ++i) {
        if (cumulativeFlows[i] < 0.0)
            wentNegative = true;
        else if (wentNegative)
            return static_cast<int>(i);
    }
    if (!wentNegative && !cumulativeFlows.empty()) return 0;
    return std::nullopt;
}

double ratePerPeriodFromAnnual(double annualRate, int periodsPerYear) {
    return std::pow(1.0 + annualRate, 1.0 / std::max(periodsPerYear, 1)) - 1.0;
}

double annualRateFromPerPeriod(double ratePerPeriod, int periodsPerYear) {
    return std::pow(1.0 + ratePerPeriod, static_cast<double>(std::max(periodsPerYear, 1))) - 1.0;
}

}  // namespace m2ai::finance
