// Every number the engines compute, printed as hexadecimal floating point, for portfolios that
// reach every branch of the engines (sample, generated sites at their own and at a 10-year
// horizon, debt, MACRS, no tax, every terminal-value method). Not a benchmark: an engine speed-up
// must leave this output byte for byte as it was (docs/performance.md "Issue 11: the engine"):
//   build/release/tests/bench/mine2ai_bench "[.engine-dump]" and compare $M2AI_ENGINE_DUMP
// (default engine-dump.txt) before and after the change.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "engines/Compute.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

class Dump {
public:
    explicit Dump(std::FILE* f) : f_(f) {}
    void num(const char* key, double v) { std::fprintf(f_, "%s %a\n", key, v); }
    void num(const char* key, long long v) { std::fprintf(f_, "%s %lld\n", key, v); }
    void num(const char* key, int v) { std::fprintf(f_, "%s %d\n", key, v); }
    void num(const char* key, bool v) { std::fprintf(f_, "%s %d\n", key, v ? 1 : 0); }
    template <typename T>
    void num(const char* key, const std::optional<T>& v) {
        if (v)
            num(key, *v);
        else
            std::fprintf(f_, "%s null\n", key);
    }
    void text(const char* key, const std::string& v) { std::fprintf(f_, "%s \"%s\"\n", key, v.c_str()); }
    template <typename T>
    void list(const char* key, const std::vector<T>& v) {
        std::fprintf(f_, "%s [%zu]\n", key, v.size());
        for (const T& x : v) num(" ", x);
    }
    template <typename Text>
    void texts(const char* key, const std::vector<Text>& v) {
        std::fprintf(f_, "%s [%zu]\n", key, v.size());
        for (const Text& x : v) text(" ", x);
    }

private:
    std::FILE* f_;
};

void dumpPower(Dump& d, const PowerBudget& p) {
    d.num("gridMw", p.gridMw);
    d.num("gridWithQueueMw", p.gridWithQueueMw);
    d.num("convertedGridMw", p.convertedGridMw);
    d.num("installedCapacityMw", p.installedCapacityMw);
    d.num("usableCapacityMw", p.usableCapacityMw);
    d.num("itMw", p.itMw);
    d.num("itMwOnCurrentGrid", p.itMwOnCurrentGrid);
    d.num("racks", p.racks);
    d.num("gpus", p.gpus);
    d.num("peakFacilityMw", p.peak.facilityMw());
    d.num("pueAnnual", p.pue.annual);
    d.num("pueDesign", p.pue.designPue);
}

void dumpSchedule(Dump& d, const ScheduleResult& s) {
    for (const ScheduledTask& t : s.tasks) {
        d.text("task", t.id);
        d.text("name", t.name);
        d.num("kind", static_cast<int>(t.kind));
        d.num("duration", t.durationMonths);
        d.texts("predecessors", t.predecessors);
        d.num("es", t.earlyStartMonth);
        d.num("ef", t.earlyFinishMonth);
        d.num("ls", t.lateStartMonth);
        d.num("lf", t.lateFinishMonth);
        d.num("float", t.totalFloatMonths);
        d.num("critical", t.critical);
        d.text("driving", t.drivingPredecessor);
        d.num("criticalRfs", t.criticalForFirstRfs);
        d.num("criticalFull", t.criticalForFullCapacity);
    }
    d.texts("criticalPath", s.criticalPath);
    d.texts("criticalPathFull", s.criticalPathToFullCapacity);
    d.num("durationMonths", s.durationMonths);
    d.num("rfsMonthIndex", s.rfsMonthIndex);
    d.num("fullCapacityMonths", s.fullCapacityMonths);
    d.num("firstRfsMonthIndex", s.firstRfsMonthIndex);
    d.num("fullCapacityMonthIndex", s.fullCapacityMonthIndex);
    d.num("phaseGapMonths", s.phaseGapMonths);
    for (const CapexWindow& w : s.capexWindows) {
        d.text("window", std::string(w.taskId()));
        d.num("start", w.startMonth);
        d.num("finish", w.finishMonth);
        d.num("share", w.share);
    }
    d.list("itOnline", s.itOnlineMwByMonth);
    d.num("idleGpuMonths", s.idleGpuMonths);
    d.num("strandedDepreciationUsd", s.strandedDepreciationUsd);
}

void dumpFinancing(Dump& d, const FinancingResult& f) {
    d.num("taxApplies", f.taxApplies);
    d.num("taxRatePct", f.taxRatePct);
    d.list("projectTaxUsdByMonth", f.projectTaxUsdByMonth);
    d.list("taxUsdByMonth", f.taxUsdByMonth);
    d.list("taxUsdByYear", f.taxUsdByYear);
    d.list("depreciationUsdByYear", f.depreciationUsdByYear);
    d.list("taxableIncomeUsdByYear", f.taxableIncomeUsdByYear);
    d.list("lossCarriedForwardUsdByYear", f.lossCarriedForwardUsdByYear);
    d.num("taxUsd", f.taxUsd);
    d.num("projectTaxUsd", f.projectTaxUsd);
    d.num("hasDebt", f.hasDebt);
    d.num("debtDrawnUsd", f.debtDrawnUsd);
    d.num("capitalisedInterestUsd", f.capitalisedInterestUsd);
    d.num("levelPaymentUsdPerMonth", f.levelPaymentUsdPerMonth);
    d.list("drawdownUsdByMonth", f.drawdownUsdByMonth);
    d.list("interestUsdByMonth", f.interestUsdByMonth);
    d.list("debtServiceUsdByMonth", f.debtServiceUsdByMonth);
    d.list("balanceUsdByMonth", f.balanceUsdByMonth);
    d.num("balloonUsd", f.balloonUsd);
    d.list("dscrByYear", f.dscrByYear);
    d.num("minDscr", f.minDscr);
    d.num("dscrBelowMinimum", f.dscrBelowMinimum);
    d.list("projectNetUsdByMonth", f.projectNetUsdByMonth);
    d.list("equityNetUsdByMonth", f.equityNetUsdByMonth);
    d.num("projectNpvUsd", f.projectNpvUsd);
    d.num("projectIrr", f.projectIrr);
    d.num("equityNpvUsd", f.equityNpvUsd);
    d.num("equityIrr", f.equityIrr);
}

void dumpEconomics(Dump& d, const EconomicsResult& e) {
    const CapexByStep& c = e.capex;
    for (const double v : {c.gpuInstallUsd, c.gpusUsd, c.electricalUsd, c.coolingUsd, c.facilityUsd,
                           c.contingencyUsd, c.asicResaleUsd})
        d.num("capex", v);
    d.num("capexUsd", e.capexUsd);
    for (const MonthlyCashFlow& m : e.monthly)
        for (const double v :
             {m.capexUsd, m.facilityCapexUsd, m.gpuPurchaseUsd, m.asicResaleUsdCredit, m.revenueUsd,
              m.energyCostUsd, m.omCostUsd, m.otherOpexUsd, m.miningRevenueUsd, m.residualValueUsd, m.netUsd})
            d.num("m", v);
    d.list("keepMiningNet", e.keepMiningNetUsdByMonth);
    d.list("cumulativeNet", e.cumulativeNetUsd);
    d.list("cumulativeKeepMining", e.cumulativeKeepMiningUsd);
    d.num("npvUsd", e.npvUsd);
    d.num("irr", e.irr);
    d.num("convertingIrr", e.convertingIrr);
    d.num("incrementalIrr", e.incrementalIrr);
    d.num("payback", e.paybackMonthIndex);
    d.num("npvKeepMiningUsd", e.npvKeepMiningUsd);
    d.num("keepMiningCurtailedMonths", e.keepMiningCurtailedMonths);
    d.num("remainingMiningCurtailedMonths", e.remainingMiningCurtailedMonths);
    d.num("incrementalNpvUsd", e.incrementalNpvUsd);
    d.num("delayCostUsdPerMonth", e.delayCostUsdPerMonth);
    d.num("idleGpuCostUsd", e.idleGpuCostUsd);
    d.num("residualValueUsd", e.residualValueUsd);
    d.num("terminalValueUsd", e.terminalValueUsd);
    d.num("terminalValuePvUsd", e.terminalValuePvUsd);
    d.num("npvWithinHorizonUsd", e.npvWithinHorizonUsd);
    d.num("terminalValueSharePct", e.terminalValueSharePct);
    d.num("gpuPurchaseUsd", e.gpuPurchaseUsd);
    d.num("facilityCapexUsd", e.facilityCapexUsd);
    d.num("facilityCapexUsdPerMwIt", e.facilityCapexUsdPerMwIt);
    d.num("gpuRefreshUsd", e.gpuRefreshUsd);
    d.num("hallOperatingMarginPct", e.hallOperatingMarginPct);
    dumpFinancing(d, e.financing);
}

void dumpResult(Dump& d, const PortfolioResult& r) {
    for (const SiteResult& s : r.sites) {
        d.text("site", s.name);
        dumpPower(d, s.power);
        dumpSchedule(d, s.schedule);
        dumpEconomics(d, s.economics);
        d.num("co2", s.environment.co2TonnesPerYear);
        d.num("water", s.environment.waterM3PerYear);
        std::vector<std::string> warnings;
        warnings.reserve(s.warnings.size());
        for (const SiteWarning& w : s.warnings) warnings.push_back(w.message);
        d.texts("warnings", warnings);
        d.num("feasible", s.feasible);
        d.num("infeasibilities", static_cast<int>(s.infeasibilities.size()));
    }
    d.num("infeasibleSiteCount", r.infeasibleSiteCount);
    d.num("itMw", r.itMw);
    d.num("capexUsd", r.capexUsd);
    d.num("npvUsd", r.npvUsd);
    d.num("incrementalNpvUsd", r.incrementalNpvUsd);
    d.list("itOnlineMwByMonth", r.itOnlineMwByMonth);
    for (const SiteRanking& k : r.ranking) d.num("rank", k.siteIndex);
}

// The financing variants every portfolio is computed under.
std::vector<Portfolio> variants(const Portfolio& base) {
    std::vector<Portfolio> out{base};
    Portfolio debt = base;
    debt.financing.debt.enabled = true;
    out.push_back(debt);
    Portfolio macrs = debt;
    macrs.financing.depreciation = TaxDepreciationMethod::UsMacrs;
    out.push_back(macrs);
    Portfolio noTax = base;
    noTax.financing.taxEnabled = false;
    noTax.terminalValue = TerminalValueMethod::ExitCapRate;
    out.push_back(noTax);
    Portfolio none = base;
    none.terminalValue = TerminalValueMethod::None;
    out.push_back(none);
    return out;
}

}  // namespace

TEST_CASE("engine dump: every computed number in hexadecimal", "[.engine-dump]") {
    const char* path = std::getenv("M2AI_ENGINE_DUMP");
    std::FILE* f = std::fopen(path ? path : "engine-dump.txt", "w");
    REQUIRE(f);
    Dump d(f);
    std::vector<Portfolio> portfolios{samplePortfolio()};
    for (const unsigned seed : {1u, 2u, 3u, 42u}) {
        Portfolio p = test::generatePortfolio(seed, 150);
        portfolios.push_back(p);
        p.horizonYears = 10;
        portfolios.push_back(p);
    }
    int index = 0;
    for (const Portfolio& base : portfolios)
        for (const Portfolio& p : variants(base)) {
            std::fprintf(f, "portfolio %d\n", index++);
            dumpResult(d, computePortfolio(p, defaultCatalogue()));
        }
    std::fclose(f);
}
