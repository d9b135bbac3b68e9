// Schema-3 topic: tax and financing (issue 12; model/Financing.h). See storage/SchemaV3.h for the
// contract. One row of portfolio-wide settings, and one row per site tax override (keyed by the
// site's name, as in the model).
#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

std::vector<std::string> createStatements() {
    return {
        "CREATE TABLE IF NOT EXISTS financing (\n"
        "  portfolio_id INTEGER PRIMARY KEY REFERENCES portfolio(id) ON DELETE CASCADE CHECK (portfolio_id = "
        "1),\n  " +
            flag("tax_enabled") + ",\n  " + enumeration<TaxDepreciationMethod>("depreciation") + ",\n  " +
            real("bonus_depreciation_pct") + ",\n  " + real("other_country_tax_rate_pct") + ",\n  " +
            real("cost_of_equity_pct") + ",\n  " + flag("debt_enabled") + ",\n  " + real("loan_to_cost_pct") +
            ",\n  " + real("interest_rate_pct") + ",\n  " + integer("tenor_years") + ",\n  " +
            real("min_dscr") + "\n) STRICT",
        "CREATE TABLE IF NOT EXISTS site_tax_override (\n  position INTEGER PRIMARY KEY CHECK (position >= "
        "0),\n  " +
            text("site_name") + ",\n  " + real("corporate_tax_rate_pct") + "\n) STRICT",
    };
}

constexpr const char* kInsertSettings =
    "INSERT OR IGNORE INTO financing (portfolio_id, tax_enabled, depreciation, bonus_depreciation_pct, "
    "other_country_tax_rate_pct, cost_of_equity_pct, debt_enabled, loan_to_cost_pct, interest_rate_pct, "
    "tenor_years, min_dscr) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

void insertSettings(sqlite3* db, const Financing& f) {
    Statement s(db, kInsertSettings);
    s.bind(1, f.taxEnabled)
        .bind(2, toName(f.depreciation))
        .bind(3, f.bonusDepreciationPct)
        .bind(4, f.otherCountryTaxRatePct)
        .bind(5, f.costOfEquityPct)
        .bind(6, f.debt.enabled)
        .bind(7, f.debt.loanToCostPct)
        .bind(8, f.debt.interestRatePct)
        .bind(9, f.debt.tenorYears)
        .bind(10, f.debt.minDscr)
        .run();
}

// A schema-2 file had no tax or debt: it opens with the defaults of model/Financing.h, which change
// none of the figures it showed (the pre-tax NPV and IRRs), only add the after-tax ones.
void fillDefaults(sqlite3* db) {
    insertSettings(db, Financing{});
}

void write(sqlite3* db, const Portfolio& p) {
    insertSettings(db, p.financing);
    Statement s(
        db, "INSERT INTO site_tax_override (position, site_name, corporate_tax_rate_pct) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < p.financing.siteTaxOverrides.size(); ++i) {
        const SiteTaxOverride& o = p.financing.siteTaxOverrides[i];
        s.bind(1, static_cast<long long>(i)).bind(2, o.siteName).bind(3, o.corporateTaxRatePct).run();
    }
}

void read(sqlite3* db, Portfolio& p) {
    Financing f;
    {
        Statement s(db,
                    "SELECT tax_enabled, depreciation, bonus_depreciation_pct, other_country_tax_rate_pct, "
                    "cost_of_equity_pct, debt_enabled, loan_to_cost_pct, interest_rate_pct, tenor_years, "
                    "min_dscr FROM financing");
        if (!s.next())
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is empty"),
                {"financing"});
        Row r(s.get(), "financing", "financing");
        f.taxEnabled = r.flag(0, "taxEnabled");
        f.depreciation = r.enumeration<TaxDepreciationMethod>(1, "depreciation");
        f.bonusDepreciationPct = r.real(2, "bonusDepreciationPct");
        f.otherCountryTaxRatePct = r.real(3, "otherCountryTaxRatePct");
        f.costOfEquityPct = r.real(4, "costOfEquityPct");
        f.debt.enabled = r.flag(5, "debt.enabled");
        f.debt.loanToCostPct = r.real(6, "debt.loanToCostPct");
        f.debt.interestRatePct = r.real(7, "debt.interestRatePct");
        f.debt.tenorYears = r.integer(8, "debt.tenorYears");
        f.debt.minDscr = r.real(9, "debt.minDscr");
        if (s.next())
            throw contentError(
                M2AI_TR("ProjectFile",
                        "%1: damaged or not a Mine2AI project: the table %2 has more than one row"),
                {"financing"});
    }
    {
        // One override per site at most is meaningful; bound the rows before reading them.
        Statement count(db, "SELECT count(*) FROM site_tax_override");
        if (count.next() && sqlite3_column_int64(count.get(), 0) > kMaxSites)
            throw contentError(M2AI_TR("ProjectFile",
                                       "%1: damaged or not a Mine2AI project: the table %2 has more rows "
                                       "than a project has sites"),
                               {"site_tax_override"});
        Statement s(db, "SELECT site_name, corporate_tax_rate_pct FROM site_tax_override ORDER BY position");
        while (s.next()) {
            const std::string at =
                "financing.siteTaxOverrides[" + std::to_string(f.siteTaxOverrides.size()) + "]";
            Row r(s.get(), "site_tax_override", at);
            f.siteTaxOverrides.push_back({r.text(0, "siteName"), r.real(1, "corporateTaxRatePct")});
        }
    }
    p.financing = std::move(f);
}

}  // namespace

const SchemaTopic& financingTopic() {
    static const SchemaTopic topic{
        "financing", createStatements(), {"financing", "site_tax_override"}, fillDefaults, write, read};
    return topic;
}

}  // namespace m2ai::storage
