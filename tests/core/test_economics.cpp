// Economics engine: one hand-computed month, capex by step and its timing, payback, cost of delay,
// the keep-mining baseline (the generic NPV/IRR maths is tested in test_finance.cpp). PowerBudget and
// ScheduleResult are built by hand here so these tests do not depend on the power and schedule engines.
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>

#include "catalogue/Catalogue.h"
#include "engines/Compute.h"
#include "engines/Economics.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

Portfolio onePortfolio(int horizonYears) {
    Portfolio p;
    p.startMonth = YearMonth{2027, 1};
    p.horizonYears = horizonYears;
    p.discountRatePct = 10.0;
    // The rules of test_economics_opex.cpp (opex beyond O&M, GPU life) are off here, so these hand
    // examples keep to the rules they test.
    p.opex.colocationOpexPctOfRent = 0.0;
    p.opex.gpuCloudOpexPctOfRevenue = 0.0;
    p.opex.gpuUsefulLifeYears = 20.0;
    return p;  // costs: the defaults of CostAssumptions
}

// 10 MW of IT on an N+1 chain of 3 × 5 MW (installed 15 MW), 1,000 S19 XP converted entirely.
Site oneSite() {
    Site s;
    s.name = "Hand";
    s.powerPriceUsdPerMwh = 50.0;
    s.powerPriceEscalationPctPerYear = 2.0;
    s.mining.units = 1000;  // S19 XP defaults: 3.01 kW, 140 TH/s, PUE 1.05, $45/PH/day, −10 %/yr, 95 % uptime
    s.plan.business.model = BusinessModel::Colocation;
    s.plan.business.colocationUsdPerKwMonth = 150.0;
    s.plan.business.powerPassThrough = false;  // the hand examples charge the hall's energy to the operator
    s.plan.business.lease.escalatorPctPerYear = 0.0;  // the escalator is tested in test_economics_opex.cpp
    s.plan.electrical.redundancy = Redundancy::NPlus1;
    s.plan.electrical.blockSizeMw = 5.0;
    s.plan.electrical.installedBlocks = 3;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    return s;
}

MiningBaseline fleet(int units) {
    MiningBaseline b;
    b.units = units;
    b.asicLoadMw = units * 3.01 / 1000.0;
    b.miningPue = 1.05;
    b.facilityMw = b.asicLoadMw * 1.05;
    b.hashratePhPerSecond = units * 140.0 / 1000.0;
    return b;
}

PowerBudget onePower() {
    PowerBudget p;
    p.gridMw = p.gridWithQueueMw = p.convertedGridMw = 13.0;
    p.installedCapacityMw = 15.0;
    p.usableCapacityMw = 10.0;
    p.itMw = 10.0;
    p.racks = 175;
    p.gpus = 5600;
    p.pue.monthly.fill(1.2);
    p.pue.monthly[0] = 1.1;  // January
    p.pue.annual = 1.19;
    p.miningBefore = fleet(1000);
    p.miningAfter = fleet(0);
    return p;
}

ScheduledTask task(const std::string& id, double start, double finish) {
    ScheduledTask t;
    t.id = id;
    t.earlyStartMonth = start;
    t.earlyFinishMonth = finish;
    t.lateStartMonth = start;  // hand schedules are all critical: late = early
    t.lateFinishMonth = finish;
    t.durationMonths = finish - start;
    return t;
}

// decommission [2.5, 3.5); electrical and cooling [1, 3); facility [2, 3); GPU install [3, 4);
// GPU procurement ends at 4.0; 10 MW online from month 4.
ScheduleResult oneSchedule(int horizonMonths) {
    ScheduleResult s;
    s.tasks = {task("proc-gpu", 0.0, 4.0), task("decommission", 2.5, 3.5), task("electrical", 1.0, 3.0),
               task("cooling", 1.0, 3.0),  task("facility", 2.0, 3.0),     task("gpu-install", 3.0, 4.0),
               task("rfs", 4.0, 4.0)};
    s.durationMonths = 4.0;
    s.rfsMonthIndex = 4;
    s.itOnlineMwByMonth.assign(static_cast<std::size_t>(horizonMonths), 0.0);
    for (int m = 4; m < horizonMonths; ++m) s.itOnlineMwByMonth[static_cast<std::size_t>(m)] = 10.0;
    return s;
}

const double kMonthlyRate = std::pow(1.1, 1.0 / 12.0) - 1.0;  // 0.0079741404…

}  // namespace

TEST_CASE("capex by step, hand-computed", "[economics]") {
    const Portfolio portfolio = onePortfolio(1);
    const Site site = oneSite();
    const EconomicsResult r = computeEconomics(site, portfolio, onePower(), oneSchedule(12));
    // GPU fit-out 1.5 M × 10 MW = 15 M (colocation: tenants bring GPUs → no GPU purchase)
    CHECK(r.capex.gpusUsd == 0.0);
    CHECK(r.capex.gpuInstallUsd == Approx(15.0e6));
    // Electrical 3 M × 15 installed MW = 45 M
    CHECK(r.capex.electricalUsd == Approx(45.0e6));
    // Direct-to-chip 2.0 M × 10 = 20 M
    CHECK(r.capex.coolingUsd == Approx(20.0e6));
    // Facility (0.3 + 0.15 + 0.1 + Tier III 0.5) M × 10 = 10.5 M
    CHECK(r.capex.facilityUsd == Approx(10.5e6));
    // Contingency 10 % of 90.5 M = 9.05 M; ASIC resale 1000 × 140 TH × $3 = 420 k
    CHECK(r.capex.contingencyUsd == Approx(9.05e6));
    CHECK(r.capex.asicResaleUsd == Approx(420000.0));
    CHECK(r.capexUsd == Approx(99.13e6));  // 90.5 + 9.05 − 0.42

    SECTION("capex is spread over the schedule tasks") {
        // Electrical 49.5 M (with contingency) over months 1–2, cooling 22 M over 1–2,
        // facility 11.55 M in 2, GPU fit-out 16.5 M in 3, ASIC credit −0.42 M when decommissioning ends (3.5
        // → month 3).
        CHECK(r.monthly[0].capexUsd == 0.0);
        CHECK(r.monthly[1].capexUsd == Approx(24.75e6 + 11.0e6));
        CHECK(r.monthly[2].capexUsd == Approx(24.75e6 + 11.0e6 + 11.55e6));
        CHECK(r.monthly[3].capexUsd == Approx(16.5e6 - 0.42e6));
        double sum = 0.0;
        for (const auto& cf : r.monthly) sum += cf.capexUsd;
        CHECK(sum == Approx(r.capexUsd));
    }
    SECTION("a fractional task is spread by its overlap with each month") {
        ScheduleResult schedule = oneSchedule(12);
        for (auto& t : schedule.tasks)
            if (t.id == "electrical") t.earlyStartMonth = 0.5, t.earlyFinishMonth = 2.5;
        const EconomicsResult f = computeEconomics(site, portfolio, onePower(), schedule);
        // 49.5 M over [0.5, 2.5): ¼ in month 0, ½ in month 1, ¼ in month 2.
        CHECK(f.monthly[0].capexUsd == Approx(12.375e6));
        CHECK(f.monthly[1].capexUsd == Approx(24.75e6 + 11.0e6));
        CHECK(f.monthly[2].capexUsd == Approx(12.375e6 + 11.0e6 + 11.55e6));
    }
    SECTION("spending past the horizon is booked in its last month") {
        ScheduleResult schedule = oneSchedule(12);
        for (auto& t : schedule.tasks)
            if (t.id == "electrical") t.earlyStartMonth = 10.5, t.earlyFinishMonth = 14.0;
        const EconomicsResult f = computeEconomics(site, portfolio, onePower(), schedule);
        // 49.5 M over 3.5 months: 0.5 month in month 10, 1 + 2 (after the horizon) in month 11.
        CHECK(f.monthly[10].capexUsd == Approx(49.5e6 * 0.5 / 3.5));
        CHECK(f.monthly[11].capexUsd == Approx(49.5e6 * 3.0 / 3.5));
        double sum = 0.0;
        for (const auto& cf : f.monthly) sum += cf.capexUsd;
        CHECK(sum == Approx(f.capexUsd));
    }
    SECTION("disabled steps cost nothing") {
        Site off = site;
        off.plan.electrical.enabled = off.plan.cooling.enabled = off.plan.facility.enabled = false;
        const EconomicsResult o = computeEconomics(off, portfolio, onePower(), oneSchedule(12));
        CHECK(o.capex.electricalUsd == 0.0);
        CHECK(o.capex.coolingUsd == 0.0);
        CHECK(o.capex.facilityUsd == 0.0);
        CHECK(o.capexUsd == Approx(15.0e6 * 1.1 - 0.42e6));
    }
    SECTION("an owner-operated GPU cloud buys the GPUs, paid at GPU delivery") {
        Site cloud = site;
        cloud.plan.business.model = BusinessModel::GpuCloud;
        const EconomicsResult c = computeEconomics(cloud, portfolio, onePower(), oneSchedule(12));
        // 5,600 GPUs × $35,000 = 196 M, vendor-priced so without contingency, in the month proc-gpu
        // ends (4.0 → month 3)
        CHECK(c.capex.gpusUsd == Approx(196.0e6));
        CHECK(c.capex.gpuInstallUsd == Approx(211.0e6));
        CHECK(c.monthly[3].capexUsd == Approx(16.5e6 - 0.42e6 + 196.0e6));
        cloud.plan.gpuDeliveryMonthIndex = 6;
        const EconomicsResult d = computeEconomics(cloud, portfolio, onePower(), oneSchedule(12));
        CHECK(d.monthly[6].capexUsd == Approx(196.0e6));
    }
}

TEST_CASE("2N costs more than N+1 for the same IT load", "[economics]") {
    // 10 MW of IT on 5 MW blocks: N+1 needs 3 blocks (15 MW installed), 2N needs 4 (20 MW installed).
    const Portfolio portfolio = onePortfolio(1);
    Site site = oneSite();
    PowerBudget nPlus1 = onePower();
    const EconomicsResult a = computeEconomics(site, portfolio, nPlus1, oneSchedule(12));
    site.plan.electrical.redundancy = Redundancy::TwoN;
    site.plan.electrical.installedBlocks = 4;
    PowerBudget twoN = onePower();
    twoN.installedCapacityMw = 20.0;
    const EconomicsResult b = computeEconomics(site, portfolio, twoN, oneSchedule(12));
    CHECK(b.capexUsd > a.capexUsd);
    // 5 extra installed MW × 3 M × 1.1 = 16.5 M
    CHECK(b.capexUsd - a.capexUsd == Approx(16.5e6));
    CHECK(b.npvUsd < a.npvUsd);
}

TEST_CASE("one month of operation, hand-computed", "[economics]") {
    const Portfolio portfolio = onePortfolio(2);
    const Site site = oneSite();
    const EconomicsResult r = computeEconomics(site, portfolio, onePower(), oneSchedule(24));
    REQUIRE(r.monthly.size() == 24);

    SECTION("colocation, May 2027 (month 4, 31 days = 744 h)") {
        const MonthlyCashFlow& may = r.monthly[4];
        CHECK(may.revenueUsd == Approx(1.5e6));        // $150/kW-month × 10,000 kW
        CHECK(may.energyCostUsd == Approx(446400.0));  // 10 MW × PUE 1.2 × 744 h × $50/MWh
        CHECK(may.omCostUsd == Approx(100000.0));      // $120k/MW-yr × 10 MW ÷ 12
        CHECK(may.miningRevenueUsd == 0.0);            // every ASIC decommissioned by then
        CHECK(may.capexUsd == 0.0);
        CHECK(may.netUsd == Approx(953600.0));  // 1,500,000 − 446,400 − 100,000
    }
    SECTION("power price escalates after 12 months; leap February 2028 has 696 h") {
        // 10 MW × 1.2 × 696 h × $50 × 1.02 = 425,952
        CHECK(r.monthly[13].energyCostUsd == Approx(425952.0));
        // January uses January's PUE: 10 × 1.1 × 744 × 51 = 417,384
        CHECK(r.monthly[12].energyCostUsd == Approx(417384.0));
    }
    SECTION("converted ASICs mine until decommissioning starts (month 2.5)") {
        // January: 140 PH/s × $45 × 31 d × 0.95 = 185,535
        CHECK(r.monthly[0].miningRevenueUsd == Approx(185535.0));
        // March (31 d), half a month before decommissioning starts: 92,767.5
        CHECK(r.monthly[2].miningRevenueUsd == Approx(92767.5));
        CHECK(r.monthly[3].miningRevenueUsd == 0.0);
        // January mining energy 3.01 MW × 1.05 × 744 h × $50 × 0.95 = 111,692.07; O&M 40k × 3.01 ÷ 12 =
        // 10,033.33
        CHECK(r.monthly[0].energyCostUsd == Approx(111692.07));
        CHECK(r.monthly[0].omCostUsd == Approx(10033.3333));
    }
    SECTION("GPU cloud revenue: GPUs online × hours × price × utilisation") {
        Site cloud = site;
        cloud.plan.business.model = BusinessModel::GpuCloud;
        ScheduleResult half = oneSchedule(24);
        half.itOnlineMwByMonth[4] = 5.0;
        half.itOnlineMwByMonth[12] = 5.0;
        const EconomicsResult c = computeEconomics(cloud, portfolio, onePower(), half);
        // 5 of 10 MW online → 2,800 of 5,600 GPUs × 744 h × $2.95 × 0.70 = 4,301,808
        CHECK(c.monthly[4].revenueUsd == Approx(4301808.0));
        // January 2028 (744 h): the GPUs, bought in month 3, are 9 months old — still the full price
        // (the decline counts from purchase; the step a year after it is in test_economics_opex.cpp)
        CHECK(c.monthly[12].revenueUsd == Approx(4301808.0));
        Site noGpus = cloud;
        noGpus.plan.gpu.enabled = false;
        CHECK(computeEconomics(noGpus, portfolio, onePower(), half).monthly[4].revenueUsd == 0.0);
    }
    SECTION("net = revenue + mining − energy − O&M − capex, every month") {
        for (const auto& cf : r.monthly)
            CHECK(cf.netUsd == Approx(cf.revenueUsd + cf.miningRevenueUsd + cf.residualValueUsd -
                                      cf.energyCostUsd - cf.omCostUsd - cf.capexUsd));
        CHECK(r.cumulativeNetUsd.back() ==
              Approx(std::accumulate(r.monthly.begin(), r.monthly.end(), 0.0,
                                     [](double s, const MonthlyCashFlow& cf) { return s + cf.netUsd; })));
    }
}

TEST_CASE("keep-mining baseline, hand-computed", "[economics]") {
    const Portfolio portfolio = onePortfolio(2);
    const EconomicsResult r = computeEconomics(oneSite(), portfolio, onePower(), oneSchedule(24));
    REQUIRE(r.keepMiningNetUsdByMonth.size() == 24);
    // January 2027: revenue 140 × 45 × 31 × 0.95 = 185,535; energy 111,692.07; O&M 10,033.33 → 63,809.60
    CHECK(r.keepMiningNetUsdByMonth[0] == Approx(63809.5967));
    // January 2028: hashprice 45 × 0.9 = 40.5, power $51:
    // 140 × 40.5 × 31 × 0.95 − 3.01 × 1.05 × 744 × 51 × 0.95 − 10,033.33 = 43,022.26
    CHECK(r.keepMiningNetUsdByMonth[12] == Approx(43022.2553));
    CHECK(r.cumulativeKeepMiningUsd.back() ==
          Approx(std::accumulate(r.keepMiningNetUsdByMonth.begin(), r.keepMiningNetUsdByMonth.end(), 0.0)));
    // NPV convention: month m discounted by 1.1^(−m/12), month 0 undiscounted.
    double pv = 0.0;
    for (std::size_t m = 0; m < 24; ++m)
        pv += r.keepMiningNetUsdByMonth[m] * std::pow(1.1, -static_cast<double>(m) / 12.0);
    CHECK(r.npvKeepMiningUsd == Approx(pv));

    SECTION("the share that is not converted mines in both cases") {
        PowerBudget partial = onePower();
        partial.miningAfter = fleet(400);  // 40 % keeps mining
        const EconomicsResult p = computeEconomics(oneSite(), portfolio, partial, oneSchedule(24));
        // keep-mining is the whole fleet regardless of the share
        CHECK(p.keepMiningNetUsdByMonth[0] == Approx(r.keepMiningNetUsdByMonth[0]));
        // May 2027, converted ASICs gone: 56 PH/s × 45 × 31 × 0.95 = 74,214 of mining revenue
        CHECK(p.monthly[4].miningRevenueUsd == Approx(74214.0));
        // only the 600 converted units are sold: 600 × 140 × 3 = 252,000
        CHECK(p.capex.asicResaleUsd == Approx(252000.0));
    }
}

// The clean example: no energy, O&M or mining; 30 M of electrical capex in month 0 (no schedule
// tasks → month 0); $1.5 M/month of colocation revenue (10 MW × 1000 × $150) from month 1.
struct CleanExample {
    Portfolio portfolio;
    Site site;
    PowerBudget power;
    ScheduleResult schedule;
};
CleanExample cleanExample() {
    Portfolio portfolio = onePortfolio(10);
    portfolio.costs.contingencyPct = 0.0;
    portfolio.costs.omUsdPerMwItYear = 0.0;
    portfolio.costs.gpuFitOutUsdPerMwIt = 0.0;
    Site site = oneSite();
    site.mining.units = 0;
    site.powerPriceUsdPerMwh = 0.0;
    site.plan.cooling.enabled = false;
    site.plan.facility.enabled = false;
    PowerBudget power = onePower();
    power.installedCapacityMw = 10.0;
    power.miningBefore = power.miningAfter = fleet(0);
    ScheduleResult schedule;
    schedule.itOnlineMwByMonth.assign(120, 10.0);
    schedule.itOnlineMwByMonth[0] = 0.0;
    return {portfolio, site, power, schedule};
}

TEST_CASE("NPV, IRR, payback and delay cost on a clean example", "[economics]") {
    // No energy, O&M or mining; 30 M of electrical capex in month 0 (no schedule tasks → month 0);
    // $1.5 M/month of colocation revenue from month 1.
    auto [portfolio, site, power, schedule] = cleanExample();
    portfolio.costs.includeResidualValue = false;  // tested on its own below

    const EconomicsResult r = computeEconomics(site, portfolio, power, schedule);
    CHECK(r.capexUsd == Approx(30.0e6));
    CHECK(r.monthly[0].netUsd == Approx(-30.0e6));
    CHECK(r.monthly[1].netUsd == Approx(1.5e6));
    // Cumulative −30 M + 1.5 M × m ≥ 0 first at m = 20.
    REQUIRE(r.paybackMonthIndex);
    CHECK(*r.paybackMonthIndex == 20);
    // Delay: month 1 loses its 1.5 M, everything else is unchanged: 1.5 M ÷ 1.1^(1/12) = 1,488,133.42
    CHECK(r.delayCostUsdPerMonth == Approx(1488133.4152));
    CHECK(r.delayCostUsdPerMonth > 0.0);
    // IRR: the annualised monthly root makes the month-0-undiscounted NPV zero.
    REQUIRE(r.irr);
    const double monthlyIrr = std::pow(1.0 + *r.irr, 1.0 / 12.0) - 1.0;
    double pvAtIrr = 0.0;
    for (std::size_t m = 0; m < r.monthly.size(); ++m)
        pvAtIrr += r.monthly[m].netUsd / std::pow(1.0 + monthlyIrr, m);
    CHECK(pvAtIrr == Approx(0.0).margin(1.0));
    CHECK(*r.irr > 0.5);  // 1.5 M/month on 30 M: about 5 %/month, ≈ 75 %/year
    // NPV: −30 M + 1.5 M × Σ_{m=1}^{119} v^m, v = 1/(1+r_m): annuity 1.5 M × (1 − v^119)/r_m × v … computed
    // directly
    double annuity = 0.0;
    for (int m = 1; m < 120; ++m) annuity += std::pow(1.0 + kMonthlyRate, -m);
    CHECK(r.npvUsd == Approx(-30.0e6 + 1.5e6 * annuity));

    SECTION("no payback within a one-year horizon") {
        Portfolio shortP = portfolio;
        shortP.horizonYears = 1;
        const EconomicsResult s = computeEconomics(site, shortP, power, schedule);
        CHECK_FALSE(s.paybackMonthIndex);  // −30 M + 11 × 1.5 M = −13.5 M
        CHECK(s.cumulativeNetUsd.back() == Approx(-13.5e6));
    }
    SECTION("nothing to pay back: month 0") {
        Site free = site;
        free.plan.electrical.enabled = false;
        const EconomicsResult f = computeEconomics(free, portfolio, power, schedule);
        REQUIRE(f.paybackMonthIndex);
        CHECK(*f.paybackMonthIndex == 0);
        CHECK_FALSE(f.irr);  // all flows ≥ 0
    }
}

TEST_CASE("delay cost is positive for a profitable project", "[economics]") {
    // At $250/kW-month the hand site earns 2.5 M − 446,400 − 100,000 = 1,953,600 a month from month 4.
    const Portfolio portfolio = onePortfolio(10);
    Site site = oneSite();
    site.plan.business.colocationUsdPerKwMonth = 250.0;
    const EconomicsResult r = computeEconomics(site, portfolio, onePower(), oneSchedule(120));
    REQUIRE(r.npvUsd > 0.0);
    CHECK(r.delayCostUsdPerMonth > 0.0);
    // Delay loses about one month of margin discounted 4 months (later months only swap their
    // neighbour's PUE, days and price, which nearly cancels).
    CHECK(r.delayCostUsdPerMonth == Approx(1953600.0 / std::pow(1.0 + kMonthlyRate, 4)).epsilon(0.1));
}

TEST_CASE("incremental NPV is NPV minus keep-mining NPV", "[economics]") {
    const auto [share, model, price] = GENERATE(table<int, BusinessModel, double>({
        {0, BusinessModel::Colocation, 50.0},
        {400, BusinessModel::Colocation, 20.0},
        {1000, BusinessModel::GpuCloud, 80.0},
        {250, BusinessModel::GpuCloud, 35.0},
    }));
    Site site = oneSite();
    site.plan.business.model = model;
    site.powerPriceUsdPerMwh = price;
    PowerBudget power = onePower();
    power.miningAfter = fleet(share);
    const EconomicsResult r = computeEconomics(site, onePortfolio(10), power, oneSchedule(120));
    CHECK(r.incrementalNpvUsd == Approx(r.npvUsd - r.npvKeepMiningUsd));
    CHECK(r.monthly.size() == 120);
    CHECK(r.cumulativeNetUsd.size() == 120);
    CHECK(r.keepMiningNetUsdByMonth.size() == 120);
}

TEST_CASE("missing schedule tasks and short vectors do not break the engine", "[economics]") {
    const Portfolio portfolio = onePortfolio(1);
    ScheduleResult empty;  // no tasks, no IT-online profile
    const EconomicsResult r = computeEconomics(oneSite(), portfolio, onePower(), empty);
    // All capex falls back to month 0 (ASIC credit too).
    CHECK(r.monthly[0].capexUsd == Approx(r.capexUsd));
    CHECK(r.monthly[0].revenueUsd == 0.0);
    // The converted ASICs stop at once without a decommission task.
    CHECK(r.monthly[0].miningRevenueUsd == 0.0);
    CHECK_FALSE(r.paybackMonthIndex);

    Portfolio none = portfolio;
    none.horizonYears = 0;
    const EconomicsResult z = computeEconomics(oneSite(), none, onePower(), empty);
    CHECK(z.monthly.empty());
    CHECK(z.npvUsd == 0.0);
}

TEST_CASE("the hall's residual book value is returned in the horizon's last month", "[economics]") {
    // The clean example: 30 M of electrical capex in month 0, no schedule tasks, so the hall is in
    // service from month 0 (RFS = duration 0). Facility life 20 years = 240 months.
    auto [portfolio, site, power, schedule] = cleanExample();

    const EconomicsResult r = computeEconomics(site, portfolio, power, schedule);
    // 120 of 240 months used: 30 M × (1 − 120/240) = 15 M, booked in month 119 only.
    CHECK(r.residualValueUsd == Approx(15.0e6));
    CHECK(r.monthly[119].residualValueUsd == Approx(15.0e6));
    CHECK(r.monthly[118].residualValueUsd == 0.0);
    CHECK(r.monthly[119].netUsd == Approx(1.5e6 + 15.0e6));
    // NPV gains 15 M × (1 + r_m)^−119 over the clean example's.
    Portfolio without = portfolio;
    without.costs.includeResidualValue = false;
    const EconomicsResult w = computeEconomics(site, without, power, schedule);
    CHECK(w.residualValueUsd == 0.0);
    CHECK(r.npvUsd - w.npvUsd == Approx(15.0e6 * std::pow(1.0 + kMonthlyRate, -119.0)));

    SECTION("a 1-year horizon keeps 95 % of the value; a 5-year life nothing after 10 years") {
        Portfolio shortP = portfolio;
        shortP.horizonYears = 1;  // 12 of 240 months: 30 M × 0.95 = 28.5 M
        CHECK(computeEconomics(site, shortP, power, schedule).residualValueUsd == Approx(28.5e6));
        Portfolio shortLife = portfolio;
        shortLife.costs.facilityLifeYears = 5.0;  // 120 months ≥ 60: fully written off
        CHECK(computeEconomics(site, shortLife, power, schedule).residualValueUsd == 0.0);
    }
    SECTION("owned GPUs depreciate over their own life from delivery") {
        // GPU cloud, hand schedule: proc-gpu finishes (late) at 4.0, RFS 4; 5,600 × 35,000 = 196 M of GPUs,
        // contingency 0. GPUs: 116 of 60 months → 0. Facility: GPU fit-out 0, electrical 30 M from month 4:
        // 30 M × (1 − 116/240) = 15.5 M.
        Site cloud = site;
        cloud.plan.business.model = BusinessModel::GpuCloud;
        ScheduleResult s = oneSchedule(120);
        s.durationMonths = 4.0;
        const EconomicsResult c = computeEconomics(cloud, portfolio, power, s);
        CHECK(c.residualValueUsd == Approx(30.0e6 * (1.0 - 116.0 / 240.0)));
        Portfolio longGpu = portfolio;
        longGpu.costs.gpuDepreciationYears = 20.0;  // GPUs: 196 M × (1 − 116/240) more
        CHECK(computeEconomics(cloud, longGpu, power, s).residualValueUsd ==
              Approx((30.0e6 + 196.0e6) * (1.0 - 116.0 / 240.0)));
    }
}

TEST_CASE("colocation with power passed through: the tenant pays the hall's energy", "[economics]") {
    // The one-month example (May 2027, 744 h, 10 MW online, PUE 1.2, $50/MWh escalated 2 % after 12
    // months — still year 0 in May 2027): hall energy 10 × 1.2 × 744 × 50 = 446,400 when the
    // operator pays; 0 when the tenant does. Revenue (1.5 M) and O&M are unchanged, so the month's
    // net rises by exactly 446,400. Mining energy is the operator's either way.
    Site site = oneSite();
    site.mining.units = 0;
    PowerBudget power = onePower();
    power.miningBefore = power.miningAfter = fleet(0);
    const Portfolio portfolio = onePortfolio(10);
    const EconomicsResult paid = computeEconomics(site, portfolio, power, oneSchedule(120));
    site.plan.business.powerPassThrough = true;
    const EconomicsResult passed = computeEconomics(site, portfolio, power, oneSchedule(120));
    CHECK(paid.monthly[4].energyCostUsd == Approx(446400.0));
    CHECK(passed.monthly[4].energyCostUsd == 0.0);
    CHECK(passed.monthly[4].revenueUsd == Approx(paid.monthly[4].revenueUsd));
    CHECK(passed.monthly[4].netUsd - paid.monthly[4].netUsd == Approx(446400.0));
    CHECK(passed.npvUsd > paid.npvUsd);
    // GPU cloud ignores the flag: the operator always buys the power it sells as GPU-hours.
    site.plan.business.model = BusinessModel::GpuCloud;
    const EconomicsResult cloud = computeEconomics(site, portfolio, power, oneSchedule(120));
    CHECK(cloud.monthly[4].energyCostUsd == Approx(446400.0));
}

TEST_CASE("incremental IRR is the IRR of converting minus keep-mining flows", "[economics]") {
    const Portfolio portfolio = onePortfolio(10);
    Site site = oneSite();
    SECTION("with no fleet, keep-mining flows are zero: incremental IRR = converting IRR") {
        PowerBudget power = onePower();
        power.miningBefore = fleet(0);
        power.miningAfter = fleet(0);
        const EconomicsResult r = computeEconomics(site, portfolio, power, oneSchedule(120));
        for (double keep : r.keepMiningNetUsdByMonth) REQUIRE(keep == 0.0);
        REQUIRE(r.convertingIrr);
        REQUIRE(r.incrementalIrr);
        CHECK(*r.incrementalIrr == Approx(*r.convertingIrr).margin(1e-12));
        CHECK(r.irr == r.convertingIrr);  // the old name, same number
    }
    SECTION("with a profitable fleet, incremental IRR is lower and is a root of the difference") {
        // 1,000 S19 XP at $20/MWh earn ~0.5 M a month of keep-mining margin the conversion gives up.
        site.powerPriceUsdPerMwh = 20.0;
        const EconomicsResult r = computeEconomics(site, portfolio, onePower(), oneSchedule(120));
        REQUIRE(r.convertingIrr);
        REQUIRE(r.incrementalIrr);
        CHECK(*r.incrementalIrr < *r.convertingIrr);
        std::vector<double> difference;
        for (std::size_t m = 0; m < r.monthly.size(); ++m)
            difference.push_back(r.monthly[m].netUsd - r.keepMiningNetUsdByMonth[m]);
        // monthly rate of the annual IRR: (1 + IRR)^(1/12) − 1; the difference's PV there is ~0
        const double monthly = std::pow(1.0 + *r.incrementalIrr, 1.0 / 12.0) - 1.0;
        double pv = 0.0;
        for (std::size_t m = 0; m < difference.size(); ++m) pv += difference[m] / std::pow(1.0 + monthly, m);
        CHECK(pv == Approx(0.0).margin(1e-3 * r.capexUsd));
        // The incremental NPV at 10 % and the incremental IRR against 10 % tell the same story.
        CHECK((r.incrementalNpvUsd > 0.0) == (*r.incrementalIrr > 0.10));
    }
}

TEST_CASE("halvings: the catalogue dates them, a halving month halves the subsidy",
          "[economics][catalogue]") {
    const auto& halvings = defaultCatalogue().halvings;
    const auto dated = [&halvings](const std::string& month) {
        for (const BitcoinHalving& h : halvings)
            if (h.month.toString() == month) return &h;
        return static_cast<const BitcoinHalving*>(nullptr);
    };
    REQUIRE(dated("2024-04"));
    CHECK(dated("2024-04")->blockHeight == 840000);
    CHECK_FALSE(dated("2024-04")->estimated);
    REQUIRE(dated("2028-04"));
    CHECK(dated("2028-04")->blockHeight == 1050000);
    CHECK(dated("2028-04")->estimated);
    REQUIRE(dated("2032-04"));
    CHECK(dated("2032-04")->blockHeight == 1260000);

    Portfolio portfolio = onePortfolio(1);
    portfolio.startMonth = YearMonth{2028, 1};
    Site site = oneSite();
    site.powerPriceUsdPerMwh = 20.0;  // cheap enough that the fleet runs after the halving
    PowerBudget power = onePower();
    power.miningAfter = fleet(1000);  // nothing converted: the whole fleet mines in both cases
    const EconomicsResult r = computeEconomics(site, portfolio, power, oneSchedule(12));
    // March 2028 (31 d): 140 PH/s × $45 × 31 × 0.95 = 185,535.
    CHECK(r.monthly[2].miningRevenueUsd == Approx(185535.0));
    // April 2028, the halving month (30 d): the subsidy — all of hashprice — halves:
    // 140 × 22.5 × 30 × 0.95 = 89,775, i.e. per day exactly half of March's.
    CHECK(r.monthly[3].miningRevenueUsd == Approx(89775.0));
    CHECK(r.monthly[3].miningRevenueUsd / 30.0 == Approx(0.5 * r.monthly[2].miningRevenueUsd / 31.0));
    // Keep-mining, April: 89,775 − 3.01 × 1.05 × 720 h × $20 × 0.95 − 40,000 × 3.01 ÷ 12
    //                   = 89,775 − 43,235.64 − 10,033.33 = 36,506.03
    CHECK(r.keepMiningNetUsdByMonth[3] == Approx(36506.03));
    CHECK(r.keepMiningCurtailedMonths == 0);

    SECTION("a halving in the start month is already in the base hashprice") {
        portfolio.startMonth = YearMonth{2028, 4};
        const EconomicsResult s = computeEconomics(site, portfolio, power, oneSchedule(12));
        // April 2028 as month 0: 140 × 45 × 30 × 0.95 = 179,550, not halved
        CHECK(s.monthly[0].miningRevenueUsd == Approx(179550.0));
    }
    SECTION("no halvings passed: hashprice follows its yearly trend only") {
        const EconomicsResult s = computeEconomics(site, portfolio, power, oneSchedule(12), true, {});
        CHECK(s.monthly[3].miningRevenueUsd == Approx(179550.0));  // 140 × 45 × 30 × 0.95
    }
}

TEST_CASE("curtailment: miners switch off in months whose margin is negative", "[economics]") {
    Portfolio portfolio = onePortfolio(1);
    portfolio.startMonth = YearMonth{2028, 1};
    Site site = oneSite();
    site.powerPriceUsdPerMwh = 40.0;
    PowerBudget power = onePower();
    power.miningAfter = fleet(1000);
    const EconomicsResult r = computeEconomics(site, portfolio, power, oneSchedule(12));
    // January 2028: 185,535 − 3.1605 MW × 744 h × $40 × 0.95 − 10,033.33 = 185,535 − 89,352.65 − 10,033.33
    //             = 86,149.02: runs.
    CHECK(r.keepMiningNetUsdByMonth[0] == Approx(86149.02));
    // April 2028, after the halving: 89,775 − 3.1605 × 720 × 40 × 0.95 − 10,033.33 = 89,775 − 86,470.28
    // − 10,033.33 = −6,728.61 < 0: switched off, the month nets 0 (no revenue, energy or O&M).
    CHECK(r.keepMiningNetUsdByMonth[3] == 0.0);
    CHECK(r.monthly[3].miningRevenueUsd == 0.0);
    // The same holds every month April–December (revenue and energy both scale with days, O&M does
    // not): 9 curtailed months, in the keep-mining fleet and in the share still mining.
    CHECK(r.keepMiningCurtailedMonths == 9);
    CHECK(r.remainingMiningCurtailedMonths == 9);
    for (int m = 3; m < 12; ++m) CHECK(r.keepMiningNetUsdByMonth[static_cast<std::size_t>(m)] == 0.0);
    // Never negative: an operator would not run a fleet at a loss.
    for (double net : r.keepMiningNetUsdByMonth) CHECK(net >= 0.0);
}

TEST_CASE("generated sites: keep-mining NPV never falls when power gets cheaper", "[economics][property]") {
    const unsigned seed = GENERATE(5u, 17u);
    const Portfolio p = test::generatePortfolio(seed, 120);
    Portfolio cheaper = p;
    for (Site& s : cheaper.sites) s.powerPriceUsdPerMwh *= 0.7;
    const PortfolioResult base = computePortfolio(p);
    const PortfolioResult cheap = computePortfolio(cheaper);
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        INFO("seed " << seed << ", site " << i);
        const double before = base.sites[i].economics.npvKeepMiningUsd;
        const double after = cheap.sites[i].economics.npvKeepMiningUsd;
        CHECK(after >= before - 1e-9 * std::fabs(before));
        CHECK(cheap.sites[i].economics.keepMiningCurtailedMonths <=
              base.sites[i].economics.keepMiningCurtailedMonths);
        for (double net : base.sites[i].economics.keepMiningNetUsdByMonth) CHECK(net >= 0.0);
    }
}

TEST_CASE("terminal value: none, book value or an exit at a cap rate, reported apart", "[economics]") {
    // The clean example: 30 M of electrical plant (10 MW installed at $3 M/MW) in service from month 0
    // (no schedule: RFS at 0), colocation at $150/kW-month on 10 MW, no energy, O&M or mining.
    CleanExample ex = cleanExample();
    ex.portfolio.costs.facilityLifeYears = 20.0;
    const double monthlyRate = kMonthlyRate;
    const auto run = [&ex]() { return computeEconomics(ex.site, ex.portfolio, ex.power, ex.schedule); };

    SECTION("book value (the default): 30 M × (1 − 120/240) = 15 M in month 119") {
        REQUIRE(ex.portfolio.terminalValue == TerminalValueMethod::BookValue);
        const EconomicsResult r = run();
        CHECK(r.terminalValueUsd == Approx(15.0e6));
        CHECK(r.residualValueUsd == r.terminalValueUsd);
        CHECK(r.monthly.back().residualValueUsd == Approx(15.0e6));
        // discounted 119 months: 15 M × 1.1^(−119/12) = 15 M × 0.388618 = 5.8293 M
        CHECK(r.terminalValuePvUsd == Approx(15.0e6 * std::pow(1.0 + monthlyRate, -119.0)));
        CHECK(r.terminalValuePvUsd == Approx(5.8293e6).epsilon(1e-4));
        CHECK(r.npvWithinHorizonUsd + r.terminalValuePvUsd == Approx(r.npvUsd));
    }
    SECTION("exit at 6 %: the final year's NOI of 18 M (12 × 1.5 M) ÷ 0.06 = 300 M") {
        ex.portfolio.terminalValue = TerminalValueMethod::ExitCapRate;
        ex.portfolio.exitCapRatePct = 6.0;
        const EconomicsResult r = run();
        CHECK(r.terminalValueUsd == Approx(300.0e6));
        CHECK(r.monthly.back().residualValueUsd == Approx(300.0e6));
        CHECK(r.npvWithinHorizonUsd + r.terminalValuePvUsd == Approx(r.npvUsd));
        // The cash within the horizon does not depend on the terminal-value method.
        ex.portfolio.terminalValue = TerminalValueMethod::BookValue;
        CHECK(r.npvWithinHorizonUsd == Approx(run().npvWithinHorizonUsd));
    }
    SECTION("exit for a GPU cloud falls back to book value (a GPU fleet is not a perpetuity)") {
        ex.portfolio.terminalValue = TerminalValueMethod::ExitCapRate;
        ex.site.plan.business.model = BusinessModel::GpuCloud;
        const EconomicsResult exit = run();
        ex.portfolio.terminalValue = TerminalValueMethod::BookValue;
        CHECK(exit.terminalValueUsd == Approx(run().terminalValueUsd));
    }
    SECTION("none, or includeResidualValue off: no terminal value; NPV = NPV within the horizon") {
        ex.portfolio.terminalValue = TerminalValueMethod::None;
        const EconomicsResult r = run();
        CHECK(r.terminalValueUsd == 0.0);
        CHECK(r.terminalValuePvUsd == 0.0);
        CHECK(r.npvUsd == Approx(r.npvWithinHorizonUsd));
        ex.portfolio.terminalValue = TerminalValueMethod::ExitCapRate;
        ex.portfolio.costs.includeResidualValue = false;
        CHECK(run().terminalValueUsd == 0.0);
    }
}

TEST_CASE("idle owned GPUs cost NPV, a colocation tenant's do not", "[economics]") {
    const Portfolio portfolio = onePortfolio(2);
    Site cloud = oneSite();
    cloud.plan.business.model = BusinessModel::GpuCloud;
    // Just in time (no delivery month): the 5,600 GPUs are paid when proc-gpu's late finish (4.0)
    // falls, the end of month 3; nothing is idle.
    const EconomicsResult jit = computeEconomics(cloud, portfolio, onePower(), oneSchedule(24));
    CHECK(jit.idleGpuCostUsd == 0.0);
    // Delivered in month 0 instead: the same 5,600 × $35,000 = 196 M is paid three months earlier,
    // ages three months longer for the book value and its GPU-hour price falls three months sooner;
    // that difference is the idle cost.
    cloud.plan.gpuDeliveryMonthIndex = 0;
    const EconomicsResult early = computeEconomics(cloud, portfolio, onePower(), oneSchedule(24));
    CHECK(early.idleGpuCostUsd == Approx(jit.npvUsd - early.npvUsd));
    CHECK(early.idleGpuCostUsd > 0.0);
    // Paying 196 M at month 0 instead of month 3 costs 196 M × (1 − 1.1^(−3/12)) = 4.61 M of NPV
    // before the book-value and price parts: the idle cost is at least that.
    CHECK(early.idleGpuCostUsd > 196.0e6 * (1.0 - std::pow(1.1, -3.0 / 12.0)));
    // Colocation: the tenant's GPUs, no purchase by the owner, no cost.
    Site colo = oneSite();
    colo.plan.gpuDeliveryMonthIndex = 0;
    CHECK(computeEconomics(colo, portfolio, onePower(), oneSchedule(24)).idleGpuCostUsd == 0.0);
}
