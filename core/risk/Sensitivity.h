#pragma once
// One-at-a-time sensitivity (docs/model.md "Sensitivity and risk"): each key input is moved by
// ±pct of its own value on every site at once, everything else at its value, and the incremental
// NPV and first RFS month are recomputed (risk/TrialModel: the engines' own functions). Per site
// and for the portfolio: a tornado sorted by swing, and spider-chart data (the incremental NPV at
// −pct, −pct/2, 0, +pct/2, +pct) for the inputs with the largest swings.
#include <string>
#include <vector>

#include "catalogue/Catalogue.h"
#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai::risk {

enum class SensitivityInput {
    PowerPrice,         // every site's power price
    ColocationRent,     // USD per kW-month (colocation sites)
    GpuHourPrice,       // USD per GPU-hour (GPU-cloud sites)
    Hashprice,          //
    CapexGpuFitOut,     // the four steps' unit capex, one input each
    CapexElectrical,    //
    CapexCooling,       //
    CapexFacility,      //
    GpuPrice,           // USD per GPU (owned GPUs: GPU-cloud sites)
    DiscountRate,       // the portfolio's rate, ×(1 ± pct)
    LongLeadDurations,  // procurement of electrical, cooling and GPUs
    PueOverhead,        // PUE − 1 of every month (PUE ± pct itself could fall below 1)
    Count
};
inline constexpr std::size_t kSensitivityInputCount = static_cast<std::size_t>(SensitivityInput::Count);

// "powerPrice", "colocationRent", … (JSON and CLI).
std::string toName(SensitivityInput input);

struct SensitivityBar {
    SensitivityInput input = SensitivityInput::PowerPrice;
    double lowIncrementalNpvUsd = 0.0;   // input at −pct
    double highIncrementalNpvUsd = 0.0;  // input at +pct
    double lowNpvUsd = 0.0;
    double highNpvUsd = 0.0;
    int lowFirstRfsMonthIndex = 0;
    int highFirstRfsMonthIndex = 0;
    double incrementalNpvSwingUsd() const;  // |high − low|
    int firstRfsSwingMonths() const;
};

struct SpiderSeries {
    SensitivityInput input = SensitivityInput::PowerPrice;
    std::vector<double> incrementalNpvUsd;  // at SensitivityResult::spiderPct
};

struct SensitivityTarget {
    std::string name;
    double baseNpvUsd = 0.0;
    double baseIncrementalNpvUsd = 0.0;
    int baseFirstRfsMonthIndex = 0;
    std::vector<SensitivityBar> byIncrementalNpv;  // the NPV tornado: largest swing first
    std::vector<SensitivityBar> byFirstRfs;        // the RFS tornado: largest swing first
    std::vector<SpiderSeries> spider;              // the top inputs of byIncrementalNpv
};

struct SensitivityResult {
    bool ok = false;
    std::string error;
    CoreMessage
        errorMessage;  // error as a marked sentence (validation/CoreMessage.h): ui/ and the CLI translate it
    std::vector<Problem> problems;
    double pct = 0.0;
    std::vector<double> spiderPct;  // −pct, −pct/2, 0, pct/2, pct
    SensitivityTarget portfolio;
    std::vector<SensitivityTarget> sites;
};

inline constexpr double kMaxSensitivityPct = 90.0;

// pct in (0, 90]; spiderInputs in [1, kSensitivityInputCount]. Validates the portfolio first.
SensitivityResult runSensitivity(const Portfolio& portfolio, double pct, int spiderInputs = 5,
                                 const Catalogue& catalogue = defaultCatalogue());

}  // namespace m2ai::risk
