// Operating costs and lease terms (issue 12 items 4 and 5, docs/model.md "Operating costs" and
// "Lease terms"), the capex split and the cash-flow components, on the hand example of
// test_economics.cpp: 10 MW of IT online from month 4, 5,600 GPUs, RFS at month 4.
#include <catch2/catch.hpp>
#include <cmath>

#include "engines/CashFlowComponents.h"
#include "engines/Compute.h"
#include "engines/Economics.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

Portfolio handPortfolio(int horizonYears) {
    Portfolio p;
    p.startMonth = YearMonth{2027, 1};
    p.horizonYears = horizonYears;
    p.discountRatePct = 10.0;
    return p;  // costs and opex: the defaults
}

Site handSite() {
    Site s;
    s.name = "Hand";
    s.powerPriceUsdPerMwh = 50.0;
    s.powerPriceEscalationPctPerYear = 0.0;
    s.mining.units = 0;
    s.plan.business.model = BusinessModel::Colocation;
    s.plan.business.colocationUsdPerKwMonth = 150.0;
    s.plan.business.powerPassThrough = true;
    s.plan.business.lease.escalatorPctPerYear = 0.0;  // set where a test is about it
    s.plan.electrical.redundancy = Redundancy::NPlus1;
    s.plan.electrical.blockSizeMw = 5.0;
    s.plan.electrical.installedBlocks = 3;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    return s;
}

PowerBudget handPower() {
    PowerBudget p;
    p.gridMw = p.gridWithQueueMw = p.convertedGridMw = 13.0;
    p.installedCapacityMw = 15.0;
    p.usableCapacityMw = 10.0;
    p.itMw = 10.0;
    p.racks = 175;
    p.gpus = 5600;
    p.pue.monthly.fill(1.2);
    p.pue.annual = 1.2;
    return p;
}

ScheduledTask task(const std::string& id, double start, double finish) {
    ScheduledTask t;
    t.id = id;
    t.earlyStartMonth = t.lateStartMonth = start;
    t.earlyFinishMonth = t.lateFinishMonth = finish;
    t.durationMonths = finish - start;
    return t;
}

// GPU procurement ends at 4.0 (GPUs paid in month 3); 10 MW online from month 4.
ScheduleResult handSchedule(int horizonMonths) {
    ScheduleResult s;
    s.tasks = {task("proc-gpu", 0.0, 4.0), task("electrical", 1.0, 3.0),  task("cooling", 1.0, 3.0),
               task("facility", 2.0, 3.0), task("gpu-install", 3.0, 4.0), task("rfs", 4.0, 4.0)};
    s.durationMonths = 4.0;
    s.rfsMonthIndex = 4;
    s.itOnlineMwByMonth.assign(static_cast<std::size_t>(horizonMonths), 0.0);
    for (int m = 4; m < horizonMonths; ++m) s.itOnlineMwByMonth[static_cast<std::size_t>(m)] = 10.0;
    return s;
}

EconomicsResult run(const Site& site, const Portfolio& portfolio, int horizonMonths) {
    return computeEconomics(site, portfolio, handPower(), handSchedule(horizonMonths));
}

Site handCloud() {
    Site s = handSite();
    s.plan.business.model = BusinessModel::GpuCloud;
    return s;
}

}  // namespace

TEST_CASE("colocation NOI margin with the default opex lands in the published 80-90 %", "[economics][opex]") {
    const Portfolio p = handPortfolio(1);
    const EconomicsResult r = run(handSite(), p, 12);
    const MonthlyCashFlow& may = r.monthly[4];
    CHECK(may.revenueUsd == Approx(1.5e6));       // $150 × 10,000 kW
    CHECK(may.energyCostUsd == 0.0);              // passed through to the tenant
    CHECK(may.omCostUsd == Approx(100000.0));     // $120k × 10 MW ÷ 12
    CHECK(may.otherOpexUsd == Approx(120000.0));  // 8 % of rent
    // NOI margin (1.5 M − 0.1 M − 0.12 M) ÷ 1.5 M = 85.33 %, every month alike
    REQUIRE(r.hallOperatingMarginPct);
    CHECK(*r.hallOperatingMarginPct == Approx(85.3333));
    CHECK(*r.hallOperatingMarginPct >= 80.0);
    CHECK(*r.hallOperatingMarginPct <= 90.0);
}

TEST_CASE("GPU cloud: service costs, price decline from purchase, useful life", "[economics][opex]") {
    Portfolio p = handPortfolio(3);
    const Site cloud = handCloud();
    // 5,600 GPUs × 744 h × $2.95 × 70 % = 8,603,616 in May 2027 (31 days)
    const double mayRevenue = 5600.0 * 744.0 * 2.95 * 0.7;

    SECTION("20 % of revenue for staff, support, network, software and sales") {
        const EconomicsResult r = run(cloud, p, 36);
        CHECK(r.monthly[4].revenueUsd == Approx(mayRevenue));
        CHECK(r.monthly[4].otherOpexUsd == Approx(0.2 * mayRevenue));  // 1,720,723.2
        // energy 10 MW × 1.2 × 744 h × $50 = 446,400; O&M 100,000
        CHECK(r.monthly[4].energyCostUsd == Approx(446400.0));
        // margin of the month (8,603,616 − 1,720,723.2 − 446,400 − 100,000) ÷ 8,603,616 = 73.65 %
        const double margin = (mayRevenue * 0.8 - 446400.0 - 100000.0) / mayRevenue;
        CHECK(margin == Approx(0.7365).epsilon(1e-3));
    }
    SECTION("the price steps 12 months after the GPUs were bought (month 3), not at month 12") {
        const EconomicsResult r = run(cloud, p, 36);
        // January 2028 (month 12, 744 h): 9 months old, full price
        CHECK(r.monthly[12].revenueUsd == Approx(mayRevenue));
        // March 2028 (month 14, 744 h): 11 months old, full price; April (15, 720 h): 12 months, × 0.85
        CHECK(r.monthly[14].revenueUsd == Approx(mayRevenue));
        CHECK(r.monthly[15].revenueUsd == Approx(5600.0 * 720.0 * 2.95 * 0.85 * 0.7));
    }
    SECTION("GPUs bought early (month 0) age from then") {
        Site early = cloud;
        early.plan.gpuDeliveryMonthIndex = 0;
        const EconomicsResult r = run(early, p, 36);
        // December 2027 (month 11): 11 months old; January 2028 (12): 12 months, × 0.85
        CHECK(r.monthly[11].revenueUsd == Approx(mayRevenue));
        CHECK(r.monthly[12].revenueUsd == Approx(mayRevenue * 0.85));
    }
    SECTION("retire at the end of a 1-year life: no revenue, no energy from month 15") {
        p.opex.gpuUsefulLifeYears = 1.0;
        p.opex.gpuEndOfLife = GpuEndOfLife::Retire;
        const EconomicsResult r = run(cloud, p, 36);
        CHECK(r.monthly[14].revenueUsd == Approx(mayRevenue));
        CHECK(r.monthly[15].revenueUsd == 0.0);
        CHECK(r.monthly[15].energyCostUsd == 0.0);
        CHECK(r.monthly[15].omCostUsd == Approx(100000.0));  // the hall's fixed costs go on
        CHECK(r.gpuRefreshUsd == 0.0);
    }
    SECTION("refresh at the end of a 1-year life: bought again in months 15 and 27, price afresh") {
        p.opex.gpuUsefulLifeYears = 1.0;
        p.opex.gpuEndOfLife = GpuEndOfLife::Refresh;
        const EconomicsResult r = run(cloud, p, 36);
        // 5,600 × $35,000 = 196 M, no contingency
        CHECK(r.monthly[3].gpuPurchaseUsd == Approx(196.0e6));
        CHECK(r.monthly[15].gpuPurchaseUsd == Approx(196.0e6));
        CHECK(r.monthly[27].gpuPurchaseUsd == Approx(196.0e6));
        CHECK(r.gpuRefreshUsd == Approx(392.0e6));
        CHECK(r.monthly[15].revenueUsd == Approx(5600.0 * 720.0 * 2.95 * 0.7));  // April, new fleet
        // book value at the end (month 36): the month-27 fleet, 9 of 60 months old: 196 M × 51/60
        // plus the facility's book value
        const EconomicsResult noGpuValue = [&] {
            Portfolio q = p;
            q.costs.gpuDepreciationYears = 0.75;  // 9 months: the last fleet is written off at the end
            return run(cloud, q, 36);
        }();
        CHECK(r.terminalValueUsd - noGpuValue.terminalValueUsd == Approx(196.0e6 * 51.0 / 60.0));
    }
}

TEST_CASE("no contingency on vendor-priced GPUs, and the capex split", "[economics][opex]") {
    const Portfolio p = handPortfolio(1);
    const EconomicsResult colo = run(handSite(), p, 12);
    const EconomicsResult cloud = run(handCloud(), p, 12);
    // Works: fit-out 15 + electrical 45 + cooling 20 + facility 10.5 = 90.5 M; 10 % contingency 9.05 M
    CHECK(colo.capex.contingencyUsd == Approx(9.05e6));
    CHECK(cloud.capex.contingencyUsd == Approx(9.05e6));  // the 196 M of GPUs carry none
    CHECK(colo.facilityCapexUsd == Approx(99.55e6));
    CHECK(colo.facilityCapexUsdPerMwIt == Approx(9.955e6));
    CHECK(colo.gpuPurchaseUsd == 0.0);
    CHECK(cloud.gpuPurchaseUsd == Approx(196.0e6));
    CHECK(cloud.facilityCapexUsd == Approx(99.55e6));
    CHECK(cloud.capexUsd == Approx(99.55e6 + 196.0e6));
    CHECK(cloud.monthly[3].gpuPurchaseUsd == Approx(196.0e6));
}

TEST_CASE("lease terms: escalator, lease-up, take-or-pay, term end", "[economics][lease]") {
    Portfolio p = handPortfolio(3);
    p.opex.colocationOpexPctOfRent = 0.0;
    Site site = handSite();
    site.plan.business.powerPassThrough = false;  // the operator pays for what the tenant occupies
    const double fullEnergyMay = 446400.0;        // 10 MW × 1.2 × 744 h × $50

    SECTION("the escalator steps on RFS anniversaries (RFS month 4)") {
        site.plan.business.lease.escalatorPctPerYear = 3.0;
        const EconomicsResult r = run(site, p, 36);
        CHECK(r.monthly[15].revenueUsd == Approx(1.5e6));           // 11 months after RFS
        CHECK(r.monthly[16].revenueUsd == Approx(1.545e6));         // 12: × 1.03
        CHECK(r.monthly[28].revenueUsd == Approx(1.5e6 * 1.0609));  // 24: × 1.03²
    }
    SECTION("a 4-month lease-up: a quarter let in the first month, full from the fourth") {
        site.plan.business.lease.leaseUpMonths = 4.0;
        const EconomicsResult r = run(site, p, 36);
        CHECK(r.monthly[4].revenueUsd == Approx(375000.0));
        CHECK(r.monthly[5].revenueUsd == Approx(750000.0));
        CHECK(r.monthly[7].revenueUsd == Approx(1.5e6));
        CHECK(r.monthly[4].energyCostUsd == Approx(0.25 * fullEnergyMay));  // only the let quarter draws
        CHECK(r.monthly[4].omCostUsd == Approx(100000.0));                  // O&M for the whole hall
    }
    SECTION("take-or-pay 50 % floors the ramp") {
        site.plan.business.lease.leaseUpMonths = 4.0;
        site.plan.business.lease.takeOrPayPct = 50.0;
        const EconomicsResult r = run(site, p, 36);
        CHECK(r.monthly[4].revenueUsd == Approx(750000.0));                 // max(25 %, 50 %)
        CHECK(r.monthly[5].revenueUsd == Approx(750000.0));                 // max(50 %, 50 %)
        CHECK(r.monthly[6].revenueUsd == Approx(1.125e6));                  // 75 %
        CHECK(r.monthly[4].energyCostUsd == Approx(0.25 * fullEnergyMay));  // paid for, not occupied
    }
    SECTION("a 1-year term: vacated, no rent and no load from month 16; renewed, rent goes on") {
        site.plan.business.lease.termYears = 1.0;
        site.plan.business.lease.afterTerm = LeaseEnd::Vacate;
        const EconomicsResult vacate = run(site, p, 36);
        CHECK(vacate.monthly[15].revenueUsd == Approx(1.5e6));
        CHECK(vacate.monthly[16].revenueUsd == 0.0);
        CHECK(vacate.monthly[16].energyCostUsd == 0.0);
        CHECK(vacate.monthly[16].omCostUsd == Approx(100000.0));
        site.plan.business.lease.afterTerm = LeaseEnd::Renew;
        const EconomicsResult renew = run(site, p, 36);
        CHECK(renew.monthly[16].revenueUsd == Approx(1.5e6));
        CHECK(renew.npvUsd > vacate.npvUsd);
    }
}

TEST_CASE("terminal value share of NPV is a result field", "[economics]") {
    const Portfolio p = handPortfolio(10);
    const EconomicsResult r = run(handSite(), p, 120);
    REQUIRE(r.npvUsd > 0.0);
    REQUIRE(r.terminalValueSharePct);
    CHECK(*r.terminalValueSharePct == Approx(100.0 * r.terminalValuePvUsd / r.npvUsd));
    Site poor = handSite();
    poor.plan.business.colocationUsdPerKwMonth = 10.0;
    const EconomicsResult loss = run(poor, p, 120);
    REQUIRE(loss.npvUsd <= 0.0);
    CHECK_FALSE(loss.terminalValueSharePct);
}

TEST_CASE("generated sites: the cash-flow components add up to net every month", "[economics][property]") {
    const unsigned seed = GENERATE(3u, 29u);
    const Portfolio p = test::generatePortfolio(seed, 150);
    const PortfolioResult r = computePortfolio(p);
    REQUIRE(r.sites.size() == 150);
    for (std::size_t i = 0; i < r.sites.size(); ++i) {
        const EconomicsResult& e = r.sites[i].economics;
        for (std::size_t m = 0; m < e.monthly.size(); ++m) {
            const MonthlyCashFlow& cf = e.monthly[m];
            double sum = 0.0;
            for (const CashFlowComponent& c : cashFlowComponents()) sum += c.signedUsd(cf);
            INFO("seed " << seed << ", site " << i << ", month " << m);
            CHECK(cf.netUsd == sum);  // net is computed as this very sum
            CHECK(cf.capexUsd == Approx(cf.facilityCapexUsd + cf.gpuPurchaseUsd - cf.asicResaleUsdCredit)
                                     .margin(1e-6 * std::max(1.0, std::fabs(cf.capexUsd))));
        }
    }
}
