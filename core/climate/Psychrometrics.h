#pragma once
// Moist-air relations needed to turn weather records into the wet-bulb temperatures that
// evaporative cooling follows. Equations from ASHRAE Handbook—Fundamentals (2017) ch. 1; saturation
// pressure from Buck (1996), the form used in domain.md §2.3.

namespace m2ai {

// Saturation vapour pressure (Pa) over water (t ≥ 0 °C) or ice (t < 0 °C).
double saturationPressurePa(double tC);

// Humidity ratio (kg water / kg dry air) from dry-bulb, relative humidity (%) and station pressure.
double humidityRatio(double dryBulbC, double relativeHumidityPct, double pressurePa);

// Thermodynamic wet-bulb temperature (°C) solved by bisection from dry-bulb, RH (%) and pressure.
double wetBulbC(double dryBulbC, double relativeHumidityPct, double pressurePa);

}  // namespace m2ai
