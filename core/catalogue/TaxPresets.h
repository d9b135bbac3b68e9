#pragma once
// Corporate income tax presets per country preset (resources/catalogue/tax.json, each rate with its
// source). Kept beside Catalogue.h rather than in it: the tax rules are read only by the financing
// engine (engines/finance/SiteFinancing).
#include <array>
#include <string>
#include <vector>

namespace m2ai {

struct TaxPreset {
    std::string id;  // a country preset id: "Norway", "United States", …
    double corporateTaxRatePct = 0.0;
    int lossCarryForwardYears = 0;  // 0 = no time limit
    double lossOffsetLimitPct = 100.0;
    bool usMacrs = false;  // MACRS and bonus depreciation may be chosen
    // Straight-line lives in the order of finance::AssetClass: GPU fit-out, GPUs, electrical,
    // cooling, facility.
    std::array<double, 5> lifeYears{};
    std::string source;
};

// The compiled-in presets, parsed once. Throws std::runtime_error naming the file and key when the
// compiled-in data is malformed (a build defect, caught by the tests).
const std::vector<TaxPreset>& taxPresets();
// The preset of a country preset id, or nullptr.
const TaxPreset* taxPreset(const std::string& countryId);

}  // namespace m2ai
