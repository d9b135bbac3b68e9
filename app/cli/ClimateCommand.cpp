// mine2ai-cli climate / import-epw: formatting and file handling only, every number from core.
#include "ClimateCommand.h"

#include <cstdio>
#include <iostream>

#include "CliText.h"
#include "Commands.h"
#include "ProblemLines.h"
#include "catalogue/Catalogue.h"
#include "climate/EpwClimate.h"
#include "climate/HourlyClimate.h"
#include "climate/SiteClimateRules.h"
#include "engines/ClimateByTechnology.h"
#include "io/JsonWriter.h"
#include "io/PortfolioFile.h"

namespace m2ai::cli {

namespace {

const char* const kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string pad(std::string s, std::size_t width) {
    // Widths count bytes; the names printed here are ASCII.
    if (s.size() < width) s.insert(0, width - s.size(), ' ');
    return s;
}

EpwClimate readEpw(const std::string& path, std::ostream& err, bool& ok) {
    EpwClimate epw = readEpwClimate(path);
    ok = epw.ok;
    if (!epw.ok) err << messageLine(epw.message) << '\n';
    return epw;
}

void writeJson(std::ostream& out, const EpwClimate& epw, const DesignConditions& design,
               const std::vector<TechnologyClimate>& rows, const Catalogue& catalogue) {
    jsonio::JsonWriter w(out, 2);
    w.beginObject();
    w.member("location", epw.location);
    w.member("latitudeDeg", epw.latitudeDeg);
    w.member("longitudeDeg", epw.longitudeDeg);
    w.member("elevationM", epw.elevationM);
    w.member("hours", epw.hourly.dryBulbC.size());
    w.member("filledHours", epw.filledHours);
    w.key("monthly");
    w.beginObject();
    w.member("dryBulbC", epw.climate.dryBulbC);
    w.member("wetBulbC", epw.climate.wetBulbC);
    w.endObject();
    w.key("design");
    w.beginObject();
    w.member("exceedancePct", design.exceedancePct);
    w.member("dryBulbC", design.dryBulbC);
    w.member("wetBulbC", design.wetBulbC);
    w.member("maxDryBulbC", design.maxDryBulbC);
    w.member("maxWetBulbC", design.maxWetBulbC);
    w.member("publishedDryBulbC", epw.publishedDesignDryBulbC);
    w.member("publishedWetBulbC", epw.publishedDesignWetBulbC);
    w.member("publishedSource", epw.publishedDesignSource);
    w.endObject();
    w.member("itMw", kReferenceItMw);
    w.member("installedMw", kReferenceInstalledMw);
    w.key("technologies");
    w.beginArray();
    for (const TechnologyClimate& r : rows) {
        w.beginObject();
        w.member("technology", toName(r.tech));
        w.member("name", catalogue.cooling(r.tech).name);
        w.member("annualPue", r.annualPue);
        w.member("annualPueFromMonthlyMeans", r.annualPueFromMonthlyMeans);
        w.member("designPue", r.designPue);
        w.member("wueLPerKwh", r.wueLPerKwh);
        w.member("wueFromMonthlyMeansLPerKwh", r.wueFromMonthlyMeansLPerKwh);
        w.member("freeHours", r.modeHours.freeHours);
        w.member("economiserHours", r.modeHours.economiserHours);
        w.member("mechanicalHours", r.modeHours.mechanicalHours);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.flush();
    out << '\n';
}

void writeText(std::ostream& out, const std::string& path, const EpwClimate& epw,
               const DesignConditions& design, const std::vector<TechnologyClimate>& rows) {
    out << path << ": " << epw.location << " (" << fixed(epw.latitudeDeg, 2) << ", "
        << fixed(epw.longitudeDeg, 2) << ", " << fixed(epw.elevationM, 0) << " m), "
        << epw.hourly.dryBulbC.size() << " hours";
    if (epw.filledHours > 0) out << ", " << epw.filledHours << " missing hours filled";
    out << "\n\nMonthly means (°C)\n      ";
    for (const char* m : kMonths) out << pad(m, 6);
    out << "\n  DB  ";
    for (double v : epw.climate.dryBulbC) out << pad(fixed(v, 1), 6);
    out << "\n  WB  ";
    for (double v : epw.climate.wetBulbC) out << pad(fixed(v, 1), 6);
    out << "\n\nDesign conditions (" << fixed(design.exceedancePct, 1)
        << " % annual exceedance, the file's own hours)\n  dry-bulb " << fixed(design.dryBulbC, 1)
        << " °C, wet-bulb " << fixed(design.wetBulbC, 2) << " °C; hottest hour "
        << fixed(design.maxDryBulbC, 1) << " °C DB, " << fixed(design.maxWetBulbC, 2) << " °C WB\n";
    if (epw.publishedDesignDryBulbC && epw.publishedDesignWetBulbC)
        out << "  published in the file (" << epw.publishedDesignSource << "): dry-bulb "
            << fixed(*epw.publishedDesignDryBulbC, 1) << " °C, wet-bulb "
            << fixed(*epw.publishedDesignWetBulbC, 1) << " °C\n";
    out << "\nBy cooling technology (" << fixed(kReferenceItMw, 0) << " MW IT on "
        << fixed(kReferenceInstalledMw, 0) << " MW installed)\n"
        << "  technology        annual PUE  from means  design PUE  WUE L/kWh  free h  economiser h  "
           "mechanical h\n";
    for (const TechnologyClimate& r : rows) {
        std::string name = toName(r.tech);
        name.resize(16, ' ');
        out << "  " << name << pad(fixed(r.annualPue, 3), 12)
            << pad(fixed(r.annualPueFromMonthlyMeans, 3), 12) << pad(fixed(r.designPue, 3), 12)
            << pad(fixed(r.wueLPerKwh, 3), 11) << pad(fixed(r.modeHours.freeHours, 0), 8)
            << pad(fixed(r.modeHours.economiserHours, 0), 14)
            << pad(fixed(r.modeHours.mechanicalHours, 0), 14) << '\n';
    }
}

}  // namespace

int runClimate(const std::string& epwPath, bool json, std::ostream& out, std::ostream& err,
               double designPercentile) {
    bool ok = false;
    const EpwClimate epw = readEpw(epwPath, err, ok);
    if (!ok) return kInvalidInput;
    if (epw.hourly.dryBulbC.empty()) {
        err << epwPath << ": "
            << fill(translate("CliClimate", "%1 hourly rows; a year of 8760 or 8784 is needed"),
                    {std::to_string(epw.hours)})
            << '\n';
        return kInvalidInput;
    }
    Site site;
    site.climate = epw.climate;
    site.hourlyClimate = epw.hourly;
    site.siteClimate.designPercentile = designPercentile;
    const Catalogue& catalogue = defaultCatalogue();
    const DesignConditions design = designConditions(epw.hourly, designPercentile);
    const std::vector<TechnologyClimate> rows = climateByTechnology(site, catalogue);
    if (json)
        writeJson(out, epw, design, rows, catalogue);
    else
        writeText(out, epwPath, epw, design, rows);
    return kOk;
}

int runImportEpw(const std::string& projectPath, const std::string& siteName, const std::string& epwPath,
                 bool withLocation, std::ostream& out, std::ostream& err) {
    LoadedPortfolio loaded = loadPortfolioFile(projectPath);
    if (!loaded.ok) {
        err << (loaded.error.empty() ? projectPath + ": " + translate("CliClimate", "cannot be read")
                                     : loadErrorLine(loaded))
            << '\n';
        for (const auto& p : loaded.problems) err << projectPath << ": " << problemLine(p) << '\n';
        return kInvalidInput;
    }
    Portfolio portfolio = std::move(loaded.portfolio);
    Site* site = nullptr;
    for (Site& s : portfolio.sites)
        if (s.name == siteName) site = &s;  // names are unique (validation)
    if (!site) {
        err << projectPath << ": " << fill(translate("CliClimate", "no site named \"%1\""), {siteName})
            << '\n';
        return kInvalidInput;
    }
    bool ok = false;
    const EpwClimate epw = readEpw(epwPath, err, ok);
    if (!ok) return kInvalidInput;
    const HourlyClimateCheck check = checkHourlyClimate(epw.hourly);
    if (!check.ok) {
        err << epwPath << ": " << messageLine(check.message) << '\n';
        return kInvalidInput;
    }
    const double km = greatCircleKm(site->latitudeDeg, site->longitudeDeg, epw.latitudeDeg, epw.longitudeDeg);
    if (!withLocation && km > kFarStationKm)
        err << fill(translate("CliClimate",
                              "warning: the station %1 is %2 km from the site \"%3\" (more than %4 "
                              "km); its hours may not represent the site"),
                    {epw.location, fixed(km, 0), siteName, fixed(kFarStationKm, 0)})
            << '\n';
    site->climate = epw.climate;
    site->hourlyClimate = epw.hourly;
    if (withLocation) {
        site->latitudeDeg = epw.latitudeDeg;
        site->longitudeDeg = epw.longitudeDeg;
        site->siteClimate.elevationM = epw.elevationM;
    }
    const SaveResult saved = savePortfolioFile(portfolio, projectPath);  // validates, then atomic
    if (!saved.ok) {
        err << (saved.message.empty() ? saved.error : messageLine(saved.message)) << '\n';
        return kInvalidInput;
    }
    out << projectPath << ": "
        << fill(withLocation
                    ? translate("CliClimate", "site \"%1\" now has %2 hours from %3 and its location")
                    : translate("CliClimate", "site \"%1\" now has %2 hours from %3"),
                {siteName, std::to_string(epw.hourly.dryBulbC.size()), epw.location})
        << '\n';
    return kOk;
}

Command climateCommand() {
    return {
        "climate",
        "monthly means, design conditions and cooling modes of a weather file",
        "Read an EnergyPlus weather file (EPW) and print its monthly means, its design conditions (the "
        "file's own 0.4 % hours beside the ASHRAE values it prints) and, for each cooling technology "
        "at 30 MW IT on 40 MW installed, the annual PUE hour by hour and from monthly means, the "
        "design-day PUE, the water use and the hours in each cooling mode (docs/model.md).",
        {{"FILE.epw", "an EnergyPlus weather file of 8,760 or 8,784 hours"}},
        {{{"json"}, "write the figures as JSON instead of a table"},
         {{"percentile"},
          "the ASHRAE annual design percentile: 0.4, 1 or 2 (default 0.4)",
          "PCT",
          ValueKind::Choice,
          {"0.4", "1", "2"}}},
        [](const Invocation& in) {
            const std::string pct = in.value("percentile");
            const double designPercentile = pct == "1" ? 1.0 : pct == "2" ? 2.0 : kDefaultDesignPercentile;
            return runClimate(in.positional(0), in.isSet("json"), std::cout, std::cerr, designPercentile);
        }};
}

Command importEpwCommand() {
    return {"import-epw",
            "attach a weather file's hours to a site of a project",
            "Replace the climate of the site NAME of PROJECT by the hours of FILE.epw (and their monthly "
            "means), so PUE and water are computed hour by hour and the plant is sized on the file's 0.4 % "
            "hours; the project is saved atomically. Warns when the station is more than 100 km from the "
            "site; --with-location also takes the station's latitude, longitude and elevation.",
            {{"PROJECT", "a .m2ai project or a .json portfolio, rewritten in place"},
             {"FILE.epw", "an EnergyPlus weather file of 8,760 or 8,784 hours"}},
            {{{"site"}, "the name of the site to attach the climate to", "NAME", ValueKind::Text, {}, true},
             {{"with-location"}, "also take the station's latitude, longitude and elevation"}},
            [](const Invocation& in) {
                return runImportEpw(in.positional(0), in.value("site"), in.positional(1),
                                    in.isSet("with-location"), std::cout, std::cerr);
            }};
}

}  // namespace m2ai::cli
