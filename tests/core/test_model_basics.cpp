// YearMonth arithmetic and enum name round trips: the spellings every file format relies on.
#include <catch2/catch.hpp>

#include "model/Enums.h"
#include "model/YearMonth.h"

using namespace m2ai;

TEST_CASE("YearMonth parses strictly and counts months", "[model]") {
    REQUIRE(YearMonth::parse("2027-03") == YearMonth{2027, 3});
    CHECK_FALSE(YearMonth::parse("2027-13"));
    CHECK_FALSE(YearMonth::parse("2027-3"));
    CHECK_FALSE(YearMonth::parse("27-03-01"));
    CHECK_FALSE(YearMonth::parse("abcd-ef"));
    const YearMonth start{2027, 11};
    CHECK(start.plusMonths(3) == YearMonth{2028, 2});
    CHECK(start.plusMonths(-11) == YearMonth{2026, 12});
    CHECK(monthsBetween(start, YearMonth{2029, 11}) == 24);
    CHECK(YearMonth{2028, 2}.toString() == "2028-02");
}

TEMPLATE_TEST_CASE("enum names round-trip", "[model]", EnergySource, Redundancy, CoolingTech, ScheduleMode,
                   BusinessModel, Certification) {
    for (const auto& [value, name] : EnumNames<TestType>::names) {
        CHECK(toName(value) == name);
        CHECK(fromName<TestType>(name) == value);
    }
    CHECK_FALSE(fromName<TestType>("no-such-name"));
}
