#pragma once
// Helpers for the storage tests: temporary folders, raw file bytes, a tiny sqlite3 handle for
// "analyst" edits, the fixed portfolio of tests/data/schema-v1.m2ai, and a bit-level view of every
// double of a portfolio (operator== cannot tell -0.0 from 0.0).
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/Portfolio.h"

namespace m2ai::storagetest {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

inline std::string readBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// Sorted file names in a folder.
inline std::vector<std::string> listing(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// What an analyst does with the sqlite3 shell, from a test.
class Db {
public:
    Db(const std::string& path, int flags) {
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path + ": " + sqlite3_errmsg(db_));
    }
    ~Db() { sqlite3_close(db_); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    sqlite3* get() const { return db_; }
    void exec(const std::string& sql) {
        char* err = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string message = err ? err : "?";
            sqlite3_free(err);
            throw std::runtime_error(sql + ": " + message);
        }
    }
    long long integer(const std::string& sql) {
        return one<long long>(sql, [](sqlite3_stmt* s) { return sqlite3_column_int64(s, 0); });
    }
    double real(const std::string& sql) {
        return one<double>(sql, [](sqlite3_stmt* s) { return sqlite3_column_double(s, 0); });
    }
    std::string text(const std::string& sql) {
        return one<std::string>(sql, [](sqlite3_stmt* s) {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
            return std::string(t ? t : "");
        });
    }

private:
    template <typename T, typename F>
    T one(const std::string& sql, F get) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
        if (sqlite3_step(s) != SQLITE_ROW) {
            sqlite3_finalize(s);
            throw std::runtime_error(sql + ": no row");
        }
        T v = get(s);
        sqlite3_finalize(s);
        return v;
    }
    sqlite3* db_ = nullptr;
};

// The portfolio stored in tests/data/schema-v1.m2ai. NEVER change it: the fixture was written from
// it when schema 1 was released, and the test compares the two.
inline Portfolio fixturePortfolio() {
    Portfolio p;
    p.name = "Fixture — schema 1 (Nordic & Himalayan hydro)";
    p.startMonth = YearMonth{2027, 3};
    p.currency = "NOK";
    p.discountRatePct = 8.5;
    p.horizonYears = 12;
    p.costs.coolingUsdPerMwIt = {0.25e6, 1.1e6, 2.05e6, 2.3e6};
    p.costs.contingencyPct = 12.5;
    p.costs.gpuDepreciationYears = 4.0;

    Site tydal;
    tydal.name = "Tydal – Nord";
    tydal.country = "Norway";
    tydal.latitudeDeg = 63.0426;
    tydal.longitudeDeg = 11.6516;
    tydal.gridInterconnectMw = 60.0;
    tydal.gridQueue = GridQueue{25.0, YearMonth{2029, 6}};
    tydal.energySource = EnergySource::Hydro;
    tydal.powerPriceUsdPerMwh = 38.0;
    tydal.powerPriceEscalationPctPerYear = 1.5;
    tydal.gridCarbonGPerKwh = 19.0;
    tydal.climate.dryBulbC = {-8.1, -7.5, -3.9, 1.2, 7.0, 11.4, 13.9, 12.8, 8.3, 2.9, -2.6, -6.4};
    tydal.climate.wetBulbC = {-9.0, -8.6, -5.2, -0.5, 4.6, 9.2, 11.8, 11.0, 6.9, 1.9, -3.5, -7.2};
    tydal.mining.units = 14000;
    tydal.mining.uptimePct = 97.0;
    tydal.plan.convertedSharePct = 75.0;
    tydal.plan.scheduleMode = ScheduleMode::Sequential;
    tydal.plan.gpu.platformId = "gb200-nvl72";
    tydal.plan.gpu.kwPerRack = 132.0;
    tydal.plan.gpu.gpusPerRack = 72;
    tydal.plan.electrical.redundancy = Redundancy::DistributedRedundant;
    tydal.plan.electrical.installedBlocks = 6;
    tydal.plan.cooling.technology = CoolingTech::Hybrid;
    tydal.plan.facility.fireSuppression = false;
    tydal.plan.facility.certification = Certification::TierIV;
    tydal.plan.energisationPhases = 3;
    tydal.plan.monthsBetweenPhases = 2.5;
    tydal.plan.gpuDeliveryMonthIndex = 14;
    tydal.plan.extraTasks = {
        UserTask{"consult", "Samråd med kommunen (community consultation)", 3.0, {"design"}},
        UserTask{"fibre", "Dark fibre to Trondheim", 9.5, {"consult", "proc-electrical"}},
    };

    Site gedu;
    gedu.name = "Gedu – Chhukha";
    gedu.country = "Bhutan";
    gedu.latitudeDeg = 26.9235;
    gedu.longitudeDeg = 89.5217;
    gedu.gridInterconnectMw = 100.0;
    gedu.energySource = EnergySource::Hydro;
    gedu.powerPriceUsdPerMwh = 45.0;
    gedu.powerPriceEscalationPctPerYear = 0.0;
    gedu.gridCarbonGPerKwh = 24.0;
    gedu.climate.dryBulbC = {10.2, 12.0, 15.6, 18.9, 21.7, 24.8, 27.5, 25.3, 24.1, 20.4, 15.8, 11.9};
    gedu.climate.wetBulbC = {6.1, 7.4, 10.5, 14.0, 18.2, 22.0, 24.1, 23.0, 21.6, 16.9, 11.3, 7.6};
    gedu.mining.asicModel = "Antminer S21 Hydro";
    gedu.mining.units = 20000;
    gedu.mining.kwPerUnit = 5.36;
    gedu.mining.thPerSecondPerUnit = 335.0;
    gedu.mining.hashpriceChangePctPerYear = -0.0;  // typed "-0" in a spin box: the sign must survive
    gedu.plan.business.model = BusinessModel::GpuCloud;
    gedu.plan.electrical.redundancy = Redundancy::TwoN;
    gedu.plan.electrical.installedBlocks = 8;
    gedu.plan.cooling.enabled = false;
    gedu.plan.facility.certification = Certification::None;

    p.sites = {tydal, gedu};
    return p;
}

// Every double of a portfolio as its 64 bits, in a fixed order.
inline std::vector<std::uint64_t> doubleBits(const Portfolio& p) {
    std::vector<std::uint64_t> out;
    auto add = [&](double v) { out.push_back(std::bit_cast<std::uint64_t>(v)); };
    add(p.discountRatePct);
    const CostAssumptions& c = p.costs;
    for (double v : {c.gpuFitOutUsdPerMwIt, c.electricalUsdPerInstalledMw, c.sealingUsdPerMwIt,
                     c.fireSuppressionUsdPerMwIt, c.monitoringUsdPerMwIt, c.tierIiiUsdPerMwIt,
                     c.tierIvUsdPerMwIt, c.contingencyPct, c.omUsdPerMwItYear, c.miningOmUsdPerMwYear,
                     c.asicResaleUsdPerTh, c.gpuDepreciationYears})
        add(v);
    for (double v : c.coolingUsdPerMwIt) add(v);
    for (const Site& s : p.sites) {
        for (double v : {s.latitudeDeg, s.longitudeDeg, s.gridInterconnectMw, s.powerPriceUsdPerMwh,
                         s.powerPriceEscalationPctPerYear, s.gridCarbonGPerKwh})
            add(v);
        if (s.gridQueue) add(s.gridQueue->extraMw);
        for (double v : s.climate.dryBulbC) add(v);
        for (double v : s.climate.wetBulbC) add(v);
        const MiningFleet& f = s.mining;
        for (double v : {f.kwPerUnit, f.thPerSecondPerUnit, f.miningPue, f.hashpriceUsdPerPhDay,
                         f.hashpriceChangePctPerYear, f.uptimePct})
            add(v);
        const ConversionPlan& cp = s.plan;
        for (double v :
             {cp.convertedSharePct, cp.monthsBetweenPhases, cp.business.colocationUsdPerKwMonth,
              cp.business.gpuUsdPerHour, cp.business.gpuUtilisationPct, cp.business.gpuPriceDeclinePctPerYear,
              cp.gpu.kwPerRack, cp.gpu.priceUsdPerGpu, cp.electrical.blockSizeMw})
            add(v);
        for (const UserTask& t : cp.extraTasks) add(t.durationMonths);
    }
    return out;
}

}  // namespace m2ai::storagetest
