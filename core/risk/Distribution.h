#pragma once
// The distributions a risk input may carry (docs/model.md "Sensitivity and risk"). Three-point
// estimates (minimum, most likely, maximum) for durations and costs, where experts think in ranges;
// lognormal for market prices, which move by percentages and cannot go negative. A distribution
// whose width is zero returns its most-likely value exactly, so a Monte Carlo run with every
// distribution at zero width reproduces the deterministic result bit for bit.
#include <cstdint>
#include <string>
#include <vector>

#include "validation/Validation.h"

namespace m2ai::risk {

enum class DistributionKind {
    Fixed,       // always `mode`
    Triangular,  // min, mode, max
    Pert,        // beta-PERT on min, mode, max (Malcolm et al. 1959): mean (min + 4·mode + max) / 6
    Normal,      // mean `mode`, standard deviation `sigma`
    Lognormal,   // median `mode`, sigma of the logarithm `sigma`
};

struct Distribution {
    DistributionKind kind = DistributionKind::Fixed;
    double min = 1.0;
    double mode = 1.0;
    double max = 1.0;
    double sigma = 0.0;
    bool operator==(const Distribution&) const = default;

    static Distribution fixed(double value) { return {DistributionKind::Fixed, value, value, value, 0.0}; }
    static Distribution triangular(double lo, double likely, double hi) {
        return {DistributionKind::Triangular, lo, likely, hi, 0.0};
    }
    static Distribution pert(double lo, double likely, double hi) {
        return {DistributionKind::Pert, lo, likely, hi, 0.0};
    }
    static Distribution normal(double mean, double sd) {
        return {DistributionKind::Normal, mean, mean, mean, sd};
    }
    static Distribution lognormal(double median, double sigmaLog) {
        return {DistributionKind::Lognormal, median, median, median, sigmaLog};
    }

    bool zeroWidth() const;
    double mean() const;
    double variance() const;
};

// "fixed", "triangular", "pert", "normal", "lognormal".
std::string toName(DistributionKind kind);
bool distributionKindFromName(const std::string& name, DistributionKind& out);

// The problems of a distribution, paths prefixed with `path`: min ≤ mode ≤ max, finite values,
// sigma ≥ 0; with nonNegative, no value below 0 may come out (durations, prices, multipliers).
std::vector<Problem> validateDistribution(const Distribution& d, const std::string& path, bool nonNegative);

// One draw of d for (seed, trial, stream): a pure function of its arguments (risk/Random.h).
// Streams stream·256 + k, k < 256, are used for the uniforms one draw needs (a PERT draw is a beta
// by rejection and may need several), so callers give each input its own stream number.
double sample(const Distribution& d, std::uint64_t seed, std::uint64_t trial, std::uint64_t stream);

}  // namespace m2ai::risk
