// PUE by month: cooling from the site's climate, electrical losses from the UPS and transformer loss
// curves at the hall's load fraction, and a fixed misc share. Formulas and sources:
// docs/model.md "Power, PUE and environment".
#include "engines/Pue.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "climate/HourlyClimate.h"
#include "climate/SiteClimateRules.h"
#include "engines/PueDetail.h"

namespace m2ai {

namespace {

// Modern double-conversion UPS, loss per unit of rating = a + b·l + c·l² (domain.md §1.4 model form,
// Schneider WP 113). The 2010 Socomec fit there (a 0.0116, b 0.0599, c 0.0038; 93 % at full load) is
// scaled to a current transformerless UPS: 96.1 % at 25 % load, 97.0 % at 50 %, 97.3 % at 100 %
// (Galaxy VS "up to 97 % at every load level", modern modular ~97 % at 25–75 %, §1.4). No-load
// losses stay ~44 % of all losses at 30 % load ("over 40 %" in Schneider "Definitions of losses", §1.4).
// (estimate)
constexpr double kUpsNoLoad = 0.005;
constexpr double kUpsProportional = 0.020;
constexpr double kUpsSquare = 0.003;

// Transformers (MV/LV): core loss constant, copper loss ∝ l²; 99.4 % efficient at full load, 99.3 %
// at the DOE rating point of 35 % (domain.md §1.5: "98 % plus", 0.5–1.5 % per stage). (estimate)
// UPS plus transformer no-load (0.7 % of rating) equal their square-law terms (0.7 %), so the loss
// per kW of IT, (a+t0)/l + b + (c+t2)·l, falls all the way to full load: a chain loaded less (2N)
// always loses more per kW of IT than one loaded more (N+1).
constexpr double kTransformerNoLoad = 0.002;
constexpr double kTransformerSquare = 0.004;

// Low-voltage distribution (busway, PDUs, cables) as a share of IT (estimate, within §1.5's
// 0.5–1.5 % per stage).
constexpr double kDistributionFractionOfIt = 0.005;

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
            double sumCooling = 0.0, sumWue = 0.0;
            for (int i = 0; i < perMonth[m]; ++i, ++h) {
                const double db = c.dryBulbC[h], wb = c.wetBulbC[h];
                const double cooling = hourlyCoolingFraction(p, db, wb);
                sumCooling += cooling;
                if (coolingTemperatureC(tech, db, wb) > designTemperatureC) p.designExceedanceHours += 1.0;
                sumWue += wueLPerKwhAt(tech, db, wb);
                addModeHours(p.modeHours[m], coolingMode(tech, db, wb), 1.0);
                if (cooling > p.maxCoolingFraction) {
                    p.maxCoolingFraction = cooling;
                    p.maxHourIndex = static_cast<int>(h);
                }
            }
            p.hours[m] = perMonth[m];
            p.meanCoolingFraction[m] = sumCooling / perMonth[m];
            p.meanWueLPerKwh[m] = sumWue / perMonth[m];
        }
        return p;
    }
    for (std::size_t m = 0; m < 12; ++m) {
        const double db = site.climate.dryBulbC[m], wb = site.climate.wetBulbC[m];
        p.hours[m] = 24.0 * kDaysPerMonth[m];
        p.meanCoolingFraction[m] = coolingFraction(tech, db, wb);
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

std::vector<double> hourlyPue(const Site& site, const Catalogue& catalogue, double itMw,
                              double installedElectricalMw) {
    const CoolingProfile profile = coolingProfile(site, catalogue);
    std::vector<double> out;
    if (!profile.hourly) return out;
    const HourlyClimate& c = *site.hourlyClimate;
    const double fixedPart =
        1.0 + electricalLossFraction(std::max(0.0, itMw), installedElectricalMw) + kMiscFractionOfIt;
    out.reserve(c.dryBulbC.size());
    for (std::size_t h = 0; h < c.dryBulbC.size(); ++h)
        out.push_back(fixedPart + hourlyCoolingFraction(profile, c.dryBulbC[h], c.wetBulbC[h]));
    return out;
}

double upsLossPerUnitRating(double loadFraction) {
    const double l = std::max(0.0, loadFraction);
    return kUpsNoLoad + kUpsProportional * l + kUpsSquare * l * l;
}

double upsEfficiency(double loadFraction) {
    if (!(loadFraction > 0.0)) return 0.0;  // no-load losses with no output
    return loadFraction / (loadFraction + upsLossPerUnitRating(loadFraction));
}

double transformerLossPerUnitRating(double loadFraction) {
    const double l = std::max(0.0, loadFraction);
    return kTransformerNoLoad + kTransformerSquare * l * l;
}

double electricalLossMw(double itMw, double installedMw) {
    if (!(itMw > 0.0)) return 0.0;  // an idle chain is not counted: there is no IT to charge it to
    // Without installed capacity the chain is taken as sized to the load (fully loaded).
    const double ratingMw = installedMw > 0.0 ? installedMw : itMw;
    const double l = itMw / ratingMw;
    return ratingMw * (upsLossPerUnitRating(l) + transformerLossPerUnitRating(l)) +
           kDistributionFractionOfIt * itMw;
}

double electricalLossFraction(double itMw, double installedMw) {
    if (itMw > 0.0) return electricalLossMw(itMw, installedMw) / itMw;
    // No IT: quote the design figure at the nominal load fraction on a 1 MW-rated chain.
    return electricalLossMw(kNominalLoadFraction, 1.0) / kNominalLoadFraction;
}

PueResult computePue(const CoolingProfile& profile, double itMw, double installedElectricalMw) {
    const double it = std::max(0.0, itMw);
    const double lossFraction = electricalLossFraction(it, installedElectricalMw);
    // PUE from the fractions, not from the breakdown, so that it stays defined at zero IT.
    const double fixedPart = 1.0 + lossFraction + kMiscFractionOfIt;

    PueResult out;
    out.hourly = profile.hourly;
    double weightedPue = 0.0;
    double hours = 0.0;
    for (std::size_t m = 0; m < 12; ++m) {
        // IT is constant, so the month's energy-weighted PUE is the mean of its hours' PUEs, and
        // cooling enters only through its mean fraction.
        const double cooling = profile.meanCoolingFraction[m];
        PowerBreakdownMw& b = out.monthlyBreakdown[m];
        b.itMw = it;
        b.coolingMw = cooling * it;
        b.electricalLossMw = lossFraction * it;
        b.miscMw = kMiscFractionOfIt * it;
        out.monthly[m] = fixedPart + cooling;
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
    out.peakHourPue = std::max(out.peak, fixedPart + profile.maxCoolingFraction);
    out.peakHourIndex = profile.maxHourIndex;
    // Every hour is capped at the design cooling, so no month's mean can exceed it; max() only
    // removes rounding.
    out.designPue = std::max(out.peak, fixedPart + profile.designCoolingFraction);
    out.designFromHourly = profile.hourly;
    out.designExceedancePct = profile.designExceedancePct;
    out.designDryBulbC = profile.designDryBulbC;
    out.designWetBulbC = profile.designWetBulbC;
    out.designExceedanceHours = profile.designExceedanceHours;
    return out;
}

double maxMonthlyCooling(const CoolingProfile& profile) {
    // The comparisons mirror computePue's so that even a NaN lands the same way.
    double cooling = profile.meanCoolingFraction[0];
    for (const double monthCooling : profile.meanCoolingFraction)
        if (monthCooling > cooling) cooling = monthCooling;
    return cooling;
}

double designPue(const CoolingProfile& profile, double maxMonthCooling, double itMw,
                 double installedElectricalMw) {
    const double fixedPart =
        1.0 + electricalLossFraction(std::max(0.0, itMw), installedElectricalMw) + kMiscFractionOfIt;
    // computePue takes the maximum of fixedPart + cooling over the months, then of that and
    // fixedPart + the design cooling. Adding the same fixedPart is monotonic in floating point, so
    // the maximum of the sums is the sum with the maximum cooling: the same bits.
    return std::max(fixedPart + maxMonthCooling, fixedPart + profile.designCoolingFraction);
}

double designPue(const CoolingProfile& profile, double itMw, double installedElectricalMw) {
    return designPue(profile, maxMonthlyCooling(profile), itMw, installedElectricalMw);
}

PueResult computePue(const Site& site, const Catalogue& catalogue, double itMw,
                     double installedElectricalMw) {
    return computePue(coolingProfile(site, catalogue), itMw, installedElectricalMw);
}

}  // namespace m2ai
