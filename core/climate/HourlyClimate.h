#pragma once
// Rules for a year of hourly weather (model/Portfolio.h HourlyClimate): how many rows, which month
// each row falls in, its monthly means, and its design conditions (the temperatures exceeded in a
// given share of the year's hours, as ASHRAE Handbook—Fundamentals ch. 14 defines them).
#include <array>
#include <cstddef>
#include <string>

#include "model/Portfolio.h"
#include "validation/CoreMessage.h"

namespace m2ai {

inline constexpr std::size_t kHoursInYear = 8760;
inline constexpr std::size_t kHoursInLeapYear = 8784;

// Rows per calendar month for a year of `rows` hours (8,760 or 8,784); all zero for any other count.
std::array<int, 12> hoursPerMonth(std::size_t rows);

// The check's sentences (the project reader words its own refusal after the one that failed).
inline constexpr MessageFormat kHourlyRowCount =
    M2AI_TR("Climate", "hourly climate: %1 dry-bulb rows; allowed 8760 or 8784");
inline constexpr MessageFormat kHourlySeriesLengths =
    M2AI_TR("Climate", "hourly climate: dry-bulb, wet-bulb and pressure must have the same number of rows");
inline constexpr MessageFormat kHourlyDryBulb =
    M2AI_TR("Climate", "hourly climate: dry-bulb at hour %1 outside −90…60 °C");
inline constexpr MessageFormat kHourlyWetBulb =
    M2AI_TR("Climate", "hourly climate: wet-bulb at hour %1 above the dry-bulb or not a number");
inline constexpr MessageFormat kHourlyPressure =
    M2AI_TR("Climate", "hourly climate: pressure at hour %1 outside 30000…110000 Pa");

struct HourlyClimateCheck {
    bool ok = false;
    std::string error;    // one line naming the field and the allowed range when !ok: message.english()
    CoreMessage message;  // the same line, translatable (context "Climate")
};

// 8,760 or 8,784 rows in each of the three series; every value finite; dry-bulb −90…60 °C;
// wet-bulb not above dry-bulb (+0.05 K for float rounding); pressure 30,000…110,000 Pa.
HourlyClimateCheck checkHourlyClimate(const HourlyClimate& climate);

// Mean dry-bulb and wet-bulb of each calendar month's rows. The climate must pass checkHourlyClimate.
MonthlyClimate monthlyMeans(const HourlyClimate& climate);

// Design conditions at an annual exceedance of `exceedancePct` % of hours (ASHRAE cooling design:
// 0.4 %, 1 %, 2 %): the value t such that at most floor(p·N) hours are above t and t is itself an
// hour of the file (the (floor(p·N)+1)-th highest hour). Dry-bulb and wet-bulb are taken separately
// (ASHRAE's "evaporation" wet-bulb, not the mean coincident wet-bulb).
struct DesignConditions {
    double exceedancePct = 0.4;
    double dryBulbC = 0.0;
    double wetBulbC = 0.0;
    double maxDryBulbC = 0.0;  // the file's hottest hour
    double maxWetBulbC = 0.0;
};
inline constexpr double kDefaultDesignExceedancePct = 0.4;
DesignConditions designConditions(const HourlyClimate& climate,
                                  double exceedancePct = kDefaultDesignExceedancePct);

}  // namespace m2ai
