#include "sample/SiteTemplate.h"

namespace m2ai {

Site newSiteTemplate(const std::string& name, const Catalogue& catalogue) {
    Site site;
    site.name = name;
    site.gridInterconnectMw = 40.0;
    if (!catalogue.countries.empty()) {
        const auto& c = catalogue.countries.front();
        site.country = c.id;
        site.latitudeDeg = c.latitudeDeg;
        site.longitudeDeg = c.longitudeDeg;
        site.energySource = c.energySource;
        site.powerPriceUsdPerMwh = c.powerPriceUsdPerMwh;
        site.gridCarbonGPerKwh = c.gridCarbonGPerKwh;
        site.climate.dryBulbC = c.dryBulbC;
        site.climate.wetBulbC = c.wetBulbC;
    }
    // A 40 MW hall full of S19 XPs at 3.01 kW: about 13,000 units.
    site.mining.units = 13000;
    return site;
}

}  // namespace m2ai
