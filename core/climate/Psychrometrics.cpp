#include "climate/Psychrometrics.h"

#include <algorithm>
#include <cmath>

namespace m2ai {

namespace {
constexpr double kMolarMassRatio = 0.621945;  // water / dry air (ASHRAE 2017 ch.1 eq. 20)

// Humidity ratio of air that reached saturation at the wet-bulb temperature twb, by the
// adiabatic-saturation energy balance (ASHRAE 2017 ch.1 eq. 33 above freezing, eq. 35 below).
double humidityRatioFromWetBulb(double dryBulbC, double twb, double pressurePa) {
    const double pws = saturationPressurePa(twb);
    const double wsStar = kMolarMassRatio * pws / (pressurePa - pws);
    if (twb >= 0.0)
        return ((2501.0 - 2.326 * twb) * wsStar - 1.006 * (dryBulbC - twb)) /
               (2501.0 + 1.86 * dryBulbC - 4.186 * twb);
    return ((2830.0 - 0.24 * twb) * wsStar - 1.006 * (dryBulbC - twb)) /
           (2830.0 + 1.86 * dryBulbC - 2.1 * twb);
}
}  // namespace

double saturationPressurePa(double tC) {
    if (tC >= 0.0) return 611.21 * std::exp((18.678 - tC / 234.5) * (tC / (257.14 + tC)));
    return 611.15 * std::exp((23.036 - tC / 333.7) * (tC / (279.82 + tC)));
}

double humidityRatio(double dryBulbC, double relativeHumidityPct, double pressurePa) {
    const double pw = std::clamp(relativeHumidityPct, 0.0, 100.0) / 100.0 * saturationPressurePa(dryBulbC);
    return kMolarMassRatio * pw / (pressurePa - pw);
}

double wetBulbC(double dryBulbC, double relativeHumidityPct, double pressurePa) {
    const double w = humidityRatio(dryBulbC, relativeHumidityPct, pressurePa);
    // The wet-bulb lies between a very dry bound and the dry-bulb; W(twb) increases with twb.
    double lo = dryBulbC - 60.0;
    double hi = dryBulbC;
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (humidityRatioFromWetBulb(dryBulbC, mid, pressurePa) > w)
            hi = mid;
        else
            lo = mid;
    }
    return 0.5 * (lo + hi);
}

}  // namespace m2ai
