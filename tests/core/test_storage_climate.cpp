// Schema-3 climate topic (storage/SchemaV3Climate.cpp) and the same fields in JSON: hourly climate as
// float32 blobs, design temperature and altitude; round trips bit for bit, hostile blobs refused
// naming the site, and the 2 → 3 defaults.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "climate/HourlyClimate.h"
#include "climate/HourlyClimateCodec.h"
#include "core/test_storage_support.h"
#include "io/JsonIo.h"
#include "storage/ProjectFile.h"
#include "validation/Validation.h"

using namespace m2ai;
using namespace m2ai::storagetest;
namespace fs = std::filesystem;

namespace {

// A year whose floats are not round decimals (bit-for-bit matters), with −0.0 and a leap day.
HourlyClimate awkwardYear(std::size_t rows = kHoursInYear) {
    HourlyClimate c;
    for (std::size_t h = 0; h < rows; ++h) {
        const float db =
            static_cast<float>(10.0 + 15.0 * std::sin(0.001 * static_cast<double>(h)) + 1e-3 / 3.0);
        c.dryBulbC.push_back(db);
        c.wetBulbC.push_back(h == 7 ? -0.0f : db - 2.3f);
        c.pressurePa.push_back(97000.0f + static_cast<float>(h % 97) * 0.37f);
    }
    c.source = "synthetic.epw: Nowhere, ZZ";
    c.elevationM = 321.5;
    return c;
}

Portfolio climatePortfolio() {
    Portfolio p = fixturePortfolio();
    p.sites[0].hourlyClimate = awkwardYear();
    p.sites[0].siteClimate.elevationM = 91.0;
    p.sites[1].siteClimate.design = DesignTemperature{29.4, 18.6};
    p.sites[1].siteClimate.elevationM = 2355.0;
    return p;
}

bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

void requireSameClimate(const Portfolio& a, const Portfolio& b) {
    REQUIRE(a.sites.size() == b.sites.size());
    for (std::size_t i = 0; i < a.sites.size(); ++i) {
        CHECK(a.sites[i].siteClimate == b.sites[i].siteClimate);
        REQUIRE(a.sites[i].hourlyClimate.has_value() == b.sites[i].hourlyClimate.has_value());
        if (!a.sites[i].hourlyClimate) continue;
        const HourlyClimate& x = *a.sites[i].hourlyClimate;
        const HourlyClimate& y = *b.sites[i].hourlyClimate;
        CHECK(sameBits(x.dryBulbC, y.dryBulbC));
        CHECK(sameBits(x.wetBulbC, y.wetBulbC));
        CHECK(sameBits(x.pressurePa, y.pressurePa));
        CHECK(x.source == y.source);
        CHECK(x.elevationM == y.elevationM);
    }
    CHECK(doubleBits(a) == doubleBits(b));
    CHECK(a == b);
}

// Writes `bytes` into one blob column of hourly_climate, bypassing the CHECK constraints as a
// hand-crafted file would.
void setBlob(const fs::path& file, const char* column, const std::string& bytes) {
    Db db(file.string(), SQLITE_OPEN_READWRITE);
    db.exec("PRAGMA ignore_check_constraints = ON");
    sqlite3_stmt* s = nullptr;
    const std::string sql = std::string("UPDATE hourly_climate SET ") + column + " = ?";
    REQUIRE(sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    sqlite3_bind_blob64(s, 1, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    sqlite3_finalize(s);
}

std::string floatsWith(std::size_t count, std::size_t at, float value, float others = 12.5f) {
    std::vector<float> v(count, others);
    v[at] = value;
    return encodeFloat32Le(v);
}

}  // namespace

TEST_CASE("climate topic: hourly climate, design temperature and altitude reopen bit for bit",
          "[storage][climate]") {
    TempDir dir("m2ai-storage-climate");
    const Portfolio p = climatePortfolio();
    const fs::path file = dir.path / "climate.m2ai";
    const SaveResult saved = saveProject(p, file.string());
    INFO(saved.error);
    REQUIRE(saved.ok);
    const OpenResult opened = openProject(file.string());
    INFO(opened.error);
    REQUIRE(opened.ok);
    requireSameClimate(p, opened.portfolio);

    // Compact: three 35,040-byte blobs, not 26,280 rows.
    Db db(file.string(), SQLITE_OPEN_READONLY);
    CHECK(db.integer("SELECT count(*) FROM hourly_climate") == 1);
    CHECK(db.integer("SELECT length(dry_bulb_c) FROM hourly_climate") == 4 * 8760);
    CHECK(db.text("SELECT format FROM hourly_climate") == "float32-le");
    CHECK(db.integer("SELECT count(*) FROM site_climate") == 2);
    CHECK(db.integer("SELECT count(*) FROM site_climate WHERE design_dry_bulb_c IS NULL") == 1);

    // A leap year too.
    Portfolio leap = p;
    leap.sites[0].hourlyClimate = awkwardYear(kHoursInLeapYear);
    REQUIRE(saveProject(leap, file.string()).ok);
    const OpenResult reopened = openProject(file.string());
    REQUIRE(reopened.ok);
    requireSameClimate(leap, reopened.portfolio);
}

TEST_CASE("climate topic in JSON: base64 float32, bit for bit, and optional for older files",
          "[json][climate]") {
    const Portfolio p = climatePortfolio();
    const std::string text = portfolioToJson(p);
    const std::string b64 = base64Encode(encodeFloat32Le(p.sites[0].hourlyClimate->dryBulbC));
    CHECK(b64.size() == 46720);  // 35,040 bytes
    CHECK(text.find(b64) != std::string::npos);
    const JsonImport back = portfolioFromJson(text);
    INFO((back.problems.empty() ? std::string() : back.problems.front().toString()));
    REQUIRE(back.ok());
    requireSameClimate(p, back.portfolio);

    // A file written before issue 13 (no siteClimate, no hourlyClimate) reads with the defaults.
    const Portfolio plain = fixturePortfolio();
    nlohmann::json doc = nlohmann::json::parse(portfolioToJson(plain));
    for (auto& site : doc["sites"]) {
        site.erase("siteClimate");
        site.erase("hourlyClimate");
    }
    const std::string old = doc.dump(2);
    REQUIRE(old.find("siteClimate") == std::string::npos);
    const JsonImport oldBack = portfolioFromJson(old);
    INFO((oldBack.problems.empty() ? std::string() : oldBack.problems.front().toString()));
    REQUIRE(oldBack.ok());
    CHECK(oldBack.portfolio == plain);
}

TEST_CASE("hostile JSON hourly climate is refused naming the site and the series", "[json][climate]") {
    Portfolio p = climatePortfolio();
    const std::string good = base64Encode(encodeFloat32Le(p.sites[0].hourlyClimate->wetBulbC));
    auto importWith = [&](const std::string& from, const std::string& to) {
        std::string text = portfolioToJson(p);
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        return portfolioFromJson(text);
    };
    auto firstProblem = [](const JsonImport& r) {
        REQUIRE_FALSE(r.ok());
        return r.problems.front().toString();
    };
    CHECK_THAT(firstProblem(importWith(good, good.substr(4))),
               Catch::Contains("sites[0].hourlyClimate.wetBulbC") && Catch::Contains("46720 characters"));
    const std::string nan = base64Encode(floatsWith(8760, 99, std::numeric_limits<float>::quiet_NaN()));
    CHECK_THAT(firstProblem(importWith(good, nan)),
               Catch::Contains("sites[0].hourlyClimate.wetBulbC") && Catch::Contains("hour 100"));
    std::string junk = good;
    junk[10] = '*';
    CHECK_THAT(firstProblem(importWith(good, junk)), Catch::Contains("not base64"));
    CHECK_THAT(firstProblem(importWith("\"hours\": 8760", "\"hours\": 1000000000")),
               Catch::Contains("sites[0].hourlyClimate.hours"));
    CHECK_THAT(firstProblem(importWith("\"float32-le-base64\"", "\"float64\"")),
               Catch::Contains("sites[0].hourlyClimate.format"));
    // In range per float but not physical: validation names the site's hourly climate.
    const std::string hot = base64Encode(floatsWith(8760, 5, 75.0f));
    const std::string dry = base64Encode(encodeFloat32Le(p.sites[0].hourlyClimate->dryBulbC));
    CHECK_THAT(firstProblem(importWith(dry, hot)),
               Catch::Contains("sites[0].hourlyClimate") && Catch::Contains("hour 6"));
}

TEST_CASE("hostile hourly-climate blobs are refused naming the site", "[storage][climate]") {
    TempDir dir("m2ai-storage-climate-hostile");
    const fs::path good = dir.path / "good.m2ai";
    REQUIRE(saveProject(climatePortfolio(), good.string()).ok);
    const std::string site = "sites[0] (\"Tydal – Nord\")";
    int n = 0;
    auto refused = [&](auto&& damage) {
        const fs::path file = dir.path / ("bad-" + std::to_string(++n) + ".m2ai");
        fs::copy_file(good, file);
        damage(file);
        const std::string before = readBytes(file);
        const OpenResult opened = openProject(file.string());
        CHECK(readBytes(file) == before);  // refused files are left untouched
        REQUIRE_FALSE(opened.ok);
        return opened.error;
    };
    CHECK_THAT(refused([](const fs::path& f) { setBlob(f, "dry_bulb_c", std::string(100, '\0')); }),
               Catch::Contains(site + ".hourlyClimate.dryBulbC holds 100 bytes"));
    CHECK_THAT(refused([](const fs::path& f) {
                   setBlob(f, "wet_bulb_c", floatsWith(8760, 41, std::numeric_limits<float>::quiet_NaN()));
               }),
               Catch::Contains(site + ".hourlyClimate.wetBulbC is not a finite number at hour 42"));
    CHECK_THAT(refused([](const fs::path& f) {
                   setBlob(f, "pressure_pa",
                           floatsWith(8760, 0, std::numeric_limits<float>::infinity(), 101325.0f));
               }),
               Catch::Contains(site + ".hourlyClimate.pressurePa is not a finite number at hour 1"));
    // Finite but out of range: 1e9 Pa.
    CHECK_THAT(
        refused([](const fs::path& f) { setBlob(f, "pressure_pa", floatsWith(8760, 3, 1e9f, 101325.0f)); }),
        Catch::Contains(site + ".hourlyClimate pressure at hour 4"));
    // A huge hour count is refused before anything is allocated for it.
    CHECK_THAT(
        refused([](const fs::path& f) {
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec("PRAGMA ignore_check_constraints = ON; UPDATE hourly_climate SET hours = 4000000000");
        }),
        Catch::Contains(site + ".hourlyClimate.hours 4000000000 is not 8760 or 8784"));
    CHECK_THAT(refused([](const fs::path& f) { setBlob(f, "dry_bulb_c", std::string(900000, 'x')); }),
               Catch::Contains(site + ".hourlyClimate.dryBulbC holds 900000 bytes"));
    CHECK_THAT(refused([](const fs::path& f) {
                   Db db(f.string(), SQLITE_OPEN_READWRITE);
                   // A hand-made table without STRICT or CHECKs, as a foreign tool might write.
                   db.exec(
                       "ALTER TABLE hourly_climate RENAME TO h_old; CREATE TABLE hourly_climate (site_id "
                       "INTEGER PRIMARY KEY, format, hours, dry_bulb_c, wet_bulb_c, pressure_pa, source, "
                       "elevation_m); INSERT INTO hourly_climate SELECT * FROM h_old; DROP TABLE h_old; "
                       "UPDATE hourly_climate SET dry_bulb_c = 'text'");
               }),
               Catch::Contains(site + ".hourlyClimate.dryBulbC is not a blob"));
    CHECK_THAT(
        refused([](const fs::path& f) {
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec(
                "PRAGMA ignore_check_constraints = ON; UPDATE site_climate SET design_wet_bulb_c = NULL "
                "WHERE design_dry_bulb_c IS NOT NULL");
        }),
        Catch::Contains("sites[1] (\"Gedu – Chhukha\").siteClimate.design needs both"));
    CHECK_THAT(refused([](const fs::path& f) {
                   Db db(f.string(), SQLITE_OPEN_READWRITE);
                   db.exec("DELETE FROM site_climate WHERE site_id = 0");
               }),
               Catch::Contains(site + ": no row in the table site_climate"));
    // Values the topic reads but validation refuses, naming the field and the range.
    CHECK_THAT(
        refused([](const fs::path& f) {
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec("PRAGMA ignore_check_constraints = ON; UPDATE site_climate SET elevation_m = 9000");
        }),
        Catch::Contains("sites[0].siteClimate.elevationM") && Catch::Contains("6000"));
}

TEST_CASE("design temperature and altitude are validated with their ranges", "[validation][climate]") {
    Portfolio p = fixturePortfolio();
    p.sites[0].siteClimate.design = DesignTemperature{25.0, 27.0};
    p.sites[1].siteClimate.elevationM = -900.0;
    const std::vector<Problem> problems = validate(p);
    std::string all;
    for (const auto& problem : problems) all += problem.toString() + "\n";
    CHECK_THAT(all, Catch::Contains("sites[0].siteClimate.design.wetBulbC") &&
                        Catch::Contains("must not exceed dry-bulb"));
    CHECK_THAT(all, Catch::Contains("sites[1].siteClimate.elevationM") && Catch::Contains("-500"));
    TempDir dir("m2ai-storage-climate-invalid");
    const SaveResult saved = saveProject(p, (dir.path / "x.m2ai").string());
    CHECK_FALSE(saved.ok);  // invalid edits are refused, never saved
}

TEST_CASE("a schema-2 file opens with the climate defaults", "[storage][climate][migration]") {
    const OpenResult opened = openProject(std::string(M2AI_TEST_DATA_DIR) + "/schema-v2.m2ai");
    INFO(opened.error);
    REQUIRE(opened.ok);
    CHECK(opened.migrated);
    for (const Site& s : opened.portfolio.sites) {
        CHECK_FALSE(s.siteClimate.design.has_value());
        CHECK(s.siteClimate.elevationM == 0.0);
        CHECK_FALSE(s.hourlyClimate.has_value());
    }
}

TEST_CASE("float32 and base64 codecs are exact and strict", "[climate]") {
    const std::vector<float> v{0.0f, -0.0f, 1.0f / 3.0f, -273.15f, std::numeric_limits<float>::denorm_min()};
    const DecodedSeries back = decodeFloat32Le(encodeFloat32Le(v), v.size());
    REQUIRE(back.ok);
    CHECK(sameBits(back.values, v));
    CHECK(encodeFloat32Le({1.0f}) == std::string("\x00\x00\x80\x3f", 4));  // little-endian
    CHECK_FALSE(decodeFloat32Le(encodeFloat32Le(v), v.size() + 1).ok);
    for (const std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
        const DecodedBytes d = base64Decode(base64Encode(s));
        REQUIRE(d.ok);
        CHECK(d.bytes == s);
    }
    CHECK(base64Encode("foobar") == "Zm9vYmFy");
    CHECK(base64Encode("fooba") == "Zm9vYmE=");
    CHECK_FALSE(base64Decode("Zm9=YmFy").ok);
    CHECK_FALSE(base64Decode("Zm9vYmF").ok);
    CHECK_FALSE(base64Decode("Zm9vYm\nF").ok);
}
