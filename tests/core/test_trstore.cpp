// Issue 16: the project file's refusals (open and save), the hourly-climate check, the EPW import
// and the foreign-currency warning are whole marked sentences (validation/CoreMessage.h) whose
// English is exactly the line they had before; ui/ and the CLI translate them by their format.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "climate/EpwClimate.h"
#include "climate/HourlyClimate.h"
#include "climate/HourlyClimateCodec.h"
#include "storage/ProjectFile.h"
#include "test_storage_support.h"
#include "validation/Currency.h"
#include "validation/Validation.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;

namespace {

// A refusal carries its sentence: translatable, %1 the file, English equal to the error line.
void checkMessage(const CoreMessage& m, const std::string& error, const std::string& file) {
    INFO(error);
    CHECK(m.context == "ProjectFile");
    CHECK(m.english() == error);
    REQUIRE_FALSE(m.args.empty());
    CHECK(m.args[0] == file);
    CHECK(m.format.find("%1") != std::string::npos);
}

}  // namespace

TEST_CASE("trstore: every refusal of a hostile project file is a translatable sentence, English unchanged",
          "[trstore]") {
    const TempDir dir("m2ai-trstore-open");
    const fs::path good = dir.path / "good.m2ai";
    REQUIRE(saveProject(fixturePortfolio(), good.string()).ok);
    const std::string goodBytes = readBytes(good);

    auto edited = [&](const char* sql) {
        return [&, sql](const fs::path& f) {
            fs::copy_file(good, f);
            Db db(f.string(), SQLITE_OPEN_READWRITE);
            db.exec(sql);
        };
    };
    struct Case {
        const char* name;
        std::function<void(const fs::path&)> make;
        std::string expected;  // the whole line after "<file>: ", as before issue 16
    };
    const std::vector<Case> cases{
        {"text.m2ai", [](const fs::path& f) { writeBytes(f, "name,mw\n"); },
         "not a Mine2AI project (not an SQLite database)"},
        {"header-only.m2ai", [&](const fs::path& f) { writeBytes(f, goodBytes.substr(0, 50)); },
         "the file is damaged (truncated to 50 bytes)"},
        {"newer.m2ai", edited("PRAGMA user_version = 7"),
         "made by a newer Mine2AI, schema 7; this version reads up to 4"},
        {"schema0.m2ai", edited("PRAGMA user_version = 0"),
         "cannot open: schema 0 cannot be upgraded: this version reads schemas 1 to 4"},
        {"wrong-type.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE site SET latitude_deg = 'north' WHERE id = 1"),
         "damaged or not a Mine2AI project: sites[1].latitudeDeg is not a number (site.latitude_deg holds "
         "text)"},
        {"unknown-enum.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE site SET energy_source = 'solar' WHERE id = 1"),
         "damaged or not a Mine2AI project: sites[1].energySource 'solar' is not one of hydro, natural-gas, "
         "grid-mix, nuclear, other"},
        {"flag.m2ai",
         edited(
             "PRAGMA ignore_check_constraints = ON; UPDATE step_cooling SET enabled = 2 WHERE site_id = 0"),
         "damaged or not a Mine2AI project: sites[0].plan.cooling.enabled is not 0 or 1"},
        {"missing-table.m2ai", edited("DROP TABLE mining_fleet"),
         "damaged or not a Mine2AI project: the table mining_fleet is missing"},
        {"missing-row.m2ai", edited("DELETE FROM step_facility WHERE site_id = 1"),
         "damaged or not a Mine2AI project: sites[1]: no row in the table step_facility"},
        {"missing-month.m2ai", edited("DELETE FROM climate_month WHERE site_id = 0 AND month = 2"),
         "damaged or not a Mine2AI project: sites[0].climate: the file lacks some of the 12 months"},
        {"month-13.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE climate_month SET month = 13 WHERE site_id = 0 "
                "AND month = 2"),
         "damaged or not a Mine2AI project: sites[0].climate.month 13 is not 1..12"},
        {"two-portfolios.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; INSERT INTO portfolio SELECT 2, name, start_year, "
                "start_month, currency, discount_rate_pct, horizon_years FROM portfolio"),
         "damaged or not a Mine2AI project: the table portfolio has more than one row"},
        {"empty-terminal.m2ai", edited("DELETE FROM terminal_value"),
         "damaged or not a Mine2AI project: the table terminal_value is empty"},
        {"percentile.m2ai",
         edited("PRAGMA ignore_check_constraints = ON; UPDATE site_design_percentile SET percentile = 5"),
         "damaged or not a Mine2AI project: sites[0].siteClimate.designPercentile must be one of 0.4, 1 or "
         "2 (%)"},
    };
    for (const Case& c : cases) {
        const fs::path f = dir.path / c.name;
        c.make(f);
        const OpenResult opened = openProject(f.string());
        INFO(c.name);
        REQUIRE_FALSE(opened.ok);
        CHECK(opened.error == f.string() + ": " + c.expected);
        checkMessage(opened.message, opened.error, f.string());
    }

    const std::string nope = (dir.path / "nope.m2ai").string();
    const OpenResult missing = openProject(nope);
    CHECK(missing.error == nope + ": no such file");
    checkMessage(missing.message, missing.error, nope);
    CHECK(missing.message.format == "%1: no such file");

    // A -wal beside the file: its name is an argument, twice, so a translator sees one sentence.
    const fs::path walFile = dir.path / "wal.m2ai";
    fs::copy_file(good, walFile);
    writeBytes(dir.path / "wal.m2ai-wal", "x");
    const OpenResult wal = openProject(walFile.string());
    CHECK(wal.error == walFile.string() +
                           ": wal.m2ai-wal beside it holds changes from another program or a crash that are "
                           "not in the file yet; open the file once in the sqlite3 shell to keep them, or "
                           "remove wal.m2ai-wal to discard them");
    checkMessage(wal.message, wal.error, walFile.string());
    const SaveResult walSave = saveProject(fixturePortfolio(), walFile.string());
    CHECK(walSave.error == "cannot save " + walFile.string() +
                               ": wal.m2ai-wal beside it holds changes from another program or a crash that "
                               "are not in the file yet; open the file once in the sqlite3 shell to keep "
                               "them, or remove wal.m2ai-wal to discard them");
    checkMessage(walSave.message, walSave.error, walFile.string());
}

TEST_CASE("trstore: a refused save is a translatable sentence, English unchanged", "[trstore]") {
    const TempDir dir("m2ai-trstore-save");
    const SaveResult folder = saveProject(fixturePortfolio(), dir.path.string());
    CHECK(folder.error == "cannot save " + dir.path.string() + ": it is a folder");
    checkMessage(folder.message, folder.error, dir.path.string());

    Portfolio invalid = fixturePortfolio();
    invalid.sites[0].gridInterconnectMw = -1;
    const std::string path = (dir.path / "p.m2ai").string();
    const SaveResult refused = saveProject(invalid, path);
    CHECK(refused.error.rfind("cannot save " + path + ": invalid values: sites[0].gridInterconnectMw: ", 0) ==
          0);
    checkMessage(refused.message, refused.error, path);

    Portfolio longName = fixturePortfolio();
    longName.sites[1].name = std::string(10001, 'x');
    const SaveResult tooLong = saveProject(longName, path);
    CHECK(tooLong.error ==
          "cannot save " + path +
              ": sites[1].name: text of 10001 bytes is longer than the 10000 bytes a project "
              "file stores");
    checkMessage(tooLong.message, tooLong.error, path);

    const SaveResult ok = saveProject(fixturePortfolio(), path);
    CHECK(ok.ok);
    CHECK(ok.message.empty());
}

TEST_CASE("trstore: the hourly climate's check is a Formatted problem, its English unchanged", "[trstore]") {
    HourlyClimate h;
    h.dryBulbC.assign(8760, 20.0f);
    h.wetBulbC.assign(8760, 15.0f);
    h.pressurePa.assign(8760, 101325.0f);
    CHECK(checkHourlyClimate(h).ok);
    h.dryBulbC[99] = 75.0f;
    const HourlyClimateCheck hot = checkHourlyClimate(h);
    CHECK(hot.error == "hourly climate: dry-bulb at hour 100 outside −90…60 °C");
    CHECK(hot.message.context == "Climate");
    CHECK(hot.message.english() == hot.error);
    CHECK(hot.message.args == std::vector<std::string>{"100"});
    h.dryBulbC.resize(10);
    CHECK(checkHourlyClimate(h).error == "hourly climate: 10 dry-bulb rows; allowed 8760 or 8784");

    Portfolio p = fixturePortfolio();
    p.sites[0].hourlyClimate = h;
    const std::vector<Problem> problems = validate(p);
    bool found = false;
    for (const Problem& problem : problems) {
        if (problem.path != "sites[0].hourlyClimate") continue;
        found = true;
        CHECK(problem.code == ProblemCode::Formatted);
        CHECK(problem.message == "hourly climate: 10 dry-bulb rows; allowed 8760 or 8784");
        CHECK(formattedText(problem).context == "Climate");
    }
    CHECK(found);
}

TEST_CASE("trstore: EPW import errors and the series codec are translatable sentences", "[trstore]") {
    const EpwClimate notEpw = parseEpwClimate("hello,world\n", "x.epw");
    CHECK(notEpw.error == "x.epw: not an EnergyPlus weather file (line 1 must start with LOCATION)");
    CHECK(notEpw.message.context == "Climate");
    CHECK(notEpw.message.english() == notEpw.error);

    const std::string location = "LOCATION,Town,ST,USA,TMY3,1,40.0,-80.0,-5.0,300\n";
    std::string header = location;
    for (int i = 2; i <= 8; ++i) header += "RECORD\n";
    const EpwClimate badRow = parseEpwClimate(header + "1985,1,1,1,0,?,oops\n", "y.epw");
    CHECK(badRow.error == "y.epw: line 9: not an hourly EPW record");
    CHECK(badRow.message.args == std::vector<std::string>{"y.epw", "9"});
    const EpwClimate noData = parseEpwClimate(header, "z.epw");
    CHECK(noData.error == "z.epw: no hourly data for month 1");
    CHECK(noData.message.english() == noData.error);
    const EpwClimate missing = readEpwClimate("/nonexistent/w.epw");
    CHECK(missing.error == "/nonexistent/w.epw: cannot open the weather file");
    CHECK(missing.message.english() == missing.error);

    const DecodedSeries shortSeries = decodeFloat32Le("abc", 1);
    CHECK(shortSeries.error == "holds 3 bytes; 1 hours of float32 take 4");
    CHECK(shortSeries.message.english() == shortSeries.error);
    const DecodedBytes notBase64 = base64Decode("ab!d");
    CHECK(notBase64.error == "is not base64 (character 3)");
    CHECK(notBase64.message.english() == notBase64.error);
    CHECK(base64Decode("abc").message.english() == "is not base64 (its length 3 is not a multiple of 4)");
}

TEST_CASE("trstore: the foreign-currency warning is a translatable sentence naming the code", "[trstore]") {
    Portfolio p = fixturePortfolio();
    p.currency = "NOK";
    const auto warning = foreignCurrencyWarning(p);
    REQUIRE(warning);
    CHECK(warning->context == "Currency");
    CHECK(warning->args == std::vector<std::string>{"NOK"});
    CHECK(
        warning->english() ==
        "Currency NOK: this planner computes in USD only, so every amount in this project is treated as USD "
        "(prices, costs and results are not converted); the next edit of the currency accepts only USD");
}
