#pragma once
// Climate from an EnergyPlus weather file (EPW; layout in domain.md §8.1): every hour's dry-bulb,
// wet-bulb (computed from dry-bulb, RH and station pressure) and pressure, and the monthly means of
// those hours. Lets an analyst replace a site's climate by a real typical year.
#include <optional>
#include <string>

#include "model/Portfolio.h"
#include "validation/CoreMessage.h"

namespace m2ai {

struct EpwClimate {
    bool ok = false;
    std::string error;     // one line, naming the file and the row when !ok: message.english()
    CoreMessage message;   // the same line, translatable (context "Climate")
    std::string location;  // "Pittsburgh Allegheny Co Ap, PA, USA"
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double elevationM = 0.0;
    MonthlyClimate climate;  // means of the valid hours of each month
    int hours = 0;           // hourly rows read with valid dry-bulb and RH
    // Every row, in file order, when the file has 8,760 or 8,784 of them (empty otherwise). A row
    // with a missing dry-bulb or RH repeats the previous valid hour (the next one for leading gaps).
    HourlyClimate hourly;
    int filledHours = 0;  // rows filled that way
    // The ASHRAE design conditions printed in the file's DESIGN CONDITIONS record (EnergyPlus
    // writes the "Climate Design Data 2009 ASHRAE Handbook" values there): 0.4 % cooling dry-bulb
    // and 0.4 % evaporation wet-bulb. Absent when the record is empty or unreadable.
    std::optional<double> publishedDesignDryBulbC;
    std::optional<double> publishedDesignWetBulbC;
    std::string publishedDesignSource;  // e.g. "Climate Design Data 2009 ASHRAE Handbook"
};

EpwClimate readEpwClimate(const std::string& path);
EpwClimate parseEpwClimate(const std::string& text, const std::string& nameForErrors);

}  // namespace m2ai
