// openProject: project files are untrusted input (mailed around, edited in the sqlite3 shell), so
// they are checked in order of cost — a -wal or hot -journal beside the file, file size and the
// 100-byte header (is it SQLite? ours? which schema?) before SQLite parses anything, then the bytes
// are read into memory and a hardened connection works on that copy (sqlite3_deserialize): SQLite
// never opens the file, so it cannot create, apply or roll back anything beside it. Then
// quick_check, row count limits, a type-checked read of every column, and validate(). Each refusal
// is one line naming the file; the file is never written.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "storage/Migrations.h"
#include "storage/RowReader.h"
#include "storage/Schema.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"
#include "storage/StorageInternal.h"

namespace m2ai {

using namespace storage;

namespace {

constexpr int kProgressOpsPerCall = 10000;
constexpr int kMaxProgressCalls = 200000;  // 2e9 VM instructions: far beyond a 1 GiB file's quick_check

int abortRunaway(void* calls) {
    return ++*static_cast<int*>(calls) > kMaxProgressCalls ? 1 : 0;
}

// Settings for every connection that reads a project file: no way for a crafted schema to run
// code (views, triggers, extensions, functions in the schema), and small limits on lengths.
void harden(sqlite3* db, int* progressCalls) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000);  // any string, blob or row; our texts are <= 10 kB
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 32);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
    sqlite3_progress_handler(db, kProgressOpsPerCall, abortRunaway, progressCalls);
    Database::execOn(db, "PRAGMA trusted_schema = OFF", "hardening the connection");
}

unsigned readBigEndian(const unsigned char* p, int bytes) {
    unsigned v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
    return v;
}

std::string siteAt(size_t i) {
    return "sites[" + std::to_string(i) + "]";
}

long long countRows(sqlite3* db, const char* sql) {
    Statement s(db, sql);
    return s.next() ? sqlite3_column_int64(s.get(), 0) : 0;
}

void requireTables(sqlite3* db) {
    std::set<std::string> present;
    Statement s(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE %'");
    while (s.next())
        if (const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0)))
            present.insert(name);
    for (const std::string& t : schemaTables())
        if (!present.count(t))
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is missing"), {t});
}

// Reads a current-schema (3) database; older files are migrated first. Every value's type is
// checked; row counts are bounded before reading.
Portfolio loadPortfolio(sqlite3* db) {
    requireTables(db);
    const long long siteCount = countRows(db, "SELECT count(*) FROM site");
    if (siteCount > kMaxSites)
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: %2 sites, more than the %3 a project may hold"),
            {std::to_string(siteCount), std::to_string(kMaxSites)});
    // Child tables of 1:1 or 12:1 rows may not outnumber what the sites allow.
    for (const auto& [sql, perSite] :
         {std::pair{"SELECT count(*) FROM climate_month", 12LL},
          std::pair{"SELECT count(*) FROM user_task", kMaxTasksPerSite},
          std::pair{"SELECT count(*) FROM user_task_dependency", kMaxTasksPerSite * kMaxDependenciesPerTask}})
        if (countRows(db, sql) > std::max(1LL, siteCount) * perSite)
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: too many rows (%2)"), {sql});

    Portfolio p;
    {
        Statement s(
            db,
            "SELECT name, start_year, start_month, currency, discount_rate_pct, horizon_years, id FROM "
            "portfolio");
        if (!s.next())
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is empty"),
                {"portfolio"});
        Row r(s.get(), "portfolio", "");
        p.name = r.text(0, "name");
        p.startMonth = YearMonth{r.integer(1, "startMonth.year"), r.integer(2, "startMonth.month")};
        p.currency = r.text(3, "currency");
        p.discountRatePct = r.real(4, "discountRatePct");
        p.horizonYears = r.integer(5, "horizonYears");
        if (r.key(6) != 1)
            throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is not 1"),
                               {"portfolio.id"});
        if (s.next())
            throw contentError(
                M2AI_TR("ProjectFile",
                        "%1: damaged or not a Mine2AI project: the table %2 has more than one row"),
                {"portfolio"});
    }
    {
        Statement s(db, "SELECT method, exit_cap_rate_pct FROM terminal_value");
        if (!s.next())
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is empty"),
                {"terminal_value"});
        Row r(s.get(), "terminal_value", "");
        p.terminalValue = r.enumeration<TerminalValueMethod>(0, "terminalValue");
        p.exitCapRatePct = r.real(1, "exitCapRatePct");
        if (s.next())
            throw contentError(
                M2AI_TR("ProjectFile",
                        "%1: damaged or not a Mine2AI project: the table %2 has more than one row"),
                {"terminal_value"});
    }
    {
        Statement s(
            db,
            "SELECT gpu_fit_out_usd_per_mw_it, electrical_usd_per_installed_mw, sealing_usd_per_mw_it, "
            "fire_suppression_usd_per_mw_it, monitoring_usd_per_mw_it, tier_iii_usd_per_mw_it, "
            "tier_iv_usd_per_mw_it, contingency_pct, om_usd_per_mw_it_year, mining_om_usd_per_mw_year, "
            "asic_resale_usd_per_th, gpu_depreciation_years, facility_life_years, include_residual_value, "
            "portfolio_id FROM cost_assumptions");
        if (!s.next())
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is empty"),
                {"cost_assumptions"});
        Row r(s.get(), "cost_assumptions", "costs");
        CostAssumptions& c = p.costs;
        c.gpuFitOutUsdPerMwIt = r.real(0, "gpuFitOutUsdPerMwIt");
        c.electricalUsdPerInstalledMw = r.real(1, "electricalUsdPerInstalledMw");
        c.sealingUsdPerMwIt = r.real(2, "sealingUsdPerMwIt");
        c.fireSuppressionUsdPerMwIt = r.real(3, "fireSuppressionUsdPerMwIt");
        c.monitoringUsdPerMwIt = r.real(4, "monitoringUsdPerMwIt");
        c.tierIiiUsdPerMwIt = r.real(5, "tierIiiUsdPerMwIt");
        c.tierIvUsdPerMwIt = r.real(6, "tierIvUsdPerMwIt");
        c.contingencyPct = r.real(7, "contingencyPct");
        c.omUsdPerMwItYear = r.real(8, "omUsdPerMwItYear");
        c.miningOmUsdPerMwYear = r.real(9, "miningOmUsdPerMwYear");
        c.asicResaleUsdPerTh = r.real(10, "asicResaleUsdPerTh");
        c.gpuDepreciationYears = r.real(11, "gpuDepreciationYears");
        c.facilityLifeYears = r.real(12, "facilityLifeYears");
        c.includeResidualValue = r.flag(13, "includeResidualValue");
        if (r.key(14) != 1)
            throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is not 1"),
                               {"cost_assumptions.portfolio_id"});
        if (s.next())
            throw contentError(
                M2AI_TR("ProjectFile",
                        "%1: damaged or not a Mine2AI project: the table %2 has more than one row"),
                {"cost_assumptions"});
    }
    {
        Statement s(db, "SELECT technology, usd_per_mw_it FROM cooling_cost");
        std::array<bool, 4> seen{};
        while (s.next()) {
            Row r(s.get(), "cooling_cost", "costs");
            const auto tech = static_cast<size_t>(r.enumeration<CoolingTech>(0, "coolingUsdPerMwIt"));
            if (tech >= seen.size() || seen[tech])
                throw contentError(
                    M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2: repeated technology"),
                    {"costs.coolingUsdPerMwIt"});
            seen[tech] = true;
            p.costs.coolingUsdPerMwIt[tech] = r.real(1, "coolingUsdPerMwIt");
        }
        for (size_t i = 0; i < seen.size(); ++i)
            if (!seen[i])
                throw contentError(
                    M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2: no row for %3"),
                    {"costs.coolingUsdPerMwIt", toName(static_cast<CoolingTech>(i))});
    }

    std::unordered_map<long long, size_t> indexOf;  // site.id → position in p.sites
    {
        Statement s(
            db,
            "SELECT id, name, country, latitude_deg, longitude_deg, grid_interconnect_mw, energy_source, "
            "power_price_usd_per_mwh, power_price_escalation_pct_per_year, grid_carbon_g_per_kwh "
            "FROM site ORDER BY id");
        p.sites.reserve(static_cast<size_t>(siteCount));
        while (s.next()) {
            const size_t i = p.sites.size();
            if (i >= static_cast<size_t>(kMaxSites))
                throw contentError(
                    M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: too many sites"));
            Row r(s.get(), "site", siteAt(i));
            const long long id = r.int64(0, "id");
            if (!indexOf.emplace(id, i).second)
                throw contentError(
                    M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: site id %2 is repeated"),
                    {std::to_string(id)});
            Site& site = p.sites.emplace_back();
            site.name = r.text(1, "name");
            site.country = r.text(2, "country");
            site.latitudeDeg = r.real(3, "latitudeDeg");
            site.longitudeDeg = r.real(4, "longitudeDeg");
            site.gridInterconnectMw = r.real(5, "gridInterconnectMw");
            site.energySource = r.enumeration<EnergySource>(6, "energySource");
            site.powerPriceUsdPerMwh = r.real(7, "powerPriceUsdPerMwh");
            site.powerPriceEscalationPctPerYear = r.real(8, "powerPriceEscalationPctPerYear");
            site.gridCarbonGPerKwh = r.real(9, "gridCarbonGPerKwh");
        }
    }
    const size_t n = p.sites.size();
    // The position in p.sites of the site a child row names in its first column, site_id.
    auto siteOfRow = [&](sqlite3_stmt* row, const char* table) {
        const auto found = indexOf.find(Row(row, table, "").key(0));
        if (found == indexOf.end())
            throw contentError(M2AI_TR("ProjectFile",
                                       "%1: damaged or not a Mine2AI project: the table %2 has a row for a "
                                       "site that does not exist"),
                               {table});
        return found->second;
    };
    // Runs one query over a 1:1 child table (first column site_id) and requires exactly one row per
    // site when `required`.
    auto eachSiteRow = [&](const char* table, const char* sql, bool required, auto&& read) {
        std::vector<bool> seen(n, false);
        Statement s(db, sql);
        while (s.next()) {
            const size_t i = siteOfRow(s.get(), table);
            if (seen[i])
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2: more than one row in the table %3"),
                    {siteAt(i), table});
            seen[i] = true;
            read(Row(s.get(), table, siteAt(i)), p.sites[i]);
        }
        if (required)
            for (size_t i = 0; i < n; ++i)
                if (!seen[i])
                    throw contentError(
                        M2AI_TR("ProjectFile",
                                "%1: damaged or not a Mine2AI project: %2: no row in the table %3"),
                        {siteAt(i), table});
    };

    eachSiteRow("grid_queue", "SELECT site_id, extra_mw, available_year, available_month FROM grid_queue",
                false, [](const Row& r, Site& site) {
                    site.gridQueue = GridQueue{r.real(1, "gridQueue.extraMw"),
                                               YearMonth{r.integer(2, "gridQueue.availableMonth.year"),
                                                         r.integer(3, "gridQueue.availableMonth.month")}};
                });
    {
        std::vector<unsigned> monthsSeen(n, 0);  // bit m-1 set once month m is read
        Statement s(db, "SELECT site_id, month, dry_bulb_c, wet_bulb_c FROM climate_month");
        while (s.next()) {
            const size_t i = siteOfRow(s.get(), "climate_month");
            Row r(s.get(), "climate_month", siteAt(i));
            const int month = r.integer(1, "climate.month");
            if (month < 1 || month > 12)
                r.bad("climate.month",
                      M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 %3 is not 1..12"),
                      {std::to_string(month)});
            const unsigned bit = 1u << (month - 1);
            if (monthsSeen[i] & bit)
                r.bad("climate",
                      M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 has month %3 twice"),
                      {std::to_string(month)});
            monthsSeen[i] |= bit;
            p.sites[i].climate.dryBulbC[static_cast<size_t>(month - 1)] = r.real(2, "climate.dryBulbC");
            p.sites[i].climate.wetBulbC[static_cast<size_t>(month - 1)] = r.real(3, "climate.wetBulbC");
        }
        for (size_t i = 0; i < n; ++i)
            if (monthsSeen[i] != 0xfffu)
                throw contentError(M2AI_TR("ProjectFile",
                                           "%1: damaged or not a Mine2AI project: %2.climate: the file lacks "
                                           "some of the 12 months"),
                                   {siteAt(i)});
    }
    eachSiteRow("mining_fleet",
                "SELECT site_id, asic_model, units, kw_per_unit, th_per_second_per_unit, mining_pue, "
                "hashprice_usd_per_ph_day, hashprice_change_pct_per_year, uptime_pct FROM mining_fleet",
                true, [](const Row& r, Site& site) {
                    MiningFleet& f = site.mining;
                    f.asicModel = r.text(1, "mining.asicModel");
                    f.units = r.integer(2, "mining.units");
                    f.kwPerUnit = r.real(3, "mining.kwPerUnit");
                    f.thPerSecondPerUnit = r.real(4, "mining.thPerSecondPerUnit");
                    f.miningPue = r.real(5, "mining.miningPue");
                    f.hashpriceUsdPerPhDay = r.real(6, "mining.hashpriceUsdPerPhDay");
                    f.hashpriceChangePctPerYear = r.real(7, "mining.hashpriceChangePctPerYear");
                    f.uptimePct = r.real(8, "mining.uptimePct");
                });
    eachSiteRow(
        "conversion_plan",
        "SELECT site_id, converted_share_pct, schedule_mode, energisation_phases, months_between_phases, "
        "gpu_delivery_month_index FROM conversion_plan",
        true, [](const Row& r, Site& site) {
            ConversionPlan& cp = site.plan;
            cp.convertedSharePct = r.real(1, "plan.convertedSharePct");
            cp.scheduleMode = r.enumeration<ScheduleMode>(2, "plan.scheduleMode");
            cp.energisationPhases = r.integer(3, "plan.energisationPhases");
            cp.monthsBetweenPhases = r.real(4, "plan.monthsBetweenPhases");
            if (!r.isNull(5)) cp.gpuDeliveryMonthIndex = r.integer(5, "plan.gpuDeliveryMonthIndex");
        });
    eachSiteRow("business_terms",
                "SELECT site_id, model, colocation_usd_per_kw_month, gpu_usd_per_hour, gpu_utilisation_pct, "
                "gpu_price_decline_pct_per_year, power_pass_through FROM business_terms",
                true, [](const Row& r, Site& site) {
                    BusinessTerms& b = site.plan.business;
                    b.model = r.enumeration<BusinessModel>(1, "plan.business.model");
                    b.colocationUsdPerKwMonth = r.real(2, "plan.business.colocationUsdPerKwMonth");
                    b.gpuUsdPerHour = r.real(3, "plan.business.gpuUsdPerHour");
                    b.gpuUtilisationPct = r.real(4, "plan.business.gpuUtilisationPct");
                    b.gpuPriceDeclinePctPerYear = r.real(5, "plan.business.gpuPriceDeclinePctPerYear");
                    b.powerPassThrough = r.flag(6, "plan.business.powerPassThrough");
                });
    eachSiteRow("step_gpu_install",
                "SELECT site_id, enabled, platform_id, kw_per_rack, gpus_per_rack, price_usd_per_gpu "
                "FROM step_gpu_install",
                true, [](const Row& r, Site& site) {
                    GpuInstallStep& g = site.plan.gpu;
                    g.enabled = r.flag(1, "plan.gpu.enabled");
                    g.platformId = r.text(2, "plan.gpu.platformId");
                    g.kwPerRack = r.real(3, "plan.gpu.kwPerRack");
                    g.gpusPerRack = r.integer(4, "plan.gpu.gpusPerRack");
                    g.priceUsdPerGpu = r.real(5, "plan.gpu.priceUsdPerGpu");
                });
    eachSiteRow("step_electrical",
                "SELECT site_id, enabled, redundancy, block_size_mw, installed_blocks FROM step_electrical",
                true, [](const Row& r, Site& site) {
                    ElectricalStep& e = site.plan.electrical;
                    e.enabled = r.flag(1, "plan.electrical.enabled");
                    e.redundancy = r.enumeration<Redundancy>(2, "plan.electrical.redundancy");
                    e.blockSizeMw = r.real(3, "plan.electrical.blockSizeMw");
                    e.installedBlocks = r.integer(4, "plan.electrical.installedBlocks");
                });
    eachSiteRow("step_cooling", "SELECT site_id, enabled, technology FROM step_cooling", true,
                [](const Row& r, Site& site) {
                    site.plan.cooling.enabled = r.flag(1, "plan.cooling.enabled");
                    site.plan.cooling.technology = r.enumeration<CoolingTech>(2, "plan.cooling.technology");
                });
    eachSiteRow("step_facility",
                "SELECT site_id, enabled, sealing_and_dust_filtration, fire_suppression, monitoring_bms, "
                "certification FROM step_facility",
                true, [](const Row& r, Site& site) {
                    FacilityStep& f = site.plan.facility;
                    f.enabled = r.flag(1, "plan.facility.enabled");
                    f.sealingAndDustFiltration = r.flag(2, "plan.facility.sealingAndDustFiltration");
                    f.fireSuppression = r.flag(3, "plan.facility.fireSuppression");
                    f.monitoringBms = r.flag(4, "plan.facility.monitoringBms");
                    f.certification = r.enumeration<Certification>(5, "plan.facility.certification");
                });

    // User tasks keep their order by position; dependencies refer to (site, task position).
    std::map<std::pair<long long, long long>, UserTask*> taskAt;
    {
        Statement s(db,
                    "SELECT site_id, position, task_id, name, duration_months FROM user_task "
                    "ORDER BY site_id, position");
        while (s.next()) {
            const size_t i = siteOfRow(s.get(), "user_task");
            auto& tasks = p.sites[i].plan.extraTasks;
            Row r(s.get(), "user_task", siteAt(i) + ".plan.extraTasks[" + std::to_string(tasks.size()) + "]");
            if (tasks.size() >= static_cast<size_t>(kMaxTasksPerSite))
                r.bad("", M2AI_TR("ProjectFile",
                                  "%1: damaged or not a Mine2AI project: %2 is beyond the task limit"));
            const long long position = r.int64(1, "position");
            UserTask& t = tasks.emplace_back();
            t.id = r.text(2, "id");
            t.name = r.text(3, "name");
            t.durationMonths = r.real(4, "durationMonths");
            if (!taskAt.emplace(std::pair{sqlite3_column_int64(s.get(), 0), position}, nullptr).second)
                r.bad("position",
                      M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is repeated"));
        }
    }
    {
        // Pointers are taken only now that the task vectors no longer grow. taskAt is ordered like
        // the query above (site id, position), so the k-th key of a site is its k-th task.
        std::map<long long, size_t> seenPerSite;
        for (auto& [key, task] : taskAt) {
            auto& tasks = p.sites[indexOf.at(key.first)].plan.extraTasks;
            task = &tasks[seenPerSite[key.first]++];
        }
        Statement s(db,
                    "SELECT site_id, task_position, position, depends_on_task_id FROM user_task_dependency "
                    "ORDER BY site_id, task_position, position");
        // Rows come ordered by (site, task, position); a repeated key is the row just before.
        std::tuple<long long, long long, long long> previous{-1, -1, -1};
        bool first = true;
        while (s.next()) {
            const Row keys(s.get(), "user_task_dependency", "");
            const long long siteId = keys.key(0);
            const long long taskPosition = keys.key(1);
            const long long position = keys.key(2);
            const auto found = taskAt.find(std::pair{siteId, taskPosition});
            if (found == taskAt.end())
                throw contentError(M2AI_TR("ProjectFile",
                                           "%1: damaged or not a Mine2AI project: the table %2 has a row for "
                                           "a task that does not exist"),
                                   {"user_task_dependency"});
            UserTask& t = *found->second;
            const size_t site = indexOf.at(siteId);
            const auto& tasks = p.sites[site].plan.extraTasks;
            const std::string at = siteAt(site) + ".plan.extraTasks[" +
                                   std::to_string(static_cast<size_t>(&t - tasks.data())) + "].dependsOn";
            const std::tuple<long long, long long, long long> current{siteId, taskPosition, position};
            if (!first && current == previous)
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2: position %3 is repeated (%4)"),
                    {at, std::to_string(position), "user_task_dependency.position"});
            first = false;
            previous = current;
            if (t.dependsOn.size() >= static_cast<size_t>(kMaxDependenciesPerTask))
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2: more than %3 dependencies"),
                    {at, std::to_string(kMaxDependenciesPerTask)});
            const Row r(s.get(), "user_task_dependency", at + "[" + std::to_string(t.dependsOn.size()) + "]");
            t.dependsOn.push_back(r.text(3, ""));
        }
    }
    for (const SchemaTopic* topic : schemaV3Topics())
        if (topic->read) topic->read(db, p);
    return p;
}

// pread() until n bytes or the end of the file; the count read, or -1 with errno set.
ssize_t readFully(int fd, unsigned char* into, size_t n, off_t offset) {
    size_t done = 0;
    while (done < n) {
        const ssize_t r = ::pread(fd, into + done, n - done, offset + static_cast<off_t>(done));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return -1;
        if (r == 0) break;
        done += static_cast<size_t>(r);
    }
    return static_cast<ssize_t>(done);
}

// The open file and its bytes in a buffer from sqlite3_malloc64, which sqlite3_deserialize takes over.
class FileImage {
public:
    explicit FileImage(int fd) : fd_(fd) {}
    FileImage(const FileImage&) = delete;
    FileImage& operator=(const FileImage&) = delete;
    ~FileImage() {
        sqlite3_free(data_);
        ::close(fd_);
    }
    // False with error() set when the bytes cannot be read. A file that changes size while being
    // read is refused, not guessed at.
    bool readAll(size_t expected) {
        data_ = static_cast<unsigned char*>(sqlite3_malloc64(expected > 0 ? expected : 1));
        if (!data_) {
            error_ = coreMessage(M2AI_TR("ProjectFile", "%1: not enough memory to read it (%2 bytes)"),
                                 {std::to_string(expected)});
            return false;
        }
        const ssize_t got = readFully(fd_, data_, expected, 0);
        if (got < 0) {
            error_ = coreMessage(M2AI_TR("ProjectFile", "%1: cannot read (%2)"), {std::strerror(errno)});
            return false;
        }
        unsigned char extra = 0;
        if (static_cast<size_t>(got) != expected ||
            readFully(fd_, &extra, 1, static_cast<off_t>(expected)) != 0) {
            error_ = coreMessage(
                M2AI_TR("ProjectFile", "%1: the file changed while it was being read; try again"));
            return false;
        }
        size_ = expected;
        return true;
    }
    const CoreMessage& error() const { return error_; }  // %1 is the path, not in args
    unsigned char* data() { return data_; }
    size_t size() const { return size_; }
    unsigned char* release() {
        unsigned char* p = data_;
        data_ = nullptr;
        return p;
    }

private:
    int fd_;
    unsigned char* data_ = nullptr;
    size_t size_ = 0;
    CoreMessage error_;
};

bool isDamage(int code) {
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR || code == SQLITE_FORMAT ||
           code == SQLITE_TOOBIG || code == SQLITE_INTERRUPT || code == SQLITE_RANGE;
}

}  // namespace

namespace storage {

OpenResult openProjectWith(const std::string& path, const std::vector<MigrationStep>& steps,
                           int currentVersion) {
    OpenResult result;
    // Every refusal is one whole sentence whose %1 is the file's path (args are %2 …).
    auto failWith = [&](CoreMessage message) {
        result.error = message.english();
        result.message = std::move(message);
        return result;
    };
    auto fail = [&](MessageFormat format, std::vector<std::string> args = {}) {
        args.insert(args.begin(), path);
        return failWith(coreMessage(format, std::move(args)));
    };
    const auto errnoText = [] { return std::string(std::strerror(errno)); };

    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT ? fail(M2AI_TR("ProjectFile", "%1: no such file"))
                               : fail(M2AI_TR("ProjectFile", "%1: cannot open (%2)"), {errnoText()});
    if (!S_ISREG(st.st_mode)) return fail(M2AI_TR("ProjectFile", "%1: not a regular file"));
    // Before anything is read: the file alone may be stale or half-written.
    if (const SideFileCheck side = checkSideFiles(path); !side.ok)
        return side.hotJournal ? fail(M2AI_TR("ProjectFile",
                                              "%1: %2-journal beside it holds a write of another program "
                                              "interrupted by a crash; open the file once in the sqlite3 "
                                              "shell to roll it back, then try again"),
                                      {side.name})
                               : fail(M2AI_TR("ProjectFile",
                                              "%1: %2-wal beside it holds changes from another program or a "
                                              "crash that are not in the file yet; open the file once in the "
                                              "sqlite3 shell to keep them, or remove %3-wal to discard them"),
                                      {side.name, side.name});
    if (st.st_size > kMaxFileBytes)
        return fail(M2AI_TR("ProjectFile", "%1: larger than 1 GiB; not a Mine2AI project"));

    // O_NONBLOCK: a FIFO swapped in after the stat() must not hang the open; fstat() re-checks.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return fail(M2AI_TR("ProjectFile", "%1: cannot open (%2)"), {errnoText()});
    FileImage image(fd);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return fail(M2AI_TR("ProjectFile", "%1: not a regular file"));
    if (st.st_size > kMaxFileBytes)
        return fail(M2AI_TR("ProjectFile", "%1: larger than 1 GiB; not a Mine2AI project"));

    // The header tells, before SQLite parses anything, whether this is SQLite, ours, and which schema.
    std::array<unsigned char, 100> header{};
    const ssize_t got = readFully(fd, header.data(), header.size(), 0);
    if (got < 0) return fail(M2AI_TR("ProjectFile", "%1: cannot read (%2)"), {errnoText()});
    if (got < 16 || std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        return fail(M2AI_TR("ProjectFile", "%1: not a Mine2AI project (not an SQLite database)"));
    if (got < 100)
        return fail(M2AI_TR("ProjectFile", "%1: the file is damaged (truncated to %2 bytes)"),
                    {std::to_string(got)});
    const unsigned applicationId = readBigEndian(&header[68], 4);
    if (applicationId != static_cast<unsigned>(kM2aiApplicationId)) {
        char id[16];
        std::snprintf(id, sizeof id, "0x%08X", applicationId);
        return fail(
            M2AI_TR(
                "ProjectFile",
                "%1: an SQLite database of another application (application_id %2), not a Mine2AI project"),
            {id});
    }
    const int version = static_cast<int>(readBigEndian(&header[60], 4));
    result.fileSchemaVersion = version;
    if (version > currentVersion)
        return fail(
            M2AI_TR("ProjectFile", "%1: made by a newer Mine2AI, schema %2; this version reads up to %3"),
            {std::to_string(version), std::to_string(currentVersion)});
    // SQLite trusts the page count in the header when the two change counters agree; a shorter file
    // was cut off (a copy that stopped half-way, a full disk under another tool).
    const unsigned pageSize = readBigEndian(&header[16], 2) == 1 ? 65536u : readBigEndian(&header[16], 2);
    const unsigned long long pages = readBigEndian(&header[28], 4);
    if (pages > 0 && readBigEndian(&header[24], 4) == readBigEndian(&header[92], 4) &&
        static_cast<unsigned long long>(st.st_size) < pages * pageSize)
        return fail(M2AI_TR("ProjectFile", "%1: the file is damaged (truncated: %2 of %3 bytes)"),
                    {std::to_string(st.st_size), std::to_string(pages * pageSize)});

    // The whole file is read into memory and SQLite works on that copy: it never opens the file, so
    // it creates no -journal, -wal or -shm beside it, takes no lock, and cannot apply or roll back
    // anything it would find there (checkSideFiles above refused those cases).
    if (!image.readAll(static_cast<size_t>(st.st_size))) {
        CoreMessage message = image.error();
        message.args.insert(message.args.begin(), path);
        return failWith(std::move(message));
    }
    // A WAL-mode file (header bytes 18 and 19 = 2) is opened as a rollback-mode one: the in-memory
    // database has no WAL, and no -wal beside the file holds data.
    if (image.size() >= 20 && (image.data()[18] == 2 || image.data()[19] == 2)) {
        image.data()[18] = 1;
        image.data()[19] = 1;
    }

    int progressCalls = 0;
    try {
        sqlite3* raw = nullptr;
        const int rc =
            sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE, nullptr);
        Database db(raw);
        if (rc != SQLITE_OK) throw lastError(raw, "opening");
        harden(db.get(), &progressCalls);
        Database::execOn(db.get(), "PRAGMA temp_store = MEMORY", "hardening the connection");
        // An older schema is upgraded in this copy, so it must be writable; the file is not touched.
        const bool upgrade = version < currentVersion;
        const unsigned flags = SQLITE_DESERIALIZE_FREEONCLOSE |
                               (upgrade ? SQLITE_DESERIALIZE_RESIZEABLE : SQLITE_DESERIALIZE_READONLY);
        const auto bytes = static_cast<sqlite3_int64>(image.size());
        if (sqlite3_deserialize(db.get(), "main", image.release(), bytes, bytes, flags) != SQLITE_OK)
            throw lastError(db.get(), "loading into memory");
        // quick_check checks the file's structure; CHECK constraints are left to the typed read and
        // validate() below, whose messages name the field (quick_check's names only the table).
        Database::execOn(db.get(), "PRAGMA ignore_check_constraints = ON", "preparing the check");
        {
            Statement check(db.get(), "PRAGMA quick_check(1)");
            if (!check.next())
                throw contentError(M2AI_TR(
                    "ProjectFile", "%1: damaged or not a Mine2AI project: quick_check returned nothing"));
            const auto* verdict = reinterpret_cast<const char*>(sqlite3_column_text(check.get(), 0));
            if (!verdict || std::strcmp(verdict, "ok") != 0) {
                std::string why = verdict ? verdict : "integrity check failed";
                for (char& c : why)
                    if (c == '\n' || c == '\r') c = ' ';  // quick_check reports on several lines
                return fail(M2AI_TR("ProjectFile", "%1: the file is damaged (%2)"), {why});
            }
        }
        Database::execOn(db.get(), "PRAGMA ignore_check_constraints = OFF", "finishing the check");
        if (upgrade) {
            if (const MigrationResult m = migrate(db.get(), version, currentVersion, steps); !m.ok) {
                CoreMessage message = m.message;
                if (!message.args.empty()) message.args[0] = path;
                return failWith(std::move(message));
            }
            result.migrated = true;
        }
        Database::execOn(db.get(), "BEGIN", "starting to read");  // one consistent snapshot
        result.portfolio = loadPortfolio(db.get());
        Database::execOn(db.get(), "COMMIT", "finishing reading");
    } catch (const ContentError& e) {
        CoreMessage message = e.message;
        if (!message.args.empty()) message.args[0] = path;
        return failWith(std::move(message));
    } catch (const SqliteError& e) {
        if (progressCalls > kMaxProgressCalls)
            return fail(
                M2AI_TR("ProjectFile", "%1: refused: reading it takes too much work (hostile file?)"));
        if (isDamage(e.code)) return fail(M2AI_TR("ProjectFile", "%1: the file is damaged (%2)"), {e.what()});
        return fail(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project (%2)"), {e.what()});
    } catch (const std::exception& e) {
        return fail(M2AI_TR("ProjectFile", "%1: cannot open (%2)"), {e.what()});
    }

    result.problems = validate(result.portfolio);
    if (!result.problems.empty()) {
        const std::string summary = summarizeProblems(result.problems);
        result.portfolio = Portfolio{};
        return fail(M2AI_TR("ProjectFile", "%1: invalid values: %2"), {summary});
    }
    result.ok = true;
    return result;
}

}  // namespace storage

OpenResult openProject(const std::string& path) {
    return openProjectWith(path, migrationSteps(), kM2aiSchemaVersion);
}

}  // namespace m2ai
