// Power budget of one site: grid → electrical capacity → IT → racks → GPUs, plus the mining that
// stays. Formulas and sources: docs/model.md "Power, PUE and environment".
#include "engines/PowerBudget.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

#include "engines/Pue.h"
#include "engines/PueDetail.h"

namespace m2ai {

namespace {

// Fixed-point iteration IT ← min(usable, grid ÷ design PUE(IT)). PUE depends on IT only through the
// electrical loss fraction, which moves little with load, so a handful of steps reach 1e-12.
constexpr int kMaxFixedPointIterations = 50;
constexpr double kRelativeTolerance = 1e-12;
constexpr int kBisectionSteps = 200;
// How far above the grid the hall's draw next to no IT must be for the no-fit shortcut below:
// far beyond the rounding of one evaluation (~1e-16), far below any real margin.
constexpr double kNoFitMargin = 1e-9;

struct SolvedLoad {
    double itMw = 0.0;
    bool limitedByElectrical = false;
    PueResult pue;
};

bool sameBits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

double peakFacilityMw(const CoolingProfile& profile, const ElectricalChain& chain, double itMw) {
    return itMw * designPue(profile, chain, itMw);
}

// The IT load a grid of gridMw can feed at design peak through an electrical chain (its installed
// rating in chain) with usableMw usable. Fixed point first (real halls: 1 step when the electrical capacity
// binds, 6–7 when the grid does; at most 50). At very
// low load fractions the UPS and transformer no-load losses make the map steep enough to oscillate;
// then peak facility power, which rises strictly with IT, is bisected against the grid instead.
SolvedLoad solveItLoad(const CoolingProfile& profile, const ElectricalChain& chain, double gridMw,
                       double usableMw) {
    SolvedLoad out;
    const double grid = std::max(0.0, gridMw);
    const double usable = std::max(0.0, usableMw);
    const double ceilingMw = std::min(usable, grid);  // IT can never exceed either
    if (!(ceilingMw > 0.0)) {
        out.pue = computePue(profile, chain, 0.0);
        out.limitedByElectrical = grid > 0.0;  // capacity of zero is what stops the hall
        return out;
    }

    // A grid below what the hall draws next to no IT (the UPS and transformer no-load losses): no
    // load fits. The fixed point would slide IT geometrically towards zero for all its steps, and
    // the bisection would then halve its bracket kBisectionSteps times without finding a point that
    // fits, and return 0. Peak facility power rises with IT, so one evaluation at a load no larger
    // than any the bisection tries decides it, and the answer is the one the bisection gave.
    const double smallestMw = std::ldexp(ceilingMw, -kBisectionSteps);
    const double smallestPeakMw = peakFacilityMw(profile, chain, smallestMw);
    if (std::isfinite(smallestPeakMw) && smallestPeakMw > grid * (1.0 + kNoFitMargin)) {
        out.pue = computePue(profile, chain, 0.0);
        out.limitedByElectrical = peakFacilityMw(profile, chain, usable) <= grid;
        return out;
    }

    double itMw = ceilingMw;
    bool converged = false;
    for (int i = 0; i < kMaxFixedPointIterations && !converged; ++i) {
        const double peakPue = designPue(profile, chain, itMw);
        const double next = std::min(usable, grid / peakPue);
        // Relative to the load itself: an iteration sliding towards zero (no-load losses above the
        // grid) must not pass for converged merely because its steps become small.
        converged = std::abs(next - itMw) <= kRelativeTolerance * next;
        itMw = next;
    }
    // Peak facility power at full usable capacity: whether the electrical capacity binds (below) and,
    // when the fixed point failed, whether the usable capacity fits the grid at all.
    const double usablePeakMw = peakFacilityMw(profile, chain, usable);
    if (!converged) {
        if (usablePeakMw <= grid) {
            itMw = usable;
        } else {
            double lo = 0.0, hi = ceilingMw;
            for (int i = 0; i < kBisectionSteps && hi - lo > kRelativeTolerance * hi; ++i) {
                const double mid = 0.5 * (lo + hi);
                (peakFacilityMw(profile, chain, mid) <= grid ? lo : hi) = mid;
            }
            itMw = lo;  // the side that fits the grid
        }
    }
    out.itMw = itMw;
    out.pue = computePue(profile, chain, itMw);
    // Electrical-limited when the usable capacity, not the grid, is the binding constraint.
    out.limitedByElectrical = usablePeakMw <= grid;
    return out;
}

}  // namespace

double installedCapacityMw(int blocks, double blockSizeMw) {
    return std::max(0, blocks) * std::max(0.0, blockSizeMw);
}

int redundantLineups(int blocks) {
    if (blocks <= 0) return 0;
    return (blocks + kMaxBlocksPerLineup - 1) / kMaxBlocksPerLineup;
}

double usableCapacityMw(Redundancy redundancy, int blocks, double blockSizeMw) {
    // Schneider WP 75 topologies, capacity arithmetic of domain.md §1.2; N+1 per lineup.
    const double k = std::max(0, blocks);
    const double m = std::max(0.0, blockSizeMw);
    double usable = 0.0;
    switch (redundancy) {
        case Redundancy::N:
            usable = k * m;
            break;
        case Redundancy::NPlus1:
            usable = (k - redundantLineups(blocks)) * m;
            break;
        case Redundancy::TwoN:
            usable = k * m / 2.0;
            break;
        case Redundancy::TwoNPlus1: {
            // Each side is N+1 per lineup. An odd count (refused by validation) rounds the side up,
            // as the old (k/2 − 1)·M did for one lineup.
            const int side = (std::max(0, blocks) + 1) / 2;
            usable = (k / 2.0 - redundantLineups(side)) * m;
            break;
        }
        case Redundancy::DistributedRedundant:
            usable = 2.0 * k * m / 3.0;
            break;
    }
    return std::max(0.0, usable);  // too few blocks for the topology carry nothing
}

MiningBaseline miningBaseline(const MiningFleet& fleet, double shareMiningPct) {
    MiningBaseline out;
    const double share = std::clamp(shareMiningPct, 0.0, 100.0) / 100.0;
    // Whole machines: the share of the fleet that stays, rounded to the nearest unit.
    out.units = static_cast<int>(std::llround(std::max(0, fleet.units) * share));
    out.asicLoadMw = out.units * fleet.kwPerUnit / 1000.0;
    out.miningPue = fleet.miningPue;
    out.facilityMw = out.asicLoadMw * fleet.miningPue;
    out.hashratePhPerSecond = out.units * fleet.thPerSecondPerUnit / 1000.0;
    return out;
}

PowerBudget computePowerBudget(const Site& site, const Catalogue& catalogue) {
    const ConversionPlan& plan = site.plan;
    const double share = std::clamp(plan.convertedSharePct, 0.0, 100.0) / 100.0;

    PowerBudget b;
    b.gridMw = std::max(0.0, site.gridInterconnectMw);
    b.gridWithQueueMw = b.gridMw + (site.gridQueue ? std::max(0.0, site.gridQueue->extraMw) : 0.0);
    b.convertedGridMw = share * b.gridWithQueueMw;
    b.miningGridMw = b.gridWithQueueMw - b.convertedGridMw;

    if (plan.electrical.enabled) {
        b.installedCapacityMw =
            installedCapacityMw(plan.electrical.installedBlocks, plan.electrical.blockSizeMw);
        b.usableCapacityMw = usableCapacityMw(plan.electrical.redundancy, plan.electrical.installedBlocks,
                                              plan.electrical.blockSizeMw);
    } else {
        // The mining chain stays: topology N, sized to the converted share of the grid.
        b.installedCapacityMw = b.convertedGridMw;
        b.usableCapacityMw = b.convertedGridMw;
    }

    // The climate's effect on cooling does not depend on the load: evaluate it once.
    const CoolingProfile profile = coolingProfile(site, catalogue);
    const ElectricalChain chain = electricalChainFor(site, profile, b.installedCapacityMw);
    const SolvedLoad load = solveItLoad(profile, chain, b.convertedGridMw, b.usableCapacityMw);
    b.itMw = load.itMw;
    b.limitedByElectrical = load.limitedByElectrical;
    b.pue = load.pue;
    // Same hall on today's interconnect only (no queued extra). With the electrical step off the
    // chain follows the grid, so it shrinks too.
    {
        const double gridNowMw = share * b.gridMw;
        const double usable = plan.electrical.enabled ? b.usableCapacityMw : gridNowMw;
        const double installed = plan.electrical.enabled ? b.installedCapacityMw : gridNowMw;
        // Without a queued extra the inputs are those just solved, bit for bit (the solve is a pure
        // function of them): reuse its load instead of solving the same thing again.
        const bool sameInputs = sameBits(gridNowMw, b.convertedGridMw) &&
                                sameBits(usable, b.usableCapacityMw) &&
                                sameBits(installed, b.installedCapacityMw);
        b.itMwOnCurrentGrid =
            sameInputs
                ? b.itMw
                : solveItLoad(profile, electricalChainFor(site, profile, installed), gridNowMw, usable).itMw;
    }

    if (plan.gpu.enabled && plan.gpu.kwPerRack > 0.0 && b.itMw > 0.0) {
        // Whole racks only; the 1e-9 guards an exact fit (5.72 MW of 57.2 kW racks) against rounding.
        const double racks = std::floor(b.itMw * 1000.0 / plan.gpu.kwPerRack + 1e-9);
        b.racks = static_cast<int>(racks);
        b.gpus = static_cast<long long>(b.racks) * std::max(0, plan.gpu.gpusPerRack);
    }

    // At the design condition: for a monthly climate the hottest month or the site's design
    // temperature, whichever is hotter; the 0.4 % hour for an hourly one (cooling is the only part that moves
    // with the weather).
    // Cooling and the transformers' load both move with the weather, so the design breakdown is
    // evaluated there rather than shifted from the hottest month.
    b.peak = designBreakdownMw(profile, chain, b.itMw);
    // Weighted by the hours behind each month (24 × days, or the hourly file's rows).
    const auto& days = b.pue.monthlyHours;
    double totalDays = 0.0;
    for (std::size_t m = 0; m < 12; ++m) {
        const PowerBreakdownMw& mb = b.pue.monthlyBreakdown[m];
        b.annualAverage.coolingMw += days[m] * mb.coolingMw;
        b.annualAverage.electricalLossMw += days[m] * mb.electricalLossMw;
        b.annualAverage.miscMw += days[m] * mb.miscMw;
        totalDays += days[m];
    }
    b.annualAverage.itMw = b.itMw;  // constant over the year; exact rather than Σ days·IT ÷ 365
    b.annualAverage.coolingMw /= totalDays;
    b.annualAverage.electricalLossMw /= totalDays;
    b.annualAverage.miscMw /= totalDays;
    b.spareMw = std::max(0.0, b.convertedGridMw - b.peak.facilityMw());

    b.miningBefore = miningBaseline(site.mining, 100.0);
    b.miningAfter = miningBaseline(site.mining, 100.0 - plan.convertedSharePct);
    return b;
}

}  // namespace m2ai
