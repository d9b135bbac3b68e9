// Portfolio → JSON text (docs/file-format.md "Portfolio JSON"). Every field is written, keys in model
// order, so a file diff reads like the model.
#include <nlohmann/json.hpp>

#include "io/JsonCommon.h"
#include "io/JsonIo.h"

namespace m2ai {
namespace {

using jsonio::kFormat;
using jsonio::kFormatVersion;
using nlohmann::ordered_json;

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
    plan["business"] = ordered_json{{"model", name(p.business.model)},
                                    {"colocationUsdPerKwMonth", p.business.colocationUsdPerKwMonth},
                                    {"gpuUsdPerHour", p.business.gpuUsdPerHour},
                                    {"gpuUtilisationPct", p.business.gpuUtilisationPct},
                                    {"gpuPriceDeclinePctPerYear", p.business.gpuPriceDeclinePctPerYear},
                                    {"powerPassThrough", p.business.powerPassThrough}};
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
}  // namespace

std::string portfolioToJson(const Portfolio& portfolio, int indent) {
    ordered_json j;
    j["format"] = kFormat;
    j["formatVersion"] = kFormatVersion;
    j["name"] = portfolio.name;
    j["startMonth"] = portfolio.startMonth.toString();
    j["currency"] = portfolio.currency;
    j["discountRatePct"] = portfolio.discountRatePct;
    j["horizonYears"] = portfolio.horizonYears;
    j["costs"] = costsJson(portfolio.costs);
    ordered_json sites = ordered_json::array();
    for (const Site& s : portfolio.sites) sites.push_back(siteJson(s));
    j["sites"] = sites;
    // Replace invalid UTF-8 rather than throwing: export must never fail on a user's typing.
    return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

void writePortfolioJson(std::ostream& out, const Portfolio& portfolio, int indent) {
    out << portfolioToJson(portfolio, indent);
}

}  // namespace m2ai
