#pragma once
// Monte Carlo on schedule and money together (docs/model.md "Sensitivity and risk"): each trial
// draws the market inputs once, every site's inputs and task durations, schedules each site's
// network and runs its economics (risk/TrialModel), and records per site and for the portfolio the
// first RFS, full capacity, NPV, incremental NPV and IRRs. Trials run on every core; each trial's
// draws depend only on (seed, trial, input) (risk/Random.h) and every statistic is computed from
// the trial-indexed samples afterwards, so the result is identical for any thread count.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "catalogue/Catalogue.h"
#include "model/Portfolio.h"
#include "risk/RiskSettings.h"
#include "risk/RiskStats.h"

namespace m2ai::risk {

struct SCurvePoint {
    int monthIndex = 0;
    double probability = 0.0;  // share of trials at or before monthIndex
};

struct TaskCriticality {
    std::string id;
    std::string name;
    double index = 0.0;  // share of trials in which the task is critical
};

// How strongly one input's draws move the NPV spread: Spearman's rank correlation with the
// target's incremental NPV over the trials.
struct Driver {
    std::string input;   // "hashprice", "powerPrice", "duration:proc-electrical", …
    int siteIndex = -1;  // −1: a market input (drawn once for the portfolio)
    double rankCorrelation = 0.0;
};

// Results for one site or for the portfolio.
struct RiskTarget {
    std::string name;
    bool feasible = true;
    // The deterministic figures (every input at its own value), for reference.
    double baseNpvUsd = 0.0;
    double baseIncrementalNpvUsd = 0.0;
    int baseFirstRfsMonthIndex = 0;
    int baseFullCapacityMonthIndex = 0;
    Percentiles firstRfsMonthIndex;
    Percentiles rfsDurationMonths;  // sites only: the early finish of RFS, before rounding up to a month
    Percentiles fullCapacityMonthIndex;
    Percentiles npvUsd;
    Percentiles incrementalNpvUsd;
    Percentiles convertingIrr;   // sites only; count = trials that have one
    Percentiles incrementalIrr;  // sites only
    // After tax and debt; for the portfolio the IRR of its feasible sites' equity flows summed
    // (engines/finance/PortfolioIrr.h); count = trials that have one.
    Percentiles equityIrr;
    double probConvertBeatsMining = 0.0;  // share of trials with incremental NPV > 0
    double probRfsBy = 0.0;               // share with first RFS at or before RiskResult::rfsByMonthIndex
    Histogram incrementalNpvHistogram;
    Histogram npvHistogram;
    std::vector<SCurvePoint> firstRfsSCurve;  // every month from the earliest to the latest RFS seen
    std::vector<SCurvePoint> fullCapacitySCurve;
    std::vector<TaskCriticality> criticality;  // sites only, in schedule order
    std::vector<Driver> drivers;               // by |rank correlation|, largest first
};

struct RiskResult {
    bool ok = false;
    std::string error;
    CoreMessage
        errorMessage;  // error as a marked sentence (validation/CoreMessage.h): ui/ and the CLI translate it
    std::vector<Problem> problems;
    bool cancelled = false;
    int trialsRequested = 0;
    int trialsCompleted = 0;
    std::uint64_t seed = 0;
    int rfsByMonthIndex = 0;
    bool driversOmitted = false;  // too many trials × inputs to keep every draw (kMaxDriverSamples)
    RiskTarget portfolio;
    std::vector<RiskTarget> sites;
};

// Samples kept per run, trials × (sites + 1), each about 60 bytes (seven figures): 32 M slots, ~2 GB.
// A run above it is refused (risk.trials) rather than failing half-way for memory.
inline constexpr std::size_t kMaxTrialSlots = std::size_t{32} << 20;

// Draws kept for the rank correlations, at most (trials × inputs): 64 M floats, 256 MB.
inline constexpr std::size_t kMaxDriverSamples = std::size_t{64} << 20;

struct RiskRunControl {
    std::size_t threads = 0;  // 0 = std::thread::hardware_concurrency()
    // Called on the calling thread with (trials done, trials requested), about every 1 % and at the end.
    std::function<void(int, int)> progress;
    // Checked before every trial by every thread (a trial of the sample takes ~0.1 ms), so a run
    // stops within a trial's time of the flag being set; the result then has cancelled = true.
    const std::atomic<bool>* cancel = nullptr;
};

// Validates the portfolio and the settings first (ok = false with the problems).
RiskResult runRisk(const Portfolio& portfolio, const RiskSettings& settings,
                   const RiskRunControl& control = {}, const Catalogue& catalogue = defaultCatalogue());

}  // namespace m2ai::risk
