#pragma once
// Power budget: grid MW → electrical capacity → IT MW → racks → GPUs, and the mining baseline.
#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "model/Portfolio.h"

namespace m2ai {

// Installed and usable critical capacity of k blocks of M MW under a redundancy topology
// (docs/model.md "Redundancy"): N k·M; N+1 (k − L(k))·M; 2N k·M/2; 2(N+1) (k/2 − L(k/2))·M;
// DR 2k·M/3. N+1 is counted per lineup: the blocks form L(k) = ⌈k / kMaxBlocksPerLineup⌉ lineups,
// each with its own redundant block, because one spare block cannot back a whole campus (a fault
// must be carried inside the lineup that has it: shared switchboards, one hall's distribution).
// kMaxBlocksPerLineup = 5 ("4 needed, 5 installed", domain.md §1.2; estimate).
inline constexpr int kMaxBlocksPerLineup = 5;
int redundantLineups(int blocks);  // L(k); 0 for k ≤ 0
double installedCapacityMw(int blocks, double blockSizeMw);
double usableCapacityMw(Redundancy redundancy, int blocks, double blockSizeMw);

MiningBaseline miningBaseline(const MiningFleet& fleet, double shareMiningPct);

// The whole budget of one site, with its PUE (the two are solved together: IT depends on peak PUE,
// and electrical losses depend on the IT load fraction).
PowerBudget computePowerBudget(const Site& site, const Catalogue& catalogue);

}  // namespace m2ai
