#pragma once
// Climate inputs of a site beyond its monthly means (issue 13): the cooling design condition for a
// site without hourly weather, and the altitude that sets the air density fans work against.
// Rules and defaults: climate/SiteClimateRules.h; the model: docs/model.md "Design-day sizing" and
// "Altitude".
#include <optional>

namespace m2ai {

// The annual cooling percentiles ASHRAE Handbook—Fundamentals ch. 14 tabulates (% of 8,760 h).
inline constexpr double kDesignPercentiles[] = {0.4, 1.0, 2.0};
inline constexpr double kDefaultDesignPercentile = 0.4;

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
    // The ASHRAE annual percentile an hourly climate is sized at: 0.4, 1 or 2 % of the year's hours
    // above the design dry-bulb and wet-bulb (kDesignPercentiles). Monthly-only sites ignore it.
    double designPercentile = kDefaultDesignPercentile;
    bool operator==(const SiteClimate&) const = default;
};

}  // namespace m2ai
