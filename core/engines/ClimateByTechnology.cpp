#include "engines/ClimateByTechnology.h"

#include "engines/Pue.h"

namespace m2ai {

namespace {
double annualWue(const PueResult& r) {
    double water = 0.0, hours = 0.0;
    for (std::size_t m = 0; m < 12; ++m) {
        water += r.monthlyHours[m] * r.monthlyWueLPerKwh[m];
        hours += r.monthlyHours[m];
    }
    return hours > 0.0 ? water / hours : 0.0;
}
}  // namespace

std::vector<TechnologyClimate> climateByTechnology(const Site& site, const Catalogue& catalogue, double itMw,
                                                   double installedMw) {
    std::vector<TechnologyClimate> out;
    Site s = site;
    s.plan.cooling.enabled = true;
    Site monthly = s;
    monthly.hourlyClimate.reset();
    for (const CoolingTechnology& tech : catalogue.coolingTechnologies) {
        s.plan.cooling.technology = tech.tech;
        monthly.plan.cooling.technology = tech.tech;
        const PueResult hourly = computePue(s, catalogue, itMw, installedMw);
        const PueResult means = computePue(monthly, catalogue, itMw, installedMw);
        TechnologyClimate row;
        row.tech = tech.tech;
        row.annualPue = hourly.annual;
        row.annualPueFromMonthlyMeans = means.annual;
        row.designPue = hourly.designPue;
        row.wueLPerKwh = annualWue(hourly);
        row.wueFromMonthlyMeansLPerKwh = annualWue(means);
        row.modeHours = hourly.annualModeHours;
        out.push_back(row);
    }
    return out;
}

}  // namespace m2ai
