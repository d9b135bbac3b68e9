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

// What the text sums over the feasible sites besides PortfolioResult's totals: tax and the
// after-tax NPVs (IRRs and DSCRs do not add up).
struct AfterTaxTotals {
    double taxUsd = 0.0;
    double projectNpvAfterTaxUsd = 0.0;
    double equityNpvUsd = 0.0;
    void add(const SiteResult& site);
};

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
    // Summed as aggregatePortfolio and the results writer sum them, by the same functions in the
    // same order: the same doubles, bit for bit. totals_ holds no sites.
    std::size_t siteCount_ = 0;
    PortfolioResult totals_;
    AfterTaxTotals afterTax_;
};

}  // namespace m2ai
