#pragma once
// Repairs a generated site (support/PortfolioGenerator.h) into a plan that can work, keeping its
// generated economics (prices, sizes, schedule, climate): random plans are nearly all infeasible
// (random kW per rack and GPUs per rack, fleets larger than their grids), which would make any
// property over "feasible sites" vacuous.
#include <algorithm>

#include "catalogue/Catalogue.h"
#include "model/Portfolio.h"

namespace m2ai::test {

// Every step on: HGX H100 racks (4 systems, 40.8 kW) on direct-to-chip, N+1, Tier III, some share
// converted, and a fleet that fits today's grid. airCoolableRacks: 3 systems per rack (30.6 kW,
// 24 GPUs) instead, within air cooling's 35 kW, so that turning the cooling step off leaves the
// plan feasible.
inline void makeFeasible(Site& s, bool airCoolableRacks = false) {
    const GpuPlatform* h100 = defaultCatalogue().gpu("hgx-h100");
    s.plan.gpu.enabled = true;
    s.plan.gpu.platformId = h100->id;
    s.plan.gpu.kwPerRack = airCoolableRacks ? h100->kwPerRack * 0.75 : h100->kwPerRack;
    s.plan.gpu.gpusPerRack = airCoolableRacks ? h100->gpusPerRack * 3 / 4 : h100->gpusPerRack;
    s.plan.cooling.enabled = true;
    s.plan.cooling.technology = CoolingTech::DirectToChip;
    s.plan.electrical.enabled = true;
    s.plan.electrical.redundancy = Redundancy::NPlus1;
    s.plan.electrical.installedBlocks = std::max(s.plan.electrical.installedBlocks, 2);
    s.plan.facility.enabled = true;
    s.plan.facility.certification = Certification::TierIII;
    if (s.plan.convertedSharePct <= 0.0) s.plan.convertedSharePct = 50.0;
    const double unitMw = s.mining.kwPerUnit * s.mining.miningPue / 1000.0;
    s.mining.units = std::min(s.mining.units, static_cast<int>(s.gridInterconnectMw / unitMw));
}

}  // namespace m2ai::test
