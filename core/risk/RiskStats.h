#pragma once
// Summary statistics of Monte Carlo samples: percentiles, histograms, cumulative curves and
// Spearman rank correlation. Pure functions of the values in trial order, so a result does not
// depend on which thread computed which trial.
#include <vector>

namespace m2ai::risk {

struct Percentiles {
    int count = 0;  // values that exist (an IRR may not)
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
};

// NaN values are left out (count says how many remain). Percentiles interpolate linearly between
// order statistics (Hyndman and Fan type 7, the spreadsheet PERCENTILE.INC), so equal values give
// that value exactly and p10 ≤ p50 ≤ p90 always.
Percentiles percentiles(std::vector<double> values);

struct Histogram {
    double lowerEdge = 0.0;
    double binWidth = 0.0;  // 0 when every value is equal (all in the first bin)
    std::vector<int> counts;
};

// bins equal-width bins from the smallest to the largest value; the largest falls in the last bin.
Histogram histogram(const std::vector<double>& values, int bins);

// Spearman's rank correlation of x and y (same length): Pearson's r of their ranks, ties at their
// average rank. 0 when either has no spread.
std::vector<double> averageRanks(const std::vector<double>& values);
double pearson(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace m2ai::risk
