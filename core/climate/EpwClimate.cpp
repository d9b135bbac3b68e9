#include "climate/EpwClimate.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>

#include "climate/HourlyClimate.h"
#include "climate/Psychrometrics.h"

namespace m2ai {

namespace {

std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ',')) fields.push_back(field);
    return fields;
}

bool toDouble(const std::string& text, double& value) {
    const char* first = text.data();
    const char* last = text.data() + text.size();
    while (first < last && *first == ' ') ++first;
    const auto result = std::from_chars(first, last, value);
    // from_chars accepts "nan" and "inf", which no EPW field holds: a NaN month passed the 1..12
    // check and indexed out of range (UBSan, seen while writing tests/fuzz/fuzz_epw).
    return result.ec == std::errc() && result.ptr == last && std::isfinite(value);
}

// EPW missing-value codes (domain.md §8.1).
constexpr double kMissingDryBulb = 99.9;
constexpr double kMissingRh = 999.0;
constexpr double kMissingPressure = 999999.0;
constexpr double kStandardPressurePa = 101325.0;

// DESIGN CONDITIONS record (EnergyPlus weather converter): "DESIGN CONDITIONS,1,<source>,,Heating,
// …,Cooling,<hottest month>,<DB range>,<0.4 % DB>,<MCWB>,<1 % DB>,<MCWB>,<2 % DB>,<MCWB>,<0.4 % WB>,…".
void readDesignConditions(const std::vector<std::string>& f, EpwClimate& out) {
    if (f.size() < 3 || f[0] != "DESIGN CONDITIONS") return;
    const auto cooling = std::find(f.begin(), f.end(), "Cooling");
    if (cooling == f.end() || f.end() - cooling < 10) return;
    double db = 0.0, wb = 0.0;
    if (!toDouble(*(cooling + 3), db) || !toDouble(*(cooling + 9), wb)) return;
    out.publishedDesignDryBulbC = db;
    out.publishedDesignWetBulbC = wb;
    out.publishedDesignSource = f[2];
}

struct RawHour {
    bool valid = false;
    float db = 0.0f, wb = 0.0f, pressure = 0.0f;
};

}  // namespace

EpwClimate parseEpwClimate(const std::string& text, const std::string& name) {
    EpwClimate out;
    // %1 is the file's name in every refusal.
    auto refuse = [&](MessageFormat format, std::vector<std::string> args = {}) {
        args.insert(args.begin(), name);
        out.message = coreMessage(format, std::move(args));
        out.error = out.message.english();
        return out;
    };
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    std::array<double, 12> sumDb{}, sumWb{};
    std::array<int, 12> count{};
    std::vector<RawHour> rows;
    rows.reserve(kHoursInLeapYear);
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto f = splitCsv(line);
        if (lineNo == 1) {
            if (f.size() < 10 || f[0] != "LOCATION") {
                return refuse(M2AI_TR(
                    "Climate", "%1: not an EnergyPlus weather file (line 1 must start with LOCATION)"));
            }
            out.location = f[1] + ", " + f[2] + ", " + f[3];
            if (!toDouble(f[6], out.latitudeDeg) || !toDouble(f[7], out.longitudeDeg)) {
                return refuse(M2AI_TR("Climate", "%1: line 1: latitude/longitude are not numbers"));
            }
            if (!toDouble(f[9], out.elevationM)) out.elevationM = 0.0;  // optional for the means
            continue;
        }
        if (lineNo == 2) readDesignConditions(f, out);
        if (lineNo <= 8) continue;  // the other header records
        if (line.empty()) continue;
        double month = 0, db = 0, rh = 0, pressure = 0;
        if (f.size() < 10 || !toDouble(f[1], month) || !toDouble(f[6], db) || !toDouble(f[8], rh) ||
            !toDouble(f[9], pressure) || month < 1 || month > 12) {
            return refuse(M2AI_TR("Climate", "%1: line %2: not an hourly EPW record"),
                          {std::to_string(lineNo)});
        }
        rows.emplace_back();
        if (db >= kMissingDryBulb || rh >= kMissingRh) continue;  // missing data: skip the hour
        if (pressure >= kMissingPressure || pressure <= 0) pressure = kStandardPressurePa;
        const int m = static_cast<int>(month) - 1;
        const double wb = wetBulbC(db, rh, pressure);
        sumDb[m] += db;
        sumWb[m] += wb;
        ++count[m];
        ++out.hours;
        rows.back() =
            RawHour{true, static_cast<float>(db), static_cast<float>(wb), static_cast<float>(pressure)};
    }
    for (int m = 0; m < 12; ++m) {
        if (count[m] == 0) {
            return refuse(M2AI_TR("Climate", "%1: no hourly data for month %2"), {std::to_string(m + 1)});
        }
        out.climate.dryBulbC[m] = sumDb[m] / count[m];
        out.climate.wetBulbC[m] = sumWb[m] / count[m];
    }
    if (rows.size() == kHoursInYear || rows.size() == kHoursInLeapYear) {
        // Every month has a valid hour (checked above), so a valid row exists to fill from.
        const auto firstValid =
            std::find_if(rows.begin(), rows.end(), [](const RawHour& r) { return r.valid; });
        RawHour last = *firstValid;
        HourlyClimate& h = out.hourly;
        h.dryBulbC.reserve(rows.size());
        h.wetBulbC.reserve(rows.size());
        h.pressurePa.reserve(rows.size());
        for (const RawHour& r : rows) {
            if (r.valid)
                last = r;
            else
                ++out.filledHours;
            h.dryBulbC.push_back(last.db);
            h.wetBulbC.push_back(last.wb);
            h.pressurePa.push_back(last.pressure);
        }
        h.elevationM = out.elevationM;
        const auto slash = name.find_last_of("/\\");
        h.source = (slash == std::string::npos ? name : name.substr(slash + 1)) + ": " + out.location;
    }
    out.ok = true;
    return out;
}

EpwClimate readEpwClimate(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        EpwClimate out;
        out.message = coreMessage(M2AI_TR("Climate", "%1: cannot open the weather file"), {path});
        out.error = out.message.english();
        return out;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseEpwClimate(buffer.str(), path);
}

}  // namespace m2ai
