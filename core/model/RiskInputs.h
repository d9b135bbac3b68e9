#pragma once
// The risk inputs a project saves (docs/model.md "Sensitivity and risk", docs/file-format.md "Schema 4:
// risk"): how many trials, the seed, the RFS-by date, and the distributions the user set. An input the
// user did not set takes its default from resources/catalogue/risk.json (risk/RiskSettings.h), so a
// project records only what it changes and picks up corrected catalogue spreads.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/YearMonth.h"

namespace m2ai::risk {

enum class DistributionKind {
    Fixed,       // always `mode`
    Triangular,  // min, mode, max
    Pert,        // beta-PERT on min, mode, max (Malcolm et al. 1959): mean (min + 4·mode + max) / 6
    Normal,      // mean `mode`, standard deviation `sigma`
    Lognormal,   // median `mode`, sigma of the logarithm `sigma`
};

// Three-point estimates (minimum, most likely, maximum) for durations and costs, where experts think
// in ranges; lognormal for market prices, which move by percentages and cannot go negative. Behaviour
// (draws, mean, validation) in risk/Distribution.h.
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

}  // namespace m2ai::risk

namespace m2ai {

// One input's distribution, a multiplier on the portfolio's own value. input is one of
// risk::riskInputNames(): "hashprice", "powerPrice", "duration.proc-electrical", "duration.userTask", …
struct RiskInputDistribution {
    std::string input;
    risk::Distribution distribution;
    bool operator==(const RiskInputDistribution&) const = default;
};

// One task's own three-point duration in months, by site name and task id (a user task's id or a
// generated task's, e.g. "proc-electrical"); it replaces the multiplier for that task of that site.
struct RiskTaskDuration {
    std::string siteName;
    std::string taskId;
    risk::Distribution durationMonths;
    bool operator==(const RiskTaskDuration&) const = default;
};

struct RiskInputs {
    int trials = 10000;
    std::uint64_t seed = 1;
    // "Probability of RFS by" this month; empty = the deterministic first RFS of the portfolio.
    std::optional<YearMonth> rfsBy;
    std::vector<RiskInputDistribution> distributions;  // each input at most once; others: catalogue
    std::vector<RiskTaskDuration> taskDurations;       // each (site, task) at most once
    bool operator==(const RiskInputs&) const = default;
};

}  // namespace m2ai
