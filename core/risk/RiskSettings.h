#pragma once
// What a risk run draws and how (docs/model.md "Sensitivity and risk"). Every price, cost and
// duration input is a MULTIPLIER on the portfolio's own value (most likely 1), so the settings
// carry over to any portfolio; user tasks may instead carry a three-point duration in months.
// Market inputs (hashprice, GPU-hour price, GPU price) are drawn once per trial for the whole
// portfolio: they are the same market for every site. Site inputs are drawn per site.
//
// The defaults come from resources/catalogue/risk.json (each with its source); a project's own
// inputs (Portfolio::risk, model/RiskInputs.h, saved in the schema-4 "risk" tables) replace them
// input by input: riskSettingsFor().
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engines/schedule/TaskIds.h"
#include "model/RiskInputs.h"
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

struct DurationRisk {
    // × the generated task's duration, by schedule::GeneratedTask. The grid upgrade (a dated
    // utility energisation), RFS and full capacity (milestones) stay fixed whatever is set here.
    std::array<Distribution, schedule::kGeneratedTaskCount> generated{};
    Distribution userTask;  // × a user task's duration, unless tasks names it
    // A task's own three-point months (user or generated task of one site), instead of its multiplier.
    std::vector<RiskTaskDuration> tasks;
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

// One row of resources/catalogue/risk.json: the default distribution of an input and its source.
struct RiskInputDefault {
    std::string input;  // "hashprice", "powerPrice", "duration.proc-electrical", …
    Distribution distribution;
    bool estimate = false;  // the spread is the model's judgement on the cited ranges
    std::string source;
};

// The catalogue's rows in file order, parsed once. "duration.default" (every generated task the file
// does not list) is among them but is not an input a project sets. Throws std::runtime_error naming
// the key when the compiled-in file is malformed (a build defect the tests catch).
const std::vector<RiskInputDefault>& riskInputDefaults();
// The default row of an input, or nullptr.
const RiskInputDefault* riskInputDefault(std::string_view input);

// The inputs a project may set (RiskInputDistribution::input), in display order: market, site,
// then durations by generated task and "duration.userTask".
const std::vector<std::string>& riskInputNames();
// The distribution an input name selects in settings, or nullptr for a name not in riskInputNames().
Distribution* riskInput(RiskSettings& settings, std::string_view input);
const Distribution* riskInput(const RiskSettings& settings, std::string_view input);

// The catalogue defaults (docs/model.md "Sensitivity and risk", sources domain.md §3.3, §4.1, §4.3,
// §5.1, §5.3; the rows marked estimate there are estimates here).
RiskSettings defaultRiskSettings();

// The defaults with a project's own inputs applied: trials, seed, RFS-by date, each distribution it
// sets and each task's own duration. Inputs that fail validateRiskInputs are applied as they are
// (runRisk refuses them naming the field).
RiskSettings riskSettingsFor(const RiskInputs& inputs);

// The problems of a project's inputs, paths like "risk.trials", "risk.powerPrice.min",
// "risk.taskDurations[2].durationMonths.max"; empty = usable. Unknown input names and duplicates are
// problems; task durations name sites and tasks that are checked when the run starts (a renamed
// site's row is reported by runRisk, not dropped).
std::vector<Problem> validateRiskInputs(const RiskInputs& inputs);

// Every distribution at zero width: a run reproduces the deterministic result exactly.
RiskSettings zeroWidthRiskSettings();

inline constexpr int kMaxTrials = 1'000'000;
inline constexpr int kMaxHistogramBins = 1000;

// The problems of the settings, paths like "risk.site.powerPrice.min"; empty = usable.
std::vector<Problem> validateRiskSettings(const RiskSettings& settings);

}  // namespace m2ai::risk
