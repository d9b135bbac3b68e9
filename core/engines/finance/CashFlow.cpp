// Present value, NPV, IRR, cumulative and payback. Formulas and conventions: docs/model.md
// "Cash-flow maths".
#include "engines/finance/CashFlow.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

namespace m2ai::finance {

namespace {

// Two doubles in one SSE register. Every operation below works lane by lane with IEEE rounding (no
// fused multiply-add on the x86-64 baseline), so a lane computes exactly what the same scalar code
// would: packing two of polynomial's accumulators into one register changes no result.
typedef double Pair __attribute__((vector_size(16)));

Pair loadPair(const double* p) {
    Pair v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// {p[1], p[0]}: two coefficients of a polynomial read from the end of the flows.
Pair loadPairReversed(const double* p) {
    const Pair v = loadPair(p);
    return Pair{v[1], v[0]};
}

// The four accumulators of polynomial as two pairs: lo = {a0, a1}, hi = {a2, a3}.
struct Accumulators {
    Pair lo{0.0, 0.0}, hi{0.0, 0.0};
};

// Horner's rule with four interleaved accumulators (terms i ≡ k mod 4 in powers of x⁴) over the
// coefficients coeff(i) = flows[i] (ascending) or flows[n−1−i] (descending). It starts with the
// incomplete top block (its missing terms are zero), then takes full blocks downwards.
Accumulators topBlock(const double* c, std::size_t n, bool descending) {
    const auto coeff = [&](std::size_t i) { return descending ? c[n - 1 - i] : c[i]; };
    Accumulators a;
    const std::size_t rest = n % 4;
    if (rest) {
        const std::size_t base = n - rest;
        a.lo[0] = coeff(base);
        if (rest > 1) a.lo[1] = coeff(base + 1);
        if (rest > 2) a.hi[0] = coeff(base + 2);
    }
    return a;
}

// The block of coefficients base … base + 3.
void ascendingBlock(Accumulators& a, const double* c, std::size_t base, Pair x4) {
    a.lo = a.lo * x4 + loadPair(c + base);
    a.hi = a.hi * x4 + loadPair(c + base + 2);
}

void descendingBlock(Accumulators& a, const double* c, std::size_t n, std::size_t base, Pair x4) {
    a.lo = a.lo * x4 + loadPairReversed(c + (n - 2 - base));  // coeff(base), coeff(base + 1)
    a.hi = a.hi * x4 + loadPairReversed(c + (n - 4 - base));  // coeff(base + 2), coeff(base + 3)
}

double sum(const Accumulators& a, double x, double x2) {
    return a.lo[0] + x * a.lo[1] + x2 * a.hi[0] + x2 * x * a.hi[1];
}

// Σ c_i·x^i for i = 0 … n−1, where c_i = flows[i] (ascending) or flows[n−1−i] (descending): four
// independent multiply-add chains (no pow() per term), which is what IRR's repeated evaluations
// spend their time on, summed as a0 + x·a1 + x²·a2 + x³·a3.
double polynomial(const std::vector<double>& flows, double x, bool descending) {
    const double* c = flows.data();
    const std::size_t n = flows.size();
    const double x2 = x * x;
    const double x4 = x2 * x2;
    const Pair x4s{x4, x4};
    Accumulators a = topBlock(c, n, descending);
    std::size_t blocks = n / 4;
    if (descending)
        while (blocks-- > 0) descendingBlock(a, c, n, blocks * 4, x4s);
    else
        while (blocks-- > 0) ascendingBlock(a, c, blocks * 4, x4s);
    return sum(a, x, x2);
}

// polynomial(flows, xAscending, false) and polynomial(flows, xDescending, true) in one pass, the same
// results bit for bit: two independent evaluations share the multiply-add latency that a single one
// waits on. IRR's outward scan needs both sides' values at every step.
struct PolynomialPair {
    double ascending, descending;
};

PolynomialPair polynomialPair(const std::vector<double>& flows, double xAscending, double xDescending) {
    const double* c = flows.data();
    const std::size_t n = flows.size();
    const double up2 = xAscending * xAscending;
    const double up4 = up2 * up2;
    const double down2 = xDescending * xDescending;
    const double down4 = down2 * down2;
    const Pair up4s{up4, up4};
    const Pair down4s{down4, down4};
    Accumulators up = topBlock(c, n, false);
    Accumulators down = topBlock(c, n, true);
    for (std::size_t blocks = n / 4; blocks-- > 0;) {
        ascendingBlock(up, c, blocks * 4, up4s);
        descendingBlock(down, c, n, blocks * 4, down4s);
    }
    return {sum(up, xAscending, up2), sum(down, xDescending, down2)};
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
