// The streamed JSON writers (core/io/JsonWriter) give the same bytes as the nlohmann document-tree
// writers they replaced (issue 11). The old writers are kept here, verbatim, as the reference.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "catalogue/Catalogue.h"
#include "climate/HourlyClimateCodec.h"
#include "engines/Compute.h"
#include "engines/Feasibility.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace legacy {
namespace {

using nlohmann::ordered_json;

constexpr const char* kFormat = "mine2ai-portfolio";
constexpr int kFormatVersion = 1;

template <typename E>
std::string name(E e) {
    return toName(e);
}

ordered_json monthsJson(const std::array<double, 12>& values) {
    ordered_json a = ordered_json::array();
    for (double v : values) a.push_back(v);
    return a;
}

ordered_json siteJson(const Site& s) {
    ordered_json j;
    j["name"] = s.name;
    j["country"] = s.country;
    j["latitudeDeg"] = s.latitudeDeg;
    j["longitudeDeg"] = s.longitudeDeg;
    j["gridInterconnectMw"] = s.gridInterconnectMw;
    if (s.gridQueue)
        j["gridQueue"] = ordered_json{{"extraMw", s.gridQueue->extraMw},
                                      {"availableMonth", s.gridQueue->availableMonth.toString()}};
    else
        j["gridQueue"] = nullptr;
    j["energySource"] = name(s.energySource);
    j["powerPriceUsdPerMwh"] = s.powerPriceUsdPerMwh;
    j["powerPriceEscalationPctPerYear"] = s.powerPriceEscalationPctPerYear;
    j["gridCarbonGPerKwh"] = s.gridCarbonGPerKwh;
    j["climate"] = ordered_json{{"dryBulbC", monthsJson(s.climate.dryBulbC)},
                                {"wetBulbC", monthsJson(s.climate.wetBulbC)}};
    // Issue 13 (after the streamed writer replaced this one): the same keys, so the two still agree.
    ordered_json design = nullptr;
    if (s.siteClimate.design)
        design = ordered_json{{"dryBulbC", s.siteClimate.design->dryBulbC},
                              {"wetBulbC", s.siteClimate.design->wetBulbC}};
    j["siteClimate"] = ordered_json{{"design", design}, {"elevationM", s.siteClimate.elevationM}};
    if (s.hourlyClimate) {
        const HourlyClimate& h = *s.hourlyClimate;
        j["hourlyClimate"] = ordered_json{{"format", kFloat32LeBase64Format},
                                          {"hours", h.dryBulbC.size()},
                                          {"source", h.source},
                                          {"elevationM", h.elevationM},
                                          {"dryBulbC", base64Encode(encodeFloat32Le(h.dryBulbC))},
                                          {"wetBulbC", base64Encode(encodeFloat32Le(h.wetBulbC))},
                                          {"pressurePa", base64Encode(encodeFloat32Le(h.pressurePa))}};
    } else {
        j["hourlyClimate"] = nullptr;
    }
    const MiningFleet& f = s.mining;
    j["mining"] = ordered_json{{"asicModel", f.asicModel},
                               {"units", f.units},
                               {"kwPerUnit", f.kwPerUnit},
                               {"thPerSecondPerUnit", f.thPerSecondPerUnit},
                               {"miningPue", f.miningPue},
                               {"hashpriceUsdPerPhDay", f.hashpriceUsdPerPhDay},
                               {"hashpriceChangePctPerYear", f.hashpriceChangePctPerYear},
                               {"uptimePct", f.uptimePct}};
    const ConversionPlan& p = s.plan;
    ordered_json plan;
    plan["convertedSharePct"] = p.convertedSharePct;
    plan["scheduleMode"] = name(p.scheduleMode);
    plan["business"] =
        ordered_json{{"model", name(p.business.model)},
                     {"colocationUsdPerKwMonth", p.business.colocationUsdPerKwMonth},
                     {"gpuUsdPerHour", p.business.gpuUsdPerHour},
                     {"gpuUtilisationPct", p.business.gpuUtilisationPct},
                     {"gpuPriceDeclinePctPerYear", p.business.gpuPriceDeclinePctPerYear},
                     {"powerPassThrough", p.business.powerPassThrough},
                     {"lease", ordered_json{{"escalatorPctPerYear", p.business.lease.escalatorPctPerYear},
                                            {"leaseUpMonths", p.business.lease.leaseUpMonths},
                                            {"termYears", p.business.lease.termYears},
                                            {"afterTerm", toName(p.business.lease.afterTerm)},
                                            {"takeOrPayPct", p.business.lease.takeOrPayPct}}}};
    plan["gpu"] = ordered_json{{"enabled", p.gpu.enabled},
                               {"platformId", p.gpu.platformId},
                               {"kwPerRack", p.gpu.kwPerRack},
                               {"gpusPerRack", p.gpu.gpusPerRack},
                               {"priceUsdPerGpu", p.gpu.priceUsdPerGpu}};
    plan["electrical"] = ordered_json{{"enabled", p.electrical.enabled},
                                      {"redundancy", name(p.electrical.redundancy)},
                                      {"blockSizeMw", p.electrical.blockSizeMw},
                                      {"installedBlocks", p.electrical.installedBlocks}};
    plan["cooling"] =
        ordered_json{{"enabled", p.cooling.enabled}, {"technology", name(p.cooling.technology)}};
    plan["facility"] = ordered_json{{"enabled", p.facility.enabled},
                                    {"sealingAndDustFiltration", p.facility.sealingAndDustFiltration},
                                    {"fireSuppression", p.facility.fireSuppression},
                                    {"monitoringBms", p.facility.monitoringBms},
                                    {"certification", name(p.facility.certification)}};
    plan["energisationPhases"] = p.energisationPhases;
    plan["monthsBetweenPhases"] = p.monthsBetweenPhases;
    if (p.gpuDeliveryMonthIndex)
        plan["gpuDeliveryMonthIndex"] = *p.gpuDeliveryMonthIndex;
    else
        plan["gpuDeliveryMonthIndex"] = nullptr;
    ordered_json tasks = ordered_json::array();
    for (const UserTask& t : p.extraTasks)
        tasks.push_back(ordered_json{{"id", t.id},
                                     {"name", t.name},
                                     {"durationMonths", t.durationMonths},
                                     {"dependsOn", t.dependsOn}});
    plan["extraTasks"] = tasks;
    j["plan"] = plan;
    return j;
}

ordered_json costsJson(const CostAssumptions& c) {
    ordered_json cooling = ordered_json::array();
    for (double v : c.coolingUsdPerMwIt) cooling.push_back(v);
    return ordered_json{{"gpuFitOutUsdPerMwIt", c.gpuFitOutUsdPerMwIt},
                        {"electricalUsdPerInstalledMw", c.electricalUsdPerInstalledMw},
                        {"coolingUsdPerMwIt", cooling},
                        {"sealingUsdPerMwIt", c.sealingUsdPerMwIt},
                        {"fireSuppressionUsdPerMwIt", c.fireSuppressionUsdPerMwIt},
                        {"monitoringUsdPerMwIt", c.monitoringUsdPerMwIt},
                        {"tierIiiUsdPerMwIt", c.tierIiiUsdPerMwIt},
                        {"tierIvUsdPerMwIt", c.tierIvUsdPerMwIt},
                        {"contingencyPct", c.contingencyPct},
                        {"omUsdPerMwItYear", c.omUsdPerMwItYear},
                        {"miningOmUsdPerMwYear", c.miningOmUsdPerMwYear},
                        {"asicResaleUsdPerTh", c.asicResaleUsdPerTh},
                        {"gpuDepreciationYears", c.gpuDepreciationYears},
                        {"facilityLifeYears", c.facilityLifeYears},
                        {"includeResidualValue", c.includeResidualValue}};
}
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
    ordered_json warnings = ordered_json::array();
    for (const SiteWarning& w : s.warnings) warnings.push_back(w.message);
    j["warnings"] = warnings;
    j["feasible"] = s.feasible;
    ordered_json reasons = ordered_json::array(), codes = ordered_json::array();
    for (const Infeasibility& f : s.infeasibilities) {
        reasons.push_back(describeInfeasibility(f));
        codes.push_back(infeasibilityCodeName(f.code));
    }
    j["infeasibilities"] = reasons;
    j["infeasibilityCodes"] = codes;
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
                                     {"criticalForFirstRfs", t.criticalForFirstRfs},
                                     {"criticalForFullCapacity", t.criticalForFullCapacity},
                                     {"predecessors", t.predecessors},
                                     {"drivingPredecessor", t.drivingPredecessor}});
    j["schedule"] = ordered_json{
        {"durationMonths", sc.durationMonths},
        {"rfsMonth", portfolio.startMonth.plusMonths(sc.rfsMonthIndex).toString()},
        {"rfsMonthIndex", sc.rfsMonthIndex},
        {"criticalPath", sc.criticalPath},
        {"firstRfsMonthIndex",
         sc.firstRfsMonthIndex ? ordered_json(*sc.firstRfsMonthIndex) : ordered_json(nullptr)},
        {"fullCapacityMonthIndex",
         sc.fullCapacityMonthIndex ? ordered_json(*sc.fullCapacityMonthIndex) : ordered_json(nullptr)},
        {"fullCapacityMonths", sc.fullCapacityMonths},
        {"criticalPathToFullCapacity", sc.criticalPathToFullCapacity},
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
    // Issue 12's keys, added to the reference in the same order as the streamed writer.
    econ["convertingIrr"] = e.convertingIrr ? ordered_json(*e.convertingIrr) : ordered_json(nullptr);
    econ["incrementalIrr"] = e.incrementalIrr ? ordered_json(*e.incrementalIrr) : ordered_json(nullptr);
    econ["npvWithinHorizonUsd"] = e.npvWithinHorizonUsd;
    econ["terminalValueUsd"] = e.terminalValueUsd;
    econ["terminalValuePvUsd"] = e.terminalValuePvUsd;
    econ["idleGpuCostUsd"] = e.idleGpuCostUsd;
    econ["gpuPurchaseUsd"] = e.gpuPurchaseUsd;
    econ["facilityCapexUsd"] = e.facilityCapexUsd;
    econ["facilityCapexUsdPerMwIt"] = e.facilityCapexUsdPerMwIt;
    econ["gpuRefreshUsd"] = e.gpuRefreshUsd;
    econ["hallOperatingMarginPct"] =
        e.hallOperatingMarginPct ? ordered_json(*e.hallOperatingMarginPct) : ordered_json(nullptr);
    econ["terminalValueSharePct"] =
        e.terminalValueSharePct ? ordered_json(*e.terminalValueSharePct) : ordered_json(nullptr);
    const FinancingResult& f = e.financing;
    const auto opt = [](bool has, double v) { return has ? ordered_json(v) : ordered_json(nullptr); };
    econ["projectNpvAfterTaxUsd"] = f.projectNpvUsd;
    econ["projectIrrAfterTax"] = opt(f.projectIrr.has_value(), f.projectIrr.value_or(0.0));
    econ["equityNpvUsd"] = f.equityNpvUsd;
    econ["equityIrr"] = opt(f.equityIrr.has_value(), f.equityIrr.value_or(0.0));
    econ["taxUsd"] = opt(f.taxApplies, f.taxUsd);
    econ["taxRatePct"] = opt(f.taxApplies, f.taxRatePct);
    econ["debtUsd"] = opt(f.hasDebt, f.debtDrawnUsd + f.capitalisedInterestUsd);
    econ["capitalisedInterestUsd"] = opt(f.hasDebt, f.capitalisedInterestUsd);
    econ["minDscr"] = opt(f.minDscr.has_value(), f.minDscr.value_or(0.0));
    econ["dscrBelowMinimum"] = f.hasDebt ? ordered_json(f.dscrBelowMinimum) : ordered_json(nullptr);
    j["economics"] = econ;
    j["keepMining"] =
        ordered_json{{"npvUsd", e.npvKeepMiningUsd}, {"curtailedMonths", e.keepMiningCurtailedMonths}};
    const EnvironmentResult& env = s.environment;
    j["environment"] = ordered_json{{"facilityMwhPerYear", env.facilityMwhPerYear},
                                    {"itMwhPerYear", env.itMwhPerYear},
                                    {"co2TonnesPerYear", env.co2TonnesPerYear},
                                    {"waterM3PerYear", env.waterM3PerYear},
                                    {"wueLPerKwh", env.wueLPerKwh}};
    return j;
}

std::string legacyPortfolioToJson(const Portfolio& portfolio, int indent) {
    ordered_json j;
    j["format"] = kFormat;
    j["formatVersion"] = kFormatVersion;
    j["name"] = portfolio.name;
    j["startMonth"] = portfolio.startMonth.toString();
    j["currency"] = portfolio.currency;
    j["discountRatePct"] = portfolio.discountRatePct;
    j["horizonYears"] = portfolio.horizonYears;
    j["terminalValue"] = toName(portfolio.terminalValue);
    j["exitCapRatePct"] = portfolio.exitCapRatePct;
    j["costs"] = costsJson(portfolio.costs);
    j["opex"] = ordered_json{{"colocationOpexPctOfRent", portfolio.opex.colocationOpexPctOfRent},
                             {"gpuCloudOpexPctOfRevenue", portfolio.opex.gpuCloudOpexPctOfRevenue},
                             {"gpuUsefulLifeYears", portfolio.opex.gpuUsefulLifeYears},
                             {"gpuEndOfLife", toName(portfolio.opex.gpuEndOfLife)}};
    const Financing& f = portfolio.financing;
    ordered_json overrides = ordered_json::array();
    for (const SiteTaxOverride& o : f.siteTaxOverrides)
        overrides.push_back(
            ordered_json{{"siteName", o.siteName}, {"corporateTaxRatePct", o.corporateTaxRatePct}});
    j["financing"] = ordered_json{{"taxEnabled", f.taxEnabled},
                                  {"depreciation", toName(f.depreciation)},
                                  {"bonusDepreciationPct", f.bonusDepreciationPct},
                                  {"otherCountryTaxRatePct", f.otherCountryTaxRatePct},
                                  {"costOfEquityPct", f.costOfEquityPct},
                                  {"siteTaxOverrides", overrides},
                                  {"debt", ordered_json{{"enabled", f.debt.enabled},
                                                        {"loanToCostPct", f.debt.loanToCostPct},
                                                        {"interestRatePct", f.debt.interestRatePct},
                                                        {"tenorYears", f.debt.tenorYears},
                                                        {"minDscr", f.debt.minDscr}}}};
    ordered_json sites = ordered_json::array();
    for (const Site& s : portfolio.sites) sites.push_back(siteJson(s));
    j["sites"] = sites;
    // Issue 14: the scenarios, as the streamed writer gives them (core/io/JsonScenarios.cpp).
    ordered_json scenarios = ordered_json::array();
    for (const Scenario& sc : portfolio.scenarios) {
        ordered_json overrides = ordered_json::array();
        for (const ScenarioOverride& o : sc.overrides) {
            ordered_json x;
            x["site"] = o.siteName.empty() ? ordered_json(nullptr) : ordered_json(o.siteName);
            x["field"] = o.fieldPath;
            std::visit([&x](const auto& v) { x["value"] = v; }, o.value);
            overrides.push_back(x);
        }
        scenarios.push_back({{"name", sc.name}, {"overrides", overrides}});
    }
    j["scenarios"] = scenarios;
    // Replace invalid UTF-8 rather than throwing: export must never fail on a user's typing.
    return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}
std::string legacyResultsToJson(const Portfolio& portfolio, const PortfolioResult& result, int indent) {
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
                                  {"infeasibleSites", result.infeasibleSiteCount}};
    double taxUsd = 0.0, projectNpvUsd = 0.0, equityNpvUsd = 0.0;
    for (const SiteResult& s : result.sites)
        if (s.feasible) {
            taxUsd += s.economics.financing.taxUsd;
            projectNpvUsd += s.economics.financing.projectNpvUsd;
            equityNpvUsd += s.economics.financing.equityNpvUsd;
        }
    j["portfolio"]["taxUsd"] = portfolio.financing.taxEnabled ? ordered_json(taxUsd) : ordered_json(nullptr);
    j["portfolio"]["projectNpvAfterTaxUsd"] = projectNpvUsd;
    j["portfolio"]["equityNpvUsd"] = equityNpvUsd;
    j["portfolio"]["itOnlineMwByMonth"] = online;
    ordered_json sites = ordered_json::array();
    for (const SiteResult& s : result.sites) sites.push_back(siteResultJson(portfolio, s));
    j["sites"] = sites;
    return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace
}  // namespace legacy

namespace {

// Strings and numbers where writers differ if they differ anywhere: escapes, control characters,
// every kind of invalid UTF-8 (replaced by U+FFFD), and doubles at the edges of each notation.
Portfolio edgePortfolio() {
    Portfolio p = test::generatePortfolio(99, 3);
    const std::vector<std::string> names{
        "",
        "plain",
        "quote \" backslash \\ slash / tab \t newline \n cr \r ff \f bs \b",
        std::string("nul \0 x", 7),
        "\x01\x1f\x7f",
        "Tydal – Ø 北 🚀",
        "bad \xff byte",
        "truncated \xe2\x82",
        "overlong \xc0\x80",
        "surrogate \xed\xa0\x80",
        "beyond \xf4\x90\x80\x80",
        "lone continuation \x80 end",
        "\xe2\x82\xac\xf0\x9f\x98\x80",
    };
    const std::vector<double> numbers{0.0,
                                      -0.0,
                                      1e-5,
                                      1e-4,
                                      0.1,
                                      1e15,
                                      1e16,
                                      123456789012345680.0,
                                      1.5e300,
                                      5e-324,
                                      std::numeric_limits<double>::max(),
                                      -std::numeric_limits<double>::min(),
                                      std::nan(""),
                                      std::numeric_limits<double>::infinity(),
                                      -std::numeric_limits<double>::infinity(),
                                      100.0,
                                      1234.5678};
    p.name = names[2];
    p.currency = names[4];
    for (std::size_t i = 0; i < names.size(); ++i) {
        Site s = p.sites[i % p.sites.size()];
        s.name = names[i];
        s.country = names[(i + 3) % names.size()];
        s.latitudeDeg = numbers[i % numbers.size()];
        s.longitudeDeg = numbers[(i + 5) % numbers.size()];
        for (std::size_t m = 0; m < 12; ++m) s.climate.dryBulbC[m] = numbers[(i + m) % numbers.size()];
        s.plan.extraTasks.push_back(
            {"id " + names[i], names[(i + 1) % names.size()], numbers[i % 5], {names[i]}});
        p.sites.push_back(s);
    }
    p.discountRatePct = numbers[12];  // NaN: written as null
    return p;
}

}  // namespace

TEST_CASE("json stream: portfolio export equals the document-tree writer's, byte for byte", "[io][json]") {
    for (unsigned seed = 1; seed <= 200; ++seed) {
        INFO("seed " << seed);
        const Portfolio p = test::generatePortfolio(seed, static_cast<int>(seed % 7));
        for (int indent : {2, -1, 0, 4}) {
            INFO("indent " << indent);
            REQUIRE(portfolioToJson(p, indent) == legacy::legacyPortfolioToJson(p, indent));
        }
    }
    const Portfolio edges = edgePortfolio();
    for (int indent : {2, -1}) {
        INFO("indent " << indent);
        const std::string text = portfolioToJson(edges, indent);
        REQUIRE(text == legacy::legacyPortfolioToJson(edges, indent));
        std::ostringstream streamed;
        writePortfolioJson(streamed, edges, indent);
        CHECK(streamed.str() == text);
    }
    const Portfolio empty;
    CHECK(portfolioToJson(empty) == legacy::legacyPortfolioToJson(empty, 2));
    // Large enough to pass the stream writer's flush threshold many times.
    const Portfolio big = test::generatePortfolio(42, 500);
    std::ostringstream streamed;
    writePortfolioJson(streamed, big);
    CHECK(streamed.str() == legacy::legacyPortfolioToJson(big, 2));
}

TEST_CASE("json stream: compute --json output equals the document-tree writer's", "[io][json]") {
    const Catalogue& catalogue = defaultCatalogue();
    std::vector<Portfolio> portfolios{samplePortfolio(), test::generatePortfolio(42, 300)};
    for (unsigned seed = 1; seed <= 40; ++seed)
        portfolios.push_back(test::generatePortfolio(seed, static_cast<int>(seed % 6)));
    for (std::size_t i = 0; i < portfolios.size(); ++i) {
        INFO("portfolio " << i);
        const Portfolio& p = portfolios[i];
        const PortfolioResult result = computePortfolio(p, catalogue);
        for (int indent : {2, -1}) {
            INFO("indent " << indent);
            const std::string text = resultsToJson(p, result, indent);
            REQUIRE(text == legacy::legacyResultsToJson(p, result, indent));
            std::ostringstream streamed;
            writeResultsJson(streamed, p, result, indent);
            CHECK(streamed.str() == text);
        }
    }
    // Optional values unset and non-finite numbers (null in both).
    PortfolioResult r;
    SiteResult s;
    s.name = "bad \xff";
    s.economics.irr.reset();
    s.economics.paybackMonthIndex.reset();
    s.economics.npvUsd = std::numeric_limits<double>::quiet_NaN();
    r.sites = {s};
    r.itOnlineMwByMonth = {1.0, std::numeric_limits<double>::infinity()};
    CHECK(resultsToJson(samplePortfolio(), r) == legacy::legacyResultsToJson(samplePortfolio(), r, 2));
}
