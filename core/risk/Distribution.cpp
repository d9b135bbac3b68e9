// Sampling by inverse CDF where it has a closed form (triangular), Box–Muller for the normal, and
// Marsaglia–Tsang gamma variates for the beta behind PERT (α, β ≥ 1 for PERT, so the simple form
// of the method applies). Formulas: docs/model.md "Sensitivity and risk".
#include "risk/Distribution.h"

#include <cmath>
#include <cstdio>

#include "risk/Random.h"

namespace m2ai::risk {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Uniforms for one draw: (seed, trial, stream·256 + k) for k = 0, 1, …
class Uniforms {
public:
    Uniforms(std::uint64_t seed, std::uint64_t trial, std::uint64_t stream)
        : seed_(seed), trial_(trial), base_(stream << 8) {}
    bool exhausted() const { return next_ >= 256; }
    double next() { return counterUniform(seed_, trial_, base_ | (next_++ & 0xFF)); }
    // Box–Muller gives two independent normals per pair of uniforms; the second is kept for the
    // next call.
    double normal() {
        if (hasSpare_) {
            hasSpare_ = false;
            return spare_;
        }
        const double r = std::sqrt(-2.0 * std::log(next()));
        const double angle = 2.0 * kPi * next();
        spare_ = r * std::sin(angle);
        hasSpare_ = true;
        return r * std::cos(angle);
    }

private:
    std::uint64_t seed_, trial_, base_;
    std::uint64_t next_ = 0;
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

// Gamma(shape ≥ 1, scale 1), Marsaglia and Tsang (2000). Rejection takes 1.02–1.05 tries on
// average at these shapes; if 256 uniforms ever run out the mean is returned (never seen).
double gammaVariate(double shape, Uniforms& u) {
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    while (!u.exhausted()) {
        const double x = u.normal();
        const double v1 = 1.0 + c * x;
        if (v1 <= 0.0) continue;
        const double v = v1 * v1 * v1;
        const double w = u.next();
        // The squeeze accepts ~98 % of draws without the two logarithms of the exact test.
        const double x2 = x * x;
        if (w < 1.0 - 0.0331 * x2 * x2) return d * v;
        if (std::log(w) < 0.5 * x2 + d - d * v + d * std::log(v)) return d * v;
    }
    return shape;
}

double sampleTriangular(double a, double c, double b, double u) {
    const double width = b - a;
    const double split = (c - a) / width;
    if (u < split) return a + std::sqrt(u * width * (c - a));
    return b - std::sqrt((1.0 - u) * width * (b - c));
}

double samplePert(double a, double c, double b, Uniforms& u) {
    const double width = b - a;
    const double alpha = 1.0 + 4.0 * (c - a) / width;
    const double beta = 1.0 + 4.0 * (b - c) / width;
    const double x = gammaVariate(alpha, u);
    const double y = gammaVariate(beta, u);
    return a + width * x / (x + y);
}

}  // namespace

bool Distribution::zeroWidth() const {
    switch (kind) {
        case DistributionKind::Fixed:
            return true;
        case DistributionKind::Triangular:
        case DistributionKind::Pert:
            return !(max > min);
        case DistributionKind::Normal:
        case DistributionKind::Lognormal:
            return !(sigma > 0.0);
    }
    return true;
}

double Distribution::mean() const {
    if (zeroWidth()) return mode;
    switch (kind) {
        case DistributionKind::Triangular:
            return (min + mode + max) / 3.0;
        case DistributionKind::Pert:
            return (min + 4.0 * mode + max) / 6.0;
        case DistributionKind::Normal:
            return mode;
        case DistributionKind::Lognormal:
            return mode * std::exp(0.5 * sigma * sigma);
        case DistributionKind::Fixed:
            break;
    }
    return mode;
}

double Distribution::variance() const {
    if (zeroWidth()) return 0.0;
    switch (kind) {
        case DistributionKind::Triangular:
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18.0;
        case DistributionKind::Pert: {
            const double mu = mean();
            return (mu - min) * (max - mu) / 7.0;
        }
        case DistributionKind::Normal:
            return sigma * sigma;
        case DistributionKind::Lognormal:
            return (std::exp(sigma * sigma) - 1.0) * std::exp(sigma * sigma) * mode * mode;
        case DistributionKind::Fixed:
            break;
    }
    return 0.0;
}

std::string toName(DistributionKind kind) {
    switch (kind) {
        case DistributionKind::Fixed:
            return "fixed";
        case DistributionKind::Triangular:
            return "triangular";
        case DistributionKind::Pert:
            return "pert";
        case DistributionKind::Normal:
            return "normal";
        case DistributionKind::Lognormal:
            return "lognormal";
    }
    return "?";
}

bool distributionKindFromName(const std::string& name, DistributionKind& out) {
    for (const DistributionKind k :
         {DistributionKind::Fixed, DistributionKind::Triangular, DistributionKind::Pert,
          DistributionKind::Normal, DistributionKind::Lognormal})
        if (toName(k) == name) {
            out = k;
            return true;
        }
    return false;
}

namespace {

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

}  // namespace

std::vector<Problem> validateDistribution(const Distribution& d, const std::string& path, bool nonNegative) {
    std::vector<Problem> problems;
    const auto finite = [&](double v, const char* field) {
        if (!std::isfinite(v))
            problems.push_back(
                formattedProblem(path + "." + field, M2AI_TR("RiskInputs", "must be a finite number")));
    };
    finite(d.min, "min");
    finite(d.mode, "mode");
    finite(d.max, "max");
    finite(d.sigma, "sigma");
    if (!problems.empty()) return problems;
    switch (d.kind) {
        case DistributionKind::Triangular:
        case DistributionKind::Pert:
            // min ≤ mode ≤ max, reported on the field that breaks it so an editor can mark that box.
            if (d.min > d.mode)
                problems.push_back(formattedProblem(
                    path + ".min",
                    M2AI_TR("RiskInputs",
                            "must be at most the most likely value %1 (min ≤ mode ≤ max), got %2"),
                    {number(d.mode), number(d.min)}));
            if (d.mode > d.max)
                problems.push_back(formattedProblem(
                    path + ".max",
                    M2AI_TR("RiskInputs",
                            "must be at least the most likely value %1 (min ≤ mode ≤ max), got %2"),
                    {number(d.mode), number(d.max)}));
            if (nonNegative && d.min < 0.0)
                problems.push_back(
                    formattedProblem(path + ".min", M2AI_TR("RiskInputs", "must be 0 or more")));
            break;
        case DistributionKind::Normal:
            if (d.sigma < 0.0)
                problems.push_back(
                    formattedProblem(path + ".sigma", M2AI_TR("RiskInputs", "must be 0 or more")));
            // A normal can go below zero: allowed only where negative values mean something.
            if (nonNegative && d.sigma > 0.0)
                problems.push_back(formattedProblem(
                    path + ".kind",
                    M2AI_TR("RiskInputs",
                            "normal can draw negative values; use lognormal, pert or triangular")));
            if (nonNegative && d.mode < 0.0)
                problems.push_back(
                    formattedProblem(path + ".mode", M2AI_TR("RiskInputs", "must be 0 or more")));
            break;
        case DistributionKind::Lognormal:
            if (d.sigma < 0.0 || d.sigma > 3.0)
                problems.push_back(
                    formattedProblem(path + ".sigma", M2AI_TR("RiskInputs", "must be between 0 and 3")));
            if (d.mode < 0.0)
                problems.push_back(formattedProblem(path + ".mode",
                                                    M2AI_TR("RiskInputs", "must be 0 or more (the median)")));
            break;
        case DistributionKind::Fixed:
            if (nonNegative && d.mode < 0.0)
                problems.push_back(
                    formattedProblem(path + ".mode", M2AI_TR("RiskInputs", "must be 0 or more")));
            break;
    }
    return problems;
}

double sample(const Distribution& d, std::uint64_t seed, std::uint64_t trial, std::uint64_t stream) {
    if (d.zeroWidth()) return d.mode;
    Uniforms u(seed, trial, stream);
    switch (d.kind) {
        case DistributionKind::Triangular:
            return sampleTriangular(d.min, d.mode, d.max, u.next());
        case DistributionKind::Pert:
            return samplePert(d.min, d.mode, d.max, u);
        case DistributionKind::Normal:
            return d.mode + d.sigma * u.normal();
        case DistributionKind::Lognormal:
            return d.mode * std::exp(d.sigma * u.normal());
        case DistributionKind::Fixed:
            break;
    }
    return d.mode;
}

}  // namespace m2ai::risk
