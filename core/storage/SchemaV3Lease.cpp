// Schema-3 topic: colocation lease terms (one row per site) and operating costs beyond energy and
// facility O&M (one row per portfolio), issue 12 items 4 and 5 (model/Lease.h). See
// storage/SchemaV3.h for the contract.
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

std::string ifNotExists(const std::string& create) {
    const std::string head = "CREATE TABLE ";
    return head + "IF NOT EXISTS " + create.substr(head.size());
}

std::vector<std::string> createStatements() {
    const char* const portfolioKey =
        "portfolio_id INTEGER PRIMARY KEY REFERENCES portfolio(id) ON DELETE CASCADE CHECK (portfolio_id = "
        "1)";
    return {
        ifNotExists(
            table("lease_terms", {siteKey(), real("escalator_pct_per_year"), real("lease_up_months", ">= 0"),
                                  real("term_years", ">= 0"), enumeration<LeaseEnd>("after_term"),
                                  real("take_or_pay_pct", "BETWEEN 0 AND 100")})),
        ifNotExists(
            table("operating_costs",
                  {portfolioKey, real("colocation_opex_pct_of_rent", "BETWEEN 0 AND 100"),
                   real("gpu_cloud_opex_pct_of_revenue", "BETWEEN 0 AND 100"),
                   real("gpu_useful_life_years", ">= 0"), enumeration<GpuEndOfLife>("gpu_end_of_life")})),
    };
}

void bindLease(Statement& s, long long siteId, const LeaseTerms& l) {
    s.bind(1, siteId).bind(2, l.escalatorPctPerYear).bind(3, l.leaseUpMonths).bind(4, l.termYears);
    s.bind(5, toName(l.afterTerm)).bind(6, l.takeOrPayPct);
}

void bindOpex(Statement& s, const OperatingCosts& o) {
    s.bind(1, o.colocationOpexPctOfRent).bind(2, o.gpuCloudOpexPctOfRevenue).bind(3, o.gpuUsefulLifeYears);
    s.bind(4, toName(o.gpuEndOfLife));
}

// verb: "INSERT" when saving, "INSERT OR IGNORE" in the migration (which may run twice).
std::string insertLease(const std::string& verb) {
    return verb +
           " INTO lease_terms (site_id, escalator_pct_per_year, lease_up_months, term_years, after_term, "
           "take_or_pay_pct) VALUES (?, ?, ?, ?, ?, ?)";
}
std::string insertOpex(const std::string& verb) {
    return verb +
           " INTO operating_costs (portfolio_id, colocation_opex_pct_of_rent, gpu_cloud_opex_pct_of_revenue, "
           "gpu_useful_life_years, gpu_end_of_life) VALUES (1, ?, ?, ?, ?)";
}

// A schema-2 file gets the defaults of model/Lease.h: the rules of issue 12 apply to it as to a new
// project (docs/model.md "How the sample's numbers moved" says what that changes).
void fillDefaults(sqlite3* db) {
    std::vector<long long> siteIds;
    {
        Statement s(db, "SELECT id FROM site");
        while (s.next()) siteIds.push_back(sqlite3_column_int64(s.get(), 0));
    }
    Statement lease(db, insertLease("INSERT OR IGNORE"));
    for (const long long id : siteIds) {
        bindLease(lease, id, LeaseTerms{});
        lease.run();
    }
    Statement hasPortfolio(db, "SELECT count(*) FROM portfolio WHERE id = 1");
    if (hasPortfolio.next() && sqlite3_column_int64(hasPortfolio.get(), 0) == 1) {
        Statement opex(db, insertOpex("INSERT OR IGNORE"));
        bindOpex(opex, OperatingCosts{});
        opex.run();
    }
}

void write(sqlite3* db, const Portfolio& p) {
    Statement lease(db, insertLease("INSERT"));
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        bindLease(lease, static_cast<long long>(i), p.sites[i].plan.business.lease);
        lease.run();
    }
    Statement opex(db, insertOpex("INSERT"));
    bindOpex(opex, p.opex);
    opex.run();
}

std::string siteAt(std::size_t i) {
    return "sites[" + std::to_string(i) + "]";
}

void read(sqlite3* db, Portfolio& p) {
    std::unordered_map<long long, std::size_t> indexOf;  // site.id → position, as ProjectReader orders them
    {
        Statement s(db, "SELECT id FROM site ORDER BY id");
        while (s.next()) indexOf.emplace(sqlite3_column_int64(s.get(), 0), indexOf.size());
    }
    if (indexOf.size() != p.sites.size())
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: the table %2 changed while it was read"),
            {"site"});
    std::vector<bool> seen(p.sites.size(), false);
    {
        Statement s(db,
                    "SELECT site_id, escalator_pct_per_year, lease_up_months, term_years, after_term, "
                    "take_or_pay_pct FROM lease_terms");
        while (s.next()) {
            const auto found = indexOf.find(Row(s.get(), "lease_terms", "").key(0));
            if (found == indexOf.end())
                throw contentError(M2AI_TR("ProjectFile",
                                           "%1: damaged or not a Mine2AI project: the table %2 has a row for "
                                           "a site that does not exist"),
                                   {"lease_terms"});
            const std::size_t i = found->second;
            if (seen[i])
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2: more than one row in the table %3"),
                    {siteAt(i), "lease_terms"});
            seen[i] = true;
            const Row r(s.get(), "lease_terms", siteAt(i));
            LeaseTerms& l = p.sites[i].plan.business.lease;
            l.escalatorPctPerYear = r.real(1, "plan.business.lease.escalatorPctPerYear");
            l.leaseUpMonths = r.real(2, "plan.business.lease.leaseUpMonths");
            l.termYears = r.real(3, "plan.business.lease.termYears");
            l.afterTerm = r.enumeration<LeaseEnd>(4, "plan.business.lease.afterTerm");
            l.takeOrPayPct = r.real(5, "plan.business.lease.takeOrPayPct");
        }
        for (std::size_t i = 0; i < seen.size(); ++i)
            if (!seen[i])
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: %2: no row in the table %3"),
                    {siteAt(i), "lease_terms"});
    }
    Statement s(db,
                "SELECT colocation_opex_pct_of_rent, gpu_cloud_opex_pct_of_revenue, gpu_useful_life_years, "
                "gpu_end_of_life, portfolio_id FROM operating_costs");
    if (!s.next())
        throw contentError(
            M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: the table %2 is empty"),
            {"operating_costs"});
    const Row r(s.get(), "operating_costs", "opex");
    p.opex.colocationOpexPctOfRent = r.real(0, "colocationOpexPctOfRent");
    p.opex.gpuCloudOpexPctOfRevenue = r.real(1, "gpuCloudOpexPctOfRevenue");
    p.opex.gpuUsefulLifeYears = r.real(2, "gpuUsefulLifeYears");
    p.opex.gpuEndOfLife = r.enumeration<GpuEndOfLife>(3, "gpuEndOfLife");
    if (r.key(4) != 1)
        throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is not 1"),
                           {"operating_costs.portfolio_id"});
    if (s.next())
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: the table %2 has more than one row"),
            {"operating_costs"});
}

}  // namespace

const SchemaTopic& leaseTopic() {
    static const SchemaTopic topic{
        "lease", createStatements(), {"lease_terms", "operating_costs"}, fillDefaults, write, read};
    return topic;
}

}  // namespace m2ai::storage
