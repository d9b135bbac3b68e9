// Generic cash-flow maths (engines/finance): spreadsheet NPV and IRR, present value, cumulative sums,
// payback, rate conversion and the IRR search's limits as parameters.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "engines/finance/CashFlow.h"

using namespace m2ai::finance;

TEST_CASE("npv matches the spreadsheet example", "[finance]") {
    // Excel NPV(10 %; −10000, 3000, 4200, 6800): the first value is discounted one period.
    // −10000/1.1 + 3000/1.21 + 4200/1.331 + 6800/1.4641 = −9090.91 + 2479.34 + 3155.52 + 4644.49 = 1188.44
    CHECK(npv(0.10, {-10000.0, 3000.0, 4200.0, 6800.0}) == Approx(1188.44).margin(0.005));
    CHECK(npv(0.0, {1.0, 2.0, 3.0}) == Approx(6.0));
    CHECK(npv(0.10, {}) == 0.0);
}

TEST_CASE("irr matches the spreadsheet examples", "[finance]") {
    // Excel IRR(−70000, 12000, 15000, 18000, 21000, 26000) = 8.66 %.
    const auto five = irr({-70000.0, 12000.0, 15000.0, 18000.0, 21000.0, 26000.0});
    REQUIRE(five);
    CHECK(*five == Approx(0.0866).margin(0.00005));
    // Four years only: IRR = −2.12 %.
    const auto four = irr({-70000.0, 12000.0, 15000.0, 18000.0, 21000.0});
    REQUIRE(four);
    CHECK(*four == Approx(-0.0212).margin(0.00005));
    // The root really is a root: NPV at t = 0 of the flows at the IRR is zero.
    CHECK(npv(*five, {-70000.0, 12000.0, 15000.0, 18000.0, 21000.0, 26000.0}) == Approx(0.0).margin(1e-6));

    SECTION("no sign change → no IRR") {
        CHECK_FALSE(irr({100.0, 200.0, 300.0}));
        CHECK_FALSE(irr({-100.0, -200.0}));
        CHECK_FALSE(irr({}));
    }
    SECTION("a loss the flows never recover is a negative IRR near −100 %") {
        // −100 then +1: 1/(1+r) = 100 → r = −0.99.
        const auto r = irr({-100.0, 1.0});
        REQUIRE(r);
        CHECK(*r == Approx(-0.99).margin(1e-9));
    }
    SECTION("long monthly series stays finite") {
        std::vector<double> flows(240, 1.0e6);
        flows[0] = -100.0e6;  // 239 months of 1 M repay 100 M: a monthly IRR just under 1 %
        const auto r = irr(flows);
        REQUIRE(r);
        CHECK(*r > 0.0);
        CHECK(*r < 0.01);
        CHECK(npv(*r, flows) == Approx(0.0).margin(1e-3));
    }
}
TEST_CASE("present value discounts flows[0] not at all", "[finance]") {
    // −100 + 110/1.1 = −100 + 100 = 0; the same flows under Excel NPV are 0/1.1 = 0 as well.
    CHECK(presentValue(0.10, {-100.0, 110.0}) == Approx(0.0).margin(1e-12));
    // 50 + 60/1.2 + 72/1.44 = 50 + 50 + 50 = 150.
    CHECK(presentValue(0.20, {50.0, 60.0, 72.0}) == Approx(150.0));
    // npv = presentValue / (1 + r): 150 / 1.2 = 125.
    CHECK(npv(0.20, {50.0, 60.0, 72.0}) == Approx(125.0));
    // Five terms exercise the four interleaved accumulators plus a partial block:
    // 1 + 1/2 + 1/4 + 1/8 + 1/16 = 1.9375 at r = 100 %.
    CHECK(presentValue(1.0, {1.0, 1.0, 1.0, 1.0, 1.0}) == Approx(1.9375));
    CHECK(presentValue(0.10, {}) == 0.0);
}

TEST_CASE("cumulative and payback", "[finance]") {
    CHECK(cumulative({-10.0, 4.0, 4.0, 4.0}) == std::vector<double>{-10.0, -6.0, -2.0, 2.0});
    CHECK(cumulative({}).empty());
    // −10, −6, −2, +2: first period back at or above zero is 3.
    CHECK(paybackPeriod({-10.0, -6.0, -2.0, 2.0}) == 3);
    // Reaching exactly zero counts as paid back.
    CHECK(paybackPeriod({-1.0, 0.0}) == 1);
    // Never negative: nothing to pay back, period 0.
    CHECK(paybackPeriod({0.0, 5.0}) == 0);
    // Never recovers: no payback.
    CHECK_FALSE(paybackPeriod({-1.0, -2.0}));
    CHECK_FALSE(paybackPeriod({}));
}

TEST_CASE("rate conversion between annual and monthly", "[finance]") {
    // (1.1)^(1/12) − 1 = 0.0079741404…; and back to 10 %.
    const double monthly = ratePerPeriodFromAnnual(0.10, 12);
    CHECK(monthly == Approx(0.0079741404).margin(1e-10));
    CHECK(annualRateFromPerPeriod(monthly, 12) == Approx(0.10).margin(1e-14));
    // 1 % a month compounds to 1.01^12 − 1 = 12.6825 % a year.
    CHECK(annualRateFromPerPeriod(0.01, 12) == Approx(0.126825).margin(1e-6));
}

TEST_CASE("irr: tolerance and iteration limit are parameters", "[finance]") {
    const std::vector<double> flows{-70000.0, 12000.0, 15000.0, 18000.0, 21000.0, 26000.0};
    const auto precise = irr(flows);
    REQUIRE(precise);
    // One refinement step from the first bracket (7 %..10 %) is a regula-falsi estimate: inside the
    // bracket, but not yet the root 8.66 %.
    IrrOptions oneStep;
    oneStep.maxIterations = 1;
    const auto rough = irr(flows, oneStep);
    REQUIRE(rough);
    CHECK(*rough > 0.07);
    CHECK(*rough < 0.10);
    CHECK(std::fabs(*rough - *precise) > 1e-6);
    // A loose tolerance stops early but still lands near the root.
    IrrOptions loose;
    loose.relativeTolerance = 1e-3;
    const auto near = irr(flows, loose);
    REQUIRE(near);
    CHECK(*near == Approx(*precise).margin(2e-3));
}

// presentValue and irr evaluate the polynomial in blocks of four terms, two to a register, with the
// incomplete block first: every length modulo 4, and both the ascending (rate ≥ 0) and the
// descending (rate < 0) evaluation, must give the textbook values.
TEST_CASE("present value and irr for every length modulo 4, above and below 0 %", "[finance]") {
    for (std::size_t n = 1; n <= 13; ++n) {
        std::vector<double> flows(n);
        for (std::size_t i = 0; i < n; ++i)
            flows[i] = (i % 3 == 0 ? -1.0 : 1.0) * (10.0 + static_cast<double>(i));
        double expected = 0.0;
        for (std::size_t i = 0; i < n; ++i) expected += flows[i] / std::pow(1.01, static_cast<double>(i));
        CHECK(presentValue(0.01, flows) == Approx(expected).epsilon(1e-12));
        if (n < 2) continue;
        for (const double rate : {0.02, -0.03}) {
            // One outlay now, one return at the end: the IRR is exactly the rate.
            std::vector<double> single(n, 0.0);
            single.front() = -100.0;
            single.back() = 100.0 * std::pow(1.0 + rate, static_cast<double>(n - 1));
            const auto r = irr(single);
            REQUIRE(r.has_value());
            CHECK(*r == Approx(rate).epsilon(1e-9));
        }
    }
}
