// Psychrometrics and EPW import, checked against ASHRAE chart values and against the monthly means
// domain.md §6.1/§6.2 computed from the same Pittsburgh TMY3 file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "climate/EpwClimate.h"
#include "climate/Psychrometrics.h"

using namespace m2ai;
using Catch::Matchers::WithinAbs;

TEST_CASE("saturation pressure and wet-bulb match psychrometric tables", "[climate]") {
    // ASHRAE Fundamentals 2017 ch.1 table 3: pws(20 °C) = 2.3392 kPa, pws(0 °C) = 0.6112 kPa,
    // over ice pws(−10 °C) = 0.2600 kPa.
    CHECK_THAT(saturationPressurePa(20.0), WithinAbs(2339.2, 2.0));
    CHECK_THAT(saturationPressurePa(0.0), WithinAbs(611.2, 0.5));
    CHECK_THAT(saturationPressurePa(-10.0), WithinAbs(260.0, 1.0));
    // Saturated air: wet-bulb equals dry-bulb.
    CHECK_THAT(wetBulbC(30.0, 100.0, 101325.0), WithinAbs(30.0, 0.01));
    // Psychrometric chart at sea level: 25 °C, 50 % RH → wet-bulb ≈ 17.9 °C.
    CHECK_THAT(wetBulbC(25.0, 50.0, 101325.0), WithinAbs(17.9, 0.15));
    // 35 °C, 40 % RH by hand: pws(35) = 5.629 kPa → pw = 2.2516 kPa → W = 0.621945·2.2516/99.073
    // = 0.014135. At twb = 24: pws = 2.985 kPa, Ws* = 0.018880, W(24) = ((2501 − 55.82)·0.018880
    // − 1.006·11)/(2501 + 65.1 − 100.46) = 0.014235 > 0.014135, so twb is just below 24 °C (23.94).
    CHECK_THAT(wetBulbC(35.0, 40.0, 101325.0), WithinAbs(23.94, 0.05));
    // Wet-bulb never exceeds dry-bulb and falls as the air dries.
    CHECK(wetBulbC(20.0, 30.0, 101325.0) < wetBulbC(20.0, 60.0, 101325.0));
    CHECK(wetBulbC(-5.0, 80.0, 97000.0) <= -5.0);
}

namespace {
// A synthetic EPW: 8 header lines and 2 hours per month; month m has dry-bulb m °C at 100 % RH.
std::string syntheticEpw() {
    std::ostringstream out;
    out << "LOCATION,Testville,TS,XX,Synthetic,000000,10.50,-20.25,0.0,100.0\n";
    for (int i = 0; i < 7; ++i) out << "HEADER" << i << "\n";
    for (int m = 1; m <= 12; ++m)
        for (int h = 1; h <= 2; ++h)
            out << "1999," << m << ",1," << h << ",0,flags," << m << ".0,0.0,100,101325,0,0\n";
    return out.str();
}
}  // namespace

TEST_CASE("EPW import averages hourly records by month", "[climate]") {
    const EpwClimate c = parseEpwClimate(syntheticEpw(), "synthetic.epw");
    REQUIRE(c.ok);
    CHECK(c.hours == 24);
    CHECK(c.location == "Testville, TS, XX");
    CHECK(c.latitudeDeg == 10.5);
    CHECK(c.longitudeDeg == -20.25);
    for (int m = 0; m < 12; ++m) {
        CHECK_THAT(c.climate.dryBulbC[m], WithinAbs(m + 1.0, 1e-12));
        CHECK_THAT(c.climate.wetBulbC[m], WithinAbs(m + 1.0, 0.01));  // saturated: WB = DB
    }
}

TEST_CASE("EPW import refuses what is not a weather file, naming the line", "[climate]") {
    CHECK_FALSE(parseEpwClimate("hello", "x.epw").ok);
    std::string bad = syntheticEpw();
    bad += "1999,13,1,1,0,flags,5.0,0.0,100,101325\n";
    const EpwClimate c = parseEpwClimate(bad, "bad.epw");
    CHECK_FALSE(c.ok);
    CHECK(c.error == "bad.epw: line 33: not an hourly EPW record");
    std::string missingMonth = syntheticEpw();
    missingMonth = missingMonth.substr(0, missingMonth.rfind("1999,12,1,1"));
    CHECK(parseEpwClimate(missingMonth, "m.epw").error == "m.epw: no hourly data for month 12");
}

TEST_CASE("EPW import refuses nan and inf fields instead of reading them as numbers", "[climate]") {
    // from_chars reads "nan": a NaN month passed the 1..12 check and indexed out of range (UBSan,
    // tests/fuzz/regressions/epw/nan-month.epw); a NaN temperature gave a NaN monthly mean.
    for (const char* field : {"nan", "inf", "-inf"}) {
        std::string month = syntheticEpw() + "1999," + field + ",1,1,0,flags,5.0,0.0,100,101325\n";
        CHECK(parseEpwClimate(month, "m.epw").error == "m.epw: line 33: not an hourly EPW record");
        std::string dryBulb = syntheticEpw() + "1999,1,1,1,0,flags," + field + ",0.0,100,101325\n";
        CHECK(parseEpwClimate(dryBulb, "d.epw").error == "d.epw: line 33: not an hourly EPW record");
    }
}

TEST_CASE("the Pittsburgh TMY3 file gives domain.md's monthly means", "[climate]") {
    const std::filesystem::path file = std::filesystem::path(M2AI_SHARED_DIR) / "data/weather" /
                                       "USA_PA_Pittsburgh-Allegheny.County.AP.725205_TMY3.epw";
    if (!std::filesystem::exists(file)) {
        WARN("shared weather data not found at " << file << "; real-file check not run");
        return;
    }
    const EpwClimate c = readEpwClimate(file.string());
    REQUIRE(c.ok);
    CHECK(c.hours == 8760);
    CHECK(c.latitudeDeg == 40.35);
    // domain.md §6.1 (dry-bulb) and §6.2 (wet-bulb), "computed" rows for this file, 0.1 °C rounding.
    const double db[12] = {-0.5, -0.4, 7.5, 12.7, 15.3, 19.2, 21.6, 20.9, 17.7, 11.7, 7.4, 1.0};
    const double wb[12] = {-2.0, -2.8, 4.3, 8.6, 11.7, 16.3, 18.8, 17.5, 14.9, 9.1, 4.9, -0.5};
    for (int m = 0; m < 12; ++m) {
        INFO("month " << m + 1);
        CHECK_THAT(c.climate.dryBulbC[m], WithinAbs(db[m], 0.06));
        CHECK_THAT(c.climate.wetBulbC[m], WithinAbs(wb[m], 0.3));
    }
}
