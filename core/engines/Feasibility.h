#pragma once
// Feasibility: whether a site's plan can work at all. A warning (Compute's siteWarnings) flags a
// questionable choice; an infeasibility means the hall cannot deliver what the plan sells — racks
// the cooling cannot remove, an AI hall with no GPU step, a lease the hall does not qualify for, a
// fleet the grid cannot feed, racks too weak for their GPUs, steps paid for with nothing converted.
// An infeasible site earns no AI revenue and is left out of the portfolio totals (engines/Compute).
// Rules and sources: docs/model.md "Feasibility".
#include <string>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// The rules' thresholds, named so the docs and tests cite one value.
struct FeasibilityLimits {
    // Whole machines and nameplate rounding: a fleet may draw up to 1 % more than the interconnect.
    double fleetOverGridTolerancePct = 1.0;
    // A catalogue platform's rack below this share of its catalogue kW per GPU cannot power its
    // GPUs: typical draw is 64–83 % of the maximum (DGX H100 6.5–8.5 of 10.2 kW, domain.md §3.1).
    double minShareOfPlatformKwPerGpu = 0.6;
    // A custom platform: no GPU below an H100 PCIe's 350 W TDP (domain.md §3.1) per GPU, host excluded.
    double minKwPerGpuCustom = 0.35;
};

// Every infeasibility of the site's plan, in a fixed order (empty = feasible). power is the site's
// power budget (engines/PowerBudget), for the mining fleet's draw.
std::vector<Infeasibility> checkFeasibility(const Site& site, const Catalogue& catalogue,
                                            const PowerBudget& power, const FeasibilityLimits& limits = {});

// The stable spelling of a code for JSON and the CLI: "rack-denser-than-cooling".
std::string infeasibilityCodeName(InfeasibilityCode code);

// One English sentence for a user, built from the code and its parameters (the UI translates from
// the structure instead).
std::string describeInfeasibility(const Infeasibility& infeasibility);

}  // namespace m2ai
