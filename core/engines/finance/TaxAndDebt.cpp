// Tax, debt and the after-tax returns of one site's monthly flows. Conventions (docs/model.md "Tax
// and financing"): tax years are 12-month blocks from the portfolio start, and a year's tax is paid
// in its last month; depreciation starts when the asset is in service (the first RFS month, or the
// month it is bought if later); debt is drawn pro rata with capex before RFS and repaid as a level
// monthly annuity from RFS.
#include "engines/finance/TaxAndDebt.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>

#include "engines/finance/CashFlow.h"

namespace m2ai::finance {

namespace {

// MACRS recovery periods per AssetClass (IRS Publication 946 appendix B, estimates for a data hall):
// GPU servers and their racks and network are information systems (asset class 00.12, 5 years);
// electrical and cooling plant are taken as 15-year property; the hall's building works are
// nonresidential real property, 39 years straight line with no bonus.
constexpr std::array<int, kAssetClassCount> kMacrsRecoveryYears{5, 5, 15, 15, 39};
constexpr int kMaxBonusRecoveryYears = 20;  // bonus depreciation is for property of 20 years or less

double valueAt(const std::vector<double>& v, std::size_t i) {
    return i < v.size() ? v[i] : 0.0;
}

int yearCount(int horizonMonths) {
    return (horizonMonths + 11) / 12;
}

// Straight line from startMonth over lifeYears, month by month, into the tax years that fall inside
// the horizon.
void addStraightLine(std::vector<double>& byYear, double costUsd, int startMonth, double lifeYears,
                     int horizonMonths) {
    if (costUsd == 0.0 || !(lifeYears > 0.0)) return;
    const double lifeMonths = lifeYears * 12.0;
    const double end = std::min(startMonth + lifeMonths, static_cast<double>(horizonMonths));
    for (int y = startMonth / 12; y < static_cast<int>(byYear.size()); ++y) {
        const double from = std::max(y * 12.0, static_cast<double>(startMonth));
        const double to = std::min((y + 1) * 12.0, end);
        if (to <= from) break;
        byYear[static_cast<std::size_t>(y)] += costUsd * (to - from) / lifeMonths;
    }
}

// The MACRS percentages of macrsPercentages, without a vector per depreciated item.
constexpr double kMacrs5[] = {20.00, 32.00, 19.20, 11.52, 11.52, 5.76};
constexpr double kMacrs7[] = {14.29, 24.49, 17.49, 12.49, 8.93, 8.92, 8.93, 4.46};
constexpr double kMacrs15[] = {5.00, 9.50, 8.55, 7.70, 6.93, 6.23, 5.90, 5.90,
                               5.91, 5.90, 5.91, 5.90, 5.91, 5.90, 5.91, 2.95};

std::span<const double> macrsTable(int recoveryYears) {
    switch (recoveryYears) {
        case 5:
            return kMacrs5;
        case 7:
            return kMacrs7;
        case 15:
            return kMacrs15;
        default:
            return {};
    }
}

void addMacrs(std::vector<double>& byYear, double costUsd, int startMonth, std::size_t assetClass,
              double bonusPct, int horizonMonths) {
    const int recovery = kMacrsRecoveryYears[assetClass];
    const std::span<const double> pct = macrsTable(recovery);
    if (pct.empty() || recovery > kMaxBonusRecoveryYears) {
        addStraightLine(byYear, costUsd, startMonth, recovery, horizonMonths);
        return;
    }
    const int firstYear = startMonth / 12;
    const double bonusUsd = costUsd * std::clamp(bonusPct, 0.0, 100.0) / 100.0;
    const double restUsd = costUsd - bonusUsd;
    if (firstYear < static_cast<int>(byYear.size())) byYear[static_cast<std::size_t>(firstYear)] += bonusUsd;
    for (std::size_t k = 0; k < pct.size(); ++k) {
        const std::size_t y = static_cast<std::size_t>(firstYear) + k;
        if (y >= byYear.size()) break;
        byYear[y] += restUsd * pct[k] / 100.0;
    }
}

// A loss not used up yet: the tax year it arose in and what is left of it.
struct Loss {
    std::size_t year;
    double usd;
};

// Losses are used first in, first out, each for lossCarryForwardYears years after the one it arose
// in, and together for at most lossOffsetLimitPct of a year's taxable income (the US 80 % rule).
// No carry-back: the model has no tax years before the conversion. The tax of each year goes into
// taxUsdByYear and, if asked for, the losses left at each year's end into lossCarriedForwardUsdByYear;
// losses is the caller's working queue (its memory is reused from call to call).
void taxOnIncome(const TaxRules& rules, const std::vector<double>& incomeUsdByYear,
                 std::vector<double>& taxUsdByYear, std::vector<double>* lossCarriedForwardUsdByYear,
                 std::vector<Loss>& losses) {
    taxUsdByYear.assign(incomeUsdByYear.size(), 0.0);
    if (lossCarriedForwardUsdByYear) lossCarriedForwardUsdByYear->assign(incomeUsdByYear.size(), 0.0);
    // A queue of the losses not used up: losses[first ..] (at most one per year).
    losses.clear();
    losses.reserve(incomeUsdByYear.size());
    std::size_t first = 0;
    const auto limitYears = static_cast<std::size_t>(std::max(rules.lossCarryForwardYears, 0));
    for (std::size_t y = 0; y < incomeUsdByYear.size(); ++y) {
        while (first < losses.size() && limitYears > 0 && y - losses[first].year > limitYears) ++first;
        const double income = incomeUsdByYear[y];
        if (income < 0.0) {
            losses.push_back({y, -income});
        } else {
            double allowanceUsd = income * std::clamp(rules.lossOffsetLimitPct, 0.0, 100.0) / 100.0;
            double usedUsd = 0.0;
            for (std::size_t k = first; k < losses.size(); ++k) {
                Loss& loss = losses[k];
                const double take = std::min(loss.usd, allowanceUsd);
                loss.usd -= take;
                allowanceUsd -= take;
                usedUsd += take;
                if (allowanceUsd <= 0.0) break;
            }
            while (first < losses.size() && losses[first].usd <= 0.0) ++first;
            taxUsdByYear[y] = (income - usedUsd) * rules.ratePct / 100.0;
        }
        if (lossCarriedForwardUsdByYear)
            for (std::size_t k = first; k < losses.size(); ++k)
                (*lossCarriedForwardUsdByYear)[y] += losses[k].usd;
    }
}

// Level annuity that repays balanceUsd in n monthly instalments at monthlyRate.
double levelPayment(double balanceUsd, double monthlyRate, int n) {
    if (n <= 0) return balanceUsd;
    if (monthlyRate == 0.0) return balanceUsd / n;
    return balanceUsd * monthlyRate / (1.0 - std::pow(1.0 + monthlyRate, -static_cast<double>(n)));
}

void computeDebt(const TaxAndDebtInput& in, const std::vector<double>& capexUsdByMonth, FinancingResult& r,
                 std::vector<double>& scheduledServiceUsdByMonth) {
    const int horizon = static_cast<int>(capexUsdByMonth.size());
    const auto h = static_cast<std::size_t>(horizon);
    r.drawdownUsdByMonth.assign(h, 0.0);
    r.interestUsdByMonth.assign(h, 0.0);
    r.debtServiceUsdByMonth.assign(h, 0.0);
    r.balanceUsdByMonth.assign(h, 0.0);
    scheduledServiceUsdByMonth.assign(h, 0.0);
    if (!in.debt.enabled || horizon == 0) return;
    const double ltc = std::clamp(in.debt.loanToCostPct, 0.0, 100.0) / 100.0;
    const double monthlyRate = in.debt.interestRatePct / 100.0 / 12.0;
    const int repayStart = std::clamp(in.inServiceMonthIndex, 0, horizon);
    const int instalments = std::max(in.debt.tenorYears, 0) * 12;
    double balance = 0.0;
    int paymentsLeft = 0;
    for (int m = 0; m < horizon; ++m) {
        const auto i = static_cast<std::size_t>(m);
        const double interest = balance * monthlyRate;
        r.interestUsdByMonth[i] = interest;
        double service = 0.0;
        if (m < repayStart) {
            // Construction: interest is added to the loan, and the loan funds its share of capex.
            balance += interest;
            r.capitalisedInterestUsd += interest;
            const double draw = ltc * std::max(capexUsdByMonth[i], 0.0);
            balance += draw;
            r.drawdownUsdByMonth[i] = draw;
            r.debtDrawnUsd += draw;
        } else {
            if (m == repayStart) {
                r.levelPaymentUsdPerMonth = levelPayment(balance, monthlyRate, instalments);
                paymentsLeft = instalments;
            }
            if (paymentsLeft > 0 && balance > 0.0) {
                const double principal =
                    paymentsLeft == 1 ? balance : std::min(r.levelPaymentUsdPerMonth - interest, balance);
                balance -= principal;
                service = interest + principal;
                --paymentsLeft;
                scheduledServiceUsdByMonth[i] = service;
            }
        }
        if (m == horizon - 1 && balance > 0.0) {
            // Whatever the horizon leaves is repaid when the hall is valued (the terminal value).
            r.balloonUsd = balance;
            service += balance;
            balance = 0.0;
        }
        r.debtServiceUsdByMonth[i] = service;
        r.balanceUsdByMonth[i] = balance;
    }
    r.hasDebt = r.debtDrawnUsd > 0.0;
}

}  // namespace

std::vector<double> macrsPercentages(int recoveryYears) {
    const std::span<const double> table = macrsTable(recoveryYears);
    return {table.begin(), table.end()};
}

namespace {

// The first index from `from` whose value is not ±0.0 (NaN counts, as for `!= 0.0`), or the size.
// Most months of an asset class spend nothing; four at a time are tested by their bits (a double is
// ±0.0 exactly when every bit but the sign is clear).
int nextNonZero(const std::vector<double>& v, int from) {
    const auto n = static_cast<int>(v.size());
    const double* p = v.data();
    int i = from;
    for (; i + 4 <= n; i += 4) {
        std::uint64_t bits[4];
        std::memcpy(bits, p + i, sizeof bits);
        if (((bits[0] | bits[1] | bits[2] | bits[3]) << 1) != 0) break;
    }
    for (; i < n; ++i)
        if (p[i] != 0.0) return i;
    return n;
}

}  // namespace

std::vector<double> depreciationByYear(const TaxAndDebtInput& input, int years) {
    std::vector<double> out(static_cast<std::size_t>(std::max(years, 0)), 0.0);
    const int horizon = static_cast<int>(input.operatingUsd.size());
    const int inService = std::max(input.inServiceMonthIndex, 0);
    for (std::size_t c = 0; c < kAssetClassCount; ++c) {
        const std::vector<double>& spend = input.capexUsdByClass[c];
        // Spending before the asset is in service is one item placed in service at RFS.
        double pendingUsd = 0.0;
        const int months = static_cast<int>(spend.size());
        for (int m = nextNonZero(spend, 0); m < months; m = nextNonZero(spend, m + 1)) {
            const double cost = spend[static_cast<std::size_t>(m)];
            if (m < inService) {
                pendingUsd += cost;
                continue;
            }
            if (input.tax.usMacrs)
                addMacrs(out, cost, m, c, input.tax.bonusDepreciationPct, horizon);
            else
                addStraightLine(out, cost, m, input.tax.lifeYears[c], horizon);
        }
        if (pendingUsd != 0.0 && inService < horizon) {
            if (input.tax.usMacrs)
                addMacrs(out, pendingUsd, inService, c, input.tax.bonusDepreciationPct, horizon);
            else
                addStraightLine(out, pendingUsd, inService, input.tax.lifeYears[c], horizon);
        }
    }
    return out;
}

namespace {

// computeTaxAndDebt's working series, one set per thread, kept between calls so that the sites of
// a portfolio reuse their memory instead of allocating six vectors each (the engines compute one
// site at a time on a thread, and nothing here calls back into computeTaxAndDebt).
struct Scratch {
    std::vector<double> capexUsdByMonth, preTaxNet, scheduledService, projectIncome, interestByYear,
        projectTaxUsdByYear, cfadsByYear, serviceByYear;
    std::vector<Loss> losses;
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

}  // namespace

FinancingResult computeTaxAndDebt(const TaxAndDebtInput& in) {
    FinancingResult r;
    Scratch& work = scratch();
    const int horizon = static_cast<int>(in.operatingUsd.size());
    const auto h = static_cast<std::size_t>(horizon);
    const int years = yearCount(horizon);
    const auto ny = static_cast<std::size_t>(years);

    std::vector<double>& capexUsdByMonth = work.capexUsdByMonth;
    capexUsdByMonth.assign(h, 0.0);
    double totalCapexUsd = 0.0;
    for (const auto& spend : in.capexUsdByClass) {
        if (spend.size() >= h)  // the usual case: a plain loop the compiler vectorises, same sums
            for (std::size_t i = 0; i < h; ++i) capexUsdByMonth[i] += spend[i];
        else
            for (std::size_t i = 0; i < h; ++i) capexUsdByMonth[i] += valueAt(spend, i);
    }
    for (double c : capexUsdByMonth) totalCapexUsd += c;

    std::vector<double>& preTaxNet = work.preTaxNet;
    preTaxNet.assign(h, 0.0);
    for (std::size_t i = 0; i < h; ++i)
        preTaxNet[i] = in.operatingUsd[i] + valueAt(in.asicResaleUsd, i) - capexUsdByMonth[i];
    if (horizon > 0) preTaxNet.back() += in.terminalValueUsd;

    std::vector<double>& scheduledService = work.scheduledService;
    computeDebt(in, capexUsdByMonth, r, scheduledService);

    // Taxable income before losses: operating cash + ASIC proceeds − depreciation (− interest for the
    // equity), and in the last year the gain on the terminal value over the basis not yet deducted.
    r.depreciationUsdByYear = depreciationByYear(in, years);
    std::vector<double>& projectIncome = work.projectIncome;
    projectIncome.assign(ny, 0.0);
    std::vector<double>& interestByYear = work.interestByYear;
    interestByYear.assign(ny, 0.0);
    for (std::size_t i = 0; i < h; ++i) {
        projectIncome[i / 12] += in.operatingUsd[i] + valueAt(in.asicResaleUsd, i);
        interestByYear[i / 12] += r.interestUsdByMonth[i];
    }
    double depreciatedUsd = 0.0;
    for (std::size_t y = 0; y < ny; ++y) {
        projectIncome[y] -= r.depreciationUsdByYear[y];
        depreciatedUsd += r.depreciationUsdByYear[y];
    }
    if (ny > 0) projectIncome.back() += in.terminalValueUsd - (totalCapexUsd - depreciatedUsd);
    // The equity's taxable income is reported as it is: built in the result.
    std::vector<double>& equityIncome = r.taxableIncomeUsdByYear;
    equityIncome.assign(projectIncome.begin(), projectIncome.end());
    for (std::size_t y = 0; y < ny; ++y) equityIncome[y] -= interestByYear[y];

    r.taxApplies = in.tax.enabled;
    r.taxRatePct = in.tax.enabled ? in.tax.ratePct : 0.0;
    r.projectTaxUsdByMonth.assign(h, 0.0);
    r.taxUsdByMonth.assign(h, 0.0);
    if (in.tax.enabled) {
        // The project's tax by year is a working series; the equity's is the result's.
        std::vector<double>& projectTaxUsdByYear = work.projectTaxUsdByYear;
        taxOnIncome(in.tax, projectIncome, projectTaxUsdByYear, nullptr, work.losses);
        taxOnIncome(in.tax, equityIncome, r.taxUsdByYear, &r.lossCarriedForwardUsdByYear, work.losses);
        for (std::size_t y = 0; y < ny; ++y) {
            const std::size_t lastMonth = std::min((y + 1) * 12, h) - 1;
            r.projectTaxUsdByMonth[lastMonth] = projectTaxUsdByYear[y];
            r.taxUsdByMonth[lastMonth] = r.taxUsdByYear[y];
            r.projectTaxUsd += projectTaxUsdByYear[y];
            r.taxUsd += r.taxUsdByYear[y];
        }
    } else {
        r.taxUsdByYear.assign(ny, 0.0);
        r.lossCarriedForwardUsdByYear.assign(ny, 0.0);
    }

    // DSCR per tax year with scheduled debt service: operating cash after the tax paid ÷ that
    // service. A balloon at the horizon is a refinancing, not covered from one year's cash.
    r.dscrByYear.assign(ny, std::nullopt);
    if (r.hasDebt) {
        std::vector<double>& cfads = work.cfadsByYear;
        std::vector<double>& service = work.serviceByYear;
        cfads.assign(ny, 0.0);
        service.assign(ny, 0.0);
        for (std::size_t i = 0; i < h; ++i) {
            cfads[i / 12] += in.operatingUsd[i] - r.taxUsdByMonth[i];
            service[i / 12] += scheduledService[i];
        }
        for (std::size_t y = 0; y < ny; ++y) {
            if (!(service[y] > 0.0)) continue;
            r.dscrByYear[y] = cfads[y] / service[y];
            if (!r.minDscr || *r.dscrByYear[y] < *r.minDscr) r.minDscr = r.dscrByYear[y];
        }
        r.dscrBelowMinimum = r.minDscr && *r.minDscr < in.debt.minDscr;
    }

    r.projectNetUsdByMonth.resize(h);
    r.equityNetUsdByMonth.resize(h);
    for (std::size_t i = 0; i < h; ++i) {
        r.projectNetUsdByMonth[i] = preTaxNet[i] - r.projectTaxUsdByMonth[i];
        r.equityNetUsdByMonth[i] =
            preTaxNet[i] - r.taxUsdByMonth[i] + r.drawdownUsdByMonth[i] - r.debtServiceUsdByMonth[i];
    }
    // Discounted like the pre-tax NPV: month 0 undiscounted, month m at (1 + annual)^(−m/12).
    r.projectNpvUsd =
        presentValue(ratePerPeriodFromAnnual(in.projectDiscountRatePct / 100.0, 12), r.projectNetUsdByMonth);
    r.equityNpvUsd =
        presentValue(ratePerPeriodFromAnnual(in.equityDiscountRatePct / 100.0, 12), r.equityNetUsdByMonth);
    if (const auto monthly = irr(r.projectNetUsdByMonth))
        r.projectIrr = annualRateFromPerPeriod(*monthly, 12);
    // Without debt the equity's flows are usually the project's, bit for bit: the same IRR then.
    const bool sameFlows = h == 0 || std::memcmp(r.equityNetUsdByMonth.data(), r.projectNetUsdByMonth.data(),
                                                 h * sizeof(double)) == 0;
    if (sameFlows)
        r.equityIrr = r.projectIrr;
    else if (const auto monthly = irr(r.equityNetUsdByMonth))
        r.equityIrr = annualRateFromPerPeriod(*monthly, 12);
    return r;
}

}  // namespace m2ai::finance
