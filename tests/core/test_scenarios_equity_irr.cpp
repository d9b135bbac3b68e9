// The portfolio's equity IRR (issue 14): the IRR of the feasible sites' equity flows summed month by
// month, checked against a hand computation; empty where the summed flows never change sign.
#include <catch2/catch.hpp>
#include <cmath>

#include "engines/Compute.h"
#include "engines/finance/PortfolioIrr.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "sample/Sample.h"
#include "scenarios/ScenarioComparison.h"

using namespace m2ai;

namespace {

SiteResult siteWithEquityFlows(std::vector<double> flows, bool feasible = true) {
    SiteResult s;
    s.feasible = feasible;
    s.economics.financing.equityNetUsdByMonth = std::move(flows);
    return s;
}

std::vector<double> flowsAt(std::initializer_list<std::pair<int, double>> at, int months = 25) {
    std::vector<double> v(static_cast<std::size_t>(months), 0.0);
    for (const auto& [m, usd] : at) v[static_cast<std::size_t>(m)] = usd;
    return v;
}

}  // namespace

TEST_CASE("portfolio equity IRR: the IRR of the two sites' flows summed, not their average",
          "[scenarios][irr]") {
    // Site A puts in 100 now and gets 121 back in 24 months (10 % a year); site B puts in 100 and
    // gets 121 back in 12 months (21 %). Together: −200 now, +121 at 1 year, +121 at 2 years, so
    // with x = 1 / (1 + R): 121 x² + 121 x − 200 = 0, x = (√(1 + 800/121) − 1) / 2 and
    // R = 1/x − 1 = 13.70695 % — not 15.5 %, the average.
    PortfolioResult result;
    result.sites.push_back(siteWithEquityFlows(flowsAt({{0, -100.0}, {24, 121.0}})));
    result.sites.push_back(siteWithEquityFlows(flowsAt({{0, -100.0}, {12, 121.0}}, 13)));  // shorter series
    const double x = (std::sqrt(1.0 + 800.0 / 121.0) - 1.0) / 2.0;
    const double expected = 1.0 / x - 1.0;
    CHECK(expected == Approx(0.1370695).epsilon(1e-6));

    const ScenarioFigures f = portfolioFigures(result);
    REQUIRE(f.equityIrr);
    CHECK(*f.equityIrr == Approx(expected).epsilon(1e-10));
    // Each site on its own, through the same function: 10 % and 21 %.
    CHECK(*finance::annualIrrOfMonthly(result.sites[0].economics.financing.equityNetUsdByMonth) ==
          Approx(0.10).epsilon(1e-10));
    CHECK(*finance::annualIrrOfMonthly(result.sites[1].economics.financing.equityNetUsdByMonth) ==
          Approx(0.21).epsilon(1e-10));

    // An infeasible site's flows are not money the portfolio makes: left out, as from the NPV total.
    result.sites.push_back(siteWithEquityFlows(flowsAt({{0, -1.0}, {1, 1000.0}}), false));
    const ScenarioFigures withInfeasible = portfolioFigures(result);
    REQUIRE(withInfeasible.equityIrr);
    CHECK(*withInfeasible.equityIrr == Approx(expected).epsilon(1e-10));
}

TEST_CASE("portfolio equity IRR: empty when the summed flows never change sign", "[scenarios][irr]") {
    PortfolioResult result;
    result.sites.push_back(siteWithEquityFlows(flowsAt({{0, -100.0}, {12, 50.0}})));
    result.sites.push_back(siteWithEquityFlows(flowsAt({{0, 100.0}, {12, -150.0}})));  // sum: 0, −100
    CHECK_FALSE(portfolioFigures(result).equityIrr);
    CHECK_FALSE(portfolioFigures(PortfolioResult{}).equityIrr);  // no sites, no flows
}

TEST_CASE("portfolio equity IRR of one site is that site's, in the comparison and in a risk run",
          "[scenarios][irr][risk]") {
    Portfolio p = samplePortfolio();
    p.sites.resize(1);
    const ScenarioComparison c = compareScenarios(p);
    REQUIRE(c.ok);
    const ScenarioOutcome& base = c.outcomes.front();
    REQUIRE(base.sites.front().equityIrr);
    REQUIRE(base.portfolio.equityIrr);
    CHECK(*base.portfolio.equityIrr == Approx(*base.sites.front().equityIrr).epsilon(1e-12));

    // Zero-width distributions: every trial is the deterministic portfolio, so P10 = P50 = P90 = it.
    Portfolio whole = samplePortfolio();
    const ScenarioComparison all = compareScenarios(whole);
    REQUIRE(all.ok);
    REQUIRE(all.outcomes.front().portfolio.equityIrr);
    risk::RiskSettings s = risk::zeroWidthRiskSettings();
    s.trials = 8;
    const risk::RiskResult r = risk::runRisk(whole, s);
    REQUIRE(r.ok);
    CHECK(r.portfolio.equityIrr.count == 8);
    CHECK(r.portfolio.equityIrr.p10 == Approx(*all.outcomes.front().portfolio.equityIrr).epsilon(1e-12));
    CHECK(r.portfolio.equityIrr.p90 == Approx(*all.outcomes.front().portfolio.equityIrr).epsilon(1e-12));
}
