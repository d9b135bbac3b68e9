#pragma once
// Reference data the user picks from: GPU platforms, ASIC models, cooling technologies, country
// presets, Bitcoin halvings. The figures live in resources/catalogue/*.json (each with its source) and are
// compiled into the binary; defaultCatalogue() parses them once.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/Enums.h"
#include "model/YearMonth.h"

namespace m2ai {

struct GpuPlatform {
    std::string id;    // "hgx-h100"
    std::string name;  // "NVIDIA HGX H100 (4 systems per rack)"
    double kwPerRack = 0.0;
    int gpusPerRack = 0;
    double priceUsdPerGpu = 0.0;
    bool liquidRequired = false;
    std::string source;
};

struct AsicModel {
    std::string id;
    std::string name;
    double kwPerUnit = 0.0;
    double thPerSecondPerUnit = 0.0;
    bool hydro = false;
    std::string source;
};

// Cooling overhead as a function of outdoor temperature (engines/Pue):
//   coolingKw / itKw = baseFraction                                   when T <= freeCoolingThresholdC
//                    = baseFraction + mechanicalSlopePerK · (T − threshold)  above it, capped at maxFraction
// T is dry-bulb or wet-bulb depending on usesWetBulb (evaporative towers follow wet-bulb).
struct CoolingTechnology {
    CoolingTech tech = CoolingTech::Air;
    std::string name;
    double baseFraction = 0.0;
    double freeCoolingThresholdC = 0.0;
    bool usesWetBulb = false;
    double mechanicalSlopePerK = 0.0;
    double maxFraction = 1.0;
    double maxRackKw = 0.0;            // densest rack the technology can cool
    double wueLPerKwh = 0.0;           // site water per kWh of IT at/below the free-cooling threshold
    double wueSlopeLPerKwhPerK = 0.0;  // extra water per K above it (evaporative designs)
    std::string source;
};

struct CountryPreset {
    std::string id;  // "Norway"
    std::string name;
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    EnergySource energySource = EnergySource::GridMix;
    double powerPriceUsdPerMwh = 0.0;
    double gridCarbonGPerKwh = 0.0;
    std::array<double, 12> dryBulbC{};
    std::array<double, 12> wetBulbC{};
    std::string source;
};

// A Bitcoin halving: from this calendar month the block subsidy is half what it was. Past ones are
// dated from the chain, future ones estimated (210,000 blocks at 10 minutes ≈ 4 years).
struct BitcoinHalving {
    std::string id;  // "halving-5"
    YearMonth month;
    int blockHeight = 0;  // a multiple of 210,000
    bool estimated = false;
    std::string source;
};

struct Catalogue {
    std::vector<GpuPlatform> gpuPlatforms;
    std::vector<AsicModel> asicModels;
    std::vector<CoolingTechnology> coolingTechnologies;  // one per CoolingTech, in enum order
    std::vector<CountryPreset> countries;
    std::vector<BitcoinHalving> halvings;  // in date order

    const GpuPlatform* gpu(const std::string& id) const;
    const AsicModel* asic(const std::string& id) const;
    const CoolingTechnology& cooling(CoolingTech tech) const;
    const CountryPreset* country(const std::string& id) const;
};

// The built-in catalogue, parsed once from the compiled-in JSON. Throws std::runtime_error if the
// compiled-in data is malformed (a build defect, caught by the tests).
const Catalogue& defaultCatalogue();

}  // namespace m2ai
