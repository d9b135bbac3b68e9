#pragma once
// A small portfolio whose power numbers can be worked out by hand (domain.md §1.2):
//   "Electrical-limited": grid 100 MW, 4 blocks × 10 MW. N+1 lets 3 of 4 blocks carry load →
//       usable 30 MW; 2N → half of 40 = 20 MW. The grid (100 MW ÷ PUE) is far above, so IT = usable.
//   "Grid-limited": grid 20 MW, same 40 MW chain (usable 30 MW) → IT = 20 MW ÷ peak PUE < 20 MW.
#include <array>

#include "model/Portfolio.h"

namespace testsupport {

inline m2ai::Site fixtureSite(const char* name, double gridMw, int asicUnits) {
    m2ai::Site s;
    s.name = name;
    s.country = "Custom";
    s.latitudeDeg = 60.0;
    s.longitudeDeg = 10.0;
    s.gridInterconnectMw = gridMw;
    s.energySource = m2ai::EnergySource::Hydro;
    s.powerPriceUsdPerMwh = 40.0;
    s.gridCarbonGPerKwh = 30.0;
    s.climate.dryBulbC.fill(10.0);
    s.climate.wetBulbC.fill(8.0);
    s.mining.units = asicUnits;
    s.plan.electrical.redundancy = m2ai::Redundancy::NPlus1;
    s.plan.electrical.blockSizeMw = 10.0;
    s.plan.electrical.installedBlocks = 4;
    return s;
}

inline m2ai::Portfolio fixturePortfolio() {
    m2ai::Portfolio p;
    p.name = "UI test portfolio";
    // 30,000 × 3.01 kW = 90.3 MW of ASICs on 100 MW; 6,000 × 3.01 kW = 18.06 MW on 20 MW.
    p.sites.push_back(fixtureSite("Electrical-limited", 100.0, 30000));
    p.sites.push_back(fixtureSite("Grid-limited", 20.0, 6000));
    return p;
}

}  // namespace testsupport
