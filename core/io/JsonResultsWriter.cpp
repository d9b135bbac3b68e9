// Computed results → JSON text: the `mine2ai-cli compute --json` output (docs/file-format.md
// "compute --json output").
#include <nlohmann/json.hpp>

#include "io/JsonIo.h"

namespace m2ai {
namespace {

using nlohmann::ordered_json;

ordered_json breakdownJson(const PowerBreakdownMw& b) {
    return ordered_json{{"itMw", b.itMw},
                        {"coolingMw", b.coolingMw},
                        {"electricalLossMw", b.electricalLossMw},
                        {"miscMw", b.miscMw},
                        {"facilityMw", b.facilityMw()}};
}

ordered_json miningJson(const MiningBaseline& m) {
    return ordered_json{{"units", m.units},
                        {"asicLoadMw", m.asicLoadMw},
                        {"facilityMw", m.facilityMw},
                        {"hashratePhPerSecond", m.hashratePhPerSecond}};
}

ordered_json siteResultJson(const Portfolio& portfolio, const SiteResult& s) {
    ordered_json j;
    j["name"] = s.name;
    j["country"] = s.country;
    j["warnings"] = s.warnings;
    const PowerBudget& b = s.power;
    j["powerBudget"] = ordered_json{{"gridMw", b.gridMw},
                                    {"gridWithQueueMw", b.gridWithQueueMw},
                                    {"convertedGridMw", b.convertedGridMw},
                                    {"usableCapacityMw", b.usableCapacityMw},
                                    {"installedCapacityMw", b.installedCapacityMw},
                                    {"itMw", b.itMw},
                                    {"racks", b.racks},
                                    {"gpus", b.gpus},
                                    {"coolingMw", b.peak.coolingMw},
                                    {"electricalLossMw", b.peak.electricalLossMw},
                                    {"miscMw", b.peak.miscMw},
                                    {"facilityMw", b.peak.facilityMw()},
                                    {"spareMw", b.spareMw},
                                    {"limitedByElectrical", b.limitedByElectrical},
                                    {"annualAverage", breakdownJson(b.annualAverage)}};
    j["mining"] = ordered_json{{"before", miningJson(b.miningBefore)}, {"after", miningJson(b.miningAfter)}};
    ordered_json monthly = ordered_json::array();
    for (double v : b.pue.monthly) monthly.push_back(v);
    j["pue"] = ordered_json{
        {"annual", b.pue.annual}, {"peak", b.pue.peak}, {"peakMonth", b.pue.peakMonth}, {"monthly", monthly}};
    const ScheduleResult& sc = s.schedule;
    ordered_json tasks = ordered_json::array();
    for (const ScheduledTask& t : sc.tasks)
        tasks.push_back(ordered_json{{"id", t.id},
                                     {"name", t.name},
                                     {"startMonth", t.earlyStartMonth},
                                     {"finishMonth", t.earlyFinishMonth},
                                     {"totalFloatMonths", t.totalFloatMonths},
                                     {"critical", t.critical},
                                     {"predecessors", t.predecessors},
                                     {"drivingPredecessor", t.drivingPredecessor}});
    j["schedule"] = ordered_json{{"durationMonths", sc.durationMonths},
                                 {"rfsMonth", portfolio.startMonth.plusMonths(sc.rfsMonthIndex).toString()},
                                 {"rfsMonthIndex", sc.rfsMonthIndex},
                                 {"criticalPath", sc.criticalPath},
                                 {"idleGpuMonths", sc.idleGpuMonths},
                                 {"strandedDepreciationUsd", sc.strandedDepreciationUsd},
                                 {"tasks", tasks}};
    const EconomicsResult& e = s.economics;
    const CapexByStep& c = e.capex;
    ordered_json econ;
    econ["capexUsd"] = e.capexUsd;
    econ["capexByStep"] =
        ordered_json{{"gpuInstallUsd", c.gpuInstallUsd}, {"gpusUsd", c.gpusUsd},
                     {"electricalUsd", c.electricalUsd}, {"coolingUsd", c.coolingUsd},
                     {"facilityUsd", c.facilityUsd},     {"contingencyUsd", c.contingencyUsd},
                     {"asicResaleUsd", c.asicResaleUsd}, {"totalUsd", c.totalUsd()}};
    econ["npvUsd"] = e.npvUsd;
    econ["irr"] = e.irr ? ordered_json(*e.irr) : ordered_json(nullptr);
    econ["paybackMonth"] =
        e.paybackMonthIndex ? ordered_json(portfolio.startMonth.plusMonths(*e.paybackMonthIndex).toString())
                            : ordered_json(nullptr);
    econ["paybackMonthIndex"] =
        e.paybackMonthIndex ? ordered_json(*e.paybackMonthIndex) : ordered_json(nullptr);
    econ["npvKeepMiningUsd"] = e.npvKeepMiningUsd;
    econ["incrementalNpvUsd"] = e.incrementalNpvUsd;
    econ["delayCostUsdPerMonth"] = e.delayCostUsdPerMonth;
    econ["residualValueUsd"] = e.residualValueUsd;
    j["economics"] = econ;
    const EnvironmentResult& env = s.environment;
    j["environment"] = ordered_json{{"facilityMwhPerYear", env.facilityMwhPerYear},
                                    {"itMwhPerYear", env.itMwhPerYear},
                                    {"co2TonnesPerYear", env.co2TonnesPerYear},
                                    {"waterM3PerYear", env.waterM3PerYear},
                                    {"wueLPerKwh", env.wueLPerKwh}};
    return j;
}

}  // namespace

std::string resultsToJson(const Portfolio& portfolio, const PortfolioResult& result, int indent) {
    ordered_json j;
    ordered_json online = ordered_json::array();
    for (double v : result.itOnlineMwByMonth) online.push_back(v);
    j["portfolio"] = ordered_json{{"name", portfolio.name},
                                  {"startMonth", portfolio.startMonth.toString()},
                                  {"sites", result.sites.size()},
                                  {"gridMw", result.gridMw},
                                  {"itMw", result.itMw},
                                  {"gpus", result.gpus},
                                  {"capexUsd", result.capexUsd},
                                  {"npvUsd", result.npvUsd},
                                  {"npvKeepMiningUsd", result.npvKeepMiningUsd},
                                  {"incrementalNpvUsd", result.incrementalNpvUsd},
                                  {"itOnlineMwByMonth", online}};
    ordered_json sites = ordered_json::array();
    for (const SiteResult& s : result.sites) sites.push_back(siteResultJson(portfolio, s));
    j["sites"] = sites;
    return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

void writeResultsJson(std::ostream& out, const Portfolio& portfolio, const PortfolioResult& result,
                      int indent) {
    out << resultsToJson(portfolio, result, indent);
}

}  // namespace m2ai
