#pragma once
// The distributions a risk input may carry (docs/model.md "Sensitivity and risk"; the value type is
// in model/RiskInputs.h, as projects save them). A distribution
// whose width is zero returns its most-likely value exactly, so a Monte Carlo run with every
// distribution at zero width reproduces the deterministic result bit for bit.
#include <cstdint>
#include <string>
#include <vector>

#include "model/RiskInputs.h"
#include "validation/Validation.h"

namespace m2ai::risk {

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
