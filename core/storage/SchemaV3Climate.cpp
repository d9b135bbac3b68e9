// Schema-3 topic: hourly climate and site climate inputs (issue 13). See storage/SchemaV3.h for the
// contract and docs/file-format.md "Schema 3: climate" for the layout.
//
// An hourly year is 3 × 8,760 values: one row per site holding each series as a BLOB of
// little-endian IEEE-754 float32 (35,040 bytes, 35,136 for a leap year), tagged with its format and
// hour count. Rows of numbers would be 26,280 rows per site and ~10 times the bytes; the floats
// are exactly what the engines compute with, so a project reopens bit for bit.
#include <sqlite3.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "climate/HourlyClimate.h"
#include "climate/HourlyClimateCodec.h"
#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

constexpr const char* kFormat = kFloat32LeFormat;

std::string nullableReal(const std::string& name, const std::string& range) {
    return name + " ANY CHECK (" + name + " IS NULL OR (typeof(" + name + ") IN ('real', 'integer') AND " +
           name + " " + range + "))";
}

std::string blobOfHours(const std::string& name) {
    return name + " BLOB NOT NULL CHECK (typeof(" + name + ") = 'blob' AND length(" + name + ") = 4 * hours)";
}

std::vector<std::string> buildCreates() {
    // IF NOT EXISTS: the 2 → 3 migration may run twice (storage/SchemaV3.h).
    auto ifNotExists = [](std::string create) {
        return create.replace(0, std::string("CREATE TABLE ").size(), "CREATE TABLE IF NOT EXISTS ");
    };
    return {
        ifNotExists(
            table("site_climate", {siteKey(), nullableReal("design_dry_bulb_c", "BETWEEN -60 AND 60"),
                                   nullableReal("design_wet_bulb_c", "BETWEEN -60 AND 60"),
                                   real("elevation_m", "BETWEEN -500 AND 6000"),
                                   "CHECK ((design_dry_bulb_c IS NULL) = (design_wet_bulb_c IS NULL))"})),
        ifNotExists(
            table("hourly_climate",
                  {siteKey(), "format TEXT NOT NULL CHECK (format = '" + std::string(kFormat) + "')",
                   integer("hours", "IN (8760, 8784)"), blobOfHours("dry_bulb_c"), blobOfHours("wet_bulb_c"),
                   blobOfHours("pressure_pa"), text("source"), real("elevation_m")})),
    };
}

// Every site gets a row meaning what a schema-2 file meant: no design temperature (the hottest
// month sizes the plant) and sea level (no altitude correction).
void fillDefaults(sqlite3* db) {
    Database::execOn(db,
                     "INSERT OR IGNORE INTO site_climate (site_id, design_dry_bulb_c, design_wet_bulb_c, "
                     "elevation_m) SELECT id, NULL, NULL, 0.0 FROM site",
                     "filling the site_climate defaults");
}

void bindBlob(sqlite3* db, sqlite3_stmt* s, int i, const std::string& bytes) {
    if (sqlite3_bind_blob64(s, i, bytes.data(), bytes.size(), SQLITE_STATIC) != SQLITE_OK)
        throw lastError(db, "binding a value");
}

void write(sqlite3* db, const Portfolio& p) {
    Statement climate(db,
                      "INSERT INTO site_climate (site_id, design_dry_bulb_c, design_wet_bulb_c, elevation_m) "
                      "VALUES (?, ?, ?, ?)");
    Statement hourly(
        db,
        "INSERT INTO hourly_climate (site_id, format, hours, dry_bulb_c, wet_bulb_c, pressure_pa, "
        "source, elevation_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        const auto id = static_cast<long long>(i);  // the site's id in ProjectWriter.cpp
        climate.bind(1, id);
        if (s.siteClimate.design)
            climate.bind(2, s.siteClimate.design->dryBulbC).bind(3, s.siteClimate.design->wetBulbC);
        else
            climate.bindNull(2).bindNull(3);
        climate.bind(4, s.siteClimate.elevationM).run();
        if (!s.hourlyClimate) continue;
        const HourlyClimate& h = *s.hourlyClimate;
        const std::string db_ = encodeFloat32Le(h.dryBulbC), wb = encodeFloat32Le(h.wetBulbC),
                          pa = encodeFloat32Le(h.pressurePa);
        hourly.bind(1, id).bind(2, std::string(kFormat)).bind(3, static_cast<long long>(h.dryBulbC.size()));
        bindBlob(db, hourly.get(), 4, db_);
        bindBlob(db, hourly.get(), 5, wb);
        bindBlob(db, hourly.get(), 6, pa);
        hourly.bind(7, h.source).bind(8, h.elevationM).run();
    }
}

// The site each row names: sites were read in id order (ProjectReader.cpp), so the k-th id is
// p.sites[k].
std::unordered_map<long long, std::size_t> siteIds(sqlite3* db) {
    std::unordered_map<long long, std::size_t> ids;
    Statement s(db, "SELECT id FROM site ORDER BY id");
    while (s.next()) ids.emplace(sqlite3_column_int64(s.get(), 0), ids.size());
    return ids;
}

std::size_t siteIndex(const std::unordered_map<long long, std::size_t>& ids, const Row& r,
                      const char* table) {
    const auto found = ids.find(r.key(0));
    if (found == ids.end())
        throw contentError(M2AI_TR("ProjectFile",
                                   "%1: damaged or not a Mine2AI project: the table %2 has a row for a site "
                                   "that does not exist"),
                           {table});
    return found->second;
}

std::string siteAt(const Portfolio& p, std::size_t i) {
    std::string name = p.sites[i].name;
    if (name.size() > 60) name = name.substr(0, 57) + "...";
    return "sites[" + std::to_string(i) + "] (\"" + name + "\")";
}

std::vector<float> decode(sqlite3_stmt* s, int col, long long hours, const Row& r, const char* field) {
    if (sqlite3_column_type(s, col) != SQLITE_BLOB)
        r.bad(field, M2AI_TR("ProjectFile",
                             "%1: damaged or not a Mine2AI project: %2 is not a blob of float32 values"));
    const auto* p = static_cast<const char*>(sqlite3_column_blob(s, col));
    const auto bytes = static_cast<std::size_t>(sqlite3_column_bytes(s, col));
    DecodedSeries decoded =
        decodeFloat32Le(std::string_view(p ? p : "", p ? bytes : 0), static_cast<std::size_t>(hours));
    if (!decoded.ok) {
        // The codec's sentence, reworded as a refusal of the file (%2 the field).
        const std::string& f = decoded.message.format;
        if (f == kSeriesByteCount.format)
            r.bad(field,
                  M2AI_TR(
                      "ProjectFile",
                      "%1: damaged or not a Mine2AI project: %2 holds %3 bytes; %4 hours of float32 take %5"),
                  decoded.message.args);
        if (f == kSeriesNotFinite.format)
            r.bad(field,
                  M2AI_TR("ProjectFile",
                          "%1: damaged or not a Mine2AI project: %2 is not a finite number at hour %3"),
                  decoded.message.args);
        r.bad(field, M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 %3"), {decoded.error});
    }
    return std::move(decoded.values);
}

void read(sqlite3* db, Portfolio& p) {
    const auto ids = siteIds(db);
    if (ids.size() != p.sites.size())
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: the table %2 changed while it was read"),
            {"site"});
    {
        std::vector<bool> seen(p.sites.size(), false);
        Statement s(db,
                    "SELECT site_id, design_dry_bulb_c, design_wet_bulb_c, elevation_m FROM site_climate");
        while (s.next()) {
            const std::size_t i = siteIndex(ids, Row(s.get(), "site_climate", ""), "site_climate");
            const Row r(s.get(), "site_climate", siteAt(p, i));
            if (seen[i])
                r.bad("",
                      M2AI_TR("ProjectFile",
                              "%1: damaged or not a Mine2AI project: %2 more than one row in the table %3"),
                      {"site_climate"});
            seen[i] = true;
            SiteClimate& c = p.sites[i].siteClimate;
            if (r.isNull(1) != r.isNull(2))
                r.bad("siteClimate.design", M2AI_TR("ProjectFile",
                                                    "%1: damaged or not a Mine2AI project: %2 needs both a "
                                                    "dry-bulb and a wet-bulb, or neither"));
            if (!r.isNull(1))
                c.design = DesignTemperature{r.real(1, "siteClimate.design.dryBulbC"),
                                             r.real(2, "siteClimate.design.wetBulbC")};
            c.elevationM = r.real(3, "siteClimate.elevationM");
        }
        for (std::size_t i = 0; i < seen.size(); ++i)
            if (!seen[i])
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2: no row in the table %3"),
                    {siteAt(p, i), "site_climate"});
    }
    std::vector<bool> seen(p.sites.size(), false);
    Statement s(db,
                "SELECT site_id, format, hours, dry_bulb_c, wet_bulb_c, pressure_pa, source, elevation_m "
                "FROM hourly_climate");
    while (s.next()) {
        const std::size_t i = siteIndex(ids, Row(s.get(), "hourly_climate", ""), "hourly_climate");
        const Row r(s.get(), "hourly_climate", siteAt(p, i));
        if (seen[i])
            r.bad("",
                  M2AI_TR("ProjectFile",
                          "%1: damaged or not a Mine2AI project: %2 more than one row in the table %3"),
                  {"hourly_climate"});
        seen[i] = true;
        const std::string format = r.text(1, "hourlyClimate.format");
        if (format != kFormat)
            r.bad("hourlyClimate.format",
                  M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 '%3' is not %4"),
                  {format.substr(0, 40), kFormat});
        const long long hours = r.int64(2, "hourlyClimate.hours");
        if (hours != static_cast<long long>(kHoursInYear) &&
            hours != static_cast<long long>(kHoursInLeapYear))
            r.bad("hourlyClimate.hours",
                  M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 %3 is not 8760 or 8784"),
                  {std::to_string(hours)});
        HourlyClimate h;
        h.dryBulbC = decode(s.get(), 3, hours, r, "hourlyClimate.dryBulbC");
        h.wetBulbC = decode(s.get(), 4, hours, r, "hourlyClimate.wetBulbC");
        h.pressurePa = decode(s.get(), 5, hours, r, "hourlyClimate.pressurePa");
        h.source = r.text(6, "hourlyClimate.source");
        h.elevationM = r.real(7, "hourlyClimate.elevationM");
        // Ranges (dry-bulb −90…60 °C, wet-bulb ≤ dry-bulb, pressure 30–110 kPa), checked here so the
        // refusal names the site and the table, not only the validation that follows.
        const HourlyClimateCheck check = checkHourlyClimate(h);
        if (!check.ok) {
            // The check's sentence without its "hourly climate: ", as a refusal of the file (%2 the
            // field). The decoded series have the row count the file names, so only an hour can fail.
            const std::string& f = check.message.format;
            const std::vector<std::string>& hour = check.message.args;
            if (f == kHourlyDryBulb.format)
                r.bad(
                    "hourlyClimate",
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2 dry-bulb at hour %3 outside −90…60 °C"),
                    hour);
            if (f == kHourlyWetBulb.format)
                r.bad("hourlyClimate",
                      M2AI_TR("ProjectFile",
                              "%1: damaged or not a Mine2AI project: %2 wet-bulb at hour %3 above the "
                              "dry-bulb or not a number"),
                      hour);
            if (f == kHourlyPressure.format)
                r.bad("hourlyClimate",
                      M2AI_TR("ProjectFile",
                              "%1: damaged or not a Mine2AI project: %2 pressure at hour %3 outside "
                              "30000…110000 Pa"),
                      hour);
            const std::string prefix = "hourly climate: ";
            const bool prefixed = check.error.compare(0, prefix.size(), prefix) == 0;
            r.bad("hourlyClimate", M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 %3"),
                  {prefixed ? check.error.substr(prefix.size()) : check.error});
        }
        p.sites[i].hourlyClimate = std::move(h);
    }
}

}  // namespace

const SchemaTopic& climateTopic() {
    static const SchemaTopic topic{"climate",    buildCreates(), {"site_climate", "hourly_climate"},
                                   fillDefaults, write,          read};
    return topic;
}

}  // namespace m2ai::storage
