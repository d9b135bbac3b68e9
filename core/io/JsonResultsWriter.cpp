// Computed results → JSON text: the `mine2ai-cli compute --json` output (docs/file-format.md
// "compute --json output"). Streamed through JsonWriter: the text goes out site by site, with no
// document tree (at 10,000 sites the tree was most of the command's time and memory).
#include <algorithm>

#include "engines/Compute.h"
#include "engines/Feasibility.h"
#include "io/JsonIo.h"
#include "io/JsonResultsStream.h"
#include "io/JsonTape.h"
#include "io/JsonWriter.h"

namespace m2ai {
namespace {

using jsonio::JsonWriter;

template <typename Writer>
void writeBreakdown(Writer& w, const PowerBreakdownMw& b) {
    w.beginObject();
    w.member("itMw", b.itMw);
    w.member("coolingMw", b.coolingMw);
    w.member("electricalLossMw", b.electricalLossMw);
    w.member("miscMw", b.miscMw);
    w.member("facilityMw", b.facilityMw());
    w.endObject();
}

template <typename Writer>
void writeMining(Writer& w, const MiningBaseline& m) {
    w.beginObject();
    w.member("units", m.units);
    w.member("asicLoadMw", m.asicLoadMw);
    w.member("facilityMw", m.facilityMw);
    w.member("hashratePhPerSecond", m.hashratePhPerSecond);
    w.endObject();
}

template <typename Writer>
void writePowerBudget(Writer& w, const PowerBudget& b) {
    w.beginObject();
    w.member("gridMw", b.gridMw);
    w.member("gridWithQueueMw", b.gridWithQueueMw);
    w.member("convertedGridMw", b.convertedGridMw);
    w.member("usableCapacityMw", b.usableCapacityMw);
    w.member("installedCapacityMw", b.installedCapacityMw);
    w.member("itMw", b.itMw);
    w.member("racks", b.racks);
    w.member("gpus", b.gpus);
    w.member("coolingMw", b.peak.coolingMw);
    w.member("electricalLossMw", b.peak.electricalLossMw);
    w.member("miscMw", b.peak.miscMw);
    w.member("facilityMw", b.peak.facilityMw());
    w.member("spareMw", b.spareMw);
    w.member("limitedByElectrical", b.limitedByElectrical);
    w.key("annualAverage");
    writeBreakdown(w, b.annualAverage);
    w.endObject();
}

template <typename Writer>
void writeSchedule(Writer& w, const Portfolio& portfolio, const ScheduleResult& sc) {
    w.beginObject();
    w.member("durationMonths", sc.durationMonths);
    w.member("rfsMonth", portfolio.startMonth.plusMonths(sc.rfsMonthIndex).toString());
    w.member("rfsMonthIndex", sc.rfsMonthIndex);
    w.member("criticalPath", sc.criticalPath);
    // Issue 12: the two milestones (null without AI capacity) and the path to the second.
    w.member("firstRfsMonthIndex", sc.firstRfsMonthIndex);
    w.member("fullCapacityMonthIndex", sc.fullCapacityMonthIndex);
    w.member("fullCapacityMonths", sc.fullCapacityMonths);
    w.member("criticalPathToFullCapacity", sc.criticalPathToFullCapacity);
    w.member("idleGpuMonths", sc.idleGpuMonths);
    w.member("strandedDepreciationUsd", sc.strandedDepreciationUsd);
    w.key("tasks");
    w.beginArray();
    for (const ScheduledTask& t : sc.tasks) {
        w.beginObject();
        w.member("id", t.id);
        w.member("name", t.name);
        w.member("startMonth", t.earlyStartMonth);
        w.member("finishMonth", t.earlyFinishMonth);
        w.member("totalFloatMonths", t.totalFloatMonths);
        w.member("critical", t.critical);
        w.member("criticalForFirstRfs", t.criticalForFirstRfs);
        w.member("criticalForFullCapacity", t.criticalForFullCapacity);
        w.member("predecessors", t.predecessors);
        w.member("drivingPredecessor", t.drivingPredecessor);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

template <typename Writer>
void writeEconomics(Writer& w, const Portfolio& portfolio, const EconomicsResult& e) {
    const CapexByStep& c = e.capex;
    w.beginObject();
    w.member("capexUsd", e.capexUsd);
    w.key("capexByStep");
    w.beginObject();
    w.member("gpuInstallUsd", c.gpuInstallUsd);
    w.member("gpusUsd", c.gpusUsd);
    w.member("electricalUsd", c.electricalUsd);
    w.member("coolingUsd", c.coolingUsd);
    w.member("facilityUsd", c.facilityUsd);
    w.member("contingencyUsd", c.contingencyUsd);
    w.member("asicResaleUsd", c.asicResaleUsd);
    w.member("totalUsd", c.totalUsd());
    w.endObject();
    w.member("npvUsd", e.npvUsd);
    w.member("irr", e.irr);
    w.key("paybackMonth");
    if (e.paybackMonthIndex)
        w.value(portfolio.startMonth.plusMonths(*e.paybackMonthIndex).toString());
    else
        w.null();
    w.member("paybackMonthIndex", e.paybackMonthIndex);
    w.member("npvKeepMiningUsd", e.npvKeepMiningUsd);
    w.member("incrementalNpvUsd", e.incrementalNpvUsd);
    w.member("delayCostUsdPerMonth", e.delayCostUsdPerMonth);
    w.member("residualValueUsd", e.residualValueUsd);
    // Issue 12: IRRs named for their flows, the NPV split, the idle-GPU cost inside the NPV.
    w.member("convertingIrr", e.convertingIrr);
    w.member("incrementalIrr", e.incrementalIrr);
    w.member("npvWithinHorizonUsd", e.npvWithinHorizonUsd);
    w.member("terminalValueUsd", e.terminalValueUsd);
    w.member("terminalValuePvUsd", e.terminalValuePvUsd);
    w.member("idleGpuCostUsd", e.idleGpuCostUsd);
    // Issue 12 items 4, 10 and E: the capex split, GPU refreshes, the hall's margin, the terminal share.
    w.member("gpuPurchaseUsd", e.gpuPurchaseUsd);
    w.member("facilityCapexUsd", e.facilityCapexUsd);
    w.member("facilityCapexUsdPerMwIt", e.facilityCapexUsdPerMwIt);
    w.member("gpuRefreshUsd", e.gpuRefreshUsd);
    w.member("hallOperatingMarginPct", e.hallOperatingMarginPct);
    w.member("terminalValueSharePct", e.terminalValueSharePct);
    // Tax and financing (engines/finance/TaxAndDebt): null where not applicable (tax switched off,
    // no debt, no sign change in the flows).
    const FinancingResult& f = e.financing;
    w.member("projectNpvAfterTaxUsd", f.projectNpvUsd);
    w.member("projectIrrAfterTax", f.projectIrr);
    w.member("equityNpvUsd", f.equityNpvUsd);
    w.member("equityIrr", f.equityIrr);
    w.member("taxUsd", f.taxApplies ? std::optional<double>(f.taxUsd) : std::nullopt);
    w.member("taxRatePct", f.taxApplies ? std::optional<double>(f.taxRatePct) : std::nullopt);
    w.member("debtUsd",
             f.hasDebt ? std::optional<double>(f.debtDrawnUsd + f.capitalisedInterestUsd) : std::nullopt);
    w.member("capitalisedInterestUsd",
             f.hasDebt ? std::optional<double>(f.capitalisedInterestUsd) : std::nullopt);
    w.member("minDscr", f.minDscr);
    w.member("dscrBelowMinimum", f.hasDebt ? std::optional<bool>(f.dscrBelowMinimum) : std::nullopt);
    w.endObject();
}

template <typename Writer>
void writeSiteResult(Writer& w, const Portfolio& portfolio, const SiteResult& s) {
    const PowerBudget& b = s.power;
    w.beginObject();
    w.member("name", s.name);
    w.member("country", s.country);
    // Arrays written element by element, not copied into vectors of strings first.
    w.key("warnings");  // core's English sentences, as before the codes
    w.beginArray();
    for (const SiteWarning& warning : s.warnings) w.value(warning.message);
    w.endArray();
    // Issue 12: feasibility, in English and as stable codes (engines/Feasibility).
    w.member("feasible", s.feasible);
    w.key("infeasibilities");
    w.beginArray();
    for (const Infeasibility& f : s.infeasibilities) w.value(describeInfeasibility(f));
    w.endArray();
    w.key("infeasibilityCodes");
    w.beginArray();
    for (const Infeasibility& f : s.infeasibilities) w.value(infeasibilityCodeName(f.code));
    w.endArray();
    w.key("powerBudget");
    writePowerBudget(w, b);
    w.key("mining");
    w.beginObject();
    w.key("before");
    writeMining(w, b.miningBefore);
    w.key("after");
    writeMining(w, b.miningAfter);
    w.endObject();
    w.key("pue");
    w.beginObject();
    w.member("annual", b.pue.annual);
    w.member("peak", b.pue.peak);
    w.member("peakMonth", b.pue.peakMonth);
    w.member("monthly", b.pue.monthly);
    w.endObject();
    w.key("schedule");
    writeSchedule(w, portfolio, s.schedule);
    w.key("economics");
    writeEconomics(w, portfolio, s.economics);
    w.key("keepMining");
    w.beginObject();
    w.member("npvUsd", s.economics.npvKeepMiningUsd);
    w.member("curtailedMonths", s.economics.keepMiningCurtailedMonths);
    w.endObject();
    const EnvironmentResult& env = s.environment;
    w.key("environment");
    w.beginObject();
    w.member("facilityMwhPerYear", env.facilityMwhPerYear);
    w.member("itMwhPerYear", env.itMwhPerYear);
    w.member("co2TonnesPerYear", env.co2TonnesPerYear);
    w.member("waterM3PerYear", env.waterM3PerYear);
    w.member("wueLPerKwh", env.wueLPerKwh);
    w.endObject();
    w.endObject();
}

// Everything before the sites: the document's first member. totals: a PortfolioResult's totals over
// the feasible sites (its sites are not read: ResultsJsonStream's has none), of siteCount sites.
void writePortfolioPart(JsonWriter& w, const Portfolio& portfolio, const PortfolioResult& totals,
                        std::size_t siteCount, const AfterTaxTotals& afterTax) {
    w.beginObject();
    w.key("portfolio");
    w.beginObject();
    w.member("name", portfolio.name);
    w.member("startMonth", portfolio.startMonth.toString());
    w.member("sites", siteCount);
    w.member("gridMw", totals.gridMw);
    w.member("itMw", totals.itMw);
    w.member("gpus", totals.gpus);
    w.member("capexUsd", totals.capexUsd);
    w.member("npvUsd", totals.npvUsd);
    w.member("npvKeepMiningUsd", totals.npvKeepMiningUsd);
    w.member("incrementalNpvUsd", totals.incrementalNpvUsd);
    w.member("infeasibleSites", totals.infeasibleSiteCount);  // left out of the totals above
    w.member("taxUsd",
             portfolio.financing.taxEnabled ? std::optional<double>(afterTax.taxUsd) : std::nullopt);
    w.member("projectNpvAfterTaxUsd", afterTax.projectNpvAfterTaxUsd);
    w.member("equityNpvUsd", afterTax.equityNpvUsd);
    w.member("itOnlineMwByMonth", totals.itOnlineMwByMonth);
    w.endObject();
}

void writeResults(JsonWriter& w, const Portfolio& portfolio, const PortfolioResult& result) {
    AfterTaxTotals afterTax;
    for (const SiteResult& s : result.sites) afterTax.add(s);
    writePortfolioPart(w, portfolio, result, result.sites.size(), afterTax);
    w.key("sites");
    w.beginArray();
    for (const SiteResult& s : result.sites) writeSiteResult(w, portfolio, s);
    w.endArray();
    w.endObject();
}

}  // namespace

void writeResultsJson(std::ostream& out, const Portfolio& portfolio, const PortfolioResult& result,
                      int indent) {
    JsonWriter w(out, indent);
    writeResults(w, portfolio, result);
}

std::string resultsToJson(const Portfolio& portfolio, const PortfolioResult& result, int indent) {
    std::string out;
    {
        JsonWriter w(out, indent);
        writeResults(w, portfolio, result);
    }
    return out;
}

}  // namespace m2ai

namespace m2ai {

void AfterTaxTotals::add(const SiteResult& site) {
    if (!site.feasible) return;
    taxUsd += site.economics.financing.taxUsd;
    projectNpvAfterTaxUsd += site.economics.financing.projectNpvUsd;
    equityNpvUsd += site.economics.financing.equityNpvUsd;
}

ResultsJsonStream::ResultsJsonStream(const Portfolio& portfolio) : portfolio_(portfolio) {
    totals_.itOnlineMwByMonth.assign(static_cast<std::size_t>(std::max(portfolio.horizonYears, 0)) * 12, 0.0);
}

void ResultsJsonStream::add(const SiteResult& site) {
    writeSiteResult(sites_, portfolio_, site);
    ++siteCount_;
    addToTotals(totals_, site);
    afterTax_.add(site);
}

void ResultsJsonStream::write(std::ostream& out, int indent) const {
    JsonWriter w(out, indent);
    writePortfolioPart(w, portfolio_, totals_, siteCount_, afterTax_);
    w.key("sites");
    w.beginArray();
    sites_.replay(w);
    w.endArray();
    w.endObject();
}

}  // namespace m2ai
