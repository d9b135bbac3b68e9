#include "risk/RiskJson.h"

#include "io/JsonWriter.h"

namespace m2ai::risk {

namespace {

using jsonio::JsonWriter;

std::string monthText(const Portfolio& p, int monthIndex) {
    return p.startMonth.plusMonths(monthIndex).toString();
}

void writeBar(JsonWriter& w, const Portfolio& p, const SensitivityBar& b) {
    w.beginObject();
    w.member("input", toName(b.input));
    w.member("lowIncrementalNpvUsd", b.lowIncrementalNpvUsd);
    w.member("highIncrementalNpvUsd", b.highIncrementalNpvUsd);
    w.member("incrementalNpvSwingUsd", b.incrementalNpvSwingUsd());
    w.member("lowNpvUsd", b.lowNpvUsd);
    w.member("highNpvUsd", b.highNpvUsd);
    w.member("lowFirstRfsMonth", monthText(p, b.lowFirstRfsMonthIndex));
    w.member("highFirstRfsMonth", monthText(p, b.highFirstRfsMonthIndex));
    w.member("firstRfsSwingMonths", b.firstRfsSwingMonths());
    w.endObject();
}

void writeSensitivityTarget(JsonWriter& w, const Portfolio& p, const SensitivityTarget& t) {
    w.beginObject();
    w.member("name", t.name);
    w.member("baseNpvUsd", t.baseNpvUsd);
    w.member("baseIncrementalNpvUsd", t.baseIncrementalNpvUsd);
    w.member("baseFirstRfsMonth", monthText(p, t.baseFirstRfsMonthIndex));
    w.key("tornadoIncrementalNpv");
    w.beginArray();
    for (const SensitivityBar& b : t.byIncrementalNpv) writeBar(w, p, b);
    w.endArray();
    w.key("tornadoFirstRfs");
    w.beginArray();
    for (const SensitivityBar& b : t.byFirstRfs) writeBar(w, p, b);
    w.endArray();
    w.key("spider");
    w.beginArray();
    for (const SpiderSeries& s : t.spider) {
        w.beginObject();
        w.member("input", toName(s.input));
        w.member("incrementalNpvUsd", s.incrementalNpvUsd);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writePercentiles(JsonWriter& w, const char* name, const Percentiles& q) {
    w.key(name);
    if (q.count == 0) {
        w.null();
        return;
    }
    w.beginObject();
    w.member("count", q.count);
    w.member("p10", q.p10);
    w.member("p50", q.p50);
    w.member("p90", q.p90);
    w.member("mean", q.mean);
    w.member("min", q.min);
    w.member("max", q.max);
    w.endObject();
}

void writeHistogram(JsonWriter& w, const char* name, const Histogram& h) {
    w.key(name);
    w.beginObject();
    w.member("lowerEdgeUsd", h.lowerEdge);
    w.member("binWidthUsd", h.binWidth);
    w.member("counts", h.counts);
    w.endObject();
}

void writeSCurve(JsonWriter& w, const Portfolio& p, const char* name, const std::vector<SCurvePoint>& curve) {
    w.key(name);
    w.beginArray();
    for (const SCurvePoint& s : curve) {
        w.beginObject();
        w.member("month", monthText(p, s.monthIndex));
        w.member("monthIndex", s.monthIndex);
        w.member("probability", s.probability);
        w.endObject();
    }
    w.endArray();
}

void writeRiskTarget(JsonWriter& w, const Portfolio& p, const RiskTarget& t, bool site) {
    w.beginObject();
    w.member("name", t.name);
    if (site) w.member("feasible", t.feasible);
    w.member("baseNpvUsd", t.baseNpvUsd);
    w.member("baseIncrementalNpvUsd", t.baseIncrementalNpvUsd);
    w.member("baseFirstRfsMonth", monthText(p, t.baseFirstRfsMonthIndex));
    w.member("baseFullCapacityMonth", monthText(p, t.baseFullCapacityMonthIndex));
    w.member("probConvertBeatsMining", t.probConvertBeatsMining);
    w.member("probRfsBy", t.probRfsBy);
    writePercentiles(w, "firstRfsMonthIndex", t.firstRfsMonthIndex);
    if (site) writePercentiles(w, "rfsDurationMonths", t.rfsDurationMonths);
    writePercentiles(w, "fullCapacityMonthIndex", t.fullCapacityMonthIndex);
    writePercentiles(w, "npvUsd", t.npvUsd);
    writePercentiles(w, "incrementalNpvUsd", t.incrementalNpvUsd);
    if (site) {
        writePercentiles(w, "convertingIrr", t.convertingIrr);
        writePercentiles(w, "incrementalIrr", t.incrementalIrr);
    }
    writePercentiles(w, "equityIrr", t.equityIrr);
    writeHistogram(w, "incrementalNpvHistogram", t.incrementalNpvHistogram);
    writeHistogram(w, "npvHistogram", t.npvHistogram);
    writeSCurve(w, p, "firstRfsSCurve", t.firstRfsSCurve);
    writeSCurve(w, p, "fullCapacitySCurve", t.fullCapacitySCurve);
    if (site) {
        w.key("criticality");
        w.beginArray();
        for (const TaskCriticality& c : t.criticality) {
            w.beginObject();
            w.member("id", c.id);
            w.member("name", c.name);
            w.member("index", c.index);
            w.endObject();
        }
        w.endArray();
    }
    w.key("drivers");
    w.beginArray();
    for (const Driver& d : t.drivers) {
        w.beginObject();
        w.member("input", d.input);
        if (d.siteIndex >= 0)
            w.member("site", p.sites[static_cast<std::size_t>(d.siteIndex)].name);
        else {
            w.key("site");
            w.null();
        }
        w.member("rankCorrelation", d.rankCorrelation);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeDistribution(JsonWriter& w, const Distribution& d) {
    w.beginObject();
    w.member("kind", toName(d.kind));
    switch (d.kind) {
        case DistributionKind::Fixed:
            w.member("value", d.mode);
            break;
        case DistributionKind::Triangular:
        case DistributionKind::Pert:
            w.member("min", d.min);
            w.member("mode", d.mode);
            w.member("max", d.max);
            break;
        case DistributionKind::Normal:
            w.member("mean", d.mode);
            w.member("sigma", d.sigma);
            break;
        case DistributionKind::Lognormal:
            w.member("median", d.mode);
            w.member("sigma", d.sigma);
            break;
    }
    w.endObject();
}

void writeSettings(JsonWriter& w, const RiskSettings& s) {
    w.beginObject();
    w.member("trials", s.trials);
    w.member("seed", static_cast<unsigned long long>(s.seed));
    w.key("market");
    w.beginObject();
    w.key("hashprice");
    writeDistribution(w, s.market.hashprice);
    w.key("gpuHourPrice");
    writeDistribution(w, s.market.gpuHourPrice);
    w.key("gpuPrice");
    writeDistribution(w, s.market.gpuPrice);
    w.endObject();
    w.key("site");
    w.beginObject();
    w.key("powerPrice");
    writeDistribution(w, s.site.powerPrice);
    w.key("colocationRent");
    writeDistribution(w, s.site.colocationRent);
    w.key("utilisation");
    writeDistribution(w, s.site.utilisation);
    w.key("capexOverrun");
    writeDistribution(w, s.site.capexOverrun);
    w.key("pueOverhead");
    writeDistribution(w, s.site.pueOverhead);
    w.endObject();
    w.key("durations");
    w.beginObject();
    for (std::size_t i = 0; i < s.durations.generated.size(); ++i) {
        w.key(schedule::kGeneratedTaskIds[i]);
        writeDistribution(w, s.durations.generated[i]);
    }
    w.key("userTask");
    writeDistribution(w, s.durations.userTask);
    w.endObject();
    w.endObject();
}

}  // namespace

void writeSensitivityJson(std::ostream& out, const Portfolio& portfolio, const SensitivityResult& result) {
    JsonWriter w(out, 2);
    w.beginObject();
    w.member("format", "mine2ai-sensitivity");
    w.member("formatVersion", 1);
    w.member("pct", result.pct);
    w.member("spiderPct", result.spiderPct);
    w.key("portfolio");
    writeSensitivityTarget(w, portfolio, result.portfolio);
    w.key("sites");
    w.beginArray();
    for (const SensitivityTarget& t : result.sites) writeSensitivityTarget(w, portfolio, t);
    w.endArray();
    w.endObject();
}

void writeRiskJson(std::ostream& out, const Portfolio& portfolio, const RiskSettings& settings,
                   const RiskResult& result) {
    JsonWriter w(out, 2);
    w.beginObject();
    w.member("format", "mine2ai-risk");
    w.member("formatVersion", 1);
    w.member("trials", result.trialsCompleted);
    w.member("seed", static_cast<unsigned long long>(result.seed));
    w.member("rfsByMonth", monthText(portfolio, result.rfsByMonthIndex));
    w.member("driversOmitted", result.driversOmitted);
    w.key("settings");
    writeSettings(w, settings);
    w.key("portfolio");
    writeRiskTarget(w, portfolio, result.portfolio, false);
    w.key("sites");
    w.beginArray();
    for (const RiskTarget& t : result.sites) writeRiskTarget(w, portfolio, t, true);
    w.endArray();
    w.endObject();
}

}  // namespace m2ai::risk
