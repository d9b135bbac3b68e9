#pragma once
// Helpers shared by the power, PUE and environment engines (and their tests). Not part of the
// engines' public contract (engines/Pue.h), but stable: the parameters are documented in
// docs/model.md "Power, PUE and environment".
#include <array>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/ElectricalChain.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// Days in each calendar month of a 365-day year (the weights of the annual, energy-weighted PUE).
const std::array<int, 12>& daysPerMonth();

// The site's cooling technology: the plan's choice, or air (as mined) when the cooling step is off.
// Throws std::out_of_range when the catalogue lacks it.
const CoolingTechnology& coolingTechnologyFor(const Site& site, const Catalogue& catalogue);

// The outdoor temperature the technology follows: wet-bulb for evaporative designs, else dry-bulb.
double coolingTemperatureC(const CoolingTechnology& tech, double dryBulbC, double wetBulbC);

// Lighting, offices and security per unit of IT.
double miscFractionOfIt();

// The cooling mode at outdoor temperature tC (the technology's dry- or wet-bulb): free up to the
// threshold, economiser up to economiserBandK() above it, mechanical beyond.
enum class CoolingMode { Free, Economiser, Mechanical };
CoolingMode coolingMode(const CoolingTechnology& tech, double dryBulbC, double wetBulbC);
double economiserBandK();

// Site water per kWh of IT at one temperature: base WUE + slope per K above the threshold.
double wueLPerKwhAt(const CoolingTechnology& tech, double dryBulbC, double wetBulbC);

// What the climate does to the cooling plant, independent of the IT load: computed once per site
// and reused by every step of the power-budget solve (an hourly year is 8,760 evaluations).
struct CoolingProfile {
    // The site's technology, its base fraction raised for the site's altitude (thinner air, more
    // fan power: climate/SiteClimateRules.h).
    CoolingTechnology tech;
    bool hourly = false;
    std::array<double, 12> hours{};                       // hours behind each month
    std::array<double, 12> meanCoolingFraction{};         // mean over the month's hours
    std::array<double, 12> meanCoolingFractionSquared{};  // mean of its square (transformer copper loss)
    std::array<double, 12> meanWueLPerKwh{};
    std::array<CoolingModeHours, 12> modeHours{};
    double maxCoolingFraction = 0.0;  // the worst hour (or month, for a monthly climate)
    int maxHourIndex = -1;            // its row; −1 for a monthly climate
    // Cooling at the design condition; hourly fractions are capped there (plant sized at design).
    double designCoolingFraction = 0.0;
    double designDryBulbC = 0.0;
    double designWetBulbC = 0.0;
    double designExceedancePct = 0.0;
    double designExceedanceHours = 0.0;
};

// Cooling per unit of IT in one hour of a site with an hourly climate, capped at the design
// condition: what the plant sized there draws.
double hourlyCoolingFraction(const CoolingProfile& profile, double dryBulbC, double wetBulbC);

// From the site's hourly climate when it has one, else from its monthly means.
// Throws std::out_of_range when the catalogue lacks the site's technology.
CoolingProfile coolingProfile(const Site& site, const Catalogue& catalogue);

// The site's electrical chain (engines/ElectricalChain.h) on installedMw: rebuilt when its
// electrical step is on, the mining chain when off; transformers sized at the profile's design.
ElectricalChain electricalChainFor(const Site& site, const CoolingProfile& profile, double installedMw);

// PUE of a period in which the chain carries itMw and cooling draws a fraction of IT with mean
// coolingFraction and mean square coolingFractionSquared: 1 + misc + cooling + losses ÷ IT. The one
// formula behind every PUE (hourly, monthly, peak, design); at zero IT the chain is quoted at 50 %
// load.
double periodPue(const ElectricalChain& chain, double itMw, double coolingFraction,
                 double coolingFractionSquared);

// PUE of every hour of the site's hourly climate at itMw on installedElectricalMw (empty for a
// monthly climate). Facility power in hour h is itMw × result[h].
std::vector<double> hourlyPue(const Site& site, const Catalogue& catalogue, double itMw,
                              double installedElectricalMw);

// PUE for itMw through a chain from a precomputed profile (Pue.h computePue does both).
PueResult computePue(const CoolingProfile& profile, const ElectricalChain& chain, double itMw);

// The power breakdown at the design condition (the cooling plant at its design fraction); its
// facilityMw() is itMw × designPue to rounding.
PowerBreakdownMw designBreakdownMw(const CoolingProfile& profile, const ElectricalChain& chain, double itMw);

// computePue(profile, chain, itMw).designPue, bit for bit, without building the monthly breakdown:
// the power budget's fixed point and bisection evaluate it up to ~250 times per site and need
// nothing else; it is a single evaluation at the design condition.
double designPue(const CoolingProfile& profile, const ElectricalChain& chain, double itMw);

}  // namespace m2ai
