// Risk benchmarks (run by hand; results and command in docs/performance.md). Target: 10,000 trials
// of the sample portfolio in under 0.5 s on the 2-core machine, linear in trials and sites.
// Reports wall and CPU time (the process's, all threads): the machine is shared, so CPU time is
// what a run costs on an idle machine.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <sstream>
#include <string>
#include <vector>

#include "engines/Compute.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskJson.h"
#include "risk/Sensitivity.h"
#include "risk/TrialModel.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;
using namespace m2ai::risk;

namespace {

struct Timing {
    double wallMs = 0.0;
    double cpuMs = 0.0;
};

template <typename F>
Timing timed(F&& f) {
    const auto wall0 = std::chrono::steady_clock::now();
    const std::clock_t cpu0 = std::clock();
    f();
    Timing t;
    t.cpuMs = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    t.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0).count();
    return t;
}

Timing runTrials(const Portfolio& p, int trials, std::size_t threads) {
    RiskSettings s = defaultRiskSettings();
    s.trials = trials;
    RiskRunControl control;
    control.threads = threads;
    return timed([&] {
        const RiskResult r = runRisk(p, s, control);
        REQUIRE(r.ok);
    });
}

}  // namespace

TEST_CASE("risk: 10,000 trials of the sample, 1 and 2 threads", "[bench][risk][10k]") {
    const Portfolio sample = samplePortfolio();
    for (const std::size_t threads : {std::size_t{1}, std::size_t{2}}) {
        for (int rep = 0; rep < 3; ++rep) {
            const Timing t = runTrials(sample, 10000, threads);
            WARN("10,000 trials, sample (" << sample.sites.size() << " sites), " << threads
                                           << " thread(s): wall " << t.wallMs << " ms, CPU " << t.cpuMs
                                           << " ms");
        }
    }
}

TEST_CASE("risk: linear in trials and sites", "[bench][risk][scaling]") {
    const Portfolio sample = samplePortfolio();
    for (const int trials : {2500, 5000, 10000, 20000}) {
        const Timing t = runTrials(sample, trials, 2);
        WARN(trials << " trials, 6 sites, 2 threads: wall " << t.wallMs << " ms, CPU " << t.cpuMs
                    << " ms, CPU " << 1000.0 * t.cpuMs / trials << " us/trial");
    }
    for (const int sites : {6, 12, 24, 48}) {
        Portfolio p = test::generatePortfolio(42, sites);
        p.horizonYears = 10;
        const Timing t = runTrials(p, 2000, 2);
        WARN("2,000 trials, " << sites << " generated sites, 2 threads: wall " << t.wallMs << " ms, CPU "
                              << t.cpuMs << " ms, CPU " << 1000.0 * t.cpuMs / (2000.0 * sites)
                              << " us/site-trial");
    }
}

// Where the time of one trial goes: one evaluation (schedule + economics for every site), against
// the draws and the statistics.
TEST_CASE("risk: one evaluation against computePortfolio", "[bench][risk][parts]") {
    const Portfolio sample = samplePortfolio();
    const TrialModel model(sample, defaultCatalogue());
    Workspace work = model.makeWorkspace();
    const Factors unit = model.unitFactors();
    Outcome out;
    BENCHMARK("TrialModel::evaluate, sample (6 sites)") {
        model.evaluate(unit, work, out);
        return out.npvUsd;
    };
    BENCHMARK("computePortfolio, sample (6 sites)") {
        return computePortfolio(sample);
    };
    BENCHMARK("runSensitivity, sample, ±20 %") {
        return runSensitivity(sample, 20.0).ok;
    };
}

// The cancel guarantee the tests check is in trials: once the flag is set each thread finishes at
// most the trial it is in (tests/core/test_risk.cpp). What that means in time is measured here: the
// wall time from setting the flag to runRisk returning, over several cancels, next to the time of a
// trial, so "stops within X ms" is a trial's time × the bound and not a timed test.
TEST_CASE("risk: cancel latency", "[bench][risk][cancel]") {
    const Portfolio sample = samplePortfolio();
    const Timing perRun = runTrials(sample, 2000, 1);
    for (const std::size_t threads : {std::size_t{1}, std::size_t{2}}) {
        std::vector<double> latencies;
        std::vector<double> cpuLatencies;  // the process's CPU: what it costs on an idle machine
        int worstPast = 0;
        for (int rep = 0; rep < 20; ++rep) {
            RiskSettings s = defaultRiskSettings();
            s.trials = 100000;
            std::atomic<bool> cancel{false};
            std::chrono::steady_clock::time_point at;
            std::clock_t cpuAt = 0;
            int doneAt = 0;
            RiskRunControl control;
            control.threads = threads;
            control.cancel = &cancel;
            control.progress = [&](int done, int) {
                if (done >= 1000 && !cancel) {
                    doneAt = done;
                    at = std::chrono::steady_clock::now();
                    cpuAt = std::clock();
                    cancel = true;
                }
            };
            const RiskResult r = runRisk(sample, s, control);
            cpuLatencies.push_back(1000.0 * static_cast<double>(std::clock() - cpuAt) / CLOCKS_PER_SEC);
            latencies.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - at).count());
            worstPast = std::max(worstPast, r.trialsCompleted - doneAt);
            CHECK(r.cancelled);
        }
        std::sort(latencies.begin(), latencies.end());
        std::sort(cpuLatencies.begin(), cpuLatencies.end());
        WARN("cancel, sample, " << threads
                                << " thread(s), 20 cancels after 1,000 trials: wall latency median "
                                << latencies[latencies.size() / 2] << " ms, max " << latencies.back()
                                << " ms; CPU median " << cpuLatencies[cpuLatencies.size() / 2] << " ms, max "
                                << cpuLatencies.back() << " ms; at most " << worstPast
                                << " trials finished after the flag");
    }
    WARN("one trial of the sample: " << perRun.cpuMs / 2000.0 << " ms CPU, " << perRun.wallMs / 2000.0
                                     << " ms wall (1 thread, 2,000 trials)");
}
