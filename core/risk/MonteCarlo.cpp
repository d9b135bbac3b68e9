#include "risk/MonteCarlo.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <thread>

#include "risk/RunErrors.h"
#include "risk/TrialModel.h"
#include "validation/Validation.h"

namespace m2ai::risk {

namespace {

using schedule::GeneratedTask;

constexpr int kChunkTrials = 16;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Stream numbers (risk/Distribution.h): market inputs 1–3; site s from (s + 1) · 4096: its five
// inputs, then 16 + the generated task, then 64 + the user task's position among the site's user
// tasks. Keyed by what a draw is, not by its position in the network, so adding a task to one site
// leaves every other draw as it was.
constexpr std::uint64_t kHashpriceStream = 1, kGpuHourStream = 2, kGpuPriceStream = 3;
std::uint64_t siteStream(std::size_t site, std::uint64_t k) {
    return ((static_cast<std::uint64_t>(site) + 1) << 12) | k;
}

struct TaskDraw {
    const Distribution* dist = nullptr;  // nullptr: fixed at the network's duration
    bool absoluteMonths = false;         // a user task's own three-point months, not a multiplier
    std::uint64_t stream = 0;
    double baseMonths = 0.0;
    int column = -1;
};

struct SitePlan {
    int powerColumn = -1, rentColumn = -1, utilisationColumn = -1, capexColumn = -1, pueColumn = -1;
    std::vector<TaskDraw> tasks;  // by network index
};

struct Column {
    std::string input;
    int site = -1;
};

struct Plan {
    std::vector<Column> columns;
    int hashpriceColumn = -1, gpuHourColumn = -1, gpuPriceColumn = -1;
    std::vector<SitePlan> sites;
};

Plan makePlan(const TrialModel& model, const RiskSettings& s) {
    Plan plan;
    const auto column = [&](std::string input, int site) {
        plan.columns.push_back({std::move(input), site});
        return static_cast<int>(plan.columns.size()) - 1;
    };
    const auto varies = [](const Distribution& d) { return !d.zeroWidth(); };
    if (varies(s.market.hashprice)) plan.hashpriceColumn = column("hashprice", -1);
    if (varies(s.market.gpuHourPrice)) plan.gpuHourColumn = column("gpuHourPrice", -1);
    if (varies(s.market.gpuPrice)) plan.gpuPriceColumn = column("gpuPrice", -1);
    for (std::size_t i = 0; i < model.siteCount(); ++i) {
        const Site& site = model.portfolio().sites[i];
        const int si = static_cast<int>(i);
        SitePlan sp;
        const bool colocation = site.plan.business.model == BusinessModel::Colocation;
        if (varies(s.site.powerPrice)) sp.powerColumn = column("powerPrice", si);
        if (colocation && varies(s.site.colocationRent)) sp.rentColumn = column("colocationRent", si);
        if (!colocation && varies(s.site.utilisation)) sp.utilisationColumn = column("utilisation", si);
        if (varies(s.site.capexOverrun)) sp.capexColumn = column("capexOverrun", si);
        if (varies(s.site.pueOverhead)) sp.pueColumn = column("pueOverhead", si);
        std::uint64_t userOrdinal = 0;
        for (const schedule::NetworkTask& t : model.site(i).network) {
            TaskDraw d;
            bool fixedTask = false;
            d.baseMonths = t.activity.durationMonths;
            if (t.generated != GeneratedTask::Count) {
                const auto g = static_cast<std::size_t>(t.generated);
                d.dist = &s.durations.generated[g];
                d.stream = siteStream(i, 16 + g);
                // A dated grid upgrade and the two milestones have no duration of their own to draw.
                if (t.generated == GeneratedTask::GridUpgrade || t.generated == GeneratedTask::Rfs ||
                    t.generated == GeneratedTask::FullCapacity)
                    fixedTask = true;
            } else {
                d.dist = &s.durations.userTask;
                d.stream = siteStream(i, 64 + userOrdinal++);
            }
            if (fixedTask) {
                d.dist = nullptr;
            } else {
                for (const RiskTaskDuration& u : s.durations.tasks)
                    if (u.siteName == site.name && u.taskId == t.activity.id) {
                        d.dist = &u.durationMonths;
                        d.absoluteMonths = true;
                    }
            }
            if (d.dist && d.dist->zeroWidth() && !d.absoluteMonths && d.dist->mode == 1.0) d.dist = nullptr;
            if (d.dist && !d.dist->zeroWidth()) d.column = column("duration:" + t.activity.id, si);
            sp.tasks.push_back(d);
        }
        plan.sites.push_back(std::move(sp));
    }
    return plan;
}

// Trial-indexed samples; threads write disjoint trials.
struct Samples {
    std::size_t trials = 0;
    std::vector<std::vector<double>> siteNpv, siteIncNpv, siteRfs, siteDuration, siteFull, siteIrr,
        siteIncIrr, siteEquityIrr;
    std::vector<double> npv, incNpv, firstRfs, full, equityIrr;
    bool keepInputs = true;
    std::vector<std::vector<float>> inputs;  // [column][trial]
};

void drawTrial(const Plan& plan, const RiskSettings& s, const TrialModel& model, std::uint64_t trial,
               Factors& f, Samples& samples) {
    const std::uint64_t seed = s.seed;
    const auto keep = [&](int column, double value) {
        if (column >= 0 && samples.keepInputs)
            samples.inputs[static_cast<std::size_t>(column)][trial] = static_cast<float>(value);
    };
    f.hashprice = sample(s.market.hashprice, seed, trial, kHashpriceStream);
    f.gpuHourPrice = sample(s.market.gpuHourPrice, seed, trial, kGpuHourStream);
    f.gpuPrice = sample(s.market.gpuPrice, seed, trial, kGpuPriceStream);
    keep(plan.hashpriceColumn, f.hashprice);
    keep(plan.gpuHourColumn, f.gpuHourPrice);
    keep(plan.gpuPriceColumn, f.gpuPrice);
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const SitePlan& sp = plan.sites[i];
        SiteFactors& sf = f.sites[i];
        sf.powerPrice = sample(s.site.powerPrice, seed, trial, siteStream(i, 0));
        sf.colocationRent = sample(s.site.colocationRent, seed, trial, siteStream(i, 1));
        sf.utilisation = sample(s.site.utilisation, seed, trial, siteStream(i, 2));
        const double capex = sample(s.site.capexOverrun, seed, trial, siteStream(i, 3));
        sf.capex.fill(capex);
        sf.pueOverhead = sample(s.site.pueOverhead, seed, trial, siteStream(i, 4));
        keep(sp.powerColumn, sf.powerPrice);
        keep(sp.rentColumn, sf.colocationRent);
        keep(sp.utilisationColumn, sf.utilisation);
        keep(sp.capexColumn, capex);
        keep(sp.pueColumn, sf.pueOverhead);
        sf.taskMonths.resize(sp.tasks.size());
        for (std::size_t t = 0; t < sp.tasks.size(); ++t) {
            const TaskDraw& d = sp.tasks[t];
            if (!d.dist) {
                sf.taskMonths[t] = d.baseMonths;
                continue;
            }
            const double x = sample(*d.dist, seed, trial, d.stream);
            sf.taskMonths[t] = d.absoluteMonths ? x : (x == 1.0 ? d.baseMonths : d.baseMonths * x);
            keep(d.column, x);
        }
    }
    (void)model;
}

void storeTrial(const Outcome& o, std::size_t trial, Samples& samples) {
    for (std::size_t i = 0; i < o.sites.size(); ++i) {
        const SiteOutcome& so = o.sites[i];
        samples.siteNpv[i][trial] = so.npvUsd;
        samples.siteIncNpv[i][trial] = so.incrementalNpvUsd;
        samples.siteRfs[i][trial] = so.rfsMonthIndex;
        samples.siteDuration[i][trial] = so.durationMonths;
        samples.siteFull[i][trial] = so.fullCapacityMonthIndex;
        samples.siteIrr[i][trial] = so.convertingIrr.value_or(kNaN);
        samples.siteIncIrr[i][trial] = so.incrementalIrr.value_or(kNaN);
        samples.siteEquityIrr[i][trial] = so.equityIrr.value_or(kNaN);
    }
    samples.npv[trial] = o.npvUsd;
    samples.incNpv[trial] = o.incrementalNpvUsd;
    samples.firstRfs[trial] = o.firstRfsMonthIndex;
    samples.full[trial] = o.fullCapacityMonthIndex;
    samples.equityIrr[trial] = o.equityIrr.value_or(kNaN);
}

std::vector<SCurvePoint> sCurve(const std::vector<double>& months) {
    std::vector<SCurvePoint> out;
    if (months.empty()) return out;
    const auto [lo, hi] = std::minmax_element(months.begin(), months.end());
    const int first = static_cast<int>(*lo);
    const int last = static_cast<int>(*hi);
    std::vector<int> counts(static_cast<std::size_t>(last - first + 1), 0);
    for (const double m : months) ++counts[static_cast<std::size_t>(static_cast<int>(m) - first)];
    int cumulative = 0;
    for (int m = first; m <= last; ++m) {
        cumulative += counts[static_cast<std::size_t>(m - first)];
        out.push_back({m, static_cast<double>(cumulative) / static_cast<double>(months.size())});
    }
    return out;
}

double shareOf(const std::vector<double>& values, bool (*pred)(double, double), double threshold) {
    if (values.empty()) return 0.0;
    std::size_t n = 0;
    for (const double v : values) n += pred(v, threshold);
    return static_cast<double>(n) / static_cast<double>(values.size());
}

void fillTarget(RiskTarget& t, const std::vector<double>& npv, const std::vector<double>& incNpv,
                const std::vector<double>& rfs, const std::vector<double>& full, int rfsBy, int bins) {
    t.npvUsd = percentiles(npv);
    t.incrementalNpvUsd = percentiles(incNpv);
    t.firstRfsMonthIndex = percentiles(rfs);
    t.fullCapacityMonthIndex = percentiles(full);
    t.probConvertBeatsMining = shareOf(
        incNpv, [](double v, double) { return v > 0.0; }, 0.0);
    t.probRfsBy = shareOf(
        rfs, [](double v, double by) { return v <= by; }, rfsBy);
    t.incrementalNpvHistogram = histogram(incNpv, bins);
    t.npvHistogram = histogram(npv, bins);
    t.firstRfsSCurve = sCurve(rfs);
    t.fullCapacitySCurve = sCurve(full);
}

std::vector<Driver> drivers(const Plan& plan, const std::vector<std::vector<double>>& inputRanks,
                            const std::vector<double>& target, int site) {
    std::vector<Driver> out;
    const std::vector<double> targetRanks = averageRanks(target);
    for (std::size_t c = 0; c < plan.columns.size(); ++c) {
        const Column& col = plan.columns[c];
        if (site >= 0 && col.site >= 0 && col.site != site) continue;
        out.push_back({col.input, col.site, pearson(inputRanks[c], targetRanks)});
    }
    std::stable_sort(out.begin(), out.end(), [](const Driver& a, const Driver& b) {
        return std::fabs(a.rankCorrelation) > std::fabs(b.rankCorrelation);
    });
    return out;
}

// f(0) … f(count − 1) on up to `threads` threads (the calling thread among them); the first
// exception is rethrown here after every thread has stopped.
template <typename F>
void parallelFor(std::size_t threads, std::size_t count, F&& f) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    const auto run = [&] {
        for (std::size_t i = next.fetch_add(1); i < count && !failed; i = next.fetch_add(1)) {
            try {
                f(i);
            } catch (...) {
                if (!failed.exchange(true)) failure = std::current_exception();
            }
        }
    };
    std::vector<std::thread> workers;
    const std::size_t extra = std::min(threads, count) > 0 ? std::min(threads, count) - 1 : 0;
    try {
        for (std::size_t t = 0; t < extra; ++t) workers.emplace_back(run);
    } catch (...) {
        // Fewer threads: the ones started and the calling thread share the work.
    }
    run();
    for (std::thread& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace

RiskResult runRisk(const Portfolio& portfolio, const RiskSettings& settings, const RiskRunControl& control,
                   const Catalogue& catalogue) {
    RiskResult result;
    result.trialsRequested = settings.trials;
    result.seed = settings.seed;
    result.problems = validate(portfolio);
    for (Problem& p : validateRiskSettings(settings)) result.problems.push_back(std::move(p));
    // A task duration whose site was renamed or removed, or whose task is gone, would silently not
    // apply: say so instead.
    for (std::size_t i = 0; i < settings.durations.tasks.size(); ++i) {
        const RiskTaskDuration& t = settings.durations.tasks[i];
        const std::string at = "risk.taskDurations[" + std::to_string(i) + "]";
        const auto site = std::find_if(portfolio.sites.begin(), portfolio.sites.end(),
                                       [&](const Site& s) { return s.name == t.siteName; });
        if (site == portfolio.sites.end()) {
            result.problems.push_back(formattedProblem(
                at + ".siteName", M2AI_TR("RiskInputs", "names no site of the portfolio ('%1')"),
                {t.siteName}));
            continue;
        }
        const bool userTask = std::any_of(site->plan.extraTasks.begin(), site->plan.extraTasks.end(),
                                          [&](const UserTask& u) { return u.id == t.taskId; });
        if (!userTask && !schedule::generatedTask(t.taskId))
            result.problems.push_back(
                formattedProblem(at + ".taskId", M2AI_TR("RiskInputs", "names no task of site '%1' ('%2')"),
                                 {t.siteName, t.taskId}));
    }
    const std::size_t slotsPerTrial = portfolio.sites.size() + 1;
    if (settings.trials > 0 && static_cast<std::size_t>(settings.trials) * slotsPerTrial > kMaxTrialSlots)
        result.problems.push_back(formattedProblem(
            "risk.trials",
            M2AI_TR("RiskInputs",
                    "must be at most %1 for a portfolio of %2 sites (the samples would not fit in memory)"),
            {std::to_string(kMaxTrialSlots / slotsPerTrial), std::to_string(portfolio.sites.size())}));
    if (!result.problems.empty()) {
        // The first problem is an argument as English; ui/ and the CLI show it translated in its place.
        setRunError(result, coreMessageQuoting(
                                M2AI_TR("RiskInputs", "The portfolio or the risk settings have problems: %1"),
                                {result.problems.front().toString()}, 0));
        return result;
    }
    try {
        const TrialModel model(portfolio, catalogue);
        const std::size_t siteCount = model.siteCount();
        const auto trials = static_cast<std::size_t>(settings.trials);
        const Plan plan = makePlan(model, settings);

        // The deterministic figures, and the default "RFS by" date: the portfolio's own first RFS.
        Workspace baseWork = model.makeWorkspace();
        Outcome base;
        std::vector<std::vector<char>> baseCritical;
        model.evaluate(model.unitFactors(), baseWork, base, &baseCritical);
        result.rfsByMonthIndex =
            settings.rfsBy ? monthsBetween(portfolio.startMonth, *settings.rfsBy) : base.firstRfsMonthIndex;

        Samples samples;
        samples.trials = trials;
        const auto perSite = [&](std::vector<std::vector<double>>& v) {
            v.assign(siteCount, std::vector<double>(trials, 0.0));
        };
        perSite(samples.siteNpv);
        perSite(samples.siteIncNpv);
        perSite(samples.siteRfs);
        perSite(samples.siteDuration);
        perSite(samples.siteFull);
        perSite(samples.siteIrr);
        perSite(samples.siteIncIrr);
        perSite(samples.siteEquityIrr);
        samples.npv.assign(trials, 0.0);
        samples.incNpv.assign(trials, 0.0);
        samples.firstRfs.assign(trials, 0.0);
        samples.full.assign(trials, 0.0);
        samples.equityIrr.assign(trials, 0.0);
        samples.keepInputs = plan.columns.size() * trials <= kMaxDriverSamples;
        result.driversOmitted = !samples.keepInputs;
        if (samples.keepInputs) samples.inputs.assign(plan.columns.size(), std::vector<float>(trials, 0.0f));

        std::size_t threads = control.threads ? control.threads : std::thread::hardware_concurrency();
        const std::size_t chunks = (trials + kChunkTrials - 1) / kChunkTrials;
        threads = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(chunks, 1));
        std::atomic<std::size_t> nextChunk{0};
        std::atomic<std::size_t> done{0};
        std::atomic<bool> stop{false};  // a worker failed
        const auto cancelled = [&] {
            return stop.load(std::memory_order_relaxed) ||
                   (control.cancel && control.cancel->load(std::memory_order_relaxed));
        };
        // Criticality counts per thread, summed afterwards (integers: the order does not matter).
        std::vector<std::vector<std::vector<int>>> criticalCounts(threads);
        std::vector<std::exception_ptr> failures(threads);
        const auto work = [&](std::size_t thread, bool reportProgress) {
            try {
                Workspace ws = model.makeWorkspace();
                Factors f = model.unitFactors();
                Outcome o;
                std::vector<std::vector<char>> critical;
                auto& counts = criticalCounts[thread];
                counts.resize(siteCount);
                for (std::size_t i = 0; i < siteCount; ++i)
                    counts[i].assign(model.site(i).scheduledTaskIds.size(), 0);
                std::size_t lastReported = 0;
                while (!cancelled()) {
                    const std::size_t chunk = nextChunk.fetch_add(1);
                    if (chunk >= chunks) break;
                    const std::size_t end = std::min(trials, (chunk + 1) * kChunkTrials);
                    for (std::size_t trial = chunk * kChunkTrials; trial < end; ++trial) {
                        if (cancelled()) break;
                        drawTrial(plan, settings, model, trial, f, samples);
                        model.evaluate(f, ws, o, &critical);
                        storeTrial(o, trial, samples);
                        for (std::size_t i = 0; i < siteCount; ++i)
                            for (std::size_t t = 0; t < critical[i].size() && t < counts[i].size(); ++t)
                                counts[i][t] += critical[i][t];
                        done.fetch_add(1, std::memory_order_relaxed);
                    }
                    if (reportProgress && control.progress) {
                        const std::size_t now = done.load();
                        if (now - lastReported >= std::max<std::size_t>(trials / 100, 1)) {
                            lastReported = now;
                            control.progress(static_cast<int>(now), settings.trials);
                        }
                    }
                }
            } catch (...) {
                failures[thread] = std::current_exception();
                stop = true;
            }
        };
        std::vector<std::thread> workers;
        workers.reserve(threads - 1);
        try {
            for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(work, t, false);
        } catch (...) {
            // No thread could be started: the calling thread runs every chunk.
        }
        work(0, true);
        for (std::thread& w : workers) w.join();
        for (const std::exception_ptr& failure : failures)
            if (failure) std::rethrow_exception(failure);
        result.trialsCompleted = static_cast<int>(done.load());
        if (control.cancel && control.cancel->load()) {
            result.cancelled = true;
            setRunError(result, coreMessage(M2AI_TR("RiskInputs", "Cancelled after %1 of %2 trials"),
                                            {std::to_string(result.trialsCompleted),
                                             std::to_string(settings.trials)}));
            return result;
        }
        if (control.progress) control.progress(settings.trials, settings.trials);

        // Statistics from the trial-indexed samples, on the same threads: each column's ranks and
        // each target's figures are pure functions of their samples, so who computes them does not
        // change a bit.
        std::vector<std::vector<double>> inputRanks(samples.keepInputs ? plan.columns.size() : 0);
        parallelFor(threads, inputRanks.size(), [&](std::size_t c) {
            const std::vector<float>& column = samples.inputs[c];
            inputRanks[c] = averageRanks(std::vector<double>(column.begin(), column.end()));
        });
        const int bins = settings.histogramBins;
        result.sites.resize(siteCount);
        parallelFor(threads, siteCount + 1, [&](std::size_t i) {
            if (i == siteCount) {
                RiskTarget& pt = result.portfolio;
                pt.name = portfolio.name;
                pt.baseNpvUsd = base.npvUsd;
                pt.baseIncrementalNpvUsd = base.incrementalNpvUsd;
                pt.baseFirstRfsMonthIndex = base.firstRfsMonthIndex;
                pt.baseFullCapacityMonthIndex = base.fullCapacityMonthIndex;
                fillTarget(pt, samples.npv, samples.incNpv, samples.firstRfs, samples.full,
                           result.rfsByMonthIndex, bins);
                pt.equityIrr = percentiles(samples.equityIrr);
                if (samples.keepInputs) pt.drivers = drivers(plan, inputRanks, samples.incNpv, -1);
                return;
            }
            RiskTarget& st = result.sites[i];
            const PreparedSite& ps = model.site(i);
            st.name = portfolio.sites[i].name;
            st.feasible = ps.feasible;
            st.baseNpvUsd = base.sites[i].npvUsd;
            st.baseIncrementalNpvUsd = base.sites[i].incrementalNpvUsd;
            st.baseFirstRfsMonthIndex = base.sites[i].rfsMonthIndex;
            st.baseFullCapacityMonthIndex = base.sites[i].fullCapacityMonthIndex;
            fillTarget(st, samples.siteNpv[i], samples.siteIncNpv[i], samples.siteRfs[i], samples.siteFull[i],
                       result.rfsByMonthIndex, bins);
            st.rfsDurationMonths = percentiles(samples.siteDuration[i]);
            st.convertingIrr = percentiles(samples.siteIrr[i]);
            st.incrementalIrr = percentiles(samples.siteIncIrr[i]);
            st.equityIrr = percentiles(samples.siteEquityIrr[i]);
            for (std::size_t t = 0; t < ps.scheduledTaskIds.size(); ++t) {
                int count = 0;
                for (const auto& perThread : criticalCounts)
                    if (i < perThread.size() && t < perThread[i].size()) count += perThread[i][t];
                st.criticality.push_back({ps.scheduledTaskIds[t], ps.scheduledTaskNames[t],
                                          static_cast<double>(count) / static_cast<double>(trials)});
            }
            if (samples.keepInputs)
                st.drivers = drivers(plan, inputRanks, samples.siteIncNpv[i], static_cast<int>(i));
        });
        result.ok = true;
    } catch (const std::exception& e) {
        result.ok = false;
        setRunError(result, coreMessage(M2AI_TR("RiskInputs", "Risk run failed: %1"), {e.what()}));
    }
    return result;
}

}  // namespace m2ai::risk
