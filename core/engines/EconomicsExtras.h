#pragma once
// The figures computeEconomics (engines/Economics.h) derives beyond the NPVs, IRRs, capex and
// financing, each one a pass over the months or a second run of the cash flows. A Monte Carlo trial
// (core/risk/TrialModel) reads none of them and turns them off; everything else is the same bits.
namespace m2ai {

struct EconomicsExtras {
    bool cumulativeSeries = true;  // cumulativeNetUsd, cumulativeKeepMiningUsd and paybackMonthIndex
    bool delayCost = true;         // delayCostUsdPerMonth
    bool idleGpuCost = true;       // idleGpuCostUsd (the just-in-time variant's NPV)
};

}  // namespace m2ai
