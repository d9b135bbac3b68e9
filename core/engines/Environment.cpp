// Energy, carbon and water per year of full operation of the converted hall. Formulas and sources:
// docs/model.md "Power, PUE and environment".
#include "engines/Environment.h"

#include <algorithm>

#include "engines/PueDetail.h"

namespace m2ai {

EnvironmentResult computeEnvironment(const Site& site, const Catalogue& catalogue, const PowerBudget& power) {
    // The water per kWh of each month comes with the PUE (engines/Pue.cpp): the mean of the
    // month's hours for an hourly climate, the monthly-mean temperature's figure otherwise.
    const PueResult& pue = power.pue;
    (void)coolingTechnologyFor(site, catalogue);  // the same refusal as the PUE for a missing technology

    EnvironmentResult out;
    double waterLitres = 0.0;
    double wueHourWeighted = 0.0;
    double totalHours = 0.0;
    for (std::size_t m = 0; m < 12; ++m) {
        // A PueResult built by hand (tests) may leave the hours empty: a 365-day year then.
        const double hours = pue.monthlyHours[m] > 0.0 ? pue.monthlyHours[m] : 24.0 * daysPerMonth()[m];
        const PowerBreakdownMw& b = pue.monthlyBreakdown[m];
        const double itMwh = b.itMw * hours;
        const double wue = pue.monthlyWueLPerKwh[m];
        out.facilityMwhPerYear += b.facilityMw() * hours;
        out.itMwhPerYear += itMwh;
        waterLitres += itMwh * 1000.0 * wue;  // MWh × 1000 kWh/MWh × L/kWh
        wueHourWeighted += hours * wue;
        totalHours += hours;
    }
    // MWh × g/kWh = 1000 kWh × g/kWh = kg; ÷ 1000 → t.
    out.co2TonnesPerYear = out.facilityMwhPerYear * std::max(0.0, site.gridCarbonGPerKwh) / 1000.0;
    out.waterM3PerYear = waterLitres / 1000.0;
    // Annual WUE = water ÷ IT energy; with no IT, the climate's hour-weighted figure is still shown.
    out.wueLPerKwh =
        out.itMwhPerYear > 0.0 ? waterLitres / (out.itMwhPerYear * 1000.0) : wueHourWeighted / totalHours;
    return out;
}

}  // namespace m2ai
