// Energy, carbon and water per year of full operation of the converted hall. Formulas and sources:
// docs/model.md "Power, PUE and environment".
#include "engines/Environment.h"

#include <algorithm>

#include "engines/PueDetail.h"

namespace m2ai {

namespace {

// Site water per kWh of IT in one month: the technology's base WUE, plus its slope per kelvin the
// month's (dry- or wet-bulb) temperature lies above the free-cooling threshold, when evaporation
// takes over from dry heat rejection.
double monthlyWueLPerKwh(const CoolingTechnology& tech, double dryBulbC, double wetBulbC) {
    const double aboveK =
        std::max(0.0, coolingTemperatureC(tech, dryBulbC, wetBulbC) - tech.freeCoolingThresholdC);
    return std::max(0.0, tech.wueLPerKwh + tech.wueSlopeLPerKwhPerK * aboveK);
}

}  // namespace

EnvironmentResult computeEnvironment(const Site& site, const Catalogue& catalogue, const PowerBudget& power) {
    const CoolingTechnology& tech = coolingTechnologyFor(site, catalogue);
    const auto& days = daysPerMonth();

    EnvironmentResult out;
    double waterLitres = 0.0;
    double wueDayWeighted = 0.0;
    int totalDays = 0;
    for (std::size_t m = 0; m < 12; ++m) {
        const double hours = 24.0 * days[m];
        const PowerBreakdownMw& b = power.pue.monthlyBreakdown[m];
        const double itMwh = b.itMw * hours;
        const double wue = monthlyWueLPerKwh(tech, site.climate.dryBulbC[m], site.climate.wetBulbC[m]);
        out.facilityMwhPerYear += b.facilityMw() * hours;
        out.itMwhPerYear += itMwh;
        waterLitres += itMwh * 1000.0 * wue;  // MWh × 1000 kWh/MWh × L/kWh
        wueDayWeighted += days[m] * wue;
        totalDays += days[m];
    }
    // MWh × g/kWh = 1000 kWh × g/kWh = kg; ÷ 1000 → t.
    out.co2TonnesPerYear = out.facilityMwhPerYear * std::max(0.0, site.gridCarbonGPerKwh) / 1000.0;
    out.waterM3PerYear = waterLitres / 1000.0;
    // Annual WUE = water ÷ IT energy; with no IT, the climate's day-weighted figure is still shown.
    out.wueLPerKwh =
        out.itMwhPerYear > 0.0 ? waterLitres / (out.itMwhPerYear * 1000.0) : wueDayWeighted / totalDays;
    return out;
}

}  // namespace m2ai
