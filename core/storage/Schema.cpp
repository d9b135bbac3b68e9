// Schema 1 of the .m2ai project file. Released: never change these statements. A new schema version
// adds a migration step (storage/Migrations.h) and a fixture tests/data/schema-v<N>.m2ai; the test
// "the released schema 1 is unchanged" fails if this text changes without that.
//
// CHECK constraints hold what is true by definition (a share is 0–100 %, a count is not negative,
// a month is 1–12, a name is one of the enumeration's spellings); the finer ranges are validate()'s
// (core/validation), which both save and open apply, so a CHECK never refuses a valid portfolio.
#include "storage/Schema.h"

#include "model/Enums.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"

namespace m2ai::storage {

namespace {

std::vector<std::string> buildV1() {
    const std::string pct = "BETWEEN 0 AND 100";
    const std::string nonNegative = ">= 0";
    // Named, so the column lists hold one literal per entry (a literal split over two lines inside
    // a list reads as a missing comma, bugprone-suspicious-missing-comma).
    const char* const costsKey =
        "portfolio_id INTEGER PRIMARY KEY REFERENCES portfolio(id) ON DELETE CASCADE "
        "CHECK (portfolio_id = 1)";
    const char* const taskKey =
        "FOREIGN KEY (site_id, task_position) REFERENCES user_task(site_id, position) ON DELETE CASCADE";
    return {
        table("file_info", {"key TEXT PRIMARY KEY NOT NULL", text("value")}),
        table("portfolio",
              {"id INTEGER PRIMARY KEY CHECK (id = 1)", text("name"),
               integer("start_year", "BETWEEN 1 AND 9999"), integer("start_month", "BETWEEN 1 AND 12"),
               text("currency"), real("discount_rate_pct"), integer("horizon_years", ">= 1")}),
        table(
            "cost_assumptions",
            {costsKey, real("gpu_fit_out_usd_per_mw_it", nonNegative),
             real("electrical_usd_per_installed_mw", nonNegative), real("sealing_usd_per_mw_it", nonNegative),
             real("fire_suppression_usd_per_mw_it", nonNegative),
             real("monitoring_usd_per_mw_it", nonNegative), real("tier_iii_usd_per_mw_it", nonNegative),
             real("tier_iv_usd_per_mw_it", nonNegative), real("contingency_pct", nonNegative),
             real("om_usd_per_mw_it_year", nonNegative), real("mining_om_usd_per_mw_year", nonNegative),
             real("asic_resale_usd_per_th", nonNegative), real("gpu_depreciation_years", nonNegative),
             real("facility_life_years", nonNegative), flag("include_residual_value")}),
        table("cooling_cost",
              {enumeration<CoolingTech>("technology") + " PRIMARY KEY", real("usd_per_mw_it", nonNegative)}),
        table("site",
              {"id INTEGER PRIMARY KEY CHECK (id >= 0)", text("name"), text("country"),
               real("latitude_deg", "BETWEEN -90 AND 90"), real("longitude_deg", "BETWEEN -180 AND 180"),
               real("grid_interconnect_mw", nonNegative), enumeration<EnergySource>("energy_source"),
               real("power_price_usd_per_mwh"), real("power_price_escalation_pct_per_year"),
               real("grid_carbon_g_per_kwh", nonNegative)}),
        table("grid_queue",
              {siteKey(), real("extra_mw", nonNegative), integer("available_year", "BETWEEN 1 AND 9999"),
               integer("available_month", "BETWEEN 1 AND 12")}),
        table("climate_month",
              {"site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE",
               integer("month", "BETWEEN 1 AND 12"), real("dry_bulb_c", "BETWEEN -100 AND 100"),
               real("wet_bulb_c", "BETWEEN -100 AND 100"), "PRIMARY KEY (site_id, month)"}),
        table("mining_fleet", {siteKey(), text("asic_model"), integer("units", nonNegative),
                               real("kw_per_unit", nonNegative), real("th_per_second_per_unit", nonNegative),
                               real("mining_pue", ">= 1"), real("hashprice_usd_per_ph_day", nonNegative),
                               real("hashprice_change_pct_per_year", ">= -100"), real("uptime_pct", pct)}),
        table("conversion_plan",
              {siteKey(), real("converted_share_pct", pct), enumeration<ScheduleMode>("schedule_mode"),
               integer("energisation_phases", ">= 1"), real("months_between_phases", nonNegative),
               "gpu_delivery_month_index INTEGER"}),
        table(
            "business_terms",
            {siteKey(), enumeration<BusinessModel>("model"), real("colocation_usd_per_kw_month", nonNegative),
             real("gpu_usd_per_hour", nonNegative), real("gpu_utilisation_pct", pct),
             real("gpu_price_decline_pct_per_year", "<= 100"), flag("power_pass_through")}),
        table("step_gpu_install",
              {siteKey(), flag("enabled"), text("platform_id"), real("kw_per_rack", nonNegative),
               integer("gpus_per_rack", nonNegative), real("price_usd_per_gpu", nonNegative)}),
        table("step_electrical",
              {siteKey(), flag("enabled"), enumeration<Redundancy>("redundancy"),
               real("block_size_mw", nonNegative), integer("installed_blocks", nonNegative)}),
        table("step_cooling", {siteKey(), flag("enabled"), enumeration<CoolingTech>("technology")}),
        table("step_facility",
              {siteKey(), flag("enabled"), flag("sealing_and_dust_filtration"), flag("fire_suppression"),
               flag("monitoring_bms"), enumeration<Certification>("certification")}),
        table("user_task", {"site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE",
                            integer("position", nonNegative), text("task_id"), text("name"),
                            real("duration_months", nonNegative), "PRIMARY KEY (site_id, position)"}),
        table("user_task_dependency",
              {"site_id INTEGER NOT NULL", "task_position INTEGER NOT NULL", integer("position", nonNegative),
               text("depends_on_task_id"), "PRIMARY KEY (site_id, task_position, position)", taskKey}),
    };
}

// Schema 2 (issue 12): the portfolio's terminal-value method, in a table of its own so schema 1's
// tables stay as released. IF NOT EXISTS: the 1 → 2 migration may run twice.
std::vector<std::string> buildV2Added() {
    return {
        "CREATE TABLE IF NOT EXISTS terminal_value (\n"
        "  portfolio_id INTEGER PRIMARY KEY REFERENCES portfolio(id) ON DELETE CASCADE CHECK (portfolio_id = "
        "1),\n  " +
        enumeration<TerminalValueMethod>("method") + ",\n  " + real("exit_cap_rate_pct", ">= 0") +
        "\n) STRICT"};
}

}  // namespace

const std::vector<std::string>& schemaV2AddedStatements() {
    static const std::vector<std::string> statements = buildV2Added();
    return statements;
}

const std::vector<std::string>& schemaV3AddedStatements() {
    static const std::vector<std::string> statements = [] {
        std::vector<std::string> all;
        for (const SchemaTopic* topic : schemaV3Topics())
            all.insert(all.end(), topic->createStatements.begin(), topic->createStatements.end());
        return all;
    }();
    return statements;
}

const std::vector<std::string>& schemaTables() {
    static const std::vector<std::string> tables = [] {
        std::vector<std::string> t = schemaV1Tables();
        t.push_back("terminal_value");
        for (const SchemaTopic* topic : schemaV3Topics())
            t.insert(t.end(), topic->tables.begin(), topic->tables.end());
        return t;
    }();
    return tables;
}

const std::vector<std::string>& schemaV1Statements() {
    static const std::vector<std::string> statements = buildV1();
    return statements;
}

const std::vector<std::string>& schemaV1Tables() {
    static const std::vector<std::string> tables{
        "file_info",           "portfolio",       "cost_assumptions", "cooling_cost",    "site",
        "grid_queue",          "climate_month",   "mining_fleet",     "conversion_plan", "business_terms",
        "step_gpu_install",    "step_electrical", "step_cooling",     "step_facility",   "user_task",
        "user_task_dependency"};
    return tables;
}

}  // namespace m2ai::storage
