#pragma once
// What the engines compute: plain value types read by the CLI, the UI models, charts and reports.
// Month indices count from the portfolio's start month (index 0 = start month).
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engines/SiteWarning.h"
#include "engines/TaskText.h"
#include "engines/finance/TaxAndDebtResult.h"
#include "validation/MessageParams.h"

namespace m2ai {

// Facility power split into its parts. facilityMw() is their sum by construction, so the parts
// always add up to facility power exactly.
struct PowerBreakdownMw {
    double itMw = 0.0;
    double coolingMw = 0.0;
    double electricalLossMw = 0.0;  // UPS + transformers + distribution
    double miscMw = 0.0;            // lighting, offices, security
    double facilityMw() const { return itMw + coolingMw + electricalLossMw + miscMw; }
};

struct MiningBaseline {
    int units = 0;
    double asicLoadMw = 0.0;  // units × kW per unit
    double facilityMw = 0.0;  // asicLoadMw × mining PUE
    double hashratePhPerSecond = 0.0;
    double miningPue = 1.0;
};

// Hours a cooling plant spends in each mode (docs/model.md "Cooling modes"): free cooling (no
// compressor or evaporation beyond the base), economiser (partial: trim compressors or adiabatic
// assist) and mechanical (compressors or full evaporation carry the load).
struct CoolingModeHours {
    double freeHours = 0.0;
    double economiserHours = 0.0;
    double mechanicalHours = 0.0;
    double total() const { return freeHours + economiserHours + mechanicalHours; }
};

struct PueResult {
    std::array<double, 12> monthly{};                     // PUE per calendar month, Jan..Dec
    std::array<PowerBreakdownMw, 12> monthlyBreakdown{};  // at the site's IT load
    double annual = 1.0;                                  // energy-weighted over the year
    double peak = 1.0;                                    // hottest month's PUE
    int peakMonth = 0;                                    // 0..11
    // From the hourly climate when the site has one (else from the monthly means, each month's
    // hours counted in the mode of its mean temperature).
    bool hourly = false;
    std::array<double, 12> monthlyHours{};       // hours behind each month (24 × days, or the file's)
    std::array<double, 12> monthlyWueLPerKwh{};  // site water per kWh of IT, mean over the month
    std::array<CoolingModeHours, 12> monthlyModeHours{};
    CoolingModeHours annualModeHours;
    double peakHourPue = 1.0;  // the worst hour (equal to `peak` for a monthly climate)
    int peakHourIndex = -1;    // 0-based row of the hourly climate; −1 for a monthly climate
    // Design condition the power budget sizes IT on (docs/model.md "Design-day sizing"): for an
    // hourly climate the file's 0.4 % dry-bulb and wet-bulb hours (the cooling plant is sized there
    // and draws no more above it); for a monthly climate the hottest month (designPue == peak), or
    // the site's design temperature (SiteClimate::design) when that is hotter.
    double designPue = 1.0;
    bool designFromHourly = false;
    double designExceedancePct = 0.0;  // 0.4 for an hourly climate
    double designDryBulbC = 0.0;       // the design temperatures (the hottest month's means if monthly)
    double designWetBulbC = 0.0;
    double designExceedanceHours = 0.0;  // hours above the design temperature the technology follows
};

struct PowerBudget {
    double gridMw = 0.0;               // interconnect available now
    double gridWithQueueMw = 0.0;      // now + queued extra (equal to gridMw when no queue)
    double convertedGridMw = 0.0;      // share of gridWithQueueMw given to AI
    double miningGridMw = 0.0;         // the rest, still mining
    double installedCapacityMw = 0.0;  // k × M, or the existing chain when the step is off
    double usableCapacityMw = 0.0;     // critical capacity the redundancy topology allows
    double itMw = 0.0;                 // = min(usable, convertedGrid ÷ peak PUE)
    double itMwOnCurrentGrid = 0.0;    // the same with today's interconnect only
    bool limitedByElectrical = false;  // true when usable capacity, not the grid, sets itMw
    int racks = 0;
    long long gpus = 0;
    PowerBreakdownMw peak;           // at design peak (hottest month)
    PowerBreakdownMw annualAverage;  // energy-weighted average over the year
    double spareMw = 0.0;            // convertedGridMw − peak facility power (≥ 0)
    MiningBaseline miningBefore;     // the whole site mining, today
    MiningBaseline miningAfter;      // the unconverted share still mining
    PueResult pue;
};

enum class TaskKind {
    Design,
    Procurement,
    Decommission,
    Electrical,
    Cooling,
    Facility,
    GpuInstall,
    Commissioning,
    GridUpgrade,
    Milestone,
    User
};

// Ids and names are TaskText: a generated task's refer to constants, a user task's are owned.
struct ScheduledTask {
    TaskText id;
    TaskText name;
    TaskKind kind = TaskKind::User;
    double durationMonths = 0.0;
    std::vector<TaskText> predecessors;
    double earlyStartMonth = 0.0;
    double earlyFinishMonth = 0.0;
    double lateStartMonth = 0.0;
    double lateFinishMonth = 0.0;
    double totalFloatMonths = 0.0;
    bool critical = false;        // critical for first RFS or for full capacity (either below)
    TaskText drivingPredecessor;  // the predecessor whose finish sets the early start ("" if none)
    // Which milestone a slip of this task delays (docs/model.md "Milestones"). Late times and total
    // float are measured against first RFS for the tasks RFS waits for, else against full capacity.
    bool criticalForFirstRfs = false;
    bool criticalForFullCapacity = false;
};

// The steps whose capex the schedule spreads phase by phase, named by their tasks' ids.
enum class CapexStep : unsigned char { Electrical, Cooling, Facility, GpuInstall };

constexpr std::string_view capexStepTaskId(CapexStep step) {
    switch (step) {
        case CapexStep::Electrical:
            return "electrical";
        case CapexStep::Cooling:
            return "cooling";
        case CapexStep::Facility:
            return "facility";
        case CapexStep::GpuInstall:
            return "gpu-install";
    }
    return "";
}

// A share of one step's capex spent over [startMonth, finishMonth): phase by phase. The step is an
// enum, not its task's id as text, so the economics find a step's windows without comparing text.
struct CapexWindow {
    CapexStep step = CapexStep::Electrical;
    double startMonth = 0.0;
    double finishMonth = 0.0;
    double share = 1.0;  // of that step's capex; a step's windows add up to 1
    std::string_view taskId() const { return capexStepTaskId(step); }  // "electrical", "cooling", …
};

struct ScheduleResult {
    // In topological order; "rfs" (first phase in service) then "full-capacity" (the last) end it.
    std::vector<ScheduledTask> tasks;
    std::vector<TaskText> criticalPath;  // task ids from start to RFS
    std::vector<TaskText> criticalPathToFullCapacity;
    double durationMonths = 0.0;      // early finish of RFS (phase 1)
    int rfsMonthIndex = 0;            // ceil(durationMonths): first full month in service
    double fullCapacityMonths = 0.0;  // early finish of "full-capacity"
    // nullopt when the plan puts no AI capacity in service (no IT MW).
    std::optional<int> firstRfsMonthIndex;
    std::optional<int> fullCapacityMonthIndex;
    // Months between phases going into service (≥ the plan's; see docs/model.md), and each step's
    // capex spread phase by phase; empty windows: engines fall back to the step's task.
    std::optional<double> phaseGapMonths;
    std::vector<CapexWindow> capexWindows;
    std::vector<double> itOnlineMwByMonth;  // per month of the horizon
    double idleGpuMonths = 0.0;             // GPU-months between delivery and power-ready
    double strandedDepreciationUsd = 0.0;   // depreciation of those idle GPU-months
    // The core API's convention (docs/architecture.md): false with a one-line error when the network
    // cannot be scheduled (a dependency cycle, a repeated or unknown task id; validation refuses
    // them first); the figures above are then empty.
    bool ok = false;
    std::string error;
};

// One month of the converting plan. netUsd is the signed sum of the components that
// engines/CashFlowComponents.h lists (the CSV and xlsx writers print one column per component), so
// a component added to this struct must be added to that list too.
struct MonthlyCashFlow {
    // capexUsd = facilityCapexUsd + gpuPurchaseUsd − asicResaleUsd, kept for the charts; costs are
    // kept positive here and subtracted by net.
    double capexUsd = 0.0;
    double facilityCapexUsd = 0.0;     // fit-out, electrical, cooling, facility, with their contingency
    double gpuPurchaseUsd = 0.0;       // owned GPUs on delivery, and their refreshes (no contingency)
    double asicResaleUsdCredit = 0.0;  // the converted ASICs sold (a credit)
    double revenueUsd = 0.0;
    double energyCostUsd = 0.0;
    double omCostUsd = 0.0;
    // Lease property costs (colocation) or cloud service costs (GPU cloud): OperatingCosts.
    double otherOpexUsd = 0.0;
    double miningRevenueUsd = 0.0;  // the unconverted share, still mining
    double residualValueUsd = 0.0;  // the terminal value, in the horizon's last month only
    double netUsd = 0.0;
};

struct CapexByStep {
    double gpuInstallUsd = 0.0;  // fit-out (+ GPUs when the operator owns them)
    double gpusUsd = 0.0;        // the GPU purchase part of gpuInstallUsd
    double electricalUsd = 0.0;
    double coolingUsd = 0.0;
    double facilityUsd = 0.0;
    double contingencyUsd = 0.0;
    double asicResaleUsd = 0.0;  // a credit: reduces capexUsd
    double totalUsd() const {
        return gpuInstallUsd + electricalUsd + coolingUsd + facilityUsd + contingencyUsd - asicResaleUsd;
    }
};

struct EconomicsResult {
    CapexByStep capex;
    double capexUsd = 0.0;
    std::vector<MonthlyCashFlow> monthly;         // converting, per month of the horizon
    std::vector<double> keepMiningNetUsdByMonth;  // the whole site keeps mining
    std::vector<double> cumulativeNetUsd;         // converting
    std::vector<double> cumulativeKeepMiningUsd;
    double npvUsd = 0.0;
    // IRRs are annual fractions (0.0866 = 8.66 %), each named for the flows it is the IRR of.
    // convertingIrr: the converting plan's own monthly net (capex, AI hall, the mining that stays,
    // residual value), before tax, unlevered. irr is the same number under its old name (ui/).
    std::optional<double> irr;
    std::optional<double> convertingIrr;
    // incrementalIrr: converting minus keep-mining, month by month — the return on the decision to
    // convert, the IRR that belongs beside incrementalNpvUsd.
    std::optional<double> incrementalIrr;
    std::optional<int> paybackMonthIndex;  // first month the cumulative net is ≥ 0
    double npvKeepMiningUsd = 0.0;
    // Months the miners are switched off because the month's margin would be negative: the whole
    // fleet in the keep-mining case, the unconverted share in the converting case.
    int keepMiningCurtailedMonths = 0;
    int remainingMiningCurtailedMonths = 0;
    double incrementalNpvUsd = 0.0;     // npvUsd − npvKeepMiningUsd
    double delayCostUsdPerMonth = 0.0;  // NPV lost if RFS slips one month
    // NPV lost because owned GPUs (GPU cloud) arrive on a fixed month before their phase has power
    // (paid on delivery, earning nothing meanwhile, ageing for the book value): NPV with
    // just-in-time delivery − NPV. 0 for colocation (the tenant's GPUs) and just-in-time plans.
    // Contained in npvUsd, unlike ScheduleResult::strandedDepreciationUsd.
    double idleGpuCostUsd = 0.0;
    double residualValueUsd = 0.0;  // the terminal value (undiscounted); its old name
    // npvUsd = npvWithinHorizonUsd + terminalValuePvUsd: what the horizon's cash earns and what the
    // hall is worth at its end (the portfolio's terminal-value method), reported apart.
    double terminalValueUsd = 0.0;  // undiscounted, booked in the horizon's last month
    double terminalValuePvUsd = 0.0;
    double npvWithinHorizonUsd = 0.0;
    // terminalValuePvUsd as a percentage of npvUsd; empty when npvUsd ≤ 0 (a share of a loss has
    // no meaning: the UI shows the two figures instead).
    std::optional<double> terminalValueSharePct;
    // Capex split (issue 12 item 10): capexUsd = facilityCapexUsd + gpuPurchaseUsd − capex.asicResaleUsd.
    // gpuPurchaseUsd: owned GPUs, first fleet, vendor-priced so without contingency (refreshes are
    // gpuRefreshUsd); facilityCapexUsd: everything else, with its contingency.
    double gpuPurchaseUsd = 0.0;
    double facilityCapexUsd = 0.0;
    double facilityCapexUsdPerMwIt = 0.0;  // facilityCapexUsd ÷ IT MW (0 without IT)
    double gpuRefreshUsd = 0.0;            // GPU refreshes paid inside the horizon (undiscounted)
    // Operating margin of the AI hall over the horizon: (revenue − the hall's energy, O&M and
    // other opex) ÷ revenue, in %; the NOI margin for colocation. Empty without revenue.
    std::optional<double> hallOperatingMarginPct;
    // After tax and with debt (engines/finance/TaxAndDebt): the project's after-tax NPV and IRR, the
    // equity's, the tax paid and the DSCR. npvUsd and the IRRs above stay before tax and unlevered.
    FinancingResult financing;
};

struct EnvironmentResult {
    double facilityMwhPerYear = 0.0;
    double itMwhPerYear = 0.0;
    double co2TonnesPerYear = 0.0;
    double waterM3PerYear = 0.0;
    double wueLPerKwh = 0.0;
};

// Why a plan cannot work (engines/Feasibility; docs/model.md "Feasibility"). Structured, not a
// sentence: the UI and reports translate it (describeInfeasibility gives the English text), and the
// JSON results carry the code name, the parameters and the field path.
enum class InfeasibilityCode {
    RackDenserThanCooling,             // numbers: kwPerRack, maxRackKw; texts: cooling
    PlatformNeedsLiquidCooling,        // texts: platform (id), platformName, cooling
    AiHallWithoutGpuStep,              // texts: businessModel
    LeaseNeedsRedundancy,              // texts: required, planned
    LeaseNeedsCertification,           // texts: required, planned
    FleetExceedsGrid,                  // numbers: fleetMw, gridMw
    RackPowerTooLowForGpus,            // numbers: kwPerGpu, minKwPerGpu; texts: platform, platformName
    StepsEnabledWithNothingConverted,  // texts: steps ("gpu, electrical, …")
    GpuCloudNeedsProtectedHall,        // texts: missing ("electrical rebuild, facility works")
};

// The parameters (numbers, texts, number(key), text(key)) are MessageParams, shared with validation
// problems and site warnings.
struct Infeasibility : MessageParams {
    InfeasibilityCode code = InfeasibilityCode::RackDenserThanCooling;
    std::string fieldPath;  // relative to the site, as in validation: "plan.gpu.kwPerRack"
    bool operator==(const Infeasibility&) const = default;
};

struct SiteResult {
    std::string name;
    std::string country;
    PowerBudget power;
    ScheduleResult schedule;
    EconomicsResult economics;
    EnvironmentResult environment;
    std::vector<SiteWarning> warnings;  // feasible but questionable choices
    // false when the plan cannot work: then it earns no AI revenue, its NPV is not a figure to rank
    // or add (portfolio totals leave it out), and infeasibilities say why.
    bool feasible = true;
    std::vector<Infeasibility> infeasibilities;
    // False with a one-line error when the site cannot be computed (its schedule's error, or a
    // catalogue without its cooling technology); not to be confused with feasible.
    bool ok = false;
    std::string error;
};

struct SiteRanking {
    int siteIndex = 0;
    bool feasible = true;  // infeasible sites rank after every feasible one
    double incrementalNpvUsdPerMw = 0.0;
    int monthsToRfs = 0;
};

// Totals are over FEASIBLE sites only; infeasibleSiteCount says how many were left out.
struct PortfolioResult {
    std::vector<SiteResult> sites;
    int infeasibleSiteCount = 0;
    double gridMw = 0.0;
    double itMw = 0.0;
    long long gpus = 0;
    double capexUsd = 0.0;
    double npvUsd = 0.0;
    double npvKeepMiningUsd = 0.0;
    double incrementalNpvUsd = 0.0;
    std::vector<double> itOnlineMwByMonth;
    std::vector<SiteRanking> ranking;  // best first
    // False with the error of the lowest site index that cannot be computed; sites is then empty.
    bool ok = false;
    std::string error;
};

}  // namespace m2ai
