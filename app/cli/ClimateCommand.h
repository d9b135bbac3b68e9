#pragma once
// `mine2ai-cli climate` and `mine2ai-cli import-epw` (docs/user-guide.md "Hourly climate from the
// command line"). The run* functions take parsed values so any argument parser can call them; the
// registry entries (climateCommand, importEpwCommand in Commands.h) plug them into Dispatch.cpp.
// Exit codes as Command.h.
#include <ostream>
#include <string>

namespace m2ai::cli {

// Monthly means, design conditions (the file's own and the ASHRAE values it prints), and for each
// cooling technology annual PUE (hourly and from monthly means), design-day PUE, WUE and the hours
// in each cooling mode. designPercentile: the ASHRAE annual percentile (0.4, 1 or 2 %) the design
// conditions and design-day PUE are taken at.
int runClimate(const std::string& epwPath, bool json, std::ostream& out, std::ostream& err,
               double designPercentile = 0.4);

// Attaches FILE.epw's hours (and monthly means) to the site named siteName of the project and saves
// it atomically; withLocation also takes the station's latitude, longitude and elevation. Warns on
// err when the station is more than kFarStationKm from the site.
int runImportEpw(const std::string& projectPath, const std::string& siteName, const std::string& epwPath,
                 bool withLocation, std::ostream& out, std::ostream& err);

}  // namespace m2ai::cli
