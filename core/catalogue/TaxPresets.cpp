// Parses resources/catalogue/tax.json strictly (every key required, none left over), like
// Catalogue.cpp: the file is part of the build, so a defect must fail loudly, not default silently.
#include "catalogue/TaxPresets.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "Resources.h"

namespace m2ai {
namespace {

using nlohmann::json;

constexpr const char* kFile = "catalogue/tax.json";

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw std::runtime_error(std::string("catalogue ") + kFile + ": " + where + ": " + what);
}

const json& member(const json& object, const std::string& key, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end()) fail(where + "." + key, "missing");
    return *it;
}

double number(const json& object, const std::string& key, const std::string& where, double min, double max) {
    const json& v = member(object, key, where);
    if (!v.is_number()) fail(where + "." + key, "must be a number");
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        fail(where + "." + key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return d;
}

void onlyKeys(const json& object, const std::set<std::string>& keys, const std::string& where) {
    for (const auto& [key, value] : object.items())
        if (!keys.count(key)) fail(where + "." + key, "unknown key");
}

std::vector<TaxPreset> parse() {
    const std::string_view text = embeddedResource(kFile);
    if (text.empty()) fail("file", "not compiled in");
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (!doc.is_object()) fail("file", "must be a JSON object");
    const json& items = member(doc, "items", "file");
    if (!items.is_array()) fail("items", "must be an array");
    std::vector<TaxPreset> out;
    std::set<std::string> ids;
    static const char* kLives[5] = {"gpuFitOut", "gpus", "electrical", "cooling", "facility"};
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = "items[" + std::to_string(i) + "]";
        const json& item = items[i];
        if (!item.is_object()) fail(where, "must be an object");
        onlyKeys(item,
                 {"id", "corporateTaxRatePct", "lossCarryForwardYears", "lossOffsetLimitPct", "usMacrs",
                  "lifeYears", "source"},
                 where);
        TaxPreset p;
        const json& id = member(item, "id", where);
        if (!id.is_string() || id.get<std::string>().empty())
            fail(where + ".id", "must be a non-empty string");
        p.id = id.get<std::string>();
        if (!ids.insert(p.id).second) fail(where + ".id", "duplicate \"" + p.id + "\"");
        p.corporateTaxRatePct = number(item, "corporateTaxRatePct", where, 0.0, 100.0);
        p.lossCarryForwardYears = static_cast<int>(number(item, "lossCarryForwardYears", where, 0.0, 100.0));
        p.lossOffsetLimitPct = number(item, "lossOffsetLimitPct", where, 0.0, 100.0);
        const json& macrs = member(item, "usMacrs", where);
        if (!macrs.is_boolean()) fail(where + ".usMacrs", "must be true or false");
        p.usMacrs = macrs.get<bool>();
        const json& lives = member(item, "lifeYears", where);
        if (!lives.is_object()) fail(where + ".lifeYears", "must be an object");
        onlyKeys(lives, {kLives, kLives + 5}, where + ".lifeYears");
        for (std::size_t c = 0; c < 5; ++c)
            p.lifeYears[c] = number(lives, kLives[c], where + ".lifeYears", 1.0, 60.0);
        const json& source = member(item, "source", where);
        if (!source.is_string() || source.get<std::string>().empty())
            fail(where + ".source", "must be a non-empty string");
        p.source = source.get<std::string>();
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace

const std::vector<TaxPreset>& taxPresets() {
    static const std::vector<TaxPreset> presets = parse();
    return presets;
}

const TaxPreset* taxPreset(const std::string& countryId) {
    for (const TaxPreset& p : taxPresets())
        if (p.id == countryId) return &p;
    return nullptr;
}

}  // namespace m2ai
