// PUE by month: cooling from the site's climate, electrical losses of the hall's chain
// (engines/ElectricalChain.h) at its load, and a fixed misc share. Formulas and sources:
// docs/model.md "Power, PUE and environment".
#include "engines/Pue.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "climate/HourlyClimate.h"
#include "climate/SiteClimateRules.h"
#include "engines/ElectricalChain.h"
#include "engines/PueDetail.h"

namespace m2ai {

namespace {

// Lighting, offices, security as a share of IT (Lei & Masanet model: lighting = share × P_IT, §2.3;
// the 1 % is an estimate).
constexpr double kMiscFractionOfIt = 0.01;

// Load fraction used to quote a PUE for a hall that carries no IT (grid or capacity of zero): the
// breakdown is then all zero, but the monthly PUE stays a meaningful design figure.
constexpr double kNominalLoadFraction = 0.5;

constexpr std::array<int, 12> kDaysPerMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// Width of the economiser (partial) band above the free-cooling threshold: a waterside economiser
// runs partially while T_wb + approaches lies between the facility supply and return temperatures
// (Lei & Masanet internal model, domain.md §2.3), a span of ~6 K for a chilled-water ΔT of
// 10–12 °F; an airside economiser trims with compressors across a similar span of the 18–27 °C
// ASHRAE recommended inlet band (§2.4). (estimate) Only the reported hours depend on it, not PUE.
constexpr double kEconomiserBandK = 6.0;

}  // namespace

const std::array<int, 12>& daysPerMonth() {
    return kDaysPerMonth;
}

double miscFractionOfIt() {
    return kMiscFractionOfIt;
}

const CoolingTechnology& coolingTechnologyFor(const Site& site, const Catalogue& catalogue) {
    // The cooling step disabled means the hall stays as mined: air.
    const CoolingTech tech = site.plan.cooling.enabled ? site.plan.cooling.technology : CoolingTech::Air;
    // Looked up by value rather than through Catalogue::cooling() so that a catalogue built by hand
    // (tests) works whatever its order.
    for (const auto& t : catalogue.coolingTechnologies)
        if (t.tech == tech) return t;
    throw std::out_of_range("catalogue has no cooling technology \"" + toName(tech) + "\"");
}

double coolingTemperatureC(const CoolingTechnology& tech, double dryBulbC, double wetBulbC) {
    return tech.usesWetBulb ? wetBulbC : dryBulbC;
}

double coolingFraction(const CoolingTechnology& tech, double dryBulbC, double wetBulbC) {
    const double tC = coolingTemperatureC(tech, dryBulbC, wetBulbC);
    const double aboveK = std::max(0.0, tC - tech.freeCoolingThresholdC);
    const double fraction = tech.baseFraction + tech.mechanicalSlopePerK * aboveK;
    // The cap bounds compressor power; never below zero whatever the catalogue says.
    return std::max(0.0, std::min(fraction, std::max(tech.maxFraction, tech.baseFraction)));
}

double economiserBandK() {
    return kEconomiserBandK;
}

CoolingMode coolingMode(const CoolingTechnology& tech, double dryBulbC, double wetBulbC) {
    const double aboveK = coolingTemperatureC(tech, dryBulbC, wetBulbC) - tech.freeCoolingThresholdC;
    if (aboveK <= 0.0) return CoolingMode::Free;
    return aboveK <= kEconomiserBandK ? CoolingMode::Economiser : CoolingMode::Mechanical;
}

double wueLPerKwhAt(const CoolingTechnology& tech, double dryBulbC, double wetBulbC) {
    const double aboveK =
        std::max(0.0, coolingTemperatureC(tech, dryBulbC, wetBulbC) - tech.freeCoolingThresholdC);
    return std::max(0.0, tech.wueLPerKwh + tech.wueSlopeLPerKwhPerK * aboveK);
}

namespace {

void addModeHours(CoolingModeHours& into, CoolingMode mode, double hours) {
    switch (mode) {
        case CoolingMode::Free:
            into.freeHours += hours;
            break;
        case CoolingMode::Economiser:
            into.economiserHours += hours;
            break;
        case CoolingMode::Mechanical:
            into.mechanicalHours += hours;
            break;
    }
}

// A usable hourly year: the right number of rows in all three series. Files and edits are checked
// on the way in (climate/HourlyClimate.h checkHourlyClimate), so this only guards the loop bounds.
bool hourlyUsable(const HourlyClimate& c) {
    const std::size_t n = c.dryBulbC.size();
    return (n == 8760 || n == 8784) && c.wetBulbC.size() == n;
}

}  // namespace

CoolingProfile coolingProfile(const Site& site, const Catalogue& catalogue) {
    CoolingProfile p;
    p.tech = coolingTechnologyFor(site, catalogue);
    p.tech.baseFraction +=
        altitudeCoolingFraction(p.tech.tech, p.tech.baseFraction, site.siteClimate.elevationM);
    const CoolingTechnology& tech = p.tech;
    if (site.hourlyClimate && hourlyUsable(*site.hourlyClimate)) {
        const HourlyClimate& c = *site.hourlyClimate;
        p.hourly = true;
        const DesignConditions design = designConditions(c, site.siteClimate.designPercentile);
        p.designDryBulbC = design.dryBulbC;
        p.designWetBulbC = design.wetBulbC;
        p.designExceedancePct = design.exceedancePct;
        p.designCoolingFraction = coolingFraction(tech, design.dryBulbC, design.wetBulbC);
        const double designTemperatureC = coolingTemperatureC(tech, design.dryBulbC, design.wetBulbC);
        const std::size_t n = c.dryBulbC.size();
        std::array<int, 12> perMonth{};
        for (std::size_t m = 0; m < 12; ++m) perMonth[m] = 24 * kDaysPerMonth[m];
        if (n == 8784) perMonth[1] += 24;
        std::size_t h = 0;
        p.maxCoolingFraction = -1.0;
        for (std::size_t m = 0; m < 12; ++m) {
            double sumCooling = 0.0, sumCoolingSquared = 0.0, sumWue = 0.0;
            for (int i = 0; i < perMonth[m]; ++i, ++h) {
                const double db = c.dryBulbC[h], wb = c.wetBulbC[h];
                const double cooling = hourlyCoolingFraction(p, db, wb);
                sumCooling += cooling;
                sumCoolingSquared += cooling * cooling;
                if (coolingTemperatureC(tech, db, wb) > designTemperatureC) p.designExceedanceHours += 1.0;
                sumWue += wueLPerKwhAt(tech, db, wb);
                addModeHours(p.modeHours[m], coolingMode(tech, db, wb), 1.0);
                if (cooling > p.maxCoolingFraction) {
                    p.maxCoolingFraction = cooling;
                    p.maxHourIndex = static_cast<int>(h);
                }
            }
            p.hours[m] = perMonth[m];
            // Every hour is capped at the design cooling, so the means are too; min() removes the
            // last bit a long sum can round above it (designPue relies on it).
            p.meanCoolingFraction[m] = std::min(sumCooling / perMonth[m], p.designCoolingFraction);
            p.meanCoolingFractionSquared[m] =
                std::min(sumCoolingSquared / perMonth[m], p.designCoolingFraction * p.designCoolingFraction);
            p.meanWueLPerKwh[m] = sumWue / perMonth[m];
        }
        return p;
    }
    for (std::size_t m = 0; m < 12; ++m) {
        const double db = site.climate.dryBulbC[m], wb = site.climate.wetBulbC[m];
        p.hours[m] = 24.0 * kDaysPerMonth[m];
        p.meanCoolingFraction[m] = coolingFraction(tech, db, wb);
        p.meanCoolingFractionSquared[m] = p.meanCoolingFraction[m] * p.meanCoolingFraction[m];
        p.meanWueLPerKwh[m] = wueLPerKwhAt(tech, db, wb);
        addModeHours(p.modeHours[m], coolingMode(tech, db, wb), p.hours[m]);
        p.maxCoolingFraction = std::max(p.maxCoolingFraction, p.meanCoolingFraction[m]);
    }
    // Without a design temperature the hottest month is the design condition; with one, the
    // hotter of the two (a design day cooler than a monthly mean would size below that month).
    p.designCoolingFraction = p.maxCoolingFraction;
    const auto hottest = static_cast<std::size_t>(
        std::max_element(p.meanCoolingFraction.begin(), p.meanCoolingFraction.end()) -
        p.meanCoolingFraction.begin());
    p.designDryBulbC = site.climate.dryBulbC[hottest];
    p.designWetBulbC = site.climate.wetBulbC[hottest];
    if (const auto& design = site.siteClimate.design) {
        const double fraction = coolingFraction(tech, design->dryBulbC, design->wetBulbC);
        if (fraction >= p.designCoolingFraction) {
            p.designCoolingFraction = fraction;
            p.designDryBulbC = design->dryBulbC;
            p.designWetBulbC = design->wetBulbC;
        }
    }
    return p;
}

double hourlyCoolingFraction(const CoolingProfile& profile, double dryBulbC, double wetBulbC) {
    return std::min(coolingFraction(profile.tech, dryBulbC, wetBulbC), profile.designCoolingFraction);
}

ElectricalChain electricalChainFor(const Site& site, const CoolingProfile& profile, double installedMw) {
    return electricalChain(site.plan.electrical.enabled, installedMw, profile.designCoolingFraction,
                           kMiscFractionOfIt);
}

double periodPue(const ElectricalChain& chain, double itMw, double coolingFraction,
                 double coolingFractionSquared) {
    double it = itMw;
    ElectricalChain quoted = chain;
    if (!(it > 0.0)) {
        // No IT: quote the chain at the nominal load fraction (every loss scales with the chain's
        // size, so a 1 MW chain gives the fraction of any other).
        quoted.installedMw = 1.0;
        it = kNominalLoadFraction;
    }
    const double lossMw =
        electricalLossMw(quoted, it, coolingFraction, coolingFractionSquared, kMiscFractionOfIt).total();
    return 1.0 + kMiscFractionOfIt + coolingFraction + lossMw / it;
}

std::vector<double> hourlyPue(const Site& site, const Catalogue& catalogue, double itMw,
                              double installedElectricalMw) {
    const CoolingProfile profile = coolingProfile(site, catalogue);
    std::vector<double> out;
    if (!profile.hourly) return out;
    const ElectricalChain chain = electricalChainFor(site, profile, installedElectricalMw);
    const double it = std::max(0.0, itMw);
    const HourlyClimate& c = *site.hourlyClimate;
    out.reserve(c.dryBulbC.size());
    for (std::size_t h = 0; h < c.dryBulbC.size(); ++h) {
        const double cooling = hourlyCoolingFraction(profile, c.dryBulbC[h], c.wetBulbC[h]);
        out.push_back(periodPue(chain, it, cooling, cooling * cooling));
    }
    return out;
}

PowerBreakdownMw designBreakdownMw(const CoolingProfile& profile, const ElectricalChain& chain, double itMw) {
    PowerBreakdownMw b;
    const double it = std::max(0.0, itMw);
    const double cooling = profile.designCoolingFraction;
    b.itMw = it;
    b.coolingMw = cooling * it;
    b.electricalLossMw = electricalLossMw(chain, it, cooling, cooling * cooling, kMiscFractionOfIt).total();
    b.miscMw = kMiscFractionOfIt * it;
    return b;
}

PueResult computePue(const CoolingProfile& profile, const ElectricalChain& chain, double itMw) {
    const double it = std::max(0.0, itMw);

    PueResult out;
    out.hourly = profile.hourly;
    double weightedPue = 0.0;
    double hours = 0.0;
    for (std::size_t m = 0; m < 12; ++m) {
        // IT is constant, so the month's energy-weighted PUE is the mean of its hours' PUEs: cooling
        // enters through its mean, the transformers' copper loss through the mean of its square.
        const double cooling = profile.meanCoolingFraction[m];
        const double coolingSquared = profile.meanCoolingFractionSquared[m];
        PowerBreakdownMw& b = out.monthlyBreakdown[m];
        b.itMw = it;
        b.coolingMw = cooling * it;
        b.electricalLossMw = electricalLossMw(chain, it, cooling, coolingSquared, kMiscFractionOfIt).total();
        b.miscMw = kMiscFractionOfIt * it;
        // PUE from the fractions, not from the breakdown, so that it stays defined at zero IT.
        out.monthly[m] = periodPue(chain, it, cooling, coolingSquared);
        if (out.monthly[m] > out.monthly[static_cast<std::size_t>(out.peakMonth)])
            out.peakMonth = static_cast<int>(m);
        weightedPue += profile.hours[m] * out.monthly[m];
        hours += profile.hours[m];
        out.monthlyHours[m] = profile.hours[m];
        out.monthlyWueLPerKwh[m] = profile.meanWueLPerKwh[m];
        out.monthlyModeHours[m] = profile.modeHours[m];
        out.annualModeHours.freeHours += profile.modeHours[m].freeHours;
        out.annualModeHours.economiserHours += profile.modeHours[m].economiserHours;
        out.annualModeHours.mechanicalHours += profile.modeHours[m].mechanicalHours;
    }
    out.peak = out.monthly[static_cast<std::size_t>(out.peakMonth)];
    // A mean never exceeds its maximum; min() only removes the last-bit rounding of a flat year.
    out.annual = std::min(weightedPue / hours, out.peak);
    const double worst = profile.maxCoolingFraction;
    out.peakHourPue = std::max(out.peak, periodPue(chain, it, worst, worst * worst));
    out.peakHourIndex = profile.maxHourIndex;
    // Every hour is capped at the design cooling, so no month's mean (of cooling or of its square)
    // can exceed it; max() only removes rounding.
    const double design = profile.designCoolingFraction;
    out.designPue = std::max(out.peak, periodPue(chain, it, design, design * design));
    out.designFromHourly = profile.hourly;
    out.designExceedancePct = profile.designExceedancePct;
    out.designDryBulbC = profile.designDryBulbC;
    out.designWetBulbC = profile.designWetBulbC;
    out.designExceedanceHours = profile.designExceedanceHours;
    return out;
}

double designPue(const CoolingProfile& profile, const ElectricalChain& chain, double itMw) {
    // computePue's design PUE is max(peak month, design condition). coolingProfile keeps every
    // month's mean cooling and mean square at or below the design values, and periodPue rises
    // with both through operations that round monotonically, so the design condition is the
    // maximum: one evaluation gives the same bits.
    const double design = profile.designCoolingFraction;
    return periodPue(chain, std::max(0.0, itMw), design, design * design);
}

PueResult computePue(const Site& site, const Catalogue& catalogue, double itMw,
                     double installedElectricalMw) {
    const CoolingProfile profile = coolingProfile(site, catalogue);
    return computePue(profile, electricalChainFor(site, profile, installedElectricalMw), itMw);
}

}  // namespace m2ai
