#pragma once
// The domain model: plain value types, no behaviour beyond defaults. Every quantity carries its unit
// in its name. Defaults are the sourced figures written down in docs/model.md; the sample portfolio
// (core/sample) overrides them per site. Engines (core/engines) are pure functions of these types.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/Enums.h"
#include "model/Financing.h"
#include "model/InputNotes.h"
#include "model/Lease.h"
#include "model/RiskInputs.h"
#include "model/Scenario.h"
#include "model/SiteClimate.h"
#include "model/YearMonth.h"

namespace m2ai {

// Monthly climate normals, January..December.
struct MonthlyClimate {
    std::array<double, 12> dryBulbC{};
    std::array<double, 12> wetBulbC{};
    bool operator==(const MonthlyClimate&) const = default;
};

// One year of hourly weather (a typical meteorological year such as TMY3, or an actual year), in
// calendar order from 1 January 00:00–01:00: 8,760 rows, or 8,784 for a leap year (February has 29
// days). float, not double: 0.01 K resolution is far finer than the stations' 0.1 °C, it halves the
// project file, and what is saved is exactly what is computed. Rules: climate/HourlyClimate.h.
struct HourlyClimate {
    std::vector<float> dryBulbC;
    std::vector<float> wetBulbC;    // thermodynamic wet-bulb (from dry-bulb, RH and pressure)
    std::vector<float> pressurePa;  // station pressure
    std::string source;             // file name and station, e.g. "…725205_TMY3.epw: Pittsburgh …"
    double elevationM = 0.0;        // station elevation
    bool operator==(const HourlyClimate&) const = default;
};

// Extra grid capacity the site has requested but not yet received.
struct GridQueue {
    double extraMw = 0.0;
    YearMonth availableMonth{2028, 1};
    bool operator==(const GridQueue&) const = default;
};

// The ASIC fleet installed today. Hashprice follows the industry convention: USD per PH/s per day.
struct MiningFleet {
    std::string asicModel = "Antminer S19 XP";
    int units = 0;
    double kwPerUnit = 3.01;                   // S19 XP: 3,010 W (domain.md §3.2)
    double thPerSecondPerUnit = 140.0;         // S19 XP: 140 TH/s (domain.md §3.2)
    double miningPue = 1.05;                   // direct outside air, fans count as IT (domain.md §2.2)
    double hashpriceUsdPerPhDay = 45.0;        // base 2024–2026 (domain.md §3.3)
    double hashpriceChangePctPerYear = -10.0;  // difficulty growth erodes hashprice (estimate)
    double uptimePct = 95.0;
    bool operator==(const MiningFleet&) const = default;
};

// Step 1: pull the ASICs, install GPU servers. Values are copied from the GPU catalogue when the user
// picks a platform (platformId); editing them makes the platform "custom".
struct GpuInstallStep {
    bool enabled = true;
    std::string platformId = "hgx-b200";
    double kwPerRack = 57.2;  // 4 × DGX B200 at 14.3 kW (domain.md §3.1)
    int gpusPerRack = 32;
    double priceUsdPerGpu = 35000.0;
    bool operator==(const GpuInstallStep&) const = default;
};

// Step 2: rebuild the electrical chain. installedBlocks blocks of blockSizeMw are installed; the
// redundancy topology decides how much of that may carry critical load (engines/PowerBudget).
struct ElectricalStep {
    bool enabled = true;
    Redundancy redundancy = Redundancy::NPlus1;
    double blockSizeMw = 10.0;
    int installedBlocks = 4;
    bool operator==(const ElectricalStep&) const = default;
};

// Step 3: cooling. Disabled means the hall stays air-cooled as mined.
struct CoolingStep {
    bool enabled = true;
    CoolingTech technology = CoolingTech::DirectToChip;
    bool operator==(const CoolingStep&) const = default;
};

// Step 4: make the hall auditable.
struct FacilityStep {
    bool enabled = true;
    bool sealingAndDustFiltration = true;
    bool fireSuppression = true;
    bool monitoringBms = true;
    Certification certification = Certification::TierIII;
    bool operator==(const FacilityStep&) const = default;
};

// How the converted hall earns money.
struct BusinessTerms {
    BusinessModel model = BusinessModel::Colocation;
    double colocationUsdPerKwMonth = 150.0;   // USD per kW of IT per month (domain.md §4.3, base)
    double gpuUsdPerHour = 2.95;              // H100 58-provider median, May 2026 (domain.md §4.3)
    double gpuUtilisationPct = 70.0;          // share of GPU-hours sold (estimate)
    double gpuPriceDeclinePctPerYear = 15.0;  // new GPU generations push prices down (estimate)
    // Colocation: the tenant pays the hall's electricity (modified-gross leases, 80–90 % NOI margins
    // in the TeraWulf and Cipher deals, domain.md §4.2–4.3); off = the operator pays it out of rent.
    bool powerPassThrough = true;
    LeaseTerms lease;  // colocation only (model/Lease.h)
    bool operator==(const BusinessTerms&) const = default;
};

// A schedule task the user adds to the generated network (e.g. "Community consultation").
// dependsOn names generated task ids (engines/schedule/TaskIds.h) or other user task ids it starts
// after; precedes names the tasks that may start only once it has finished (e.g. customs clearance
// before "gpu-install", a tariff agreement before "commissioning"); docs/model.md "User tasks".
struct UserTask {
    std::string id;
    std::string name;
    double durationMonths = 1.0;
    std::vector<std::string> dependsOn;
    std::vector<std::string> precedes{};  // the initializer lets {id, name, months, deps} stay complete
    bool operator==(const UserTask&) const = default;
};

struct ConversionPlan {
    double convertedSharePct = 100.0;  // of the grid interconnect; the rest keeps mining
    ScheduleMode scheduleMode = ScheduleMode::FastTrack;
    BusinessTerms business;
    GpuInstallStep gpu;
    ElectricalStep electrical;
    CoolingStep cooling;
    FacilityStep facility;
    int energisationPhases = 1;  // halls energised one after another
    double monthsBetweenPhases = 2.0;
    // Month index (from portfolio start) when GPUs are delivered; empty = when GPU procurement ends.
    std::optional<int> gpuDeliveryMonthIndex;
    std::vector<UserTask> extraTasks;
    bool operator==(const ConversionPlan&) const = default;
};

struct Site {
    std::string name;
    std::string country;  // free text; a country preset id when it came from one (e.g. "Norway")
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double gridInterconnectMw = 0.0;  // available today
    std::optional<GridQueue> gridQueue;
    EnergySource energySource = EnergySource::GridMix;
    double powerPriceUsdPerMwh = 50.0;
    double powerPriceEscalationPctPerYear = 2.0;
    double gridCarbonGPerKwh = 400.0;
    MonthlyClimate climate;
    // When present the engines use it hour by hour instead of `climate` (which then holds its
    // monthly means); absent for sites without weather data.
    std::optional<HourlyClimate> hourlyClimate;
    SiteClimate siteClimate;  // design temperature and altitude (model/SiteClimate.h)
    MiningFleet mining;
    ConversionPlan plan;
    bool operator==(const Site&) const = default;
};

// Unit costs and financial parameters shared by every site of a portfolio. Saved with the project so
// a file always reproduces its numbers. Sources: docs/model.md "Cost assumptions".
struct CostAssumptions {
    double gpuFitOutUsdPerMwIt = 1.5e6;          // racks, networking, power distribution to rack (estimate)
    double electricalUsdPerInstalledMw = 3.0e6;  // UPS, switchgear, gensets, transformers (derived, C&W 2025)
    std::array<double, 4> coolingUsdPerMwIt{0.3e6, 1.2e6, 2.0e6, 2.2e6};  // air, hybrid, DLC, immersion
    double sealingUsdPerMwIt = 0.3e6;
    double fireSuppressionUsdPerMwIt = 0.15e6;
    double monitoringUsdPerMwIt = 0.1e6;
    double tierIiiUsdPerMwIt = 0.5e6;
    double tierIvUsdPerMwIt = 1.0e6;
    double contingencyPct = 10.0;
    double omUsdPerMwItYear = 120000.0;     // staff, maintenance, insurance (estimate)
    double miningOmUsdPerMwYear = 40000.0;  // (estimate)
    double asicResaleUsdPerTh = 3.0;        // used air-cooled rigs (estimate, Hashrate Index)
    double gpuDepreciationYears = 5.0;      // domain.md §4.2
    // What the hall is still worth when the horizon ends: straight-line book value of the facility
    // capex over facilityLifeYears from RFS, and of owned GPUs over gpuDepreciationYears from
    // delivery. Without it a 10-year horizon writes off plant that lasts 15–20 years.
    double facilityLifeYears = 20.0;  // electrical/mechanical plant 15–20 yr, shell 20–39 (domain.md §4.2)
    bool includeResidualValue = true;
    bool operator==(const CostAssumptions&) const = default;
};

struct Portfolio {
    std::string name = "Untitled portfolio";
    YearMonth startMonth{2027, 1};
    std::string currency = "USD";
    double discountRatePct = 10.0;
    int horizonYears = 10;
    // What the converted hall is worth when the horizon ends, added in its last month (docs/model.md
    // "Terminal value"): none; its straight-line book value (the rule before issue 12); or an exit
    // at exitCapRatePct on the final year's NOI (colocation; a GPU cloud falls back to book value).
    // costs.includeResidualValue = false turns any of them off.
    TerminalValueMethod terminalValue = TerminalValueMethod::BookValue;
    double exitCapRatePct = 6.0;  // data-centre cap rates mid-4 to mid-6 % in 2025 (domain.md §4.2, estimate)
    CostAssumptions costs;
    OperatingCosts opex;  // beyond energy and facility O&M (model/Lease.h)
    Financing financing;  // tax and debt (model/Financing.h)
    InputNotes notes;     // a note and a source per input, by field path (model/InputNotes.h)
    std::vector<Site> sites;
    std::vector<Scenario> scenarios;  // what-ifs over this portfolio, which is their base (model/Scenario.h)
    RiskInputs risk;                  // Monte Carlo trials, seed and distributions (model/RiskInputs.h)
    bool operator==(const Portfolio&) const = default;
};

}  // namespace m2ai
