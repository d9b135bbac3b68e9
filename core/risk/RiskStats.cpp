#include "risk/RiskStats.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace m2ai::risk {

namespace {

double quantile(const std::vector<double>& sorted, double q) {
    const double h = (static_cast<double>(sorted.size()) - 1.0) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double a = sorted[lo];
    const double b = sorted[hi];
    // a + (b − a)·frac is a exactly when a == b; clamped so rounding cannot leave [a, b].
    return std::clamp(a + (b - a) * (h - static_cast<double>(lo)), a, b);
}

}  // namespace

Percentiles percentiles(std::vector<double> values) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
    Percentiles p;
    p.count = static_cast<int>(values.size());
    if (values.empty()) return p;
    std::sort(values.begin(), values.end());
    p.p10 = quantile(values, 0.10);
    p.p50 = quantile(values, 0.50);
    p.p90 = quantile(values, 0.90);
    p.min = values.front();
    p.max = values.back();
    // Kahan-free mean in sorted order: the order is fixed, so the result is reproducible.
    double sum = 0.0;
    for (const double v : values) sum += v;
    p.mean = std::clamp(sum / static_cast<double>(values.size()), p.min, p.max);
    return p;
}

Histogram histogram(const std::vector<double>& values, int bins) {
    Histogram h;
    bins = std::max(bins, 1);
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    double lo = 0.0, hi = 0.0;
    bool any = false;
    for (const double v : values) {
        if (std::isnan(v)) continue;
        if (!any) lo = hi = v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        any = true;
    }
    if (!any) return h;
    h.lowerEdge = lo;
    h.binWidth = (hi - lo) / bins;
    for (const double v : values) {
        if (std::isnan(v)) continue;
        int bin = h.binWidth > 0.0 ? static_cast<int>((v - lo) / h.binWidth) : 0;
        bin = std::clamp(bin, 0, bins - 1);
        ++h.counts[static_cast<std::size_t>(bin)];
    }
    return h;
}

std::vector<double> averageRanks(const std::vector<double>& values) {
    // (value, index) pairs sort in one contiguous pass; ties get their average rank, so the order
    // among equal values does not matter.
    std::vector<std::pair<double, std::size_t>> order(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) order[i] = {values[i], i};
    std::sort(order.begin(), order.end());
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && order[j + 1].first == order[i].first) ++j;
        const double rank = 0.5 * static_cast<double>(i + j) + 1.0;
        for (std::size_t k = i; k <= j; ++k) ranks[order[k].second] = rank;
        i = j + 1;
    }
    return ranks;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) return 0.0;
    double mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= static_cast<double>(n);
    my /= static_cast<double>(n);
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dx = x[i] - mx;
        const double dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (!(sxx > 0.0) || !(syy > 0.0)) return 0.0;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

}  // namespace m2ai::risk
