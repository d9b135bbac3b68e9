// The one place where a portfolio becomes results: for each site, power budget (with PUE) →
// schedule → economics → environment, plus warnings about feasible but questionable choices; then
// portfolio totals and the ranking of sites.
#include "engines/Compute.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <exception>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include "engines/Economics.h"
#include "engines/Environment.h"
#include "engines/Feasibility.h"
#include "engines/PowerBudget.h"
#include "engines/Schedule.h"

namespace m2ai {

namespace {

// "35", "57.2": figures in warnings read like the editor shows them.
std::string formatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

// "320,000": counts in warnings, grouped like the tables show them.
std::string formatCount(double value) {
    const long long n = std::llround(std::clamp(value, -9.0e15, 9.0e15));
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    if (n < 0) out.push_back('-');
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

// "USD 267 million", "USD 1.2 billion", "USD 45,000".
std::string formatUsd(double usd) {
    if (std::fabs(usd) >= 1.0e9) return "USD " + formatNumber(std::round(usd / 1.0e8) / 10.0) + " billion";
    if (std::fabs(usd) >= 1.0e6) return "USD " + formatNumber(std::round(usd / 1.0e5) / 10.0) + " million";
    return "USD " + formatCount(usd);
}

// Questionable but feasible choices; what cannot work is an infeasibility (engines/Feasibility).
std::vector<SiteWarning> siteWarnings(const Site& site, const Portfolio& portfolio,
                                      const SiteResult& result) {
    std::vector<SiteWarning> warnings;
    const auto warn = [&warnings](WarningCode code, std::string message, MessageParams params = {}) {
        warnings.push_back({code, std::move(params), std::move(message)});
    };
    const ConversionPlan& plan = site.plan;

    if (site.gridQueue && site.gridQueue->extraMw > 0.0) {
        const int horizonMonths = portfolio.horizonYears * 12;
        if (monthsBetween(portfolio.startMonth, site.gridQueue->availableMonth) >= horizonMonths)
            warn(WarningCode::QueuedGridAfterHorizon,
                 "The queued " + formatNumber(site.gridQueue->extraMw) + " MW of grid arrives " +
                     site.gridQueue->availableMonth.toString() + ", after the planning horizon",
                 {{{"extraMw", site.gridQueue->extraMw}},
                  {{"month", site.gridQueue->availableMonth.toString()}}});
        else if (result.power.itMw <= result.power.itMwOnCurrentGrid + 1e-9)
            warn(WarningCode::QueuedGridAddsNoIt,
                 "The queued " + formatNumber(site.gridQueue->extraMw) +
                     " MW of grid adds no IT load: the electrical capacity, not the grid, limits IT — "
                     "add electrical blocks or drop the queue",
                 {{{"extraMw", site.gridQueue->extraMw}}, {}});
    }

    if (plan.convertedSharePct > 0.0 && result.power.itMw <= 0.0)
        warn(WarningCode::NoItLoadFits,
             "No IT load fits: check the electrical blocks and the converted share");
    if (result.power.itMw > 0.0 && result.schedule.rfsMonthIndex >= portfolio.horizonYears * 12)
        warn(WarningCode::RfsAfterHorizon,
             "Ready for service in month " + std::to_string(result.schedule.rfsMonthIndex) +
                 ", after the planning horizon: the conversion earns nothing within it",
             {{{"month", static_cast<double>(result.schedule.rfsMonthIndex)}}, {}});
    // Only owned GPUs cost the owner anything while idle, and the figure is the one inside the NPV.
    if (result.schedule.idleGpuMonths > 0.0 && result.economics.idleGpuCostUsd > 0.0)
        warn(
            WarningCode::IdleGpus,
            "GPUs arrive before the hall is ready: " + formatCount(result.schedule.idleGpuMonths) +
                " idle GPU-months cost about " + formatUsd(result.economics.idleGpuCostUsd) + " of NPV",
            {{{"idleGpuMonths", result.schedule.idleGpuMonths}, {"costUsd", result.economics.idleGpuCostUsd}},
             {}});
    if (plan.gpu.enabled && plan.business.model == BusinessModel::GpuCloud && result.power.gpus <= 0 &&
        result.power.itMw > 0.0)
        warn(WarningCode::NoGpusInstalled, "The GPU step installs no GPUs: check the GPUs per rack");
    // A covenant breach is a warning, not an infeasibility: the hall works, the debt needs resizing.
    if (const FinancingResult& f = result.economics.financing; f.dscrBelowMinimum && f.minDscr) {
        const double minDscr = std::round(*f.minDscr * 100.0) / 100.0;
        warn(WarningCode::DscrBelowCovenant,
             "The minimum DSCR is " + formatNumber(minDscr) + ", below the covenant of " +
                 formatNumber(portfolio.financing.debt.minDscr) +
                 ": less debt, a longer tenor or a lower rate",
             {{{"minDscr", minDscr}, {"covenant", portfolio.financing.debt.minDscr}}, {}});
    }
    return warnings;
}

}  // namespace

namespace {

SiteResult computeSiteOrThrow(const Site& site, const Portfolio& portfolio, const Catalogue& catalogue) {
    SiteResult result;
    result.name = site.name;
    result.country = site.country;
    result.power = computePowerBudget(site, catalogue);
    // Month indices count from the portfolio start, so the grid queue's calendar month lands right.
    result.schedule = computeSchedule(site, result.power, portfolio.costs,
                                      std::max(portfolio.horizonYears, 0) * 12, portfolio.startMonth);
    if (!result.schedule.ok) {
        // A dependency cycle or a bad task id, which validation rejects before compute.
        result.error = result.schedule.error;
        return result;
    }
    // Infeasible plans earn no AI revenue (engines/Feasibility, docs/model.md "Feasibility").
    result.infeasibilities = checkFeasibility(site, catalogue, result.power);
    result.feasible = result.infeasibilities.empty();
    result.economics =
        computeEconomics(site, portfolio, result.power, result.schedule, result.feasible, catalogue.halvings);
    result.environment = computeEnvironment(site, catalogue, result.power);
    result.warnings = siteWarnings(site, portfolio, result);
    result.ok = true;
    return result;
}

}  // namespace

SiteResult computeSite(const Site& site, const Portfolio& portfolio, const Catalogue& catalogue) {
    // The engines below report what validation refuses through ok; what remains is a catalogue
    // without the site's cooling technology or memory, caught here so nothing crosses the API.
    try {
        return computeSiteOrThrow(site, portfolio, catalogue);
    } catch (const std::exception& e) {
        SiteResult failed;
        failed.name = site.name;
        failed.country = site.country;
        failed.error = e.what();
        return failed;
    }
}

void addToTotals(PortfolioResult& totals, const SiteResult& site) {
    // Totals are over feasible sites: an infeasible plan's figures are not money it can make.
    if (!site.feasible) {
        ++totals.infeasibleSiteCount;
        return;
    }
    totals.gridMw += site.power.gridMw;
    totals.itMw += site.power.itMw;
    totals.gpus += site.power.gpus;
    totals.capexUsd += site.economics.capexUsd;
    totals.npvUsd += site.economics.npvUsd;
    totals.npvKeepMiningUsd += site.economics.npvKeepMiningUsd;
    totals.incrementalNpvUsd += site.economics.incrementalNpvUsd;
    const std::size_t months =
        std::min(totals.itOnlineMwByMonth.size(), site.schedule.itOnlineMwByMonth.size());
    for (std::size_t m = 0; m < months; ++m)
        totals.itOnlineMwByMonth[m] += site.schedule.itOnlineMwByMonth[m];
}

void aggregatePortfolio(const Portfolio& portfolio, PortfolioResult& out) {
    const std::size_t horizonMonths = static_cast<std::size_t>(std::max(portfolio.horizonYears, 0) * 12);
    out.gridMw = 0.0;
    out.itMw = 0.0;
    out.gpus = 0;
    out.capexUsd = 0.0;
    out.npvUsd = 0.0;
    out.npvKeepMiningUsd = 0.0;
    out.incrementalNpvUsd = 0.0;
    out.infeasibleSiteCount = 0;
    out.itOnlineMwByMonth.assign(horizonMonths, 0.0);
    out.ranking.clear();
    out.ranking.reserve(out.sites.size());
    out.ok = true;
    out.error.clear();

    for (std::size_t i = 0; i < out.sites.size(); ++i) {
        const SiteResult& site = out.sites[i];
        SiteRanking rank;
        rank.siteIndex = static_cast<int>(i);
        rank.feasible = site.feasible;
        rank.monthsToRfs = site.schedule.rfsMonthIndex;
        addToTotals(out, site);
        if (!site.feasible) {
            out.ranking.push_back(rank);
            continue;
        }

        // A site with no IT load has no per-MW figure; 0 ranks it between gains and losses.
        const double perMw = site.power.itMw > 0.0 ? site.economics.incrementalNpvUsd / site.power.itMw : 0.0;
        rank.incrementalNpvUsdPerMw = std::isfinite(perMw) ? perMw : 0.0;  // keeps the sort a strict order
        out.ranking.push_back(rank);
    }

    // Feasible sites first; best value per MW of IT first; at equal value the site in service sooner;
    // then input order, so the ranking is deterministic.
    std::sort(out.ranking.begin(), out.ranking.end(), [](const SiteRanking& a, const SiteRanking& b) {
        if (a.feasible != b.feasible) return a.feasible;
        if (a.incrementalNpvUsdPerMw != b.incrementalNpvUsdPerMw)
            return a.incrementalNpvUsdPerMw > b.incrementalNpvUsdPerMw;
        if (a.monthsToRfs != b.monthsToRfs) return a.monthsToRfs < b.monthsToRfs;
        return a.siteIndex < b.siteIndex;
    });
}

namespace {

SiteResult computeKept(const Site& site, const Portfolio& portfolio, const Catalogue& catalogue,
                       MonthlySeries series) {
    SiteResult result = computeSite(site, portfolio, catalogue);
    if (series == MonthlySeries::Drop) {
        // Freed now, so the next site reuses the memory: the peak stays one site's series.
        EconomicsResult& e = result.economics;
        std::vector<MonthlyCashFlow>().swap(e.monthly);
        std::vector<double>().swap(e.cumulativeNetUsd);
        std::vector<double>().swap(e.keepMiningNetUsdByMonth);
        std::vector<double>().swap(e.cumulativeKeepMiningUsd);
        // The financing's monthly series are as long again (8 of them): the JSON prints none.
        FinancingResult& f = e.financing;
        for (std::vector<double>* v : {&f.projectTaxUsdByMonth, &f.taxUsdByMonth, &f.drawdownUsdByMonth,
                                       &f.interestUsdByMonth, &f.debtServiceUsdByMonth, &f.balanceUsdByMonth,
                                       &f.projectNetUsdByMonth, &f.equityNetUsdByMonth})
            std::vector<double>().swap(*v);
    }
    return result;
}

// Small enough that the threads finish within a chunk of each other, large enough that the shared
// counter is touched a few hundred times per portfolio at most.
std::size_t sitesPerChunk(std::size_t siteCount, std::size_t threads) {
    return std::clamp<std::size_t>(siteCount / (threads * 32), 1, 64);
}

PortfolioResult failedPortfolio(std::string error) {
    PortfolioResult out;
    out.error = std::move(error);
    return out;
}

PortfolioResult computeAllOrThrow(const Portfolio& portfolio, const Catalogue& catalogue,
                                  std::size_t threadCount, MonthlySeries series) {
    const std::size_t siteCount = portfolio.sites.size();
    PortfolioResult out;
    const std::size_t threads = std::clamp<std::size_t>(threadCount, 1, std::max<std::size_t>(siteCount, 1));
    if (threads == 1) {
        out.sites.reserve(siteCount);
        for (const Site& site : portfolio.sites) {
            out.sites.push_back(computeKept(site, portfolio, catalogue, series));
            if (!out.sites.back().ok) return failedPortfolio(std::move(out.sites.back().error));
        }
        aggregatePortfolio(portfolio, out);
        return out;
    }

    // Sites are handed out in chunks from a shared counter, so a thread that gets the cheaper
    // sites, or more of a shared core, takes more of them (a contiguous split by site count left one
    // thread idle while the other finished its half). Each chunk writes only its own slots of
    // out.sites, so no locking, and each site's result does not depend on which thread computes it.
    // A chunk stops at its first failing site and records its index in firstFailure (the lowest
    // one wins); chunks are claimed in increasing order and one that starts after a recorded
    // failure is skipped. Every site before the lowest failure is therefore in a chunk that ran to
    // its end or to a failure of its own, which would be lower: the failure reported is the lowest
    // failing index, as the single-threaded loop finds it.
    out.sites.resize(siteCount);
    const std::size_t chunk = sitesPerChunk(siteCount, threads);
    std::atomic<std::size_t> nextSite{0};
    std::atomic<std::size_t> firstFailure{siteCount};
    const auto computeChunks = [&] {
        for (;;) {
            const std::size_t begin = nextSite.fetch_add(chunk);
            if (begin >= siteCount || begin > firstFailure.load()) return;
            const std::size_t end = std::min(begin + chunk, siteCount);
            for (std::size_t i = begin; i < end; ++i) {
                out.sites[i] = computeKept(portfolio.sites[i], portfolio, catalogue, series);
                if (!out.sites[i].ok) {
                    std::size_t seen = firstFailure.load();
                    while (i < seen && !firstFailure.compare_exchange_weak(seen, i)) {
                    }
                    break;
                }
            }
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    try {
        for (std::size_t t = 0; t + 1 < threads; ++t) workers.emplace_back(computeChunks);
    } catch (const std::system_error&) {
        // Fewer threads could be started (resources): the ones running and this one share the sites.
    }
    computeChunks();
    for (std::thread& worker : workers) worker.join();
    if (const std::size_t failed = firstFailure.load(); failed < siteCount)
        return failedPortfolio(std::move(out.sites[failed].error));
    aggregatePortfolio(portfolio, out);
    return out;
}

// Only memory can fail outside the sites (which catch their own).
PortfolioResult computeAll(const Portfolio& portfolio, const Catalogue& catalogue, std::size_t threadCount,
                           MonthlySeries series) {
    try {
        return computeAllOrThrow(portfolio, catalogue, threadCount, series);
    } catch (const std::exception& e) {
        return failedPortfolio(e.what());
    }
}

}  // namespace

PortfolioResult computePortfolio(const Portfolio& portfolio, const Catalogue& catalogue) {
    return computeAll(portfolio, catalogue, 1, MonthlySeries::Keep);
}

PortfolioResult computePortfolio(const Portfolio& portfolio, const Catalogue& catalogue,
                                 std::size_t threadCount) {
    return computeAll(portfolio, catalogue, threadCount, MonthlySeries::Keep);
}

ComputeOutcome tryComputePortfolio(const Portfolio& portfolio, const Catalogue& catalogue,
                                   std::size_t threadCount, MonthlySeries series) {
    ComputeOutcome out;
    out.result = computeAll(portfolio, catalogue, threadCount, series);
    out.ok = out.result.ok;
    out.error = std::move(out.result.error);
    return out;
}

ComputeStatus recomputeSite(const Portfolio& portfolio, std::size_t index, PortfolioResult& result,
                            const Catalogue& catalogue) {
    if (index >= portfolio.sites.size() || result.sites.size() != portfolio.sites.size())
        return {false, "recomputeSite: result does not line up with the portfolio's sites"};
    try {
        SiteResult site = computeSite(portfolio.sites[index], portfolio, catalogue);
        if (!site.ok) return {false, std::move(site.error)};
        result.sites[index] = std::move(site);
        aggregatePortfolio(portfolio, result);
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
    return {true, {}};
}

ComputeStatus insertSiteResult(const Portfolio& portfolio, std::size_t index, PortfolioResult& result,
                               const Catalogue& catalogue) {
    if (index >= portfolio.sites.size() || result.sites.size() + 1 != portfolio.sites.size())
        return {false, "insertSiteResult: result does not line up with the portfolio's sites"};
    try {
        SiteResult site = computeSite(portfolio.sites[index], portfolio, catalogue);
        if (!site.ok) return {false, std::move(site.error)};
        result.sites.insert(result.sites.begin() + static_cast<std::ptrdiff_t>(index), std::move(site));
        aggregatePortfolio(portfolio, result);
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
    return {true, {}};
}

ComputeStatus eraseSiteResult(const Portfolio& portfolio, std::size_t index, PortfolioResult& result) {
    if (index >= result.sites.size() || result.sites.size() != portfolio.sites.size() + 1)
        return {false, "eraseSiteResult: result does not line up with the portfolio's sites"};
    try {
        result.sites.erase(result.sites.begin() + static_cast<std::ptrdiff_t>(index));
        aggregatePortfolio(portfolio, result);
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
    return {true, {}};
}

}  // namespace m2ai
