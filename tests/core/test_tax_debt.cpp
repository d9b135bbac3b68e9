// Tax and financing (engines/finance/TaxAndDebt, docs/model.md "Tax and financing"): every expected
// value is worked out by hand in the comments.
#include <catch2/catch.hpp>
#include <cmath>

#include "catalogue/Catalogue.h"
#include "catalogue/TaxPresets.h"
#include "engines/Compute.h"
#include "engines/finance/CashFlow.h"
#include "engines/finance/SiteFinancing.h"
#include "engines/finance/TaxAndDebt.h"
#include "sample/Sample.h"

using namespace m2ai;
using namespace m2ai::finance;

namespace {

constexpr std::size_t kFacility = static_cast<std::size_t>(AssetClass::Facility);
constexpr std::size_t kGpus = static_cast<std::size_t>(AssetClass::Gpus);

TaxAndDebtInput emptyInput(int months) {
    TaxAndDebtInput in;
    in.operatingUsd.assign(static_cast<std::size_t>(months), 0.0);
    for (auto& v : in.capexUsdByClass) v.assign(static_cast<std::size_t>(months), 0.0);
    in.asicResaleUsd.assign(static_cast<std::size_t>(months), 0.0);
    in.tax.enabled = false;
    return in;
}

}  // namespace

TEST_CASE("a leveraged example: the equity IRR by hand", "[finance][tax-debt]") {
    // 1,000 of capex in month 0, in service from month 1. Debt: 60 % loan-to-cost = 600, 12 % a year
    // (1 % a month), one-year tenor: level payment A = 600 × 0.01 / (1 − 1.01^−12) = 53.3093.
    // Operating cash equals A in months 1..12, nothing after; the hall is worth 800 in month 23.
    // Equity: −1000 + 600 = −400 in month 0; A − A = 0 in months 1..12; +800 in month 23. No tax.
    // Equity IRR: 400 × (1 + r_m)^23 = 800 → r_m = 2^(1/23) − 1; annual (1 + r_m)^12 − 1 = 2^(12/23) − 1
    // = 43.57 %.
    TaxAndDebtInput in = emptyInput(24);
    in.capexUsdByClass[kFacility][0] = 1000.0;
    in.inServiceMonthIndex = 1;
    in.debt = {true, 60.0, 12.0, 1, 1.2};
    const double a = 600.0 * 0.01 / (1.0 - std::pow(1.01, -12.0));
    CHECK(a == Approx(53.3093).margin(1e-4));
    for (int m = 1; m <= 12; ++m) in.operatingUsd[static_cast<std::size_t>(m)] = a;
    in.terminalValueUsd = 800.0;
    in.projectDiscountRatePct = 10.0;
    in.equityDiscountRatePct = 12.0;
    const FinancingResult r = computeTaxAndDebt(in);
    REQUIRE(r.hasDebt);
    CHECK(r.debtDrawnUsd == Approx(600.0));
    CHECK(r.capitalisedInterestUsd == 0.0);  // nothing owed before the draw
    CHECK(r.levelPaymentUsdPerMonth == Approx(a));
    CHECK(r.equityNetUsdByMonth[0] == Approx(-400.0));
    for (int m = 1; m <= 12; ++m)
        CHECK(r.equityNetUsdByMonth[static_cast<std::size_t>(m)] == Approx(0.0).margin(1e-9));
    CHECK(r.balanceUsdByMonth[12] == Approx(0.0).margin(1e-9));
    CHECK(r.balloonUsd == 0.0);
    CHECK(r.equityNetUsdByMonth[23] == Approx(800.0));
    REQUIRE(r.equityIrr);
    CHECK(*r.equityIrr == Approx(std::pow(2.0, 12.0 / 23.0) - 1.0).epsilon(1e-9));
    CHECK(*r.equityIrr == Approx(0.4357).margin(1e-4));
    // Equity NPV at 12 %: −400 + 800 × 1.12^(−23/12) = −400 + 642.0... checked against the formula.
    CHECK(r.equityNpvUsd == Approx(-400.0 + 800.0 * std::pow(1.12, -23.0 / 12.0)));
    // Unlevered, the same hall returns less than the equity (positive leverage): the project's flows
    // are −1000, A × 12, 800 at month 23.
    REQUIRE(r.projectIrr);
    CHECK(*r.projectIrr < *r.equityIrr);
    // Without tax the project's flows are the pre-tax ones.
    CHECK(r.projectNetUsdByMonth[0] == Approx(-1000.0));
    CHECK(r.projectNetUsdByMonth[23] == Approx(800.0));
}

TEST_CASE("tax with a loss carried forward", "[finance][tax-debt]") {
    // Taxable income by year: −1,200, +600, +1,200 (operating −100, +50, +100 a month; no capex).
    TaxAndDebtInput in = emptyInput(36);
    for (int m = 0; m < 36; ++m)
        in.operatingUsd[static_cast<std::size_t>(m)] = m < 12 ? -100.0 : m < 24 ? 50.0 : 100.0;
    in.tax.enabled = true;
    in.tax.ratePct = 25.0;

    SECTION("no limits") {
        // Year 0: loss 1,200, no tax. Year 1: 600 of it used, tax 0, 600 left. Year 2: 600 used,
        // taxable 600, tax 150 — paid in month 35.
        const FinancingResult r = computeTaxAndDebt(in);
        CHECK(r.taxUsdByYear[0] == 0.0);
        CHECK(r.taxUsdByYear[1] == Approx(0.0).margin(1e-9));
        CHECK(r.taxUsdByYear[2] == Approx(150.0));
        CHECK(r.lossCarriedForwardUsdByYear[0] == Approx(1200.0));
        CHECK(r.lossCarriedForwardUsdByYear[1] == Approx(600.0));
        CHECK(r.lossCarriedForwardUsdByYear[2] == Approx(0.0).margin(1e-9));
        CHECK(r.taxUsdByMonth[35] == Approx(150.0));
        CHECK(r.taxUsdByMonth[34] == 0.0);
        CHECK(r.taxUsd == Approx(150.0));
    }
    SECTION("losses offset at most 80 % of a year's income (US)") {
        // Year 1: 480 of the loss used, taxable 120, tax 30, 720 left. Year 2: allowance 960 ≥ 720,
        // taxable 480, tax 120.
        in.tax.lossOffsetLimitPct = 80.0;
        const FinancingResult r = computeTaxAndDebt(in);
        CHECK(r.taxUsdByYear[1] == Approx(30.0));
        CHECK(r.lossCarriedForwardUsdByYear[1] == Approx(720.0));
        CHECK(r.taxUsdByYear[2] == Approx(120.0));
    }
    SECTION("losses expire") {
        // Carried forward one year only: 600 used in year 1, the other 600 expires before year 2,
        // which pays 25 % of 1,200 = 300.
        in.tax.lossCarryForwardYears = 1;
        const FinancingResult r = computeTaxAndDebt(in);
        CHECK(r.taxUsdByYear[1] == Approx(0.0).margin(1e-9));
        CHECK(r.taxUsdByYear[2] == Approx(300.0));
    }
    SECTION("switched off") {
        in.tax.enabled = false;
        const FinancingResult r = computeTaxAndDebt(in);
        CHECK_FALSE(r.taxApplies);
        CHECK(r.taxUsd == 0.0);
    }
}

TEST_CASE("tax depreciation schedules", "[finance][tax-debt]") {
    SECTION("straight line from the in-service month") {
        // 1,200 of facility works spent in month 0, in service in month 6, 20-year life: 5 a month.
        // Year 0: months 6..11 = 30; years 1 and 2: 60.
        TaxAndDebtInput in = emptyInput(36);
        in.capexUsdByClass[kFacility][0] = 1200.0;
        in.inServiceMonthIndex = 6;
        in.tax.lifeYears[kFacility] = 20.0;
        const auto d = depreciationByYear(in, 3);
        CHECK(d[0] == Approx(30.0));
        CHECK(d[1] == Approx(60.0));
        CHECK(d[2] == Approx(60.0));
        // GPUs bought after RFS (month 18, 600, 5 years = 10 a month) start when bought: year 1 gets
        // months 18..23 = 60 more.
        in.capexUsdByClass[kGpus][18] = 600.0;
        in.tax.lifeYears[kGpus] = 5.0;
        const auto withGpus = depreciationByYear(in, 3);
        CHECK(withGpus[1] == Approx(120.0));
        CHECK(withGpus[2] == Approx(180.0));
    }
    SECTION("US MACRS 5-year, half-year convention, with and without bonus") {
        // 1,000 of GPUs in month 3 (in service from month 0): 20 / 32 / 19.2 / 11.52 / 11.52 / 5.76 %.
        TaxAndDebtInput in = emptyInput(72);
        in.capexUsdByClass[kGpus][3] = 1000.0;
        in.tax.usMacrs = true;
        const auto d = depreciationByYear(in, 6);
        CHECK(d[0] == Approx(200.0));
        CHECK(d[1] == Approx(320.0));
        CHECK(d[2] == Approx(192.0));
        CHECK(d[3] == Approx(115.2));
        CHECK(d[4] == Approx(115.2));
        CHECK(d[5] == Approx(57.6));
        // 60 % bonus: 600 in year 0, the other 400 on the table: year 0 = 600 + 80 = 680, year 1 = 128.
        in.tax.bonusDepreciationPct = 60.0;
        const auto b = depreciationByYear(in, 6);
        CHECK(b[0] == Approx(680.0));
        CHECK(b[1] == Approx(128.0));
        // Facility works are 39-year real property: straight line, no bonus: 1,170 → 2.5 a month.
        TaxAndDebtInput f = emptyInput(24);
        f.capexUsdByClass[kFacility][0] = 1170.0;
        f.tax.usMacrs = true;
        f.tax.bonusDepreciationPct = 100.0;
        const auto fd = depreciationByYear(f, 2);
        CHECK(fd[0] == Approx(30.0));
        CHECK(fd[1] == Approx(30.0));
    }
    SECTION("the MACRS tables each sum to 100 %") {
        for (int years : {5, 7, 15}) {
            double sum = 0.0;
            for (double p : macrsPercentages(years)) sum += p;
            CHECK(sum == Approx(100.0).margin(0.011));
        }
        CHECK(macrsPercentages(39).empty());
    }
}

TEST_CASE("interest during construction is capitalised", "[finance][tax-debt]") {
    // 1 % a month, 50 % LTC; capex 1,000 in months 0 and 1, in service from month 3.
    // Month 0: interest 0, draw 500 → 500. Month 1: interest 5 → 505, draw 500 → 1,005.
    // Month 2: interest 10.05 → 1,015.05. Capitalised: 15.05. From month 3 the 1,015.05 is repaid
    // over 12 months: A = 1,015.05 × 0.01 / (1 − 1.01^−12) = 1,015.05 × 0.0888488 = 90.1860; month 3 pays
    // interest 10.1505.
    TaxAndDebtInput in = emptyInput(24);
    in.capexUsdByClass[kFacility][0] = 1000.0;
    in.capexUsdByClass[kFacility][1] = 1000.0;
    in.inServiceMonthIndex = 3;
    in.debt = {true, 50.0, 12.0, 1, 1.0};
    const FinancingResult r = computeTaxAndDebt(in);
    CHECK(r.debtDrawnUsd == Approx(1000.0));
    CHECK(r.capitalisedInterestUsd == Approx(15.05));
    CHECK(r.balanceUsdByMonth[2] == Approx(1015.05));
    const double a = 1015.05 * 0.01 / (1.0 - std::pow(1.01, -12.0));
    CHECK(r.levelPaymentUsdPerMonth == Approx(a));
    CHECK(a == Approx(90.1860).margin(1e-4));
    CHECK(r.interestUsdByMonth[3] == Approx(10.1505));
    CHECK(r.debtServiceUsdByMonth[3] == Approx(a));
    CHECK(r.balanceUsdByMonth[14] == Approx(0.0).margin(1e-9));
    CHECK(r.debtServiceUsdByMonth[15] == 0.0);
    // No cash interest before RFS: the equity pays 50 % of capex and nothing else.
    CHECK(r.equityNetUsdByMonth[0] == Approx(-500.0));
    CHECK(r.equityNetUsdByMonth[2] == Approx(0.0));

    SECTION("a tenor past the horizon ends in a balloon") {
        // Ten-year tenor, 24-month horizon: what is left in month 23 is repaid then.
        in.debt.tenorYears = 10;
        const FinancingResult b = computeTaxAndDebt(in);
        CHECK(b.balloonUsd > 0.0);
        CHECK(b.balanceUsdByMonth[23] == 0.0);
        CHECK(b.debtServiceUsdByMonth[23] == Approx(b.levelPaymentUsdPerMonth + b.balloonUsd));
    }
    SECTION("interest is deducted from the equity's taxable income") {
        // 10 % tax, operating 200 a month. Year 0: 2,400 − depreciation − interest accrued (5 +
        // 10.05 + 10.1505 + …); the project (unlevered) view deducts no interest, so pays more.
        in.tax.enabled = true;
        in.tax.ratePct = 10.0;
        for (auto& v : in.operatingUsd) v = 200.0;
        const FinancingResult t = computeTaxAndDebt(in);
        double interestYear0 = 0.0;
        for (int m = 0; m < 12; ++m) interestYear0 += t.interestUsdByMonth[static_cast<std::size_t>(m)];
        CHECK(t.projectTaxUsdByMonth[11] - t.taxUsdByMonth[11] == Approx(0.10 * interestYear0));
    }
}

TEST_CASE("DSCR per year and its minimum", "[finance][tax-debt]") {
    // Capex 1,200 in month 0, in service month 1, 50 % LTC at 0 %: 600 repaid at 50 a month in
    // months 1..12. Operating 100 a month, no tax. Year 0: 1,100 / 550 = 2.0; year 1: 1,200 / 50 = 24.
    TaxAndDebtInput in = emptyInput(24);
    in.capexUsdByClass[kFacility][0] = 1200.0;
    in.inServiceMonthIndex = 1;
    for (int m = 1; m < 24; ++m) in.operatingUsd[static_cast<std::size_t>(m)] = 100.0;
    in.debt = {true, 50.0, 0.0, 1, 2.5};
    const FinancingResult r = computeTaxAndDebt(in);
    CHECK(r.levelPaymentUsdPerMonth == Approx(50.0));
    REQUIRE(r.dscrByYear[0]);
    REQUIRE(r.dscrByYear[1]);
    CHECK(*r.dscrByYear[0] == Approx(2.0));
    CHECK(*r.dscrByYear[1] == Approx(24.0));
    REQUIRE(r.minDscr);
    CHECK(*r.minDscr == Approx(2.0));
    CHECK(r.dscrBelowMinimum);  // 2.0 < 2.5
    in.debt.minDscr = 1.3;
    CHECK_FALSE(computeTaxAndDebt(in).dscrBelowMinimum);
    // No debt: no DSCR.
    in.debt.enabled = false;
    const FinancingResult none = computeTaxAndDebt(in);
    CHECK_FALSE(none.hasDebt);
    CHECK_FALSE(none.minDscr);
}

TEST_CASE("the terminal value's gain over the undepreciated basis is taxed", "[finance][tax-debt]") {
    // 1,200 of facility in month 0 over 20 years: 60 a year, 120 deducted in two years, basis 1,080.
    // Sold for 1,280 in month 23: gain 200. Year 1 income = 0 − 60 + 200 = 140 after year 0's loss of 60
    // is used: 80 taxable at 25 % = 20.
    TaxAndDebtInput in = emptyInput(24);
    in.capexUsdByClass[kFacility][0] = 1200.0;
    in.tax.enabled = true;
    in.tax.ratePct = 25.0;
    in.tax.lifeYears[kFacility] = 20.0;
    in.terminalValueUsd = 1280.0;
    const FinancingResult r = computeTaxAndDebt(in);
    CHECK(r.taxUsdByYear[0] == 0.0);
    CHECK(r.taxUsdByYear[1] == Approx(20.0));
}

TEST_CASE("no debt and zero tax: the project IRR is the pre-tax IRR", "[finance][tax-debt]") {
    Portfolio p = samplePortfolio();
    p.financing.debt.enabled = false;
    for (const Site& s : p.sites) p.financing.siteTaxOverrides.push_back({s.name, 0.0});
    const PortfolioResult result = computePortfolio(p);
    int compared = 0;
    for (const SiteResult& s : result.sites) {
        const EconomicsResult& e = s.economics;
        const FinancingResult& f = e.financing;
        CHECK(f.taxUsd == 0.0);
        CHECK_FALSE(f.hasDebt);
        // The asset classes add up to the monthly capex: the after-tax flows are the pre-tax net.
        REQUIRE(f.projectNetUsdByMonth.size() == e.monthly.size());
        for (std::size_t m = 0; m < e.monthly.size(); ++m)
            CHECK(f.projectNetUsdByMonth[m] == Approx(e.monthly[m].netUsd).margin(1e-3));
        CHECK(f.projectNpvUsd == Approx(e.npvUsd).margin(1e-2));
        REQUIRE(f.projectIrr.has_value() == e.convertingIrr.has_value());
        if (e.convertingIrr) {
            CHECK(*f.projectIrr == Approx(*e.convertingIrr).margin(1e-9));
            ++compared;
        }
    }
    CHECK(compared > 0);
}

TEST_CASE("country tax presets: every country preset has one, with a source",
          "[finance][tax-debt][catalogue]") {
    for (const CountryPreset& c : defaultCatalogue().countries) {
        const TaxPreset* t = taxPreset(c.id);
        REQUIRE(t);
        CHECK_FALSE(t->source.empty());
        CHECK(t->corporateTaxRatePct > 0.0);
    }
    CHECK(taxPreset("United States")->corporateTaxRatePct == 21.0);
    CHECK(taxPreset("United States")->lossOffsetLimitPct == 80.0);
    CHECK(taxPreset("Norway")->corporateTaxRatePct == 22.0);
    CHECK(taxPreset("Canada")->corporateTaxRatePct == 23.0);
    CHECK(taxPreset("Atlantis") == nullptr);
}

TEST_CASE("a site's tax rules: preset, override, fallback", "[finance][tax-debt]") {
    Financing f;
    Site us;
    us.name = "Rockdale";
    us.country = "United States";
    TaxRules r = taxRulesFor(us, f);
    CHECK(r.ratePct == 21.0);
    CHECK(r.lossOffsetLimitPct == 80.0);
    CHECK_FALSE(r.usMacrs);  // straight line unless MACRS is chosen
    f.depreciation = TaxDepreciationMethod::UsMacrs;
    r = taxRulesFor(us, f);
    CHECK(r.usMacrs);
    CHECK(r.bonusDepreciationPct == 100.0);
    Site no = us;
    no.country = "Norway";
    CHECK_FALSE(taxRulesFor(no, f).usMacrs);  // MACRS is for US sites only
    f.siteTaxOverrides.push_back({"Rockdale", 5.0});
    CHECK(taxRulesFor(us, f).ratePct == 5.0);
    Site elsewhere;
    elsewhere.country = "Atlantis";
    CHECK(taxRulesFor(elsewhere, f).ratePct == f.otherCountryTaxRatePct);
}
