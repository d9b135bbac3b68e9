// JSON text → Portfolio (docs/file-format.md "Rules for reading a file"). Import is strict and
// exhaustive: it walks the whole document and reports every malformed, unknown, mistyped, missing or
// invalid value with its path, because a user fixing a hand-edited file wants the full list, not one
// error per attempt.
#include <algorithm>
#include <climits>
#include <exception>
#include <nlohmann/json.hpp>
#include <unordered_set>
#include <utility>

#include "climate/HourlyClimateCodec.h"
#include "io/JsonCommon.h"
#include "io/JsonFinancing.h"
#include "io/JsonIo.h"
#include "io/JsonParse.h"
#include "io/JsonRiskInputs.h"
#include "io/JsonScenarios.h"
#include "io/JsonSiteSax.h"

namespace m2ai {
namespace {

using jsonio::cutText;
using jsonio::idx;
using jsonio::join;
using jsonio::kDocumentPath;
using jsonio::kFormat;
using jsonio::kFormatVersion;
using jsonio::pathKey;
using nlohmann::json;

// The problems of one import: keeps the first kMaxReportedProblems and counts the rest, and knows
// which paths were reported as broken, so that validation does not repeat them. Every operation is
// O(1) or O(path length): a file with a million problems costs a million steps, not a million
// squared.
class ProblemLog {
public:
    // A problem at path. Unless it is about an unknown key, the value at path (and below) was left at
    // its default, so validation problems at or below path only repeat it.
    void add(std::string path, const CoreMessage& message, bool coversBelow = true) {
        add(formattedProblem(std::move(path), message), coversBelow);
    }
    // A problem with its code and parameters (validation's).
    void add(Problem problem, bool coversBelow) {
        ++count_;
        if (coversBelow) {
            if (problem.path == kDocumentPath)
                coversAll_ = true;
            else
                covered_.insert(problem.path);
        }
        if (kept_.size() < kMaxReportedProblems) kept_.push_back(std::move(problem));
    }
    // other's problems after this log's, as if they had been added here.
    void append(ProblemLog&& other) {
        for (Problem& p : other.kept_)
            if (kept_.size() < kMaxReportedProblems) kept_.push_back(std::move(p));
        count_ += other.count_;
        coversAll_ = coversAll_ || other.coversAll_;
        covered_.merge(other.covered_);
    }
    // True when path or a value above it ("sites[0].plan" is above "sites[0].plan.gpu.kwPerRack")
    // was already reported.
    bool covers(const std::string& path) const {
        if (coversAll_) return true;
        if (covered_.empty()) return false;
        for (std::size_t i = 1; i < path.size(); ++i)
            if ((path[i] == '.' || path[i] == '[') && covered_.count(path.substr(0, i))) return true;
        return covered_.count(path) > 0;
    }
    // Counts a problem that covers nothing without building its text, once the list is full: a file
    // with five million unknown keys should not build five million messages.
    bool full() const { return kept_.size() >= kMaxReportedProblems; }
    void countOnly() { ++count_; }
    std::size_t count() const { return count_; }
    std::vector<Problem> takeKept() { return std::move(kept_); }

private:
    std::vector<Problem> kept_;
    std::size_t count_ = 0;
    bool coversAll_ = false;
    std::unordered_set<std::string> covered_;
};

std::string dumpScalar(const json& x) {
    return x.dump(-1, ' ', false, json::error_handler_t::replace);
}

// A short preview of v ("array [1,2]", "string \"abc\"", cut after 40 characters), written without
// recursion and without visiting more of v than the preview shows: v may be huge.
std::string describe(const json& v) {
    constexpr std::size_t kShown = 40;
    std::string text;
    struct Open {
        json::const_iterator it, end;
        bool object, first;
    };
    std::vector<Open> open;
    const auto enter = [&](const json& x) {
        if (x.is_string()) {
            text += dumpScalar(json(cutText(x.get_ref<const std::string&>(), kShown)));
        } else if (!x.is_structured()) {
            text += dumpScalar(x);
        } else {
            text += x.is_object() ? '{' : '[';
            open.push_back({x.cbegin(), x.cend(), x.is_object(), true});
        }
    };
    enter(v);
    while (!open.empty() && text.size() <= kShown) {
        Open& top = open.back();
        if (top.it == top.end) {
            text += top.object ? '}' : ']';
            open.pop_back();
            continue;
        }
        if (!top.first) text += ',';
        top.first = false;
        const json::const_iterator element = top.it++;
        if (top.object) text += dumpScalar(json(pathKey(element.key()))) + ":";
        enter(*element);  // may push, so top is not used after this
    }
    if (text.size() > kShown) text = cutText(text, kShown - 3);
    return std::string(v.type_name()) + " " + text;
}

// Reads one JSON object: every getter marks its key as known, finish() reports the rest as
// unknown. A wrong or missing value leaves the target at its default and records a problem.
class ObjectReader {
public:
    ObjectReader(const json& value, std::string path, ProblemLog& problems)
        : value_(value), path_(std::move(path)), problems_(problems) {
        ok_ = value_.is_object();
        if (!ok_)
            problem(path_.empty() ? kDocumentPath : path_,
                    coreMessage(M2AI_TR("JsonReader", "must be an object, got %1"), {describe(value_)}));
    }
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;
    ~ObjectReader() = default;

    bool ok() const { return ok_; }
    std::string path(const std::string& key) const { return join(path_, key); }
    void problem(const std::string& path, const CoreMessage& message) { problems_.add(path, message); }

    // The value of key, or nullptr when absent (a problem when required) or explicitly null and
    // nullable.
    const json* get(const std::string& key, bool required = true, bool nullable = false) {
        if (!ok_) return nullptr;
        const auto it = value_.find(key);
        if (it == value_.end()) {
            if (required) problem(path(key), coreMessage(M2AI_TR("JsonReader", "missing required key")));
            return nullptr;
        }
        // A key asked for is known: its element is (keys of a 10,000-site file as strings in a set
        // were a tenth of reading it).
        known_.push_back(&*it);
        if (it->is_null() && nullable) return nullptr;
        return &*it;
    }

    // The paths of values that are fine are never needed: built only for a problem.
    void number(const std::string& key, double& out) {
        if (const json* v = get(key)) {
            if (v->is_number())
                out = v->get<double>();
            else
                readNumber(*v, path(key), out);
        }
    }
    void integer(const std::string& key, int& out) {
        if (const json* v = get(key)) readInteger(*v, path(key), key, out);
    }
    void boolean(const std::string& key, bool& out) {
        const json* v = get(key);
        if (!v) return;
        if (v->is_boolean())
            out = v->get<bool>();
        else
            problem(path(key),
                    coreMessage(M2AI_TR("JsonReader", "must be true or false, got %1"), {describe(*v)}));
    }
    void text(const std::string& key, std::string& out) {
        if (const json* v = get(key)) {
            if (v->is_string())
                out = v->get_ref<const std::string&>();
            else
                readText(*v, path(key), out);
        }
    }
    void month(const std::string& key, YearMonth& out) {
        const json* v = get(key);
        if (!v) return;
        const auto parsed = v->is_string() ? YearMonth::parse(v->get<std::string>()) : std::nullopt;
        if (parsed)
            out = *parsed;
        else
            problem(path(key), coreMessage(M2AI_TR("JsonReader",
                                                   "must be a month \"YYYY-MM\" (e.g. \"2027-01\"), got %1"),
                                           {describe(*v)}));
    }
    template <typename E>
    void enumeration(const std::string& key, E& out) {
        const json* v = get(key);
        if (!v) return;
        if (!v->is_string()) {
            problem(path(key), coreMessage(M2AI_TR("JsonReader", "must be one of %1, got %2"),
                                           {allowedNames<E>(), describe(*v)}));
            return;
        }
        const auto e = fromName<E>(v->get<std::string>());
        if (e)
            out = *e;
        else
            problem(path(key), coreMessage(M2AI_TR("JsonReader", "unknown value %1, allowed: %2"),
                                           {dumpScalar(json(cutText(v->get_ref<const std::string&>(), 40))),
                                            allowedNames<E>()}));
    }
    void months(const std::string& key, std::array<double, 12>& out) {
        const json* v = get(key);
        if (!v) return;
        if (!v->is_array() || v->size() != 12) {
            problem(path(key),
                    coreMessage(
                        M2AI_TR("JsonReader", "must be an array of 12 numbers (January to December), got %1"),
                        {describe(*v)}));
            return;
        }
        for (std::size_t m = 0; m < 12; ++m) {
            const json& x = (*v)[m];
            if (x.is_number())
                out[m] = x.get<double>();
            else
                readNumber(x, path(key) + idx(m), out[m]);
        }
    }

    void finish() {
        if (!ok_) return;
        std::sort(known_.begin(), known_.end());
        known_.erase(std::unique(known_.begin(), known_.end()), known_.end());
        if (known_.size() == value_.size()) return;  // every key was asked for
        std::string allowed;
        for (const auto& [key, v] : value_.items()) {
            if (std::binary_search(known_.begin(), known_.end(), &v)) continue;
            if (problems_.full()) {
                problems_.countOnly();
                continue;
            }
            if (allowed.empty())
                for (const auto& k : order_) allowed += (allowed.empty() ? "" : ", ") + k;
            // Unknown keys hold nothing we read: they cover no validation problem.
            problems_.add(join(path_, pathKey(key)),
                          coreMessage(M2AI_TR("JsonReader", "unknown key; allowed keys here: %1"), {allowed}),
                          false);
        }
    }
    // Keys in the order they were asked for, for the "allowed keys" list.
    void declare(std::initializer_list<const char*> keys) {
        for (const char* k : keys) order_.push_back(k);
    }

    void readNumber(const json& v, const std::string& p, double& out) {
        if (v.is_number())
            out = v.get<double>();
        else
            problem(p, coreMessage(M2AI_TR("JsonReader", "must be a number, got %1"), {describe(v)}));
    }
    void readInteger(const json& v, const std::string& p, const std::string& field, int& out) {
        if (!v.is_number_integer()) {
            problem(p, coreMessage(M2AI_TR("JsonReader", "must be a whole number, got %1"), {describe(v)}));
            return;
        }
        const bool isUnsigned = v.is_number_unsigned();
        const long long value =
            isUnsigned ? static_cast<long long>(std::min<unsigned long long>(
                             v.get<unsigned long long>(), static_cast<unsigned long long>(LLONG_MAX)))
                       : v.get<long long>();
        if (value < INT_MIN || value > INT_MAX) {
            const FieldRange* r = fieldRange(field);
            problem(p, r ? coreMessage(M2AI_TR("JsonReader", "must be between %1 and %2, got %3"),
                                       {std::to_string(static_cast<long long>(r->min)),
                                        std::to_string(static_cast<long long>(r->max)), v.dump()})
                         : coreMessage(M2AI_TR("JsonReader", "out of range, got %1"), {v.dump()}));
            return;
        }
        out = static_cast<int>(value);
    }
    void readText(const json& v, const std::string& p, std::string& out) {
        if (v.is_string())
            out = v.get<std::string>();
        else
            problem(p, coreMessage(M2AI_TR("JsonReader", "must be a string, got %1"), {describe(v)}));
    }

private:
    const json& value_;
    std::string path_;
    ProblemLog& problems_;
    bool ok_ = false;
    std::vector<const json*> known_;  // the elements of the keys asked for
    std::vector<std::string> order_;
};

void readCosts(const json& v, const std::string& path, CostAssumptions& c, ProblemLog& problems) {
    ObjectReader r(v, path, problems);
    r.declare({"gpuFitOutUsdPerMwIt", "electricalUsdPerInstalledMw", "coolingUsdPerMwIt", "sealingUsdPerMwIt",
               "fireSuppressionUsdPerMwIt", "monitoringUsdPerMwIt", "tierIiiUsdPerMwIt", "tierIvUsdPerMwIt",
               "contingencyPct", "omUsdPerMwItYear", "miningOmUsdPerMwYear", "asicResaleUsdPerTh",
               "gpuDepreciationYears", "facilityLifeYears", "includeResidualValue"});
    r.number("gpuFitOutUsdPerMwIt", c.gpuFitOutUsdPerMwIt);
    r.number("electricalUsdPerInstalledMw", c.electricalUsdPerInstalledMw);
    if (const json* a = r.get("coolingUsdPerMwIt")) {
        if (!a->is_array() || a->size() != c.coolingUsdPerMwIt.size())
            r.problem(r.path("coolingUsdPerMwIt"),
                      coreMessage(M2AI_TR("JsonReader",
                                          "must be an array of 4 numbers (air, hybrid, "
                                          "direct-to-chip, immersion), got %1"),
                                  {describe(*a)}));
        else
            for (std::size_t i = 0; i < c.coolingUsdPerMwIt.size(); ++i)
                r.readNumber((*a)[i], r.path("coolingUsdPerMwIt") + idx(i), c.coolingUsdPerMwIt[i]);
    }
    r.number("sealingUsdPerMwIt", c.sealingUsdPerMwIt);
    r.number("fireSuppressionUsdPerMwIt", c.fireSuppressionUsdPerMwIt);
    r.number("monitoringUsdPerMwIt", c.monitoringUsdPerMwIt);
    r.number("tierIiiUsdPerMwIt", c.tierIiiUsdPerMwIt);
    r.number("tierIvUsdPerMwIt", c.tierIvUsdPerMwIt);
    r.number("contingencyPct", c.contingencyPct);
    r.number("omUsdPerMwItYear", c.omUsdPerMwItYear);
    r.number("miningOmUsdPerMwYear", c.miningOmUsdPerMwYear);
    r.number("asicResaleUsdPerTh", c.asicResaleUsdPerTh);
    r.number("gpuDepreciationYears", c.gpuDepreciationYears);
    r.number("facilityLifeYears", c.facilityLifeYears);
    r.boolean("includeResidualValue", c.includeResidualValue);
    r.finish();
}

void readTask(const json& v, const std::string& path, UserTask& t, ProblemLog& problems) {
    ObjectReader r(v, path, problems);
    r.declare({"id", "name", "durationMonths", "dependsOn", "precedes"});
    r.text("id", t.id);
    r.text("name", t.name);
    r.number("durationMonths", t.durationMonths);
    for (const auto& [key, into] :
         {std::pair{"dependsOn", &t.dependsOn}, std::pair{"precedes", &t.precedes}}) {
        const json* ids = r.get(key, false);
        if (!ids) continue;
        if (!ids->is_array()) {
            r.problem(r.path(key), coreMessage(M2AI_TR("JsonReader", "must be an array of task ids, got %1"),
                                               {describe(*ids)}));
            continue;
        }
        for (std::size_t i = 0; i < ids->size(); ++i) {
            std::string id;
            r.readText((*ids)[i], r.path(key) + idx(i), id);
            into->push_back(id);
        }
    }
    r.finish();
}

// "notes": [{"path": "costs.contingencyPct", "note": "…", "source": "…"}] (issue 15; optional). A
// refused note names its element and the field it annotates.
void readNotes(const json& v, const std::string& path, InputNotes& notes, ProblemLog& problems) {
    if (!v.is_array()) {
        problems.add(path,
                     coreMessage(M2AI_TR("JsonReader", "must be an array of notes, got %1"), {describe(v)}));
        return;
    }
    if (v.size() > kMaxInputNotes) {
        problems.add(path, coreMessage(M2AI_TR("JsonReader", "holds %1 notes, more than the %2 allowed"),
                                       {std::to_string(v.size()), std::to_string(kMaxInputNotes)}));
        return;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        ObjectReader r(v[i], path + idx(i), problems);
        if (!r.ok()) continue;
        r.declare({"path", "note", "source"});
        std::string field;
        InputNote note;
        r.text("path", field);
        if (r.get("note", false)) r.text("note", note.note);
        if (r.get("source", false)) r.text("source", note.source);
        r.finish();
        if (field.empty()) continue;  // already reported as missing or not text
        if (const InputNoteCheck c = checkInputNote(field, note); !c.ok)
            problems.add(path + idx(i), c.message);  // model/InputNotes' own sentence
        else if (notes.byPath.count(field))
            problems.add(
                path + idx(i) + ".path",
                coreMessage(M2AI_TR("JsonReader", "'%1' has a note already (notes are one per field)"),
                            {field}));
        else
            setInputNote(notes, field, note);
    }
}

void readPlan(const json& v, const std::string& path, ConversionPlan& p, ProblemLog& problems) {
    ObjectReader r(v, path, problems);
    r.declare({"convertedSharePct", "scheduleMode", "business", "gpu", "electrical", "cooling", "facility",
               "energisationPhases", "monthsBetweenPhases", "gpuDeliveryMonthIndex", "extraTasks"});
    r.number("convertedSharePct", p.convertedSharePct);
    r.enumeration("scheduleMode", p.scheduleMode);
    if (const json* b = r.get("business")) {
        ObjectReader s(*b, r.path("business"), problems);
        s.declare({"model", "colocationUsdPerKwMonth", "gpuUsdPerHour", "gpuUtilisationPct",
                   "gpuPriceDeclinePctPerYear", "powerPassThrough", "lease"});
        s.enumeration("model", p.business.model);
        s.number("colocationUsdPerKwMonth", p.business.colocationUsdPerKwMonth);
        s.number("gpuUsdPerHour", p.business.gpuUsdPerHour);
        s.number("gpuUtilisationPct", p.business.gpuUtilisationPct);
        s.number("gpuPriceDeclinePctPerYear", p.business.gpuPriceDeclinePctPerYear);
        s.boolean("powerPassThrough", p.business.powerPassThrough);
        // Added with the lease terms (issue 12): optional, so older files get the defaults.
        if (const json* l = s.get("lease", false)) {
            ObjectReader t(*l, s.path("lease"), problems);
            LeaseTerms& lease = p.business.lease;
            t.declare({"escalatorPctPerYear", "leaseUpMonths", "termYears", "afterTerm", "takeOrPayPct"});
            t.number("escalatorPctPerYear", lease.escalatorPctPerYear);
            t.number("leaseUpMonths", lease.leaseUpMonths);
            t.number("termYears", lease.termYears);
            t.enumeration("afterTerm", lease.afterTerm);
            t.number("takeOrPayPct", lease.takeOrPayPct);
            t.finish();
        }
        s.finish();
    }
    if (const json* g = r.get("gpu")) {
        ObjectReader s(*g, r.path("gpu"), problems);
        s.declare({"enabled", "platformId", "kwPerRack", "gpusPerRack", "priceUsdPerGpu"});
        s.boolean("enabled", p.gpu.enabled);
        s.text("platformId", p.gpu.platformId);
        s.number("kwPerRack", p.gpu.kwPerRack);
        s.integer("gpusPerRack", p.gpu.gpusPerRack);
        s.number("priceUsdPerGpu", p.gpu.priceUsdPerGpu);
        s.finish();
    }
    if (const json* e = r.get("electrical")) {
        ObjectReader s(*e, r.path("electrical"), problems);
        s.declare({"enabled", "redundancy", "blockSizeMw", "installedBlocks"});
        s.boolean("enabled", p.electrical.enabled);
        s.enumeration("redundancy", p.electrical.redundancy);
        s.number("blockSizeMw", p.electrical.blockSizeMw);
        s.integer("installedBlocks", p.electrical.installedBlocks);
        s.finish();
    }
    if (const json* c = r.get("cooling")) {
        ObjectReader s(*c, r.path("cooling"), problems);
        s.declare({"enabled", "technology"});
        s.boolean("enabled", p.cooling.enabled);
        s.enumeration("technology", p.cooling.technology);
        s.finish();
    }
    if (const json* f = r.get("facility")) {
        ObjectReader s(*f, r.path("facility"), problems);
        s.declare(
            {"enabled", "sealingAndDustFiltration", "fireSuppression", "monitoringBms", "certification"});
        s.boolean("enabled", p.facility.enabled);
        s.boolean("sealingAndDustFiltration", p.facility.sealingAndDustFiltration);
        s.boolean("fireSuppression", p.facility.fireSuppression);
        s.boolean("monitoringBms", p.facility.monitoringBms);
        s.enumeration("certification", p.facility.certification);
        s.finish();
    }
    r.integer("energisationPhases", p.energisationPhases);
    r.number("monthsBetweenPhases", p.monthsBetweenPhases);
    if (const json* d = r.get("gpuDeliveryMonthIndex", false, true)) {
        int index = 0;
        const std::size_t before = problems.count();
        r.readInteger(*d, r.path("gpuDeliveryMonthIndex"), "gpuDeliveryMonthIndex", index);
        if (problems.count() == before) p.gpuDeliveryMonthIndex = index;
    }
    if (const json* tasks = r.get("extraTasks", false)) {
        if (!tasks->is_array()) {
            r.problem(
                r.path("extraTasks"),
                coreMessage(M2AI_TR("JsonReader", "must be an array of tasks, got %1"), {describe(*tasks)}));
        } else {
            for (std::size_t i = 0; i < tasks->size(); ++i) {
                UserTask t;
                readTask((*tasks)[i], r.path("extraTasks") + idx(i), t, problems);
                p.extraTasks.push_back(std::move(t));
            }
        }
    }
    r.finish();
}

// siteClimate and hourlyClimate (docs/file-format.md "Hourly climate in JSON"); both optional, so
// files written before issue 13 read as they did. Ranges are left to validation.
void readSiteClimate(ObjectReader& r, Site& s, ProblemLog& problems) {
    if (const json* c = r.get("siteClimate", false)) {
        ObjectReader m(*c, r.path("siteClimate"), problems);
        m.declare({"design", "elevationM", "designPercentile"});
        if (const json* d = m.get("design", true, true)) {
            ObjectReader t(*d, m.path("design"), problems);
            t.declare({"dryBulbC", "wetBulbC"});
            DesignTemperature design;
            t.number("dryBulbC", design.dryBulbC);
            t.number("wetBulbC", design.wetBulbC);
            t.finish();
            if (t.ok()) s.siteClimate.design = design;
        }
        m.number("elevationM", s.siteClimate.elevationM);
        if (m.get("designPercentile", false)) m.number("designPercentile", s.siteClimate.designPercentile);
        m.finish();
    }
    const json* v = r.get("hourlyClimate", false, true);
    if (!v) return;
    ObjectReader h(*v, r.path("hourlyClimate"), problems);
    h.declare({"format", "hours", "source", "elevationM", "dryBulbC", "wetBulbC", "pressurePa"});
    HourlyClimate climate;
    std::string format;
    h.text("format", format);
    bool good = h.ok() && !format.empty();  // a missing key is already a problem
    if (good && format != kFloat32LeBase64Format) {
        h.problem(h.path("format"), coreMessage(M2AI_TR("JsonReader", "must be \"%1\""),
                                                {std::string(kFloat32LeBase64Format)}));
        good = false;
    }
    int hours = 0;
    h.integer("hours", hours);
    good = good && hours != 0;
    if (good && hours != 8760 && hours != 8784) {
        h.problem(h.path("hours"), coreMessage(M2AI_TR("JsonReader", "must be 8760 or 8784, got %1"),
                                               {std::to_string(hours)}));
        good = false;
    }
    h.text("source", climate.source);
    h.number("elevationM", climate.elevationM);
    auto series = [&](const char* key, std::vector<float>& out) {
        std::string text;
        h.text(key, text);
        if (!good) return;
        // Checked before decoding: a hostile file may hold a string of any length.
        const std::size_t expected = (4 * static_cast<std::size_t>(hours) + 2) / 3 * 4;
        if (text.size() != expected) {
            h.problem(
                h.path(key),
                coreMessage(
                    M2AI_TR("JsonReader", "must be %1 characters of base64 (%2 float32 values), got %3"),
                    {std::to_string(expected), std::to_string(hours), std::to_string(text.size())}));
            return;
        }
        const DecodedBytes bytes = base64Decode(text);
        if (!bytes.ok) {
            h.problem(h.path(key), bytes.message);  // climate/HourlyClimateCodec's sentence
            return;
        }
        DecodedSeries decoded = decodeFloat32Le(bytes.bytes, static_cast<std::size_t>(hours));
        if (!decoded.ok)
            h.problem(h.path(key), decoded.message);
        else
            out = std::move(decoded.values);
    };
    series("dryBulbC", climate.dryBulbC);
    series("wetBulbC", climate.wetBulbC);
    series("pressurePa", climate.pressurePa);
    h.finish();
    const std::size_t n = static_cast<std::size_t>(hours);
    if (good && climate.dryBulbC.size() == n && climate.wetBulbC.size() == n &&
        climate.pressurePa.size() == n)
        s.hourlyClimate = std::move(climate);
}

void readSite(const json& v, const std::string& path, Site& s, ProblemLog& problems) {
    ObjectReader r(v, path, problems);
    r.declare({"name", "country", "latitudeDeg", "longitudeDeg", "gridInterconnectMw", "gridQueue",
               "energySource", "powerPriceUsdPerMwh", "powerPriceEscalationPctPerYear", "gridCarbonGPerKwh",
               "climate", "siteClimate", "hourlyClimate", "mining", "plan"});
    r.text("name", s.name);
    r.text("country", s.country);
    r.number("latitudeDeg", s.latitudeDeg);
    r.number("longitudeDeg", s.longitudeDeg);
    r.number("gridInterconnectMw", s.gridInterconnectMw);
    if (const json* q = r.get("gridQueue", false, true)) {
        ObjectReader g(*q, r.path("gridQueue"), problems);
        g.declare({"extraMw", "availableMonth"});
        GridQueue queue;
        g.number("extraMw", queue.extraMw);
        g.month("availableMonth", queue.availableMonth);
        g.finish();
        if (g.ok()) s.gridQueue = queue;
    }
    r.enumeration("energySource", s.energySource);
    r.number("powerPriceUsdPerMwh", s.powerPriceUsdPerMwh);
    r.number("powerPriceEscalationPctPerYear", s.powerPriceEscalationPctPerYear);
    r.number("gridCarbonGPerKwh", s.gridCarbonGPerKwh);
    if (const json* c = r.get("climate")) {
        ObjectReader m(*c, r.path("climate"), problems);
        m.declare({"dryBulbC", "wetBulbC"});
        m.months("dryBulbC", s.climate.dryBulbC);
        m.months("wetBulbC", s.climate.wetBulbC);
        m.finish();
    }
    readSiteClimate(r, s, problems);
    if (const json* f = r.get("mining")) {
        ObjectReader m(*f, r.path("mining"), problems);
        m.declare({"asicModel", "units", "kwPerUnit", "thPerSecondPerUnit", "miningPue",
                   "hashpriceUsdPerPhDay", "hashpriceChangePctPerYear", "uptimePct"});
        m.text("asicModel", s.mining.asicModel);
        m.integer("units", s.mining.units);
        m.number("kwPerUnit", s.mining.kwPerUnit);
        m.number("thPerSecondPerUnit", s.mining.thPerSecondPerUnit);
        m.number("miningPue", s.mining.miningPue);
        m.number("hashpriceUsdPerPhDay", s.mining.hashpriceUsdPerPhDay);
        m.number("hashpriceChangePctPerYear", s.mining.hashpriceChangePctPerYear);
        m.number("uptimePct", s.mining.uptimePct);
        m.finish();
    }
    if (const json* p = r.get("plan")) readPlan(*p, r.path("plan"), s.plan, problems);
    r.finish();
}

// The elements of the top-level "sites" array, read while the parser went through them
// (jsonio::parseBounded), with their problems: kept apart until the format marker is checked.
struct ReadSites {
    std::vector<Site> sites;
    ProblemLog problems;
};

void readPortfolio(const json& doc, Portfolio& out, ProblemLog& problems, ReadSites& read) {
    ObjectReader r(doc, "", problems);
    if (!r.ok()) return;
    r.declare({"format", "formatVersion", "name", "startMonth", "currency", "discountRatePct", "horizonYears",
               "terminalValue", "exitCapRatePct", "costs", "opex", "financing", "notes", "sites", "scenarios",
               "risk"});
    // The format marker first: a different kind of JSON file should be refused with one clear line
    // rather than a list of every key it lacks.
    const json* format = r.get("format");
    if (!format) return;  // not our file: listing its other keys would be noise
    if (!(format->is_string() && format->get<std::string>() == kFormat)) {
        r.problem("format", coreMessage(M2AI_TR("JsonReader",
                                                "must be \"%1\" (this is not a Mine2AI portfolio), got %2"),
                                        {kFormat, describe(*format)}));
        return;
    }
    if (const json* version = r.get("formatVersion")) {
        if (!version->is_number_integer()) {
            r.problem("formatVersion", coreMessage(M2AI_TR("JsonReader", "must be a whole number, got %1"),
                                                   {describe(*version)}));
        } else if (version->is_number_unsigned() ? version->get<unsigned long long>() > kFormatVersion
                                                 : version->get<long long>() > kFormatVersion) {
            r.problem("formatVersion",
                      coreMessage(M2AI_TR("JsonReader",
                                          "file was written by a newer Mine2AI (formatVersion %1); "
                                          "this version reads formatVersion %2"),
                                  {version->dump(), std::to_string(kFormatVersion)}));
            return;  // its keys may have changed meaning: do not guess
        } else if (version->get<long long>() < 1) {
            r.problem("formatVersion", coreMessage(M2AI_TR("JsonReader", "must be %1, got %2"),
                                                   {std::to_string(kFormatVersion), version->dump()}));
        }
    }
    r.text("name", out.name);
    r.month("startMonth", out.startMonth);
    r.text("currency", out.currency);
    r.number("discountRatePct", out.discountRatePct);
    r.integer("horizonYears", out.horizonYears);
    // Added after formatVersion 1 shipped (issue 12): optional, so older files get the defaults.
    if (r.get("terminalValue", false)) r.enumeration("terminalValue", out.terminalValue);
    if (r.get("exitCapRatePct", false)) r.number("exitCapRatePct", out.exitCapRatePct);
    if (const json* c = r.get("costs")) readCosts(*c, "costs", out.costs, problems);
    if (const json* o = r.get("opex", false)) {
        ObjectReader t(*o, "opex", problems);
        t.declare(
            {"colocationOpexPctOfRent", "gpuCloudOpexPctOfRevenue", "gpuUsefulLifeYears", "gpuEndOfLife"});
        t.number("colocationOpexPctOfRent", out.opex.colocationOpexPctOfRent);
        t.number("gpuCloudOpexPctOfRevenue", out.opex.gpuCloudOpexPctOfRevenue);
        t.number("gpuUsefulLifeYears", out.opex.gpuUsefulLifeYears);
        t.enumeration("gpuEndOfLife", out.opex.gpuEndOfLife);
        t.finish();
    }
    if (const json* f = r.get("financing", false))
        for (Problem& p : jsonio::readFinancing(*f, "financing", out.financing))
            problems.add(std::move(p), true);
    if (const json* n = r.get("notes", false)) readNotes(*n, "notes", out.notes, problems);
    if (const json* sites = r.get("sites")) {
        if (!sites->is_array()) {
            r.problem("sites", coreMessage(M2AI_TR("JsonReader", "must be an array of sites, got %1"),
                                           {describe(*sites)}));
        } else {
            out.sites = std::move(read.sites);
            problems.append(std::move(read.problems));
        }
    }
    // Added in issue 14, optional like terminalValue.
    if (const json* scenarios = r.get("scenarios", false))
        for (Problem& p : jsonio::readScenarios(*scenarios, "scenarios", out.scenarios))
            problems.add(std::move(p), true);
    // Added in issue 14 (risk inputs); absent = the defaults.
    if (const json* risk = r.get("risk", false))
        for (Problem& p : jsonio::readRiskInputs(*risk, "risk", out.risk)) problems.add(std::move(p), true);
    r.finish();
}

// Rewrites each "sites[j]" in text to "sites[original[j]]".
void renumberSites(std::string& text, const std::vector<std::size_t>& original) {
    static const std::string kOpen = "sites[";
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, from)) {
        std::size_t end = at + kOpen.size();
        std::size_t j = 0;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9' && end - at < 20)
            j = j * 10 + static_cast<std::size_t>(text[end++] - '0');
        if (end == at + kOpen.size() || end >= text.size() || text[end] != ']' || j >= original.size()) {
            out.append(text, from, end - from);
            from = end;
            continue;
        }
        out.append(text, from, at - from).append(kOpen).append(std::to_string(original[j]));
        from = end;
    }
    if (from == 0) return;
    out.append(text, from, std::string::npos);
    text = std::move(out);
}

// validate(portfolio), leaving out the sites whose whole value was already reported (not an object):
// each of their problems would be covered, and validating 100,000 such sites costs seconds.
std::vector<Problem> validateUnreported(Portfolio& portfolio, const ProblemLog& problems) {
    std::vector<std::size_t> original;  // index in the file of each site validated
    for (std::size_t i = 0; i < portfolio.sites.size(); ++i)
        if (!problems.covers("sites" + idx(i))) original.push_back(i);
    if (original.size() == portfolio.sites.size()) return validate(portfolio);
    std::vector<Site> all = std::move(portfolio.sites);
    portfolio.sites.clear();
    for (std::size_t i : original) portfolio.sites.push_back(std::move(all[i]));
    std::vector<Problem> found = validate(portfolio);
    for (std::size_t j = 0; j < original.size(); ++j) all[original[j]] = std::move(portfolio.sites[j]);
    portfolio.sites = std::move(all);
    for (Problem& p : found) {
        renumberSites(p.path, original);
        renumberSites(p.message, original);
        for (auto& text : p.params.texts) renumberSites(text.second, original);
    }
    return found;
}

void importInto(const std::string& text, bool typedSites, JsonImport& result) {
    ProblemLog problems;
    const auto done = [&] {
        result.problemCount = problems.count();
        result.problems = problems.takeKept();
    };
    if (text.size() > kMaxJsonBytes) {
        problems.add(
            kDocumentPath,
            coreMessage(M2AI_TR("JsonReader", "larger than %1 MiB, the limit for a portfolio JSON file"),
                        {std::to_string(kMaxJsonBytes / (std::size_t{1024} * 1024))}));
        return done();
    }
    ReadSites read;
    const auto onSite = [&read](const json& element, std::size_t index) {
        Site s;
        readSite(element, "sites" + idx(index), s, read.problems);
        read.sites.push_back(std::move(s));
    };
    // Sites exactly as this app writes them come without a tree (io/JsonSiteSax.h); readSite reads
    // the others, and gives every message.
    const auto onTypedSite = [&read](Site&& s, std::size_t /*index*/) { read.sites.push_back(std::move(s)); };
    const auto onRestart = [&read] { read = ReadSites{}; };
    jsonio::ParsedDocument doc = jsonio::parseBounded(
        text, onSite, typedSites ? jsonio::TypedSiteHandler(onTypedSite) : nullptr, onRestart);
    if (!doc.ok) {
        problems.add(std::move(doc.problem), true);
        return done();
    }
    readPortfolio(doc.root, result.portfolio, problems, read);
    // Then the value checks. A field already reported (missing, wrong type, inside a broken
    // object) was left at its default, so its validation message would only repeat the problem.
    // Validation messages quote the file's strings (names, currency): cut them to a line.
    for (Problem& p : validateUnreported(result.portfolio, problems)) {
        if (problems.covers(p.path)) continue;
        p.message = cutText(p.message, 300);
        for (auto& text : p.params.texts) text.second = cutText(text.second, 300);
        problems.add(std::move(p), false);
    }
    done();
}

JsonImport importJson(const std::string& text, bool typedSites) {
    JsonImport result;
    try {
        importInto(text, typedSites, result);
    } catch (const std::exception& e) {
        // Nothing may cross the core API as an exception; the likeliest here is std::bad_alloc.
        result = JsonImport{};
        result.problems = {formattedProblem(
            kDocumentPath,
            coreMessage(M2AI_TR("JsonReader", "cannot read the document: %1"), {cutText(e.what(), 200)}))};
        result.problemCount = 1;
    }
    return result;
}

}  // namespace

JsonImport portfolioFromJson(const std::string& text) {
    return importJson(text, true);
}

namespace jsonio {
JsonImport portfolioFromJsonTreesOnly(const std::string& text) {
    return importJson(text, false);
}
}  // namespace jsonio

}  // namespace m2ai
