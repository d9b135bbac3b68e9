#pragma once
// Monthly climate from an EnergyPlus weather file (EPW; layout in domain.md §8.1): the mean of the
// hourly dry-bulb and of the hourly wet-bulb (computed from dry-bulb, RH and station pressure) for
// each calendar month. Lets an analyst replace a site's climate by a real typical year.
#include <string>

#include "model/Portfolio.h"

namespace m2ai {

struct EpwClimate {
    bool ok = false;
    std::string error;     // one line, naming the file and the row when !ok
    std::string location;  // "Pittsburgh Allegheny Co Ap, PA, USA"
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    MonthlyClimate climate;
    int hours = 0;  // hourly rows read
};

EpwClimate readEpwClimate(const std::string& path);
EpwClimate parseEpwClimate(const std::string& text, const std::string& nameForErrors);

}  // namespace m2ai
