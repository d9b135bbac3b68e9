// saveProject: the whole project is written into a fresh database beside the target and renamed over
// it, so a crash, a kill or a full disk at any instant leaves either the previous file or the new
// one, never a mixture (docs/file-format.md "Why a new file and rename()").
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

#include "io/AtomicWrite.h"
#include "storage/ProjectFile.h"
#include "storage/Schema.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"
#include "storage/StorageInternal.h"

namespace m2ai {

using namespace storage;
namespace fs = std::filesystem;

namespace {

constexpr const char* kTempMarker = ".saving-";  // temp file: .<target name>.saving-<pid>-<random>

void writePortfolio(sqlite3* db, const Portfolio& p) {
    Statement info(db, "INSERT INTO file_info (key, value) VALUES (?, ?)");
    info.bind(1, std::string("written_by")).bind(2, std::string("Mine2AI Planner " M2AI_VERSION)).run();
    info.bind(1, std::string("format"))
        .bind(2, std::string("Mine2AI project; see docs/file-format.md"))
        .run();

    Statement portfolio(
        db,
        "INSERT INTO portfolio (id, name, start_year, start_month, currency, discount_rate_pct, "
        "horizon_years) VALUES (1, ?, ?, ?, ?, ?, ?)");
    portfolio.bind(1, p.name).bind(2, p.startMonth.year).bind(3, p.startMonth.month).bind(4, p.currency);
    portfolio.bind(5, p.discountRatePct).bind(6, p.horizonYears).run();
    Statement terminal(
        db, "INSERT INTO terminal_value (portfolio_id, method, exit_cap_rate_pct) VALUES (1, ?, ?)");
    terminal.bind(1, toName(p.terminalValue)).bind(2, p.exitCapRatePct).run();

    const CostAssumptions& c = p.costs;
    Statement costs(
        db,
        "INSERT INTO cost_assumptions (portfolio_id, gpu_fit_out_usd_per_mw_it, "
        "electrical_usd_per_installed_mw, sealing_usd_per_mw_it, fire_suppression_usd_per_mw_it, "
        "monitoring_usd_per_mw_it, tier_iii_usd_per_mw_it, tier_iv_usd_per_mw_it, contingency_pct, "
        "om_usd_per_mw_it_year, mining_om_usd_per_mw_year, asic_resale_usd_per_th, "
        "gpu_depreciation_years, facility_life_years, include_residual_value) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    costs.bind(1, c.gpuFitOutUsdPerMwIt).bind(2, c.electricalUsdPerInstalledMw).bind(3, c.sealingUsdPerMwIt);
    costs.bind(4, c.fireSuppressionUsdPerMwIt).bind(5, c.monitoringUsdPerMwIt).bind(6, c.tierIiiUsdPerMwIt);
    costs.bind(7, c.tierIvUsdPerMwIt).bind(8, c.contingencyPct).bind(9, c.omUsdPerMwItYear);
    costs.bind(10, c.miningOmUsdPerMwYear).bind(11, c.asicResaleUsdPerTh).bind(12, c.gpuDepreciationYears);
    costs.bind(13, c.facilityLifeYears).bind(14, c.includeResidualValue).run();

    Statement cooling(db, "INSERT INTO cooling_cost (technology, usd_per_mw_it) VALUES (?, ?)");
    for (size_t i = 0; i < c.coolingUsdPerMwIt.size(); ++i)
        cooling.bind(1, toName(static_cast<CoolingTech>(i))).bind(2, c.coolingUsdPerMwIt[i]).run();

    Statement site(db,
                   "INSERT INTO site (id, name, country, latitude_deg, longitude_deg, grid_interconnect_mw, "
                   "energy_source, power_price_usd_per_mwh, power_price_escalation_pct_per_year, "
                   "grid_carbon_g_per_kwh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement queue(
        db,
        "INSERT INTO grid_queue (site_id, extra_mw, available_year, available_month) VALUES (?, ?, ?, ?)");
    Statement climate(
        db, "INSERT INTO climate_month (site_id, month, dry_bulb_c, wet_bulb_c) VALUES (?, ?, ?, ?)");
    Statement fleet(
        db,
        "INSERT INTO mining_fleet (site_id, asic_model, units, kw_per_unit, th_per_second_per_unit, "
        "mining_pue, hashprice_usd_per_ph_day, hashprice_change_pct_per_year, uptime_pct) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement plan(
        db,
        "INSERT INTO conversion_plan (site_id, converted_share_pct, schedule_mode, energisation_phases, "
        "months_between_phases, gpu_delivery_month_index) VALUES (?, ?, ?, ?, ?, ?)");
    Statement business(
        db,
        "INSERT INTO business_terms (site_id, model, colocation_usd_per_kw_month, gpu_usd_per_hour, "
        "gpu_utilisation_pct, gpu_price_decline_pct_per_year, power_pass_through) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement gpu(db,
                  "INSERT INTO step_gpu_install (site_id, enabled, platform_id, kw_per_rack, gpus_per_rack, "
                  "price_usd_per_gpu) VALUES (?, ?, ?, ?, ?, ?)");
    Statement electrical(
        db,
        "INSERT INTO step_electrical (site_id, enabled, redundancy, block_size_mw, installed_blocks) "
        "VALUES (?, ?, ?, ?, ?)");
    Statement coolingStep(db, "INSERT INTO step_cooling (site_id, enabled, technology) VALUES (?, ?, ?)");
    Statement facility(
        db,
        "INSERT INTO step_facility (site_id, enabled, sealing_and_dust_filtration, fire_suppression, "
        "monitoring_bms, certification) VALUES (?, ?, ?, ?, ?, ?)");
    Statement task(
        db,
        "INSERT INTO user_task (site_id, position, task_id, name, duration_months) VALUES (?, ?, ?, ?, ?)");
    Statement dependency(
        db,
        "INSERT INTO user_task_dependency (site_id, task_position, position, depends_on_task_id) "
        "VALUES (?, ?, ?, ?)");

    for (size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        const auto id = static_cast<long long>(i);
        site.bind(1, id).bind(2, s.name).bind(3, s.country).bind(4, s.latitudeDeg).bind(5, s.longitudeDeg);
        site.bind(6, s.gridInterconnectMw).bind(7, toName(s.energySource)).bind(8, s.powerPriceUsdPerMwh);
        site.bind(9, s.powerPriceEscalationPctPerYear).bind(10, s.gridCarbonGPerKwh).run();
        if (s.gridQueue) {
            queue.bind(1, id).bind(2, s.gridQueue->extraMw).bind(3, s.gridQueue->availableMonth.year);
            queue.bind(4, s.gridQueue->availableMonth.month).run();
        }
        for (int m = 0; m < 12; ++m)
            climate.bind(1, id)
                .bind(2, m + 1)
                .bind(3, s.climate.dryBulbC[m])
                .bind(4, s.climate.wetBulbC[m])
                .run();
        const MiningFleet& f = s.mining;
        fleet.bind(1, id)
            .bind(2, f.asicModel)
            .bind(3, f.units)
            .bind(4, f.kwPerUnit)
            .bind(5, f.thPerSecondPerUnit);
        fleet.bind(6, f.miningPue).bind(7, f.hashpriceUsdPerPhDay).bind(8, f.hashpriceChangePctPerYear);
        fleet.bind(9, f.uptimePct).run();
        const ConversionPlan& cp = s.plan;
        plan.bind(1, id)
            .bind(2, cp.convertedSharePct)
            .bind(3, toName(cp.scheduleMode))
            .bind(4, cp.energisationPhases);
        plan.bind(5, cp.monthsBetweenPhases);
        if (cp.gpuDeliveryMonthIndex)
            plan.bind(6, *cp.gpuDeliveryMonthIndex);
        else
            plan.bindNull(6);
        plan.run();
        const BusinessTerms& b = cp.business;
        business.bind(1, id)
            .bind(2, toName(b.model))
            .bind(3, b.colocationUsdPerKwMonth)
            .bind(4, b.gpuUsdPerHour);
        business.bind(5, b.gpuUtilisationPct)
            .bind(6, b.gpuPriceDeclinePctPerYear)
            .bind(7, b.powerPassThrough)
            .run();
        gpu.bind(1, id).bind(2, cp.gpu.enabled).bind(3, cp.gpu.platformId).bind(4, cp.gpu.kwPerRack);
        gpu.bind(5, cp.gpu.gpusPerRack).bind(6, cp.gpu.priceUsdPerGpu).run();
        electrical.bind(1, id).bind(2, cp.electrical.enabled).bind(3, toName(cp.electrical.redundancy));
        electrical.bind(4, cp.electrical.blockSizeMw).bind(5, cp.electrical.installedBlocks).run();
        coolingStep.bind(1, id).bind(2, cp.cooling.enabled).bind(3, toName(cp.cooling.technology)).run();
        facility.bind(1, id).bind(2, cp.facility.enabled).bind(3, cp.facility.sealingAndDustFiltration);
        facility.bind(4, cp.facility.fireSuppression).bind(5, cp.facility.monitoringBms);
        facility.bind(6, toName(cp.facility.certification)).run();
        for (size_t t = 0; t < cp.extraTasks.size(); ++t) {
            const UserTask& ut = cp.extraTasks[t];
            const auto position = static_cast<long long>(t);
            task.bind(1, id)
                .bind(2, position)
                .bind(3, ut.id)
                .bind(4, ut.name)
                .bind(5, ut.durationMonths)
                .run();
            for (size_t d = 0; d < ut.dependsOn.size(); ++d) {
                dependency.bind(1, id).bind(2, position).bind(3, static_cast<long long>(d));
                dependency.bind(4, ut.dependsOn[d]).run();
            }
        }
    }
}

// Writes the project into the (new, empty) file at tempPath. Durability is ours: SQLite neither
// journals nor syncs this file, because it is invisible until the rename and deleted on any error;
// we fsync it once, completely written, before the rename.
void writeDatabase(const Portfolio& portfolio, const fs::path& tempPath) {
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(tempPath.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) throw lastError(raw, "cannot open the temporary file");
    db.exec(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
        "PRAGMA cache_size = -262144; PRAGMA foreign_keys = ON;",
        "preparing the temporary file");
    db.exec("BEGIN", "starting the transaction");
    db.exec(("PRAGMA application_id = " + std::to_string(kM2aiApplicationId) +
             "; PRAGMA user_version = " + std::to_string(kM2aiSchemaVersion))
                .c_str(),
            "writing the file header");
    for (const std::string& create : schemaV1Statements()) db.exec(create.c_str(), "creating the tables");
    for (const std::string& create : schemaV2AddedStatements())
        db.exec(create.c_str(), "creating the tables");
    for (const std::string& create : schemaV3AddedStatements())
        db.exec(create.c_str(), "creating the tables");
    writePortfolio(db.get(), portfolio);
    for (const SchemaTopic* topic : schemaV3Topics())
        if (topic->write) topic->write(db.get(), portfolio);
    db.exec("COMMIT", "committing");
    db.close();
}

// Built with append: GCC 12 warns falsely (-Wrestrict) about "." + std::string.
std::string tempPrefixFor(const std::filesystem::path& target) {
    std::string prefix(".");
    prefix.append(target.filename().string()).append(kTempMarker);
    return prefix;
}

bool processIsGone(long pid) {
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace

namespace storage {

fs::path tempPathFor(const fs::path& target) {
    std::random_device rd;
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, "%ld-%08x", static_cast<long>(::getpid()), rd());
    return target.parent_path() / (tempPrefixFor(target) + suffix);
}

int removeStaleTempFiles(const fs::path& target) {
    // A temp file is stale when the process that wrote it is gone (killed or crashed mid-save), or
    // when it is a day old (a pid reused by another process must not keep it forever).
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const std::string prefix = tempPrefixFor(target);
    const auto dayAgo = fs::file_time_type::clock::now() - std::chrono::hours(24);
    int removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        std::error_code timeEc;
        const auto modified = fs::last_write_time(it->path(), timeEc);
        const bool old = !timeEc && modified < dayAgo;
        if (pid != static_cast<long>(::getpid()) && (processIsGone(pid) || old)) {
            std::error_code rmEc;
            if (fs::remove(it->path(), rmEc)) ++removed;
        }
    }
    return removed;
}

}  // namespace storage

SaveResult saveProject(const Portfolio& portfolio, const std::string& path) {
    SaveResult result;
    // Every refusal is one whole sentence "cannot save %1: …", %1 the path.
    auto failWith = [&](CoreMessage message) {
        if (message.args.empty()) message.args.emplace_back();
        message.args[0] = path;
        result.error = message.english();
        result.message = std::move(message);
        return result;
    };
    auto fail = [&](MessageFormat format, std::vector<std::string> args = {}) {
        args.insert(args.begin(), path);
        return failWith(coreMessage(format, std::move(args)));
    };
    if (path.empty()) return fail(M2AI_TR("ProjectFile", "cannot save %1: no file name"));
    if (const SaveableCheck check = checkSaveable(portfolio); !check.ok) return failWith(check.message);

    // Through a symbolic link the file it names is replaced and the link kept.
    const SaveTarget resolved = resolveSaveTarget(path);
    if (!resolved.ok) return fail(M2AI_TR("ProjectFile", "cannot save %1: %2"), {resolved.error});
    fs::path target(resolved.path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) return fail(M2AI_TR("ProjectFile", "cannot save %1: it is a folder"));
    if (target.parent_path().empty()) target = fs::path(".") / target;
    const fs::path dir = target.parent_path();
    if (const SideFileCheck side = checkSideFiles(target); !side.ok)
        return side.hotJournal
                   ? fail(M2AI_TR("ProjectFile",
                                  "cannot save %1: %2-journal beside it holds a write of another program "
                                  "interrupted by a crash; open the file once in the sqlite3 shell to roll "
                                  "it back, then try again"),
                          {side.name})
                   : fail(M2AI_TR("ProjectFile",
                                  "cannot save %1: %2-wal beside it holds changes from another program or a "
                                  "crash that are not in the file yet; open the file once in the sqlite3 "
                                  "shell to keep them, or remove %3-wal to discard them"),
                          {side.name, side.name});

    removeStaleTempFiles(target);
    const fs::path temp = tempPathFor(target);
    const int fd = ::open(temp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0)
        return fail(M2AI_TR("ProjectFile", "cannot save %1: cannot create a file in %2 (%3)"),
                    {dir.string(), std::strerror(errno)});
    struct stat previous {};
    if (::stat(target.c_str(), &previous) == 0)
        ::fchmod(fd, previous.st_mode & 07777);  // keep its permissions
    ::close(fd);

    auto failAndRemove = [&](CoreMessage why) {
        ::unlink(temp.c_str());
        return failWith(std::move(why));
    };
    // "cannot save %1: …" with the arguments after the path.
    auto saveMessage = [](MessageFormat format, std::vector<std::string> args) {
        args.insert(args.begin(), std::string());
        return coreMessage(format, std::move(args));
    };
    try {
        writeDatabase(portfolio, temp);
    } catch (const SqliteError& e) {
        return failAndRemove(describeWriteError(e, temp));
    } catch (const std::exception& e) {  // std::bad_alloc and the like
        return failAndRemove(saveMessage(M2AI_TR("ProjectFile", "cannot save %1: %2"), {e.what()}));
    }

    const int syncFd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
    if (syncFd < 0 || ::fsync(syncFd) != 0) {
        CoreMessage why =
            saveMessage(M2AI_TR("ProjectFile", "cannot save %1: cannot flush the new file to disk (%2)"),
                        {std::strerror(errno)});
        if (syncFd >= 0) ::close(syncFd);
        return failAndRemove(std::move(why));
    }
    ::close(syncFd);
    if (::rename(temp.c_str(), target.c_str()) != 0)
        return failAndRemove(saveMessage(
            M2AI_TR("ProjectFile", "cannot save %1: cannot replace the file (%2)"), {std::strerror(errno)}));
    // The rename is durable only once the directory entry is on disk.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    result.ok = true;
    return result;
}

}  // namespace m2ai
