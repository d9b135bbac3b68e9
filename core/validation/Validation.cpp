// Validation of a whole portfolio. Every range lives in kRanges below, the single table that the
// UI validators, tooltips and docs/file-format.md read through fieldRange(); the checks never
// repeat a number. All problems are collected (not just the first) so an import or the editor can
// show the user everything to fix at once.
#include "validation/Validation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "climate/HourlyClimate.h"
#include "engines/schedule/TaskIds.h"
#include "validation/ScheduleLinks.h"

namespace m2ai {
namespace {

// Limits are wide enough for any real site and extreme scenario, and narrow enough to catch unit
// mistakes (kW typed as MW, fractions typed as percentages, W typed as kW).
const std::vector<FieldRange> kRanges{
    // Portfolio
    {"discountRatePct", 0.0, 100.0, "%"},
    {"horizonYears", 1.0, 40.0, "years"},
    {"exitCapRatePct", 1.0, 30.0, "%"},  // data-centre cap rates 4–7.5 % (domain.md §4.2); room for stress
    {"startMonth", 2000.0, 2100.0, "year"},
    // Cost assumptions (USD)
    {"gpuFitOutUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"electricalUsdPerInstalledMw", 0.0, 1e8, "USD/MW"},
    {"coolingUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"sealingUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"fireSuppressionUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"monitoringUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"tierIiiUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"tierIvUsdPerMwIt", 0.0, 1e8, "USD/MW"},
    {"contingencyPct", 0.0, 100.0, "%"},
    {"omUsdPerMwItYear", 0.0, 1e8, "USD/MW/year"},
    {"miningOmUsdPerMwYear", 0.0, 1e8, "USD/MW/year"},
    {"asicResaleUsdPerTh", 0.0, 1000.0, "USD/TH"},
    {"gpuDepreciationYears", 1.0, 40.0, "years"},
    {"facilityLifeYears", 1.0, 60.0, "years"},
    // Operating costs beyond energy and O&M (model/Lease.h)
    {"colocationOpexPctOfRent", 0.0, 100.0, "%"},
    {"gpuCloudOpexPctOfRevenue", 0.0, 100.0, "%"},
    {"gpuUsefulLifeYears", 1.0, 20.0, "years"},
    // Tax and financing (model/Financing.h)
    {"corporateTaxRatePct", 0.0, 100.0, "%"},
    {"otherCountryTaxRatePct", 0.0, 100.0, "%"},
    {"bonusDepreciationPct", 0.0, 100.0, "%"},
    {"costOfEquityPct", 0.0, 100.0, "%"},
    {"loanToCostPct", 0.0, 95.0, "%"},  // a lender funds part of cost; 100 % would leave no equity IRR
    {"interestRatePct", 0.0, 50.0, "%"},
    {"tenorYears", 1.0, 40.0, "years"},
    {"minDscr", 0.5, 5.0, ""},
    // Site
    {"latitudeDeg", -90.0, 90.0, "degrees"},
    {"longitudeDeg", -180.0, 180.0, "degrees"},
    {"gridInterconnectMw", 0.0, 10000.0, "MW"},
    {"extraMw", 0.0, 10000.0, "MW"},
    {"availableMonth", 2000.0, 2100.0, "year"},
    {"powerPriceUsdPerMwh", 0.0, 1000.0, "USD/MWh"},
    {"powerPriceEscalationPctPerYear", -50.0, 50.0, "%/year"},
    {"gridCarbonGPerKwh", 0.0, 2000.0, "g/kWh"},
    {"dryBulbC", -60.0, 60.0, "°C"},
    {"wetBulbC", -60.0, 60.0, "°C"},
    {"designDryBulbC", -60.0, 60.0, "°C"},  // model/SiteClimate.h
    {"designWetBulbC", -60.0, 60.0, "°C"},
    {"elevationM", -500.0, 6000.0, "m"},  // Dead Sea shore −430 m; highest airports ~4,400 m
    // Mining fleet
    {"units", 0.0, 10000000.0, "units"},
    {"kwPerUnit", 0.1, 20.0, "kW"},
    {"thPerSecondPerUnit", 1.0, 2000.0, "TH/s"},
    {"miningPue", 1.0, 3.0, ""},
    {"hashpriceUsdPerPhDay", 0.0, 10000.0, "USD/PH/day"},
    {"hashpriceChangePctPerYear", -100.0, 100.0, "%/year"},
    {"uptimePct", 0.0, 100.0, "%"},
    // Conversion plan
    {"convertedSharePct", 0.0, 100.0, "%"},
    {"colocationUsdPerKwMonth", 0.0, 10000.0, "USD/kW/month"},
    {"gpuUsdPerHour", 0.0, 1000.0, "USD/h"},
    {"gpuUtilisationPct", 0.0, 100.0, "%"},
    {"gpuPriceDeclinePctPerYear", -100.0, 100.0, "%/year"},
    // Colocation lease (model/Lease.h)
    {"escalatorPctPerYear", -10.0, 20.0, "%/year"},
    {"leaseUpMonths", 0.0, 120.0, "months"},
    {"termYears", 1.0, 40.0, "years"},
    {"takeOrPayPct", 0.0, 100.0, "%"},
    {"kwPerRack", 1.0, 300.0, "kW"},
    {"gpusPerRack", 1.0, 1000.0, "GPUs"},
    {"priceUsdPerGpu", 0.0, 1e7, "USD"},
    {"blockSizeMw", 0.1, 1000.0, "MW"},
    {"installedBlocks", 1.0, 1000.0, "blocks"},
    {"energisationPhases", 1.0, 50.0, "phases"},
    {"monthsBetweenPhases", 0.0, 60.0, "months"},
    {"gpuDeliveryMonthIndex", 0.0, 480.0, "months"},
    {"durationMonths", 0.0, 120.0, "months"},
};

// User tasks may depend on every generated task (engines/schedule/TaskIds.h) but "rfs" (ready for
// service closes the network; depending on it would make a cycle) and may not reuse their ids.
bool isGeneratedTaskId(const std::string& id) {
    return schedule::generatedTask(id).has_value();
}

std::string formatNumber(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string rangeText(const FieldRange& r) {
    std::string text = "must be between " + formatNumber(r.min) + " and " + formatNumber(r.max);
    if (*r.unit) text += std::string(" ") + r.unit;
    return text;
}

// "[3]". Built by appends: GCC 12 emits a false -Wrestrict for "[" + std::to_string(i) + "]".
std::string idx(std::size_t i) {
    std::string out = "[";
    out += std::to_string(i);
    out += ']';
    return out;
}

// The checks below name their fields with string literals of this file, so one address is always
// one name: a small per-thread cache by address saves hashing the name for each of the ~70 values
// of a site (most of fieldRange()'s time in validate()). A collision only looks the name up again.
const FieldRange* literalFieldRange(const char* field) {
    struct Slot {
        const char* field = nullptr;
        const FieldRange* range = nullptr;
    };
    thread_local std::array<Slot, 256> cache{};
    Slot& slot = cache[(reinterpret_cast<std::uintptr_t>(field) >> 2U) % cache.size()];
    if (slot.field != field) slot = {field, fieldRange(field)};
    return slot.range;
}

bool inRange(const char* field, double v) {
    const FieldRange* r = literalFieldRange(field);
    return std::isfinite(v) && v >= r->min && v <= r->max;
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

class Checker {
public:
    explicit Checker(std::vector<Problem>& out) : out_(out) {}

    void add(const std::string& path, const std::string& message, ProblemCode code,
             MessageParams params = {}) {
        out_.emplace_back(path, message, code, std::move(params));
    }
    void add(Problem problem) { out_.push_back(std::move(problem)); }

    // field names the kRanges row; path is where the value sits.
    void number(const std::string& path, const char* field, double value) {
        const FieldRange* r = literalFieldRange(field);
        if (!r) throw std::logic_error(std::string("validation: no range for ") + field);
        // NaN fails both comparisons, so test "inside" rather than "outside".
        if (!(std::isfinite(value) && value >= r->min && value <= r->max))
            add(path, rangeText(*r) + ", got " + formatNumber(value), ProblemCode::NumberOutOfRange,
                {{{"min", r->min}, {"max", r->max}, {"got", value}}, {{"unit", r->unit}, {"field", field}}});
    }
    // The same with the path as prefix + suffix, joined only when there is a problem: most values
    // are fine, and building ~70 path strings per site was a fifth of validating it.
    void number(const std::string& prefix, const char* suffix, const char* field, double value) {
        const FieldRange* r = literalFieldRange(field);
        if (!r) throw std::logic_error(std::string("validation: no range for ") + field);
        if (!(std::isfinite(value) && value >= r->min && value <= r->max))
            number(prefix + suffix, field, value);
    }
    void name(const std::string& path, const std::string& value, const char* what) {
        if (blank(value))
            add(path, std::string("must not be empty (") + what + ")", ProblemCode::Empty,
                {{}, {{"what", what}}});
    }
    void month(const std::string& path, const char* field, const YearMonth& ym) {
        const FieldRange* r = literalFieldRange(field);
        if (ym.month < 1 || ym.month > 12 || ym.year < r->min || ym.year > r->max)
            add(path,
                "must be a month between " + formatNumber(r->min) + "-01 and " + formatNumber(r->max) +
                    "-12, got year " + std::to_string(ym.year) + " month " + std::to_string(ym.month),
                ProblemCode::MonthOutOfRange,
                {{{"minYear", r->min},
                  {"maxYear", r->max},
                  {"year", static_cast<double>(ym.year)},
                  {"month", static_cast<double>(ym.month)}},
                 {}});
    }
    void name(const std::string& prefix, const char* suffix, const std::string& value, const char* what) {
        if (blank(value)) name(prefix + suffix, value, what);  // the path only for a problem
    }
    template <typename E>
    void enumeration(const std::string& path, E value) {
        if (toName(value) == "?")
            add(path,
                "unknown value " + std::to_string(static_cast<int>(value)) +
                    ", allowed: " + allowedNames<E>(),
                ProblemCode::UnknownEnumValue,
                {{{"value", static_cast<double>(static_cast<int>(value))}},
                 {{"allowed", allowedNames<E>()}}});
    }

private:
    std::vector<Problem>& out_;
};

void checkBlocks(Checker& c, const std::string& path, Redundancy r, int blocks) {
    c.number(path, "installedBlocks", blocks);
    const FieldRange* range = fieldRange("installedBlocks");
    if (blocks < range->min || blocks > range->max) return;  // already reported
    const std::string got = ", got " + std::to_string(blocks);
    const MessageParams counted{{{"blocks", static_cast<double>(blocks)}}, {}};
    // The minimum for each topology is the smallest block count where its usable-capacity formula
    // (engines/PowerBudget.h) is positive and the blocks split evenly into the redundant systems.
    switch (r) {
        case Redundancy::N:
            break;
        case Redundancy::NPlus1:
            if (blocks < 2)
                c.add(path, "N+1 needs at least 2 blocks (one is the spare)" + got, ProblemCode::NPlus1Blocks,
                      counted);
            break;
        case Redundancy::TwoN:
            if (blocks < 2 || blocks % 2 != 0)
                c.add(path, "2N needs an even number of blocks, at least 2" + got, ProblemCode::TwoNBlocks,
                      counted);
            break;
        case Redundancy::TwoNPlus1:
            if (blocks < 4 || blocks % 2 != 0)
                c.add(path, "2(N+1) needs an even number of blocks, at least 4 (two sides of N+1)" + got,
                      ProblemCode::TwoNPlus1Blocks, counted);
            break;
        case Redundancy::DistributedRedundant:
            if (blocks % 3 != 0)
                c.add(path, "distributed-redundant needs a multiple of 3 blocks (\"3 to make 2\")" + got,
                      ProblemCode::DistributedRedundantBlocks, counted);
            break;
    }
}

void checkUserTasks(Checker& c, const ConversionPlan& plan, const std::string& prefix) {
    const std::vector<UserTask>& tasks = plan.extraTasks;
    std::map<std::string, std::size_t> firstIndex;  // user id -> first task with it
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const UserTask& t = tasks[i];
        // The path is built only for a problem.
        const auto at = [&](const char* field) { return prefix + idx(i) + field; };
        if (blank(t.id)) {
            c.add(at(".id"), "must not be empty (task id)", ProblemCode::Empty, {{}, {{"what", "task id"}}});
        } else if (isGeneratedTaskId(t.id)) {
            c.add(at(".id"), "\"" + t.id + "\" is a generated task id; choose another",
                  ProblemCode::GeneratedTaskId, {{}, {{"id", t.id}}});
        } else if (!firstIndex.emplace(t.id, i).second) {
            const std::string also = prefix + idx(firstIndex[t.id]);
            c.add(at(".id"), "duplicate task id \"" + t.id + "\" (also " + also + ")",
                  ProblemCode::DuplicateTaskId, {{}, {{"id", t.id}, {"also", also}}});
        }
        if (blank(t.name)) c.name(at(".name"), t.name, "task name");
        if (!inRange("durationMonths", t.durationMonths))
            c.number(at(".durationMonths"), "durationMonths", t.durationMonths);
    }
    // dependsOn / precedes: known ids, no repeats, no cycle (validation/ScheduleLinks.h).
    std::vector<Problem> links;
    checkScheduleLinks(links, plan, prefix);
    for (Problem& problem : links) c.add(std::move(problem));
}

void checkCosts(Checker& c, const CostAssumptions& k) {
    const std::string p = "costs.";
    c.number(p, "gpuFitOutUsdPerMwIt", "gpuFitOutUsdPerMwIt", k.gpuFitOutUsdPerMwIt);
    c.number(p, "electricalUsdPerInstalledMw", "electricalUsdPerInstalledMw", k.electricalUsdPerInstalledMw);
    for (std::size_t i = 0; i < k.coolingUsdPerMwIt.size(); ++i)
        c.number(p + "coolingUsdPerMwIt" + idx(i), "coolingUsdPerMwIt", k.coolingUsdPerMwIt[i]);
    c.number(p, "sealingUsdPerMwIt", "sealingUsdPerMwIt", k.sealingUsdPerMwIt);
    c.number(p, "fireSuppressionUsdPerMwIt", "fireSuppressionUsdPerMwIt", k.fireSuppressionUsdPerMwIt);
    c.number(p, "monitoringUsdPerMwIt", "monitoringUsdPerMwIt", k.monitoringUsdPerMwIt);
    c.number(p, "tierIiiUsdPerMwIt", "tierIiiUsdPerMwIt", k.tierIiiUsdPerMwIt);
    c.number(p, "tierIvUsdPerMwIt", "tierIvUsdPerMwIt", k.tierIvUsdPerMwIt);
    c.number(p, "contingencyPct", "contingencyPct", k.contingencyPct);
    c.number(p, "omUsdPerMwItYear", "omUsdPerMwItYear", k.omUsdPerMwItYear);
    c.number(p, "miningOmUsdPerMwYear", "miningOmUsdPerMwYear", k.miningOmUsdPerMwYear);
    c.number(p, "asicResaleUsdPerTh", "asicResaleUsdPerTh", k.asicResaleUsdPerTh);
    c.number(p, "gpuDepreciationYears", "gpuDepreciationYears", k.gpuDepreciationYears);
    c.number(p, "facilityLifeYears", "facilityLifeYears", k.facilityLifeYears);
}

void checkFinancing(Checker& c, const Financing& f) {
    const std::string p = "financing.";
    c.enumeration(p + "depreciation", f.depreciation);
    c.number(p, "bonusDepreciationPct", "bonusDepreciationPct", f.bonusDepreciationPct);
    c.number(p, "otherCountryTaxRatePct", "otherCountryTaxRatePct", f.otherCountryTaxRatePct);
    c.number(p, "costOfEquityPct", "costOfEquityPct", f.costOfEquityPct);
    c.number(p, "debt.loanToCostPct", "loanToCostPct", f.debt.loanToCostPct);
    c.number(p, "debt.interestRatePct", "interestRatePct", f.debt.interestRatePct);
    c.number(p, "debt.tenorYears", "tenorYears", f.debt.tenorYears);
    c.number(p, "debt.minDscr", "minDscr", f.debt.minDscr);
    for (std::size_t i = 0; i < f.siteTaxOverrides.size(); ++i) {
        const std::string at = p + "siteTaxOverrides" + idx(i);
        c.name(at + ".siteName", f.siteTaxOverrides[i].siteName, "site name");
        c.number(at + ".corporateTaxRatePct", "corporateTaxRatePct",
                 f.siteTaxOverrides[i].corporateTaxRatePct);
    }
}

}  // namespace

const std::vector<FieldRange>& fieldRanges() {
    return kRanges;
}

const FieldRange* fieldRange(std::string_view field) {
    // validate() asks for ~60 fields per site: a hash lookup, not a scan of every row's strlen and
    // compare (that scan was most of validate()'s time at 10,000 sites). Built once, thread-safe.
    static const std::unordered_map<std::string_view, const FieldRange*> byName = [] {
        std::unordered_map<std::string_view, const FieldRange*> out;
        out.reserve(kRanges.size());
        for (const FieldRange& r : kRanges) out.emplace(r.field, &r);  // the first row of a name wins
        return out;
    }();
    const auto found = byName.find(field);
    return found == byName.end() ? nullptr : found->second;
}

std::vector<Problem> validateSite(const Site& s, const std::string& prefix) {
    std::vector<Problem> out;
    Checker c(out);
    const std::string p = prefix + ".";
    c.name(p, "name", s.name, "site name");
    c.number(p, "latitudeDeg", "latitudeDeg", s.latitudeDeg);
    c.number(p, "longitudeDeg", "longitudeDeg", s.longitudeDeg);
    c.number(p, "gridInterconnectMw", "gridInterconnectMw", s.gridInterconnectMw);
    if (s.gridQueue) {
        c.number(p, "gridQueue.extraMw", "extraMw", s.gridQueue->extraMw);
        c.month(p + "gridQueue.availableMonth", "availableMonth", s.gridQueue->availableMonth);
    }
    c.enumeration(p + "energySource", s.energySource);
    c.number(p, "powerPriceUsdPerMwh", "powerPriceUsdPerMwh", s.powerPriceUsdPerMwh);
    c.number(p, "powerPriceEscalationPctPerYear", "powerPriceEscalationPctPerYear",
             s.powerPriceEscalationPctPerYear);
    c.number(p, "gridCarbonGPerKwh", "gridCarbonGPerKwh", s.gridCarbonGPerKwh);
    for (std::size_t m = 0; m < 12; ++m) {
        // The path is built only for a problem (24 values per site, nearly always fine).
        const auto at = [&](const char* series) { return p + series + idx(m); };
        const double dry = s.climate.dryBulbC[m];
        const double wet = s.climate.wetBulbC[m];
        const bool dryInRange = inRange("dryBulbC", dry);
        const bool wetInRange = inRange("wetBulbC", wet);
        if (!dryInRange) c.number(at("climate.dryBulbC"), "dryBulbC", dry);
        if (!wetInRange) c.number(at("climate.wetBulbC"), "wetBulbC", wet);
        // Wet-bulb equals dry-bulb in saturated air and is lower otherwise; a higher value is
        // physically impossible and usually means the two rows were swapped.
        // Compared only when both are in range: otherwise the range problem already says it all.
        if (dryInRange && wetInRange && wet > dry)
            c.add(
                at("climate.wetBulbC"),
                "wet-bulb must not exceed dry-bulb (" + formatNumber(dry) + " °C), got " + formatNumber(wet),
                ProblemCode::WetBulbAboveDryBulb, {{{"dryBulbC", dry}, {"wetBulbC", wet}}, {}});
    }

    if (const auto& d = s.siteClimate.design) {
        c.number(p, "siteClimate.design.dryBulbC", "designDryBulbC", d->dryBulbC);
        c.number(p, "siteClimate.design.wetBulbC", "designWetBulbC", d->wetBulbC);
        if (inRange("designDryBulbC", d->dryBulbC) && inRange("designWetBulbC", d->wetBulbC) &&
            d->wetBulbC > d->dryBulbC)
            c.add(p + "siteClimate.design.wetBulbC",
                  "wet-bulb must not exceed dry-bulb (" + formatNumber(d->dryBulbC) + " °C), got " +
                      formatNumber(d->wetBulbC),
                  ProblemCode::WetBulbAboveDryBulb,
                  {{{"dryBulbC", d->dryBulbC}, {"wetBulbC", d->wetBulbC}}, {}});
    }
    c.number(p, "siteClimate.elevationM", "elevationM", s.siteClimate.elevationM);
    if (std::find(std::begin(kDesignPercentiles), std::end(kDesignPercentiles),
                  s.siteClimate.designPercentile) == std::end(kDesignPercentiles))
        c.add(p + "siteClimate.designPercentile",
              "must be one of the ASHRAE annual percentiles 0.4, 1 or 2 (%), got " +
                  formatNumber(s.siteClimate.designPercentile),
              ProblemCode::DesignPercentile, {{{"got", s.siteClimate.designPercentile}}, {}});
    if (s.hourlyClimate) {
        const HourlyClimateCheck hourly = checkHourlyClimate(*s.hourlyClimate);
        if (!hourly.ok) c.add(formattedProblem(p + "hourlyClimate", hourly.message));
    }

    const MiningFleet& f = s.mining;
    c.name(p, "mining.asicModel", f.asicModel, "ASIC model");
    c.number(p, "mining.units", "units", f.units);
    c.number(p, "mining.kwPerUnit", "kwPerUnit", f.kwPerUnit);
    c.number(p, "mining.thPerSecondPerUnit", "thPerSecondPerUnit", f.thPerSecondPerUnit);
    c.number(p, "mining.miningPue", "miningPue", f.miningPue);
    c.number(p, "mining.hashpriceUsdPerPhDay", "hashpriceUsdPerPhDay", f.hashpriceUsdPerPhDay);
    c.number(p, "mining.hashpriceChangePctPerYear", "hashpriceChangePctPerYear", f.hashpriceChangePctPerYear);
    c.number(p, "mining.uptimePct", "uptimePct", f.uptimePct);

    const ConversionPlan& plan = s.plan;
    const std::string q = p + "plan.";
    c.number(q, "convertedSharePct", "convertedSharePct", plan.convertedSharePct);
    c.enumeration(q + "scheduleMode", plan.scheduleMode);
    c.enumeration(q + "business.model", plan.business.model);
    c.number(q, "business.colocationUsdPerKwMonth", "colocationUsdPerKwMonth",
             plan.business.colocationUsdPerKwMonth);
    c.number(q, "business.gpuUsdPerHour", "gpuUsdPerHour", plan.business.gpuUsdPerHour);
    c.number(q, "business.gpuUtilisationPct", "gpuUtilisationPct", plan.business.gpuUtilisationPct);
    c.number(q, "business.gpuPriceDeclinePctPerYear", "gpuPriceDeclinePctPerYear",
             plan.business.gpuPriceDeclinePctPerYear);
    c.name(q, "gpu.platformId", plan.gpu.platformId, "GPU platform id, or \"custom\"");
    c.number(q, "gpu.kwPerRack", "kwPerRack", plan.gpu.kwPerRack);
    c.number(q, "gpu.gpusPerRack", "gpusPerRack", plan.gpu.gpusPerRack);
    c.number(q, "gpu.priceUsdPerGpu", "priceUsdPerGpu", plan.gpu.priceUsdPerGpu);
    c.enumeration(q + "electrical.redundancy", plan.electrical.redundancy);
    c.number(q, "electrical.blockSizeMw", "blockSizeMw", plan.electrical.blockSizeMw);
    checkBlocks(c, q + "electrical.installedBlocks", plan.electrical.redundancy,
                plan.electrical.installedBlocks);
    c.enumeration(q + "cooling.technology", plan.cooling.technology);
    c.enumeration(q + "facility.certification", plan.facility.certification);
    c.number(q, "energisationPhases", "energisationPhases", plan.energisationPhases);
    c.number(q, "monthsBetweenPhases", "monthsBetweenPhases", plan.monthsBetweenPhases);
    if (plan.gpuDeliveryMonthIndex)
        c.number(q, "gpuDeliveryMonthIndex", "gpuDeliveryMonthIndex", *plan.gpuDeliveryMonthIndex);
    const LeaseTerms& lease = plan.business.lease;
    c.number(q, "business.lease.escalatorPctPerYear", "escalatorPctPerYear", lease.escalatorPctPerYear);
    c.number(q, "business.lease.leaseUpMonths", "leaseUpMonths", lease.leaseUpMonths);
    c.number(q, "business.lease.termYears", "termYears", lease.termYears);
    c.enumeration(q + "business.lease.afterTerm", lease.afterTerm);
    c.number(q, "business.lease.takeOrPayPct", "takeOrPayPct", lease.takeOrPayPct);
    checkUserTasks(c, plan, q + "extraTasks");
    return out;
}

namespace {

// Sites are told apart by name in results, reports and `compute --json`, so names must be unique.
// The problem sits at the later site and names the first one.
Problem duplicateName(std::size_t site, const std::string& name, std::size_t first) {
    const std::string also = "sites" + idx(first);
    return {"sites" + idx(site) + ".name",
            "duplicate site name \"" + name + "\" (also " + also + ")",
            ProblemCode::DuplicateSiteName,
            {{}, {{"name", name}, {"also", also}}}};
}

bool isDuplicateName(const Problem& p) {
    return p.code == ProblemCode::DuplicateSiteName;
}

constexpr std::size_t kNotASite = static_cast<std::size_t>(-1);

// The site index a problem path starts with ("sites[12].plan…" → 12), kNotASite for settings.
std::size_t siteOf(const Problem& p) {
    if (p.path.rfind("sites[", 0) != 0) return kNotASite;
    std::size_t k = 0;
    for (std::size_t pos = 6; pos < p.path.size() && p.path[pos] >= '0' && p.path[pos] <= '9'; ++pos)
        k = k * 10 + static_cast<std::size_t>(p.path[pos] - '0');
    return k;
}

// validate(after) from the problems of a portfolio that differs from after only in site `index`
// (changed or appended) and in the names listed in `names` (the site's name before and after): other
// sites keep their problems, except the duplicate-name ones of sites carrying an affected name.
std::vector<Problem> mergeSiteProblems(const Portfolio& after, const std::vector<Problem>& before,
                                       std::size_t index, const std::vector<std::string>& names) {
    std::vector<std::string> affected;
    for (const std::string& n : names)
        if (!blank(n) && std::find(affected.begin(), affected.end(), n) == affected.end())
            affected.push_back(n);
    auto isAffected = [&](const std::string& n) {
        return std::find(affected.begin(), affected.end(), n) != affected.end();
    };
    std::vector<std::size_t> first(affected.size(), kNotASite);
    for (std::size_t k = 0; k < after.sites.size(); ++k)
        for (std::size_t a = 0; a < affected.size(); ++a)
            if (first[a] == kNotASite && after.sites[k].name == affected[a]) first[a] = k;

    std::vector<Problem> out;
    out.reserve(before.size() + 8);
    std::size_t p = 0;
    while (p < before.size() && siteOf(before[p]) == kNotASite) out.push_back(before[p++]);
    for (std::size_t k = 0; k < after.sites.size(); ++k) {
        const std::string& name = after.sites[k].name;
        const bool recheckName = isAffected(name);
        if (k == index) {
            auto own = validateSite(after.sites[k], "sites" + idx(k));
            out.insert(out.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
            while (p < before.size() && siteOf(before[p]) == k) ++p;
        } else {
            for (; p < before.size() && siteOf(before[p]) == k; ++p)
                if (!recheckName || !isDuplicateName(before[p])) out.push_back(before[p]);
        }
        if (recheckName) {
            const auto a = static_cast<std::size_t>(std::find(affected.begin(), affected.end(), name) -
                                                    affected.begin());
            if (first[a] != k) out.push_back(duplicateName(k, name, first[a]));
        }
    }
    return out;
}

// validate(after) when after = before with one site inserted at index (inserted) or the site at
// index removed: every later site's index, and so its problem paths, shifts by one. Sites before
// index keep their problems; a shifted site is re-validated under its new index only if it had
// problems (its messages may quote its own path, e.g. "also sites[4].plan.extraTasks[0]"), which
// validate(before) says is rare; the unique-name rule is re-checked for all names in one scan.
std::vector<Problem> mergeShiftedSites(const Portfolio& after, const std::vector<Problem>& before,
                                       std::size_t index, bool inserted) {
    std::vector<Problem> out;
    out.reserve(before.size() + 8);
    std::size_t p = 0;
    while (p < before.size() && siteOf(before[p]) == kNotASite) out.push_back(before[p++]);
    // Sites of before that have a problem other than a duplicate name.
    std::vector<char> hadProblems(after.sites.size() + 1, 0);
    for (std::size_t q = p; q < before.size(); ++q) {
        const std::size_t k = siteOf(before[q]);
        if (k < hadProblems.size() && !isDuplicateName(before[q])) hadProblems[k] = 1;
    }
    std::unordered_map<std::string, std::size_t> firstByName;
    firstByName.reserve(after.sites.size());
    for (std::size_t k = 0; k < after.sites.size(); ++k) {
        if (k < index) {
            for (; p < before.size() && siteOf(before[p]) == k; ++p)
                if (!isDuplicateName(before[p])) out.push_back(before[p]);
        } else {
            const bool isNew = inserted && k == index;
            const std::size_t old = inserted ? k - 1 : k + 1;
            if (isNew || hadProblems[old]) {
                auto own = validateSite(after.sites[k], "sites" + idx(k));
                out.insert(out.end(), std::make_move_iterator(own.begin()),
                           std::make_move_iterator(own.end()));
            }
        }
        const std::string& name = after.sites[k].name;
        if (blank(name)) continue;
        const auto [it, first] = firstByName.emplace(name, k);
        if (!first) out.push_back(duplicateName(k, name, it->second));
    }
    return out;
}

}  // namespace

std::vector<Problem> validateSettings(const Portfolio& portfolio) {
    std::vector<Problem> out;
    Checker c(out);
    c.name("name", portfolio.name, "portfolio name");
    c.month("startMonth", "startMonth", portfolio.startMonth);
    // ISO 4217 code: reports and the UI print it next to every amount.
    const std::string& cur = portfolio.currency;
    if (cur.size() != 3 ||
        !std::all_of(cur.begin(), cur.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        c.add("currency", "must be a three-letter ISO 4217 code such as USD, got \"" + cur + "\"",
              ProblemCode::CurrencyNotIso, {{}, {{"got", cur}}});
    c.number("discountRatePct", "discountRatePct", portfolio.discountRatePct);
    c.number("horizonYears", "horizonYears", portfolio.horizonYears);
    c.number("exitCapRatePct", "exitCapRatePct", portfolio.exitCapRatePct);
    checkCosts(c, portfolio.costs);
    const OperatingCosts& o = portfolio.opex;
    c.number("opex.colocationOpexPctOfRent", "colocationOpexPctOfRent", o.colocationOpexPctOfRent);
    c.number("opex.gpuCloudOpexPctOfRevenue", "gpuCloudOpexPctOfRevenue", o.gpuCloudOpexPctOfRevenue);
    c.number("opex.gpuUsefulLifeYears", "gpuUsefulLifeYears", o.gpuUsefulLifeYears);
    c.enumeration("opex.gpuEndOfLife", o.gpuEndOfLife);
    checkFinancing(c, portfolio.financing);
    return out;
}

std::vector<Problem> validate(const Portfolio& portfolio) {
    std::vector<Problem> out = validateSettings(portfolio);
    std::map<std::string, std::size_t> firstByName;
    for (std::size_t i = 0; i < portfolio.sites.size(); ++i) {
        auto siteProblems = validateSite(portfolio.sites[i], "sites" + idx(i));
        out.insert(out.end(), std::make_move_iterator(siteProblems.begin()),
                   std::make_move_iterator(siteProblems.end()));
        const std::string& name = portfolio.sites[i].name;
        if (blank(name)) continue;
        const auto [it, inserted] = firstByName.emplace(name, i);
        if (!inserted) out.push_back(duplicateName(i, name, it->second));
    }
    return out;
}

std::vector<Problem> revalidateSite(const Portfolio& after, const std::vector<Problem>& problemsBefore,
                                    std::size_t index, const std::string& nameBefore) {
    if (index >= after.sites.size()) return validate(after);
    return mergeSiteProblems(after, problemsBefore, index, {nameBefore, after.sites[index].name});
}

std::vector<Problem> revalidateAppendedSite(const Portfolio& after,
                                            const std::vector<Problem>& problemsBefore) {
    if (after.sites.empty()) return validate(after);
    const std::size_t last = after.sites.size() - 1;
    return mergeSiteProblems(after, problemsBefore, last, {after.sites[last].name});
}

std::vector<Problem> revalidateInsertedSite(const Portfolio& after,
                                            const std::vector<Problem>& problemsBefore, std::size_t index) {
    if (index >= after.sites.size()) return validate(after);
    return mergeShiftedSites(after, problemsBefore, index, true);
}

std::vector<Problem> revalidateRemovedSite(const Portfolio& after, const std::vector<Problem>& problemsBefore,
                                           std::size_t index) {
    if (index > after.sites.size()) return validate(after);
    return mergeShiftedSites(after, problemsBefore, index, false);
}

std::vector<Problem> revalidateSettings(const Portfolio& after, const std::vector<Problem>& problemsBefore) {
    std::vector<Problem> out = validateSettings(after);
    for (const Problem& p : problemsBefore)
        if (siteOf(p) != kNotASite) out.push_back(p);
    return out;
}

}  // namespace m2ai
