#pragma once
// A feasible but questionable choice in a site's plan (engines/Compute siteWarnings()). Structured
// like a validation problem: a code and its parameters for ui/ and the CLI to word in the user's
// language (ui/app/ProblemText), and core's English sentence, which the JSON results carry.
#include <string>

#include "validation/MessageParams.h"

namespace m2ai {

enum class WarningCode {
    QueuedGridAfterHorizon,  // numbers: extraMw; texts: month ("2031-06")
    QueuedGridAddsNoIt,      // numbers: extraMw
    NoItLoadFits,            // no parameters
    RfsAfterHorizon,         // numbers: month (the month index of ready for service)
    IdleGpus,                // numbers: idleGpuMonths, costUsd
    NoGpusInstalled,         // no parameters
    DscrBelowCovenant,       // numbers: minDscr (rounded to 2 decimals), covenant
};

inline constexpr WarningCode kAllWarningCodes[] = {
    WarningCode::QueuedGridAfterHorizon, WarningCode::QueuedGridAddsNoIt, WarningCode::NoItLoadFits,
    WarningCode::RfsAfterHorizon,        WarningCode::IdleGpus,           WarningCode::NoGpusInstalled,
    WarningCode::DscrBelowCovenant,
};

struct SiteWarning {
    WarningCode code = WarningCode::NoItLoadFits;
    MessageParams params;
    std::string message;  // English
    bool operator==(const SiteWarning&) const = default;
};

}  // namespace m2ai
