#pragma once
// The `compute --json` text (docs/file-format.md) for a caller that computes site by site and does
// not keep the results: each site is recorded (io/JsonTape) as soon as it is computed, so its result
// can be freed at once, and the portfolio's totals, which the text puts before the sites, are
// summed as the sites come. write() then gives exactly what writeResultsJson writes for
// computePortfolio's result of the same portfolio. At 10,000 sites the results were ~170 MB held
// until the end; the tape is a fraction of that.
#include <cstddef>
#include <ostream>
#include <vector>

#include "engines/Results.h"
#include "io/JsonTape.h"
#include "model/Portfolio.h"

namespace m2ai {

class ResultsJsonStream {
public:
    // portfolio must outlive the stream and not change while it is used.
    explicit ResultsJsonStream(const Portfolio& portfolio);

    // The result of the portfolio's next site, in site order (every site, computed with ok).
    void add(const SiteResult& site);
    // The whole text of the sites added so far, with indent as writeResultsJson's.
    void write(std::ostream& out, int indent = 2) const;

private:
    const Portfolio& portfolio_;
    jsonio::JsonTape sites_;
    // The sums of aggregatePortfolio (engines/Compute.cpp) and of the results writer, in the same
    // order, over the feasible sites: the same doubles, bit for bit.
    std::size_t siteCount_ = 0;
    int infeasibleSites_ = 0;
    double gridMw_ = 0.0;
    double itMw_ = 0.0;
    long long gpus_ = 0;
    double capexUsd_ = 0.0;
    double npvUsd_ = 0.0;
    double npvKeepMiningUsd_ = 0.0;
    double incrementalNpvUsd_ = 0.0;
    double taxUsd_ = 0.0;
    double projectNpvAfterTaxUsd_ = 0.0;
    double equityNpvUsd_ = 0.0;
    std::vector<double> itOnlineMwByMonth_;
};

}  // namespace m2ai
