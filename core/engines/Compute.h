#pragma once
// One call from a portfolio to every number the app shows: the data flow edit → model → engines →
// results in one place.
#include <cstddef>
#include <string>

#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// !ok with the error when the site cannot be computed (see computePortfolio); never throws.
SiteResult computeSite(const Site& site, const Portfolio& portfolio, const Catalogue& catalogue);
PortfolioResult computePortfolio(const Portfolio& portfolio, const Catalogue& catalogue = defaultCatalogue());
// The same result computed on threadCount threads (std::thread), each taking the next small chunk
// of sites until none is left: sites are independent and the totals and the ranking are summed afterwards in
// site order on the calling thread, so the result is identical, bit for bit, to the single-threaded call for
// any threadCount. 0 or 1 computes on the calling thread; more threads than sites are not started. Nothing
// throws: a site that cannot be computed (a dependency cycle that validation missed, a cooling technology the
// catalogue lacks, memory) gives !ok with the error of the lowest such site index, as the single-threaded
// loop would, and no sites.
PortfolioResult computePortfolio(const Portfolio& portfolio, const Catalogue& catalogue,
                                 std::size_t threadCount);

// The core API's result convention (docs/architecture.md): ok, or the one-line error.
struct ComputeStatus {
    bool ok = false;
    std::string error;
};
// computePortfolio with the outcome apart from the result, for the app (and with series below): on
// !ok result is empty.
struct ComputeOutcome {
    bool ok = false;
    std::string error;
    PortfolioResult result;
};
//
// series Drop frees each site's monthly cash-flow series (economics.monthly, cumulativeNetUsd,
// keepMiningNetUsdByMonth, cumulativeKeepMiningUsd: ~20 of a site's ~22 KB at a 19-year horizon)
// as soon as the site is computed, for callers that show none of them (`mine2ai-cli compute`, text
// or JSON): 10,000 sites then peak at a third of the memory. Every other figure is the same.
enum class MonthlySeries { Keep, Drop };
ComputeOutcome tryComputePortfolio(const Portfolio& portfolio, const Catalogue& catalogue,
                                   std::size_t threadCount, MonthlySeries series = MonthlySeries::Keep);

// The incremental path of an edit (ui/document): result holds the site results of the portfolio
// before the edit, computed with the same portfolio-wide settings. Each call brings result to what
// computePortfolio(portfolio) returns, computing one site instead of all (totals and the ranking
// are re-aggregated, which is cheap). None throws: on !ok result is unchanged, and the caller
// recomputes everything (a result that does not line up with the sites is a caller bug).
// Site index of portfolio changed.
ComputeStatus recomputeSite(const Portfolio& portfolio, std::size_t index, PortfolioResult& result,
                            const Catalogue& catalogue = defaultCatalogue());
// Site index of portfolio is new (result has one site fewer).
ComputeStatus insertSiteResult(const Portfolio& portfolio, std::size_t index, PortfolioResult& result,
                               const Catalogue& catalogue = defaultCatalogue());
// The site that was at index is gone (result has one site more than portfolio).
ComputeStatus eraseSiteResult(const Portfolio& portfolio, std::size_t index, PortfolioResult& result);
// Totals, IT online by month and the ranking from result.sites.
void aggregatePortfolio(const Portfolio& portfolio, PortfolioResult& result);
// One site added to totals' sums over the feasible sites (an infeasible one to its count), as
// aggregatePortfolio adds each site in order: a caller that adds the sites one by one in site
// order (io/JsonResultsStream.h) gets the same doubles. totals.itOnlineMwByMonth is sized to the
// horizon; totals.sites and the ranking are left alone.
void addToTotals(PortfolioResult& totals, const SiteResult& site);

}  // namespace m2ai
