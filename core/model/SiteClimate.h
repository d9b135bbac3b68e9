#pragma once
// Climate inputs of a site beyond its monthly means (issue 13): the cooling design condition for a
// site without hourly weather, and the altitude that sets the air density fans work against.
// Rules and defaults: climate/SiteClimateRules.h; the model: docs/model.md "Design-day sizing" and
// "Altitude".
#include <optional>

namespace m2ai {

// The outdoor condition the cooling plant is sized for (ASHRAE 0.4 % annual cooling dry-bulb and
// 0.4 % evaporation wet-bulb, or the analyst's own).
struct DesignTemperature {
    double dryBulbC = 0.0;
    double wetBulbC = 0.0;
    bool operator==(const DesignTemperature&) const = default;
};

struct SiteClimate {
    // Used for a site with monthly climate only (an hourly climate brings its own 0.4 % hours).
    // Empty: the hottest month's mean is the design condition, the rule before issue 13.
    std::optional<DesignTemperature> design;
    double elevationM = 0.0;  // site altitude above sea level
    bool operator==(const SiteClimate&) const = default;
};

}  // namespace m2ai
