#pragma once
// A random but VALID portfolio for round-trip tests (JSON, SQLite) and benchmarks. Every field of
// Portfolio.h is varied, including unicode names, optional fields left empty or set, user tasks
// with acyclic dependencies, and values at the edges of the ranges of core/validation. The result
// depends only on the seed (std::mt19937 with our own integer → value mapping, so it is identical
// across standard libraries: std::uniform_*_distribution is not portable).
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "model/Portfolio.h"

namespace m2ai::test {

class PortfolioRandom {
public:
    explicit PortfolioRandom(unsigned seed) : engine_(seed) {}

    // Uniform in [0, 1) built from 53 random bits.
    double unit() {
        const std::uint64_t hi = engine_() >> 5;  // 27 bits
        const std::uint64_t lo = engine_() >> 6;  // 26 bits
        return static_cast<double>((hi << 26) | lo) / 9007199254740992.0;
    }
    // Uniform integer in [lo, hi].
    int integer(int lo, int hi) {
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
        return lo + static_cast<int>(engine_() % span);
    }
    bool chance(double p) { return unit() < p; }
    // A value in [lo, hi]; one draw in eight lands exactly on an end of the range, since the edges
    // are where exporters and validators go wrong.
    double real(double lo, double hi) {
        const int pick = integer(0, 15);
        if (pick == 0) return lo;
        if (pick == 1) return hi;
        return lo + (hi - lo) * unit();
    }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(integer(0, static_cast<int>(items.size()) - 1))];
    }

private:
    std::mt19937 engine_;
};

namespace detail {

inline std::string randomName(PortfolioRandom& rng, const std::string& fallback) {
    static const std::vector<std::string> parts{
        "Tydal",       "Ø",         "北",      "–",      "Gedu",   "Añelo",
        "Wenatchee",   "Rockdale",  "Åsgård",  "Ζευς",   "Адис",   "\"quoted\"",
        "back\\slash", "tab\there", "emoji 🚀", "日本語", "Ærø",    "Sauðárkrókur",
        "O'Brien",     "a/b",       "100%",    "<xml>",  "Zürich", "Bhutan-བོད"};
    std::string name;
    const int words = rng.integer(1, 4);
    for (int w = 0; w < words; ++w) {
        if (w) name += ' ';
        name += rng.pick(parts);
    }
    return name.empty() ? fallback : name;
}

inline void randomCosts(PortfolioRandom& rng, CostAssumptions& c) {
    c.gpuFitOutUsdPerMwIt = rng.real(0.0, 2e7);
    c.electricalUsdPerInstalledMw = rng.real(0.0, 2e7);
    for (double& v : c.coolingUsdPerMwIt) v = rng.real(0.0, 1e7);
    c.sealingUsdPerMwIt = rng.real(0.0, 5e6);
    c.fireSuppressionUsdPerMwIt = rng.real(0.0, 5e6);
    c.monitoringUsdPerMwIt = rng.real(0.0, 5e6);
    c.tierIiiUsdPerMwIt = rng.real(0.0, 5e6);
    c.tierIvUsdPerMwIt = rng.real(0.0, 5e6);
    c.contingencyPct = rng.real(0.0, 100.0);
    c.omUsdPerMwItYear = rng.real(0.0, 2e6);
    c.miningOmUsdPerMwYear = rng.real(0.0, 1e6);
    c.asicResaleUsdPerTh = rng.real(0.0, 100.0);
    c.gpuDepreciationYears = rng.real(1.0, 20.0);
    c.facilityLifeYears = rng.real(1.0, 60.0);
    c.includeResidualValue = rng.real(0.0, 1.0) < 0.7;
}

// Blocks valid for the topology: N ≥ 1, N+1 ≥ 2, 2N even ≥ 2, 2(N+1) even ≥ 4, DR multiple of 3.
inline int randomBlocks(PortfolioRandom& rng, Redundancy r) {
    switch (r) {
        case Redundancy::N:
            return rng.integer(1, 1000);
        case Redundancy::NPlus1:
            return rng.integer(2, 1000);
        case Redundancy::TwoN:
            return 2 * rng.integer(1, 500);
        case Redundancy::TwoNPlus1:
            return 2 * rng.integer(2, 500);
        case Redundancy::DistributedRedundant:
            return 3 * rng.integer(1, 333);
    }
    return 4;
}

inline Site randomSite(PortfolioRandom& rng, int index) {
    Site s;
    s.name = randomName(rng, "Site") + " #" + std::to_string(index + 1);  // unique within a portfolio
    static const std::vector<std::string> countries{"Norway", "Bhutan", "Ethiopia", "United States", "Canada",
                                                    "Ísland", "",       "中国",     "Paraguay"};
    s.country = rng.pick(countries);
    s.latitudeDeg = rng.real(-90.0, 90.0);
    s.longitudeDeg = rng.real(-180.0, 180.0);
    s.gridInterconnectMw = rng.real(0.0, 10000.0);
    if (rng.chance(0.4)) {
        GridQueue q;
        q.extraMw = rng.real(0.0, 10000.0);
        q.availableMonth = YearMonth{rng.integer(2000, 2100), rng.integer(1, 12)};
        s.gridQueue = q;
    }
    s.energySource = static_cast<EnergySource>(rng.integer(0, 4));
    s.powerPriceUsdPerMwh = rng.real(0.0, 1000.0);
    s.powerPriceEscalationPctPerYear = rng.real(-50.0, 50.0);
    s.gridCarbonGPerKwh = rng.real(0.0, 2000.0);
    for (int m = 0; m < 12; ++m) {
        const double dry = rng.real(-60.0, 60.0);
        s.climate.dryBulbC[static_cast<std::size_t>(m)] = dry;
        // Wet-bulb never exceeds dry-bulb; sometimes equal (saturated air).
        s.climate.wetBulbC[static_cast<std::size_t>(m)] = rng.chance(0.1) ? dry : rng.real(-60.0, dry);
    }

    MiningFleet& f = s.mining;
    static const std::vector<std::string> asics{"Antminer S19 XP", "Antminer S21 Hydro", "WhatsMiner M60",
                                                "Custom ASIC – 北"};
    f.asicModel = rng.pick(asics);
    f.units = rng.integer(0, 1000000);
    f.kwPerUnit = rng.real(0.1, 20.0);
    f.thPerSecondPerUnit = rng.real(1.0, 2000.0);
    f.miningPue = rng.real(1.0, 3.0);
    f.hashpriceUsdPerPhDay = rng.real(0.0, 10000.0);
    f.hashpriceChangePctPerYear = rng.real(-100.0, 100.0);
    f.uptimePct = rng.real(0.0, 100.0);

    ConversionPlan& p = s.plan;
    p.convertedSharePct = rng.real(0.0, 100.0);
    p.scheduleMode = static_cast<ScheduleMode>(rng.integer(0, 1));
    p.business.model = static_cast<BusinessModel>(rng.integer(0, 1));
    p.business.colocationUsdPerKwMonth = rng.real(0.0, 10000.0);
    p.business.gpuUsdPerHour = rng.real(0.0, 1000.0);
    p.business.gpuUtilisationPct = rng.real(0.0, 100.0);
    p.business.gpuPriceDeclinePctPerYear = rng.real(-100.0, 100.0);
    p.business.powerPassThrough = rng.real(0.0, 1.0) < 0.5;

    p.gpu.enabled = rng.chance(0.8);
    static const std::vector<std::string> platforms{"hgx-h100", "hgx-b200", "gb200-nvl72", "gb300-nvl72",
                                                    "custom"};
    p.gpu.platformId = rng.pick(platforms);
    p.gpu.kwPerRack = rng.real(1.0, 300.0);
    p.gpu.gpusPerRack = rng.integer(1, 1000);
    p.gpu.priceUsdPerGpu = rng.real(0.0, 1e7);

    p.electrical.enabled = rng.chance(0.8);
    p.electrical.redundancy = static_cast<Redundancy>(rng.integer(0, 4));
    p.electrical.blockSizeMw = rng.real(0.1, 1000.0);
    p.electrical.installedBlocks = randomBlocks(rng, p.electrical.redundancy);

    p.cooling.enabled = rng.chance(0.8);
    p.cooling.technology = static_cast<CoolingTech>(rng.integer(0, 3));

    p.facility.enabled = rng.chance(0.8);
    p.facility.sealingAndDustFiltration = rng.chance(0.5);
    p.facility.fireSuppression = rng.chance(0.5);
    p.facility.monitoringBms = rng.chance(0.5);
    p.facility.certification = static_cast<Certification>(rng.integer(0, 2));

    p.energisationPhases = rng.integer(1, 50);
    p.monthsBetweenPhases = rng.real(0.0, 60.0);
    if (rng.chance(0.4)) p.gpuDeliveryMonthIndex = rng.integer(0, 480);

    // User tasks: each depends on generated ids and/or EARLIER user tasks only, so the graph is acyclic.
    static const std::vector<std::string> generated{
        "design",  "proc-electrical", "proc-cooling", "proc-gpu",      "decommission", "electrical",
        "cooling", "facility",        "gpu-install",  "commissioning", "grid-upgrade"};
    const int taskCount = rng.chance(0.5) ? rng.integer(1, 6) : 0;
    for (int t = 0; t < taskCount; ++t) {
        UserTask task;
        task.id = "user-" + std::to_string(t + 1);
        task.name = randomName(rng, "Task");
        task.durationMonths = rng.real(0.0, 120.0);
        const int deps = rng.integer(0, 3);
        for (int d = 0; d < deps; ++d) {
            std::string dep = (t > 0 && rng.chance(0.5)) ? "user-" + std::to_string(rng.integer(1, t))
                                                         : rng.pick(generated);
            bool seen = false;
            for (const auto& existing : task.dependsOn) seen = seen || existing == dep;
            if (!seen) task.dependsOn.push_back(dep);
        }
        p.extraTasks.push_back(task);
    }
    return s;
}

}  // namespace detail

// A valid portfolio (validate() returns no problem) with siteCount sites, deterministic in seed.
inline Portfolio generatePortfolio(unsigned seed, int siteCount) {
    PortfolioRandom rng(seed);
    Portfolio p;
    p.name = detail::randomName(rng, "Portfolio");
    p.startMonth = YearMonth{rng.integer(2000, 2100), rng.integer(1, 12)};
    static const std::vector<std::string> currencies{"USD", "NOK", "EUR", "CAD"};
    p.currency = rng.pick(currencies);
    p.discountRatePct = rng.real(0.0, 100.0);
    p.horizonYears = rng.integer(1, 40);
    p.terminalValue = static_cast<TerminalValueMethod>(rng.integer(0, 2));
    p.exitCapRatePct = rng.real(1.0, 30.0);
    detail::randomCosts(rng, p.costs);
    for (int i = 0; i < siteCount; ++i) p.sites.push_back(detail::randomSite(rng, i));
    // Lease terms and operating costs (model/Lease.h) from a stream of their own, so adding them
    // left every other generated value as it was.
    PortfolioRandom lease(seed ^ 0x5bd1e995u);
    p.opex.colocationOpexPctOfRent = lease.real(0.0, 100.0);
    p.opex.gpuCloudOpexPctOfRevenue = lease.real(0.0, 100.0);
    p.opex.gpuUsefulLifeYears = lease.real(1.0, 20.0);
    p.opex.gpuEndOfLife = static_cast<GpuEndOfLife>(lease.integer(0, 1));
    for (Site& s : p.sites) {
        LeaseTerms& l = s.plan.business.lease;
        l.escalatorPctPerYear = lease.real(-10.0, 20.0);
        l.leaseUpMonths = lease.real(0.0, 120.0);
        l.termYears = lease.real(1.0, 40.0);
        l.afterTerm = static_cast<LeaseEnd>(lease.integer(0, 1));
        l.takeOrPayPct = lease.real(0.0, 100.0);
    }
    return p;
}

}  // namespace m2ai::test
