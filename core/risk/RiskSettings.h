#pragma once
// What a risk run draws and how (docs/model.md "Sensitivity and risk"). Every price, cost and
// duration input is a MULTIPLIER on the portfolio's own value (most likely 1), so the settings
// carry over to any portfolio; user tasks may instead carry a three-point duration in months.
// Market inputs (hashprice, GPU-hour price, GPU price) are drawn once per trial for the whole
// portfolio: they are the same market for every site. Site inputs are drawn per site.
//
// Not saved in the project file yet (schema-3 "risk" topic, storage/SchemaV3Risk.cpp, is still
// empty): the CLI and the engine take them as inputs with the documented defaults below.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engines/schedule/TaskIds.h"
#include "model/YearMonth.h"
#include "risk/Distribution.h"

namespace m2ai::risk {

// Drawn once per trial, shared by every site.
struct MarketRisk {
    Distribution hashprice;     // × MiningFleet::hashpriceUsdPerPhDay
    Distribution gpuHourPrice;  // × BusinessTerms::gpuUsdPerHour
    Distribution gpuPrice;      // × GpuInstallStep::priceUsdPerGpu
    bool operator==(const MarketRisk&) const = default;
};

// Drawn per site and trial.
struct SiteRisk {
    Distribution powerPrice;      // × Site::powerPriceUsdPerMwh
    Distribution colocationRent;  // × BusinessTerms::colocationUsdPerKwMonth
    Distribution utilisation;     // × BusinessTerms::gpuUtilisationPct (capped at 100 %)
    Distribution capexOverrun;    // × every step's unit capex (one draw for all steps of a site)
    Distribution pueOverhead;     // × (PUE − 1) of every month
    bool operator==(const SiteRisk&) const = default;
};

// A user task's own three-point duration in months, by site name and task id.
struct UserTaskDuration {
    std::string siteName;
    std::string taskId;
    Distribution durationMonths;
    bool operator==(const UserTaskDuration&) const = default;
};

struct DurationRisk {
    // × the generated task's duration, by schedule::GeneratedTask. The grid upgrade (a dated
    // utility energisation) and RFS (a milestone) stay fixed whatever is set here.
    std::array<Distribution, schedule::kGeneratedTaskCount> generated{};
    Distribution userTask;  // × a user task's duration, unless userTasks names it
    std::vector<UserTaskDuration> userTasks;
    bool operator==(const DurationRisk&) const = default;
};

struct RiskSettings {
    int trials = 10000;
    std::uint64_t seed = 1;
    MarketRisk market;
    SiteRisk site;
    DurationRisk durations;
    // "Probability of RFS by" this month; empty = the deterministic first RFS of the portfolio.
    std::optional<YearMonth> rfsBy;
    int histogramBins = 20;
    // IRRs are root searches and cost about as much as the rest of a trial together; off skips
    // their percentiles.
    bool computeIrr = true;
    bool operator==(const RiskSettings&) const = default;
};

// The documented defaults (docs/model.md "Sensitivity and risk", sources domain.md §3.3, §4.1,
// §4.3, §5.3; the rows marked estimate there are estimates here).
RiskSettings defaultRiskSettings();

// Every distribution at zero width: a run reproduces the deterministic result exactly.
RiskSettings zeroWidthRiskSettings();

inline constexpr int kMaxTrials = 1'000'000;
inline constexpr int kMaxHistogramBins = 1000;

// The problems of the settings, paths like "risk.site.powerPrice.min"; empty = usable.
std::vector<Problem> validateRiskSettings(const RiskSettings& settings);

}  // namespace m2ai::risk
