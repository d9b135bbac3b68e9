#include "climate/HourlyClimate.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace m2ai {

namespace {

constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// The (k+1)-th highest value: at most k values lie above it.
double highest(std::vector<float> values, std::size_t k) {
    k = std::min(k, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end(),
                     std::greater<float>());
    return values[k];
}

}  // namespace

std::array<int, 12> hoursPerMonth(std::size_t rows) {
    std::array<int, 12> out{};
    if (rows != kHoursInYear && rows != kHoursInLeapYear) return out;
    for (std::size_t m = 0; m < 12; ++m) out[m] = 24 * kDays[m];
    if (rows == kHoursInLeapYear) out[1] += 24;
    return out;
}

HourlyClimateCheck checkHourlyClimate(const HourlyClimate& c) {
    HourlyClimateCheck out;
    auto refuse = [&out](MessageFormat format, std::vector<std::string> args = {}) {
        out.message = coreMessage(format, std::move(args));
        out.error = out.message.english();
        return out;
    };
    const std::size_t n = c.dryBulbC.size();
    if (n != kHoursInYear && n != kHoursInLeapYear) {
        return refuse(kHourlyRowCount, {std::to_string(n)});
    }
    if (c.wetBulbC.size() != n || c.pressurePa.size() != n) {
        return refuse(kHourlySeriesLengths);
    }
    for (std::size_t h = 0; h < n; ++h) {
        const double db = c.dryBulbC[h], wb = c.wetBulbC[h], p = c.pressurePa[h];
        const std::string hour = std::to_string(h + 1);
        if (!std::isfinite(db) || db < -90.0 || db > 60.0) {
            return refuse(kHourlyDryBulb, {hour});
        }
        if (!std::isfinite(wb) || wb > db + 0.05 || wb < -100.0) {
            return refuse(kHourlyWetBulb, {hour});
        }
        if (!std::isfinite(p) || p < 30000.0 || p > 110000.0) {
            return refuse(kHourlyPressure, {hour});
        }
    }
    out.ok = true;
    return out;
}

MonthlyClimate monthlyMeans(const HourlyClimate& c) {
    MonthlyClimate out;
    const auto hours = hoursPerMonth(c.dryBulbC.size());
    std::size_t h = 0;
    for (std::size_t m = 0; m < 12; ++m) {
        double db = 0.0, wb = 0.0;
        for (int i = 0; i < hours[m]; ++i, ++h) {
            db += c.dryBulbC[h];
            wb += c.wetBulbC[h];
        }
        if (hours[m] > 0) {
            out.dryBulbC[m] = db / hours[m];
            out.wetBulbC[m] = wb / hours[m];
        }
    }
    return out;
}

DesignConditions designConditions(const HourlyClimate& c, double exceedancePct) {
    DesignConditions out;
    out.exceedancePct = exceedancePct;
    if (c.dryBulbC.empty() || c.wetBulbC.empty()) return out;
    const double share = std::clamp(exceedancePct, 0.0, 100.0) / 100.0;
    // 0.4 % of 8,760 h is 35.04 h: at most 35 hours lie above the design value.
    const auto k =
        static_cast<std::size_t>(std::floor(share * static_cast<double>(c.dryBulbC.size()) + 1e-9));
    out.dryBulbC = highest(c.dryBulbC, k);
    out.wetBulbC = highest(c.wetBulbC, k);
    out.maxDryBulbC = *std::max_element(c.dryBulbC.begin(), c.dryBulbC.end());
    out.maxWetBulbC = *std::max_element(c.wetBulbC.begin(), c.wetBulbC.end());
    return out;
}

}  // namespace m2ai
