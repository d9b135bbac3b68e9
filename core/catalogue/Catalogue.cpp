// Parses the compiled-in catalogue JSON (resources/catalogue/*.json). The files are part of the
// build, so any defect is a programming error: we fail loudly with the file and the key rather
// than silently falling back to defaults that would quietly change every result.
#include "catalogue/Catalogue.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "Resources.h"

namespace m2ai {
namespace {

using nlohmann::json;

// "[3]". Built by appends: GCC 12 emits a false -Wrestrict for "[" + std::to_string(i) + "]".
std::string idx(std::size_t i) {
    std::string out = "[";
    out += std::to_string(i);
    out += ']';
    return out;
}

[[noreturn]] void fail(const std::string& file, const std::string& where, const std::string& what) {
    throw std::runtime_error("catalogue " + file + ": " + where + ": " + what);
}

// Reads one item with every key required and no key left over.
class ItemReader {
public:
    ItemReader(const std::string& file, const json& item, std::size_t index)
        : file_(file), item_(item), where_("items" + idx(index)) {
        if (!item_.is_object()) fail(file_, where_, "must be an object");
    }

    const json& at(const std::string& key) {
        used_.insert(key);
        const auto it = item_.find(key);
        if (it == item_.end()) fail(file_, where_ + "." + key, "missing");
        return *it;
    }
    std::string text(const std::string& key, bool allowEmpty = false) {
        const json& v = at(key);
        if (!v.is_string()) fail(file_, where_ + "." + key, "must be a string");
        auto s = v.get<std::string>();
        if (s.empty() && !allowEmpty) fail(file_, where_ + "." + key, "must not be empty");
        return s;
    }
    double number(const std::string& key, double min, double max) {
        const json& v = at(key);
        if (!v.is_number()) fail(file_, where_ + "." + key, "must be a number");
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < min || d > max)
            fail(file_, where_ + "." + key,
                 "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " +
                     v.dump());
        return d;
    }
    int integer(const std::string& key, int min, int max) {
        const json& v = at(key);
        if (!v.is_number_integer()) fail(file_, where_ + "." + key, "must be an integer");
        const auto i = v.get<long long>();
        if (i < min || i > max)
            fail(file_, where_ + "." + key,
                 "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " +
                     v.dump());
        return static_cast<int>(i);
    }
    bool boolean(const std::string& key) {
        const json& v = at(key);
        if (!v.is_boolean()) fail(file_, where_ + "." + key, "must be true or false");
        return v.get<bool>();
    }
    std::array<double, 12> months(const std::string& key) {
        const json& v = at(key);
        if (!v.is_array() || v.size() != 12)
            fail(file_, where_ + "." + key, "must be an array of 12 numbers");
        std::array<double, 12> out{};
        for (std::size_t m = 0; m < 12; ++m) {
            if (!v[m].is_number()) fail(file_, where_ + "." + key + idx(m), "must be a number");
            out[m] = v[m].get<double>();
            if (!std::isfinite(out[m]) || out[m] < -60.0 || out[m] > 60.0)
                fail(file_, where_ + "." + key + idx(m), "must be between -60 and 60 C");
        }
        return out;
    }
    template <typename E>
    E enumeration(const std::string& key) {
        const std::string name = text(key);
        const auto e = fromName<E>(name);
        if (!e)
            fail(file_, where_ + "." + key, "unknown name \"" + name + "\", allowed: " + allowedNames<E>());
        return *e;
    }
    const std::string& where() const { return where_; }
    // Called after all keys are read: anything not read is a typo or a stale field.
    void finish() const {
        for (const auto& [key, value] : item_.items())
            if (!used_.count(key)) fail(file_, where_ + "." + key, "unknown key");
    }

private:
    std::string file_;
    const json& item_;
    std::string where_;
    std::set<std::string> used_;
};

json loadItems(const std::string& file) {
    const std::string_view text = embeddedResource(file);
    if (text.empty()) fail(file, "(file)", "not embedded or empty");
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        fail(file, "(file)", std::string("malformed JSON: ") + e.what());
    }
    if (!doc.is_object() || !doc.contains("items") || !doc["items"].is_array())
        fail(file, "items", "the file must be an object with an \"items\" array");
    if (doc.size() != 1) fail(file, "(top level)", "only the key \"items\" is allowed");
    if (doc["items"].empty()) fail(file, "items", "must not be empty");
    return doc["items"];
}

void checkUniqueId(const std::string& file, std::set<std::string>& ids, const std::string& id,
                   const std::string& where) {
    if (!ids.insert(id).second) fail(file, where + ".id", "duplicate id \"" + id + "\"");
}

// One catalogue file of items with unique ids: the scaffolding every item type shares. fill reads
// the type's own fields (name and source included) from r.
template <typename T, typename Fill>
std::vector<T> parseItemsWithIds(const std::string& file, Fill fill) {
    const json items = loadItems(file);
    std::vector<T> out;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < items.size(); ++i) {
        ItemReader r(file, items[i], i);
        T item;
        item.id = r.text("id");
        checkUniqueId(file, ids, item.id, r.where());
        fill(r, item);
        r.finish();
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<GpuPlatform> parseGpus() {
    return parseItemsWithIds<GpuPlatform>("catalogue/gpus.json", [](ItemReader& r, GpuPlatform& g) {
        g.name = r.text("name");
        g.kwPerRack = r.number("kwPerRack", 1.0, 300.0);
        g.gpusPerRack = r.integer("gpusPerRack", 1, 1000);
        g.priceUsdPerGpu = r.number("priceUsdPerGpu", 0.0, 1e7);
        g.liquidRequired = r.boolean("liquidRequired");
        g.source = r.text("source");
    });
}

std::vector<AsicModel> parseAsics() {
    return parseItemsWithIds<AsicModel>("catalogue/asics.json", [](ItemReader& r, AsicModel& a) {
        a.name = r.text("name");
        a.kwPerUnit = r.number("kwPerUnit", 0.1, 20.0);
        a.thPerSecondPerUnit = r.number("thPerSecondPerUnit", 1.0, 2000.0);
        a.hydro = r.boolean("hydro");
        a.source = r.text("source");
    });
}

std::vector<CoolingTechnology> parseCooling() {
    const std::string file = "catalogue/cooling.json";
    const json items = loadItems(file);
    constexpr auto& names = EnumNames<CoolingTech>::names;
    if (items.size() != names.size())
        fail(file, "items",
             "must hold exactly " + std::to_string(names.size()) + " items (" + allowedNames<CoolingTech>() +
                 "), got " + std::to_string(items.size()));
    std::vector<CoolingTechnology> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        ItemReader r(file, items[i], i);
        CoolingTechnology c;
        c.tech = r.enumeration<CoolingTech>("tech");
        // Catalogue::cooling() indexes by the enum value, so the order is part of the format.
        if (c.tech != names[i].first)
            fail(file, r.where() + ".tech",
                 "must be \"" + std::string(names[i].second) + "\" (items in enum order)");
        c.name = r.text("name");
        c.baseFraction = r.number("baseFraction", 0.0, 2.0);
        c.freeCoolingThresholdC = r.number("freeCoolingThresholdC", -60.0, 60.0);
        c.usesWetBulb = r.boolean("usesWetBulb");
        c.mechanicalSlopePerK = r.number("mechanicalSlopePerK", 0.0, 1.0);
        c.maxFraction = r.number("maxFraction", 0.0, 2.0);
        if (c.maxFraction < c.baseFraction)
            fail(file, r.where() + ".maxFraction", "must not be below baseFraction");
        c.maxRackKw = r.number("maxRackKw", 1.0, 1000.0);
        c.wueLPerKwh = r.number("wueLPerKwh", 0.0, 20.0);
        c.wueSlopeLPerKwhPerK = r.number("wueSlopeLPerKwhPerK", 0.0, 5.0);
        c.source = r.text("source");
        r.finish();
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<CountryPreset> parseCountries() {
    const std::string file = "catalogue/countries.json";
    return parseItemsWithIds<CountryPreset>(file, [&file](ItemReader& r, CountryPreset& c) {
        c.name = r.text("name");
        c.latitudeDeg = r.number("latitudeDeg", -90.0, 90.0);
        c.longitudeDeg = r.number("longitudeDeg", -180.0, 180.0);
        c.energySource = r.enumeration<EnergySource>("energySource");
        c.powerPriceUsdPerMwh = r.number("powerPriceUsdPerMwh", 0.0, 1000.0);
        c.gridCarbonGPerKwh = r.number("gridCarbonGPerKwh", 0.0, 2000.0);
        c.dryBulbC = r.months("dryBulbC");
        c.wetBulbC = r.months("wetBulbC");
        for (std::size_t m = 0; m < 12; ++m)
            if (c.wetBulbC[m] > c.dryBulbC[m])
                fail(file, r.where() + ".wetBulbC" + idx(m), "wet-bulb above dry-bulb");
        c.source = r.text("source");
    });
}

std::vector<BitcoinHalving> parseHalvings() {
    const std::string file = "catalogue/halvings.json";
    auto out = parseItemsWithIds<BitcoinHalving>(file, [&file](ItemReader& r, BitcoinHalving& h) {
        const std::string month = r.text("month");
        const auto ym = YearMonth::parse(month);
        if (!ym) fail(file, r.where() + ".month", "must be YYYY-MM, got \"" + month + "\"");
        h.month = *ym;
        h.blockHeight = r.integer("blockHeight", 210000, 64 * 210000);
        if (h.blockHeight % 210000 != 0)
            fail(file, r.where() + ".blockHeight", "must be a multiple of 210000");
        h.estimated = r.boolean("estimated");
        h.source = r.text("source");
    });
    // Economics counts halvings between two dates by walking the list: it must be in order.
    for (std::size_t i = 1; i < out.size(); ++i)
        if (!(out[i - 1].month < out[i].month) || out[i - 1].blockHeight + 210000 != out[i].blockHeight)
            fail(file, "items" + idx(i),
                 "halvings must follow each other, 210,000 blocks and some months apart");
    return out;
}

template <typename T>
const T* findById(const std::vector<T>& items, const std::string& id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

}  // namespace

const GpuPlatform* Catalogue::gpu(const std::string& id) const {
    return findById(gpuPlatforms, id);
}
const AsicModel* Catalogue::asic(const std::string& id) const {
    return findById(asicModels, id);
}
const CountryPreset* Catalogue::country(const std::string& id) const {
    return findById(countries, id);
}

const CoolingTechnology& Catalogue::cooling(CoolingTech tech) const {
    const auto index = static_cast<std::size_t>(tech);
    if (index >= coolingTechnologies.size() || coolingTechnologies[index].tech != tech)
        throw std::runtime_error("catalogue: no cooling technology \"" + toName(tech) + "\"");
    return coolingTechnologies[index];
}

const Catalogue& defaultCatalogue() {
    // Function-local static: parsed once, thread-safe initialisation; a throw leaves it
    // uninitialised so the next call throws the same error again.
    static const Catalogue catalogue = [] {
        Catalogue c;
        c.gpuPlatforms = parseGpus();
        c.asicModels = parseAsics();
        c.coolingTechnologies = parseCooling();
        c.countries = parseCountries();
        c.halvings = parseHalvings();
        return c;
    }();
    return catalogue;
}

}  // namespace m2ai
