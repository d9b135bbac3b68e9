#pragma once
// Rules for a site's climate inputs (model/SiteClimate.h): the standard atmosphere at the site's
// altitude, what thinner air does to the fans of a cooling plant, and the design temperature a
// country preset proposes for a site without hourly weather. Sources: docs/model.md "Altitude" and
// "Design-day sizing".
#include <string_view>
#include <vector>

#include "model/Enums.h"

namespace m2ai {

// Station pressure of the ICAO standard atmosphere at elevationM (ASHRAE Handbook—Fundamentals
// 2017 ch. 1 eq. 3): 101,325 × (1 − 2.25577e-5 · Z)^5.2559 Pa.
double standardPressurePa(double elevationM);

// Air density at elevationM relative to sea level at the same temperature (ρ ∝ p at constant T).
double airDensityRatio(double elevationM);

// Fan power to move the same mass of air through the same ducts and coils: the volume flow rises
// as 1/ρ and the pressure drop ρv² as 1/ρ, so the power as (ρ₀/ρ)².
double fanPowerFactor(double elevationM);

// Share of a technology's base cooling fraction (fans and pumps in free cooling) spent moving air:
// all of it for air cooling; about half for the liquid designs, whose dry coolers and towers move air
// and whose pumps do not care about density (estimate).
double airMovingShare(CoolingTech tech);

// Extra cooling per unit of IT at elevationM: baseFraction × airMovingShare × (fanPowerFactor − 1).
double altitudeCoolingFraction(CoolingTech tech, double baseFraction, double elevationM);

// Great-circle distance between two points (haversine on a 6,371 km sphere).
double greatCircleKm(double latitudeDeg1, double longitudeDeg1, double latitudeDeg2, double longitudeDeg2);

// A weather station farther than this from the site is flagged on import: beyond ~100 km, terrain,
// coast and altitude differences usually make another station's hours a poor proxy (the test files'
// Pittsburgh station is ~100 km from the Clarington site it stands in for; domain.md §6.1).
inline constexpr double kFarStationKm = 100.0;

// A country preset's design condition and altitude, for a representative station.
struct CountryDesignDefault {
    const char* countryId;  // catalogue/countries.json id
    double designDryBulbC;  // 0.4 % annual cooling dry-bulb
    double designWetBulbC;  // 0.4 % annual evaporation wet-bulb
    double elevationM;
    const char* station;
    const char* source;
    bool estimate;  // true when not an ASHRAE table value for that station
};

const std::vector<CountryDesignDefault>& countryDesignDefaults();
const CountryDesignDefault* countryDesignDefault(std::string_view countryId);

}  // namespace m2ai
