// Compute benchmarks (run by hand; results and command in docs/performance.md).
// Targets: one site < 100 µs; 1,000 sites < 50 ms (Release, one thread).
// This executable has its own main: it is not linked with the tests' shared main.
#define CATCH_CONFIG_MAIN
#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>
#include <string>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/Compute.h"
#include "engines/Economics.h"
#include "engines/Environment.h"
#include "engines/PowerBudget.h"
#include "engines/Schedule.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"
#include "validation/Validation.h"

using namespace m2ai;

TEST_CASE("compute: sample portfolio", "[bench][compute]") {
    const Portfolio sample = samplePortfolio();
    const Catalogue& catalogue = defaultCatalogue();
    REQUIRE_FALSE(sample.sites.empty());

    BENCHMARK("computeSite, first sample site") {
        return computeSite(sample.sites.front(), sample, catalogue);
    };
    BENCHMARK("computePortfolio, sample (" + std::to_string(sample.sites.size()) + " sites)") {
        return computePortfolio(sample, catalogue);
    };
}

TEST_CASE("compute: 1,000 generated sites", "[bench][compute]") {
    const Portfolio big = test::generatePortfolio(42, 1000);
    const Catalogue& catalogue = defaultCatalogue();
    // The generated horizon is random (1–40 years); report it so the figure can be read.
    WARN("generated portfolio: " << big.sites.size() << " sites, horizon " << big.horizonYears << " years");

    BENCHMARK("computePortfolio, 1,000 generated sites") {
        return computePortfolio(big, catalogue);
    };

    // Same sites over the sample's 10-year horizon, the common case.
    Portfolio tenYears = big;
    tenYears.horizonYears = 10;
    BENCHMARK("computePortfolio, 1,000 generated sites, 10-year horizon") {
        return computePortfolio(tenYears, catalogue);
    };
}

// The background compute of the GUI splits the sites over every core (docs/performance.md).
TEST_CASE("compute: 10,000 generated sites on 1 and 2 threads", "[bench][threads]") {
    Portfolio big = test::generatePortfolio(42, 10000);
    big.horizonYears = 10;
    const Catalogue& catalogue = defaultCatalogue();
    BENCHMARK("computePortfolio, 10,000 sites, 10-year horizon, 1 thread") {
        return computePortfolio(big, catalogue, 1);
    };
    BENCHMARK("computePortfolio, 10,000 sites, 10-year horizon, 2 threads") {
        return computePortfolio(big, catalogue, 2);
    };
}

// Duplicate Site / Remove Site at 10,000 sites: a full validate() against the incremental one that
// renumbers the shifted sites (docs/performance.md).
TEST_CASE("validation: 10,000 sites, full and after an insertion or removal", "[bench][validation]") {
    Portfolio big = test::generatePortfolio(42, 10000);
    const std::vector<Problem> before = validate(big);
    Portfolio inserted = big;
    inserted.sites.insert(inserted.sites.begin() + 5000, big.sites[4999]);
    inserted.sites[5000].name += " (copy)";
    Portfolio removed = big;
    removed.sites.erase(removed.sites.begin() + 5000);
    BENCHMARK("validate, 10,000 sites") {
        return validate(inserted);
    };
    BENCHMARK("revalidateInsertedSite, 10,000 sites, in the middle") {
        return revalidateInsertedSite(inserted, before, 5000);
    };
    BENCHMARK("revalidateRemovedSite, 10,000 sites, in the middle") {
        return revalidateRemovedSite(removed, before, 5000);
    };
}

TEST_CASE("economics: IRR of a 10-year monthly cash flow", "[bench][economics]") {
    std::vector<double> flows(120, 1.0e6);
    flows[0] = -60.0e6;
    BENCHMARK("irr, 120 monthly flows") {
        return irr(flows);
    };
}

namespace {

// CPU time of this process (not wall time): on a machine shared with other jobs it is the fairer
// figure, since waiting for a core is not counted.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Best of `rounds` CPU times of f().
template <typename F>
double bestCpuMs(int rounds, F&& f) {
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        const double t0 = cpuMs();
        f();
        best = std::min(best, cpuMs() - t0);
    }
    return best;
}

// Best of `rounds` CPU times of f(), which returns a value: the value is freed after the clock
// stops, so the figure is the computing alone (the GUI frees a previous result on a pool thread).
template <typename F>
double bestCpuMsKeeping(int rounds, F&& f) {
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        const double t0 = cpuMs();
        const auto kept = f();
        best = std::min(best, cpuMs() - t0);
    }
    return best;
}

}  // namespace

// Where the time of computePortfolio goes, stage by stage (docs/performance.md). Not a Catch
// BENCHMARK: each stage needs the previous stage's output, so they are timed over all sites at once.
TEST_CASE("compute: CPU time by stage, 1,000 generated sites", "[bench][compute][stages]") {
    Portfolio big = test::generatePortfolio(42, 1000);
    big.horizonYears = 10;
    const Catalogue& catalogue = defaultCatalogue();
    const int rounds = 15;
    const int horizonMonths = big.horizonYears * 12;
    std::vector<PowerBudget> power(big.sites.size());
    std::vector<ScheduleResult> schedule(big.sites.size());
    const double powerMs = bestCpuMs(rounds, [&] {
        for (std::size_t i = 0; i < big.sites.size(); ++i)
            power[i] = computePowerBudget(big.sites[i], catalogue);
    });
    const double scheduleMs = bestCpuMs(rounds, [&] {
        for (std::size_t i = 0; i < big.sites.size(); ++i)
            schedule[i] = computeSchedule(big.sites[i], power[i], big.costs, horizonMonths, big.startMonth);
    });
    const double economicsMs = bestCpuMs(rounds, [&] {
        for (std::size_t i = 0; i < big.sites.size(); ++i) {
            const EconomicsResult e = computeEconomics(big.sites[i], big, power[i], schedule[i]);
            (void)e;
        }
    });
    const double environmentMs = bestCpuMs(rounds, [&] {
        for (std::size_t i = 0; i < big.sites.size(); ++i) {
            const EnvironmentResult e = computeEnvironment(big.sites[i], catalogue, power[i]);
            (void)e;
        }
    });
    const double totalMs = bestCpuMs(rounds, [&] {
        const PortfolioResult r = computePortfolio(big, catalogue);
        (void)r;
    });
    const double computingMs = bestCpuMsKeeping(rounds, [&] { return computePortfolio(big, catalogue); });
    const Portfolio generatedHorizon = test::generatePortfolio(42, 1000);
    const double generatedMs = bestCpuMs(rounds, [&] {
        const PortfolioResult r = computePortfolio(generatedHorizon, catalogue);
        (void)r;
    });
    WARN("CPU ms, best of " << rounds << ", 1,000 sites, 10-year horizon: power+PUE " << powerMs
                            << ", schedule " << scheduleMs << ", economics " << economicsMs
                            << ", environment " << environmentMs << ", computePortfolio " << totalMs
                            << " (without freeing the result " << computingMs << ")"
                            << "; computePortfolio at the generated " << generatedHorizon.horizonYears
                            << "-year horizon " << generatedMs);
    CHECK(totalMs > 0.0);
}

// One computePortfolio of the stages' portfolio, for a profiler (docs/performance.md):
//   valgrind --tool=callgrind build/release/tests/bench/mine2ai_bench "[.engine-profile]"
//   perf stat -e instructions build/release/tests/bench/mine2ai_bench "[.engine-profile]"
TEST_CASE("compute: one run of 1,000 generated sites, 10-year horizon, for a profiler", "[.engine-profile]") {
    Portfolio big = test::generatePortfolio(42, 1000);
    big.horizonYears = 10;
    const int runs = 5;
    double npvUsd = 0.0;
    for (int r = 0; r < runs; ++r) npvUsd += computePortfolio(big, defaultCatalogue(), 1).npvUsd;
    CHECK(npvUsd != 0.0);
}

// A GUI settings edit at 10,000 sites, as the engines see it (docs/performance.md "Economics and
// result memory"): computePortfolio on 2 threads at the generated 19-year horizon, and apart the
// freeing of the previous result that the GUI does on a pool thread meanwhile. CPU of the whole
// process and wall time, best of 5 each.
TEST_CASE("compute: 10,000 generated sites on 2 threads, computing and freeing", "[bench][free]") {
    const Portfolio big = test::generatePortfolio(42, 10000);
    const Catalogue& catalogue = defaultCatalogue();
    const auto wallMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    };
    double computeCpu = 1e300, computeWall = 1e300, freeCpu = 1e300;
    for (int r = 0; r < 5; ++r) {
        const double c0 = cpuMs(), w0 = wallMs();
        auto* result = new PortfolioResult(computePortfolio(big, catalogue, 2));
        computeCpu = std::min(computeCpu, cpuMs() - c0);
        computeWall = std::min(computeWall, wallMs() - w0);
        const double f0 = cpuMs();
        delete result;
        freeCpu = std::min(freeCpu, cpuMs() - f0);
    }
    WARN("10,000 sites, " << big.horizonYears << "-year horizon, 2 threads, best of 5: computePortfolio "
                          << computeCpu << " ms CPU, " << computeWall << " ms wall; freeing the result "
                          << freeCpu << " ms CPU (one thread)");
    CHECK(computeCpu > 0.0);
}
