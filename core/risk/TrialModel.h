#pragma once
// One evaluation of a portfolio with its inputs scaled: the unit of work of both the sensitivity
// tornado and every Monte Carlo trial. What does not change between evaluations is prepared once
// (TrialModel::prepare): each site's power budget and PUE (the hourly climate is not re-read), its
// feasibility, and its task network, linked by integer index (engines/schedule/Network). An
// evaluation then only schedules the network with the drawn durations (engines/TrialSchedule: the
// network compiled once per thread, the CPM passes, nothing rebuilt but numbers) and runs the
// economics engine (computeEconomics) on scaled copies of the inputs: the engines' own functions,
// so the figures are the engines' own. With every factor at 1 an
// evaluation returns computePortfolio's numbers exactly.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "engines/TrialSchedule.h"
#include "engines/schedule/Network.h"
#include "model/Portfolio.h"

namespace m2ai::risk {

enum class CapexStep { GpuFitOut, Electrical, Cooling, Facility, Count };
inline constexpr std::size_t kCapexStepCount = static_cast<std::size_t>(CapexStep::Count);

// Multipliers on one site's inputs (1 = the portfolio's value).
struct SiteFactors {
    double powerPrice = 1.0;
    double colocationRent = 1.0;
    double utilisation = 1.0;  // the result is capped at 100 %
    double pueOverhead = 1.0;  // × (PUE − 1)
    std::array<double, kCapexStepCount> capex{1.0, 1.0, 1.0, 1.0};
    // Duration of each network task in months, by network index (TrialModel::site(i).network);
    // empty = the network's own durations.
    std::vector<double> taskMonths;
};

struct Factors {
    double hashprice = 1.0;
    double gpuHourPrice = 1.0;
    double gpuPrice = 1.0;
    double discountRate = 1.0;
    std::vector<SiteFactors> sites;  // one per site
};

struct SiteOutcome {
    double npvUsd = 0.0;
    double npvKeepMiningUsd = 0.0;
    double incrementalNpvUsd = 0.0;
    double durationMonths = 0.0;  // early finish of RFS
    int rfsMonthIndex = 0;
    // ScheduleResult::fullCapacityMonthIndex (may lie past the horizon); the horizon's length when
    // the plan has no IT load.
    int fullCapacityMonthIndex = 0;
    std::optional<double> convertingIrr;  // annual fractions
    std::optional<double> incrementalIrr;
    std::optional<double> equityIrr;  // after tax and debt (engines/finance/TaxAndDebt)
};

struct Outcome {
    std::vector<SiteOutcome> sites;
    // Over feasible sites, as PortfolioResult's totals.
    double npvUsd = 0.0;
    double npvKeepMiningUsd = 0.0;
    double incrementalNpvUsd = 0.0;
    // Earliest RFS and latest full capacity over feasible sites with IT load (the horizon's length
    // when there is none).
    int firstRfsMonthIndex = 0;
    int fullCapacityMonthIndex = 0;
    // The IRR of the feasible sites' equity flows summed month by month (engines/finance/PortfolioIrr.h).
    std::optional<double> equityIrr;
};

struct PreparedSite {
    PowerBudget power;
    bool feasible = true;
    bool hasIt = false;  // power.itMw > 0
    std::vector<schedule::NetworkTask> network;
    double unphasedRfsMonths = 0.0;             // kept from the deterministic schedule (engines/Schedule.h)
    std::vector<std::string> scheduledTaskIds;  // ScheduleResult::tasks order (topological)
    std::vector<std::string> scheduledTaskNames;
};

// Per-thread scratch: working copies of the inputs, overwritten field by field per evaluation, and
// each site's network compiled once (engines/TrialSchedule) with the schedule it last gave, whose
// task list and monthly capacity keep their storage from trial to trial.
struct Workspace {
    Portfolio portfolio;  // settings and costs only, no sites
    std::vector<Site> sites;
    std::vector<PowerBudget> powers;
    std::vector<TrialSchedule> schedules;
    std::vector<ScheduleResult> scheduled;
    std::vector<double> equityFlows;  // the portfolio's, summed over the sites of one trial
};

class TrialModel {
public:
    struct Prepared;
    // Throws std::invalid_argument for a network with a cycle or an unknown dependency (validation
    // reports both first; runRisk and runSensitivity validate before preparing).
    TrialModel(const Portfolio& portfolio, const Catalogue& catalogue);

    const Portfolio& portfolio() const { return portfolio_; }
    std::size_t siteCount() const { return sites_.size(); }
    const PreparedSite& site(std::size_t i) const { return sites_[i]; }
    int horizonMonths() const { return horizonMonths_; }

    Workspace makeWorkspace() const;
    Factors unitFactors() const;

    // critical, if given, gets per site one flag per scheduled task (ScheduleResult::tasks order).
    void evaluate(const Factors& factors, Workspace& work, Outcome& out,
                  std::vector<std::vector<char>>* critical = nullptr) const;

private:
    Portfolio portfolio_;  // without hourly climates (the prepared power budgets hold their result)
    const Catalogue& catalogue_;
    std::vector<PreparedSite> sites_;
    int horizonMonths_ = 0;
};

}  // namespace m2ai::risk
