#include "scenarios/ComparisonJson.h"

#include "io/JsonWriter.h"

namespace m2ai {

namespace {

using jsonio::JsonWriter;

void month(JsonWriter& w, const char* indexKey, const char* monthKey, const std::optional<int>& index,
           const YearMonth& start) {
    w.member(indexKey, index);
    w.key(monthKey);
    if (index)
        w.value(start.plusMonths(*index).toString());
    else
        w.null();
}

void figures(JsonWriter& w, const ScenarioFigures& f, const ScenarioFigures& base, const YearMonth& start) {
    w.member("feasible", f.feasible);
    w.member("npvUsd", f.npvUsd);
    w.member("npvChangeFromBaseUsd", f.npvUsd - base.npvUsd);
    w.member("incrementalNpvUsd", f.incrementalNpvUsd);
    w.member("equityIrr", f.equityIrr);
    month(w, "firstRfsMonthIndex", "firstRfsMonth", f.firstRfsMonthIndex, start);
    month(w, "fullCapacityMonthIndex", "fullCapacityMonth", f.fullCapacityMonthIndex, start);
    w.member("itMw", f.itMw);
    w.member("gpus", f.gpus);
    w.member("capexUsd", f.capexUsd);
    w.member("pue", f.pue);
    w.member("co2TonnesPerYear", f.co2TonnesPerYear);
}

}  // namespace

void writeScenarioComparisonJson(std::ostream& out, const Portfolio& portfolio, const ScenarioComparison& c,
                                 int indent) {
    JsonWriter w(out, indent);
    w.beginObject();
    w.member("format", "mine2ai-scenario-comparison");
    w.member("formatVersion", 1);
    w.member("portfolio", portfolio.name);
    w.member("startMonth", portfolio.startMonth.toString());
    w.member("sites", c.siteNames);
    w.key("scenarios");
    w.beginArray();
    for (const ScenarioOutcome& o : c.outcomes) {
        const ScenarioOutcome& base = c.outcomes.front();
        w.beginObject();
        w.member("name", o.name);
        w.member("base", o.isBase);
        w.key("problems");
        w.beginArray();
        for (const Problem& p : o.problems) {
            w.beginObject();
            w.member("path", p.path);
            w.member("message", p.message);
            w.endObject();
        }
        w.endArray();
        w.key("portfolioTotals");
        w.beginObject();
        figures(w, o.portfolio, base.portfolio, portfolio.startMonth);
        w.endObject();
        w.key("siteFigures");
        w.beginArray();
        for (std::size_t i = 0; i < o.sites.size(); ++i) {
            w.beginObject();
            w.member("site", c.siteNames[i]);
            figures(w, o.sites[i], base.sites[i], portfolio.startMonth);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

}  // namespace m2ai
