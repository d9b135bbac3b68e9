#pragma once
// The four cooling technologies of resources/catalogue/cooling.json written out by hand, so the
// engine tests do not depend on the catalogue loader (test_pue checks the loader against these).
#include "catalogue/Catalogue.h"

namespace m2ai::test {

inline CoolingTechnology coolingTech(CoolingTech t, double base, double thresholdC, bool wet, double slope,
                                     double maxF, double rackKw, double wue, double wueSlope) {
    CoolingTechnology c;
    c.tech = t;
    c.name = toName(t);
    c.baseFraction = base;
    c.freeCoolingThresholdC = thresholdC;
    c.usesWetBulb = wet;
    c.mechanicalSlopePerK = slope;
    c.maxFraction = maxF;
    c.maxRackKw = rackKw;
    c.wueLPerKwh = wue;
    c.wueSlopeLPerKwhPerK = wueSlope;
    return c;
}

inline Catalogue handCatalogue() {
    Catalogue cat;
    cat.coolingTechnologies = {
        coolingTech(CoolingTech::Air, 0.08, 18.0, false, 0.02, 0.50, 35.0, 0.05, 0.15),
        coolingTech(CoolingTech::Hybrid, 0.10, 15.0, true, 0.02, 0.40, 50.0, 0.30, 0.12),
        coolingTech(CoolingTech::DirectToChip, 0.06, 21.0, true, 0.03, 0.30, 140.0, 0.10, 0.15),
        coolingTech(CoolingTech::Immersion, 0.03, 28.0, false, 0.02, 0.20, 200.0, 0.0, 0.0),
    };
    return cat;
}

}  // namespace m2ai::test
