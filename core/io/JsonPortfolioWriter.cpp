// Portfolio → JSON text (docs/file-format.md "Portfolio JSON"). Every field is written, keys in model
// order, so a file diff reads like the model. Streamed through JsonWriter: no document tree.
#include <sstream>

#include "climate/HourlyClimateCodec.h"
#include "io/JsonCommon.h"
#include "io/JsonFinancing.h"
#include "io/JsonIo.h"
#include "io/JsonRiskInputs.h"
#include "io/JsonScenarios.h"
#include "io/JsonWriter.h"

namespace m2ai {
namespace {

using jsonio::JsonWriter;

void writeQueue(JsonWriter& w, const std::optional<GridQueue>& queue) {
    if (!queue) return w.null();
    w.beginObject();
    w.member("extraMw", queue->extraMw);
    w.member("availableMonth", queue->availableMonth.toString());
    w.endObject();
}

void writePlan(JsonWriter& w, const ConversionPlan& p) {
    w.beginObject();
    w.member("convertedSharePct", p.convertedSharePct);
    w.member("scheduleMode", toName(p.scheduleMode));
    w.key("business");
    w.beginObject();
    w.member("model", toName(p.business.model));
    w.member("colocationUsdPerKwMonth", p.business.colocationUsdPerKwMonth);
    w.member("gpuUsdPerHour", p.business.gpuUsdPerHour);
    w.member("gpuUtilisationPct", p.business.gpuUtilisationPct);
    w.member("gpuPriceDeclinePctPerYear", p.business.gpuPriceDeclinePctPerYear);
    w.member("powerPassThrough", p.business.powerPassThrough);
    w.key("lease");
    w.beginObject();
    w.member("escalatorPctPerYear", p.business.lease.escalatorPctPerYear);
    w.member("leaseUpMonths", p.business.lease.leaseUpMonths);
    w.member("termYears", p.business.lease.termYears);
    w.member("afterTerm", toName(p.business.lease.afterTerm));
    w.member("takeOrPayPct", p.business.lease.takeOrPayPct);
    w.endObject();
    w.endObject();
    w.key("gpu");
    w.beginObject();
    w.member("enabled", p.gpu.enabled);
    w.member("platformId", p.gpu.platformId);
    w.member("kwPerRack", p.gpu.kwPerRack);
    w.member("gpusPerRack", p.gpu.gpusPerRack);
    w.member("priceUsdPerGpu", p.gpu.priceUsdPerGpu);
    w.endObject();
    w.key("electrical");
    w.beginObject();
    w.member("enabled", p.electrical.enabled);
    w.member("redundancy", toName(p.electrical.redundancy));
    w.member("blockSizeMw", p.electrical.blockSizeMw);
    w.member("installedBlocks", p.electrical.installedBlocks);
    w.endObject();
    w.key("cooling");
    w.beginObject();
    w.member("enabled", p.cooling.enabled);
    w.member("technology", toName(p.cooling.technology));
    w.endObject();
    w.key("facility");
    w.beginObject();
    w.member("enabled", p.facility.enabled);
    w.member("sealingAndDustFiltration", p.facility.sealingAndDustFiltration);
    w.member("fireSuppression", p.facility.fireSuppression);
    w.member("monitoringBms", p.facility.monitoringBms);
    w.member("certification", toName(p.facility.certification));
    w.endObject();
    w.member("energisationPhases", p.energisationPhases);
    w.member("monthsBetweenPhases", p.monthsBetweenPhases);
    w.member("gpuDeliveryMonthIndex", p.gpuDeliveryMonthIndex);
    w.key("extraTasks");
    w.beginArray();
    for (const UserTask& t : p.extraTasks) {
        w.beginObject();
        w.member("id", t.id);
        w.member("name", t.name);
        w.member("durationMonths", t.durationMonths);
        w.member("dependsOn", t.dependsOn);
        if (!t.precedes.empty()) w.member("precedes", t.precedes);  // optional: older files stay as they were
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

// Design temperature and altitude, and the hourly year as base64 of its float32 bytes (exact, and
// ~47 kB per series instead of ~80 kB of decimal text): docs/file-format.md "Hourly climate in JSON".
void writeSiteClimate(JsonWriter& w, const Site& s) {
    w.key("siteClimate");
    w.beginObject();
    w.key("design");
    if (s.siteClimate.design) {
        w.beginObject();
        w.member("dryBulbC", s.siteClimate.design->dryBulbC);
        w.member("wetBulbC", s.siteClimate.design->wetBulbC);
        w.endObject();
    } else {
        w.null();
    }
    w.member("elevationM", s.siteClimate.elevationM);
    // Only when chosen, so files and outputs from before the choice stay byte-identical.
    if (s.siteClimate.designPercentile != kDefaultDesignPercentile)
        w.member("designPercentile", s.siteClimate.designPercentile);
    w.endObject();
    w.key("hourlyClimate");
    if (!s.hourlyClimate) {
        w.null();
        return;
    }
    const HourlyClimate& h = *s.hourlyClimate;
    w.beginObject();
    w.member("format", std::string(kFloat32LeBase64Format));
    w.member("hours", h.dryBulbC.size());
    w.member("source", h.source);
    w.member("elevationM", h.elevationM);
    w.member("dryBulbC", base64Encode(encodeFloat32Le(h.dryBulbC)));
    w.member("wetBulbC", base64Encode(encodeFloat32Le(h.wetBulbC)));
    w.member("pressurePa", base64Encode(encodeFloat32Le(h.pressurePa)));
    w.endObject();
}

void writeSite(JsonWriter& w, const Site& s) {
    w.beginObject();
    w.member("name", s.name);
    w.member("country", s.country);
    w.member("latitudeDeg", s.latitudeDeg);
    w.member("longitudeDeg", s.longitudeDeg);
    w.member("gridInterconnectMw", s.gridInterconnectMw);
    w.key("gridQueue");
    writeQueue(w, s.gridQueue);
    w.member("energySource", toName(s.energySource));
    w.member("powerPriceUsdPerMwh", s.powerPriceUsdPerMwh);
    w.member("powerPriceEscalationPctPerYear", s.powerPriceEscalationPctPerYear);
    w.member("gridCarbonGPerKwh", s.gridCarbonGPerKwh);
    w.key("climate");
    w.beginObject();
    w.member("dryBulbC", s.climate.dryBulbC);
    w.member("wetBulbC", s.climate.wetBulbC);
    w.endObject();
    writeSiteClimate(w, s);
    const MiningFleet& f = s.mining;
    w.key("mining");
    w.beginObject();
    w.member("asicModel", f.asicModel);
    w.member("units", f.units);
    w.member("kwPerUnit", f.kwPerUnit);
    w.member("thPerSecondPerUnit", f.thPerSecondPerUnit);
    w.member("miningPue", f.miningPue);
    w.member("hashpriceUsdPerPhDay", f.hashpriceUsdPerPhDay);
    w.member("hashpriceChangePctPerYear", f.hashpriceChangePctPerYear);
    w.member("uptimePct", f.uptimePct);
    w.endObject();
    w.key("plan");
    writePlan(w, s.plan);
    w.endObject();
}

void writeCosts(JsonWriter& w, const CostAssumptions& c) {
    w.beginObject();
    w.member("gpuFitOutUsdPerMwIt", c.gpuFitOutUsdPerMwIt);
    w.member("electricalUsdPerInstalledMw", c.electricalUsdPerInstalledMw);
    w.member("coolingUsdPerMwIt", c.coolingUsdPerMwIt);
    w.member("sealingUsdPerMwIt", c.sealingUsdPerMwIt);
    w.member("fireSuppressionUsdPerMwIt", c.fireSuppressionUsdPerMwIt);
    w.member("monitoringUsdPerMwIt", c.monitoringUsdPerMwIt);
    w.member("tierIiiUsdPerMwIt", c.tierIiiUsdPerMwIt);
    w.member("tierIvUsdPerMwIt", c.tierIvUsdPerMwIt);
    w.member("contingencyPct", c.contingencyPct);
    w.member("omUsdPerMwItYear", c.omUsdPerMwItYear);
    w.member("miningOmUsdPerMwYear", c.miningOmUsdPerMwYear);
    w.member("asicResaleUsdPerTh", c.asicResaleUsdPerTh);
    w.member("gpuDepreciationYears", c.gpuDepreciationYears);
    w.member("facilityLifeYears", c.facilityLifeYears);
    w.member("includeResidualValue", c.includeResidualValue);
    w.endObject();
}

// Invalid UTF-8 in a name is replaced (U+FFFD) rather than refused: export must never fail on a
// user's typing.
void writePortfolio(JsonWriter& w, const Portfolio& portfolio) {
    w.beginObject();
    w.member("format", jsonio::kFormat);
    w.member("formatVersion", jsonio::kFormatVersion);
    w.member("name", portfolio.name);
    w.member("startMonth", portfolio.startMonth.toString());
    w.member("currency", portfolio.currency);
    w.member("discountRatePct", portfolio.discountRatePct);
    w.member("horizonYears", portfolio.horizonYears);
    w.member("terminalValue", toName(portfolio.terminalValue));
    w.member("exitCapRatePct", portfolio.exitCapRatePct);
    w.key("costs");
    writeCosts(w, portfolio.costs);
    w.key("opex");
    w.beginObject();
    w.member("colocationOpexPctOfRent", portfolio.opex.colocationOpexPctOfRent);
    w.member("gpuCloudOpexPctOfRevenue", portfolio.opex.gpuCloudOpexPctOfRevenue);
    w.member("gpuUsefulLifeYears", portfolio.opex.gpuUsefulLifeYears);
    w.member("gpuEndOfLife", toName(portfolio.opex.gpuEndOfLife));
    w.endObject();
    w.key("financing");
    jsonio::writeFinancing(w, portfolio.financing);
    if (!portfolio.notes.byPath.empty()) {  // issue 15; absent = no notes, as older files
        w.key("notes");
        w.beginArray();
        for (const auto& [path, note] : portfolio.notes.byPath) {
            w.beginObject();
            w.member("path", path);
            w.member("note", note.note);
            w.member("source", note.source);
            w.endObject();
        }
        w.endArray();
    }
    w.key("sites");
    w.beginArray();
    for (const Site& s : portfolio.sites) writeSite(w, s);
    w.endArray();
    w.key("scenarios");
    jsonio::writeScenarios(w, portfolio.scenarios);
    // Only when set, so files without risk inputs read as before (model/RiskInputs.h).
    if (portfolio.risk != RiskInputs{}) {
        w.key("risk");
        jsonio::writeRiskInputs(w, portfolio.risk);
    }
    w.endObject();
}

}  // namespace

void writePortfolioJson(std::ostream& out, const Portfolio& portfolio, int indent) {
    JsonWriter w(out, indent);
    writePortfolio(w, portfolio);
}

std::string portfolioToJson(const Portfolio& portfolio, int indent) {
    std::string out;
    {
        JsonWriter w(out, indent);
        writePortfolio(w, portfolio);
    }
    return out;
}

}  // namespace m2ai
