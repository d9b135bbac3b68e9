#include "io/JsonFinancing.h"

#include <climits>
#include <nlohmann/json.hpp>
#include <set>

#include "io/JsonCommon.h"

namespace m2ai::jsonio {

namespace {

using nlohmann::json;

std::string preview(const json& v) {
    return std::string(v.type_name()) + " " +
           cutText(v.dump(-1, ' ', false, json::error_handler_t::replace), 40);
}

class Reader {
public:
    Reader(const json& v, std::string path, std::vector<Problem>& out)
        : v_(v), path_(std::move(path)), out_(out) {
        ok_ = v.is_object();
        if (!ok_) add(path_, coreMessage(M2AI_TR("JsonReader", "must be an object, got %1"), {preview(v)}));
    }
    bool ok() const { return ok_; }
    void add(std::string path, const CoreMessage& message) {
        out_.push_back(formattedProblem(std::move(path), message));
    }
    const json* get(const char* key) {
        known_.insert(key);
        if (!ok_) return nullptr;
        const auto it = v_.find(key);
        return it == v_.end() ? nullptr : &*it;
    }
    std::string at(const char* key) const { return join(path_, key); }
    void number(const char* key, double& out) {
        if (const json* v = get(key)) {
            if (v->is_number())
                out = v->get<double>();
            else
                add(at(key), coreMessage(M2AI_TR("JsonReader", "must be a number, got %1"), {preview(*v)}));
        }
    }
    void integer(const char* key, int& out) {
        if (const json* v = get(key)) {
            if (v->is_number_integer() && !v->is_number_unsigned() && v->get<long long>() >= INT_MIN &&
                v->get<long long>() <= INT_MAX)
                out = static_cast<int>(v->get<long long>());
            else if (v->is_number_unsigned() && v->get<unsigned long long>() <= INT_MAX)
                out = static_cast<int>(v->get<unsigned long long>());
            else
                add(at(key),
                    coreMessage(M2AI_TR("JsonReader", "must be a whole number, got %1"), {preview(*v)}));
        }
    }
    void boolean(const char* key, bool& out) {
        if (const json* v = get(key)) {
            if (v->is_boolean())
                out = v->get<bool>();
            else
                add(at(key),
                    coreMessage(M2AI_TR("JsonReader", "must be true or false, got %1"), {preview(*v)}));
        }
    }
    void text(const char* key, std::string& out) {
        if (const json* v = get(key)) {
            if (v->is_string())
                out = v->get<std::string>();
            else
                add(at(key), coreMessage(M2AI_TR("JsonReader", "must be a string, got %1"), {preview(*v)}));
        }
    }
    template <typename E>
    void enumeration(const char* key, E& out) {
        if (const json* v = get(key)) {
            const auto e = v->is_string() ? fromName<E>(v->get<std::string>()) : std::nullopt;
            if (e)
                out = *e;
            else
                add(at(key), coreMessage(M2AI_TR("JsonReader", "must be one of %1, got %2"),
                                         {allowedNames<E>(), preview(*v)}));
        }
    }
    void finish() {
        if (!ok_) return;
        for (const auto& [key, value] : v_.items()) {
            (void)value;
            if (!known_.count(key))
                add(join(path_, pathKey(key)), coreMessage(M2AI_TR("JsonReader", "unknown key")));
        }
    }

private:
    const json& v_;
    std::string path_;
    std::vector<Problem>& out_;
    bool ok_ = false;
    std::set<std::string> known_;
};

}  // namespace

void writeFinancing(JsonWriter& w, const Financing& f) {
    w.beginObject();
    w.member("taxEnabled", f.taxEnabled);
    w.member("depreciation", toName(f.depreciation));
    w.member("bonusDepreciationPct", f.bonusDepreciationPct);
    w.member("otherCountryTaxRatePct", f.otherCountryTaxRatePct);
    w.member("costOfEquityPct", f.costOfEquityPct);
    w.key("siteTaxOverrides");
    w.beginArray();
    for (const SiteTaxOverride& o : f.siteTaxOverrides) {
        w.beginObject();
        w.member("siteName", o.siteName);
        w.member("corporateTaxRatePct", o.corporateTaxRatePct);
        w.endObject();
    }
    w.endArray();
    w.key("debt");
    w.beginObject();
    w.member("enabled", f.debt.enabled);
    w.member("loanToCostPct", f.debt.loanToCostPct);
    w.member("interestRatePct", f.debt.interestRatePct);
    w.member("tenorYears", f.debt.tenorYears);
    w.member("minDscr", f.debt.minDscr);
    w.endObject();
    w.endObject();
}

std::vector<Problem> readFinancing(const json& v, const std::string& path, Financing& out) {
    std::vector<Problem> problems;
    Reader r(v, path, problems);
    if (!r.ok()) return problems;
    r.boolean("taxEnabled", out.taxEnabled);
    r.enumeration("depreciation", out.depreciation);
    r.number("bonusDepreciationPct", out.bonusDepreciationPct);
    r.number("otherCountryTaxRatePct", out.otherCountryTaxRatePct);
    r.number("costOfEquityPct", out.costOfEquityPct);
    if (const json* list = r.get("siteTaxOverrides")) {
        if (!list->is_array()) {
            r.add(r.at("siteTaxOverrides"),
                  coreMessage(M2AI_TR("JsonReader", "must be an array, got %1"), {preview(*list)}));
        } else {
            out.siteTaxOverrides.clear();
            for (std::size_t i = 0; i < list->size(); ++i) {
                SiteTaxOverride o;
                Reader item((*list)[i], r.at("siteTaxOverrides") + idx(i), problems);
                item.text("siteName", o.siteName);
                item.number("corporateTaxRatePct", o.corporateTaxRatePct);
                item.finish();
                out.siteTaxOverrides.push_back(std::move(o));
            }
        }
    }
    if (const json* debt = r.get("debt")) {
        Reader d(*debt, r.at("debt"), problems);
        d.boolean("enabled", out.debt.enabled);
        d.number("loanToCostPct", out.debt.loanToCostPct);
        d.number("interestRatePct", out.debt.interestRatePct);
        d.integer("tenorYears", out.debt.tenorYears);
        d.number("minDscr", out.debt.minDscr);
        d.finish();
    }
    r.finish();
    return problems;
}

}  // namespace m2ai::jsonio
