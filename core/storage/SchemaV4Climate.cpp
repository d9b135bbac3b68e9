// Schema-4 topic: the design percentile of each site's hourly climate (issue 13). See
// storage/SchemaV3.h for the contract and docs/file-format.md "Schema 4: climate" for the layout.
// Its own table, because schema 3's site_climate is released and never changes.
#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

std::vector<std::string> buildCreates() {
    return {"CREATE TABLE IF NOT EXISTS site_design_percentile (\n  " + siteKey() + ",\n  " +
            real("percentile", "IN (0.4, 1.0, 2.0)") + "\n) STRICT"};
}

// Every site of a schema-3 file was sized at 0.4 %, the only percentile then.
void fillDefaults(sqlite3* db) {
    Database::execOn(db,
                     "INSERT OR IGNORE INTO site_design_percentile (site_id, percentile) SELECT id, 0.4 "
                     "FROM site",
                     "filling the site_design_percentile defaults");
}

void write(sqlite3* db, const Portfolio& p) {
    Statement s(db, "INSERT INTO site_design_percentile (site_id, percentile) VALUES (?, ?)");
    for (std::size_t i = 0; i < p.sites.size(); ++i)  // i is the site's id in ProjectWriter.cpp
        s.bind(1, static_cast<long long>(i)).bind(2, p.sites[i].siteClimate.designPercentile).run();
}

void read(sqlite3* db, Portfolio& p) {
    std::unordered_map<long long, std::size_t> ids;  // sites were read in id order
    {
        Statement s(db, "SELECT id FROM site ORDER BY id");
        while (s.next()) ids.emplace(sqlite3_column_int64(s.get(), 0), ids.size());
    }
    if (ids.size() != p.sites.size())
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: the table %2 changed while it was read"),
            {"site"});
    std::vector<bool> seen(p.sites.size(), false);
    Statement s(db, "SELECT site_id, percentile FROM site_design_percentile");
    while (s.next()) {
        const auto found = ids.find(Row(s.get(), "site_design_percentile", "").key(0));
        if (found == ids.end())
            throw contentError(M2AI_TR("ProjectFile",
                                       "%1: damaged or not a Mine2AI project: the table %2 has a row for a "
                                       "site that does not exist"),
                               {"site_design_percentile"});
        const std::size_t i = found->second;
        const Row r(s.get(), "site_design_percentile", "sites[" + std::to_string(i) + "]");
        if (seen[i])
            r.bad("",
                  M2AI_TR("ProjectFile",
                          "%1: damaged or not a Mine2AI project: %2 more than one row in the table %3"),
                  {"site_design_percentile"});
        seen[i] = true;
        const double pct = r.real(1, "siteClimate.designPercentile");
        if (std::find(std::begin(kDesignPercentiles), std::end(kDesignPercentiles), pct) ==
            std::end(kDesignPercentiles))
            r.bad("siteClimate.designPercentile",
                  M2AI_TR("ProjectFile",
                          "%1: damaged or not a Mine2AI project: %2 must be one of 0.4, 1 or 2 (%)"));
        p.sites[i].siteClimate.designPercentile = pct;
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2: no row in the table %3"),
                {"sites[" + std::to_string(i) + "]", "site_design_percentile"});
}

}  // namespace

const SchemaTopic& designPercentileTopic() {
    static const SchemaTopic topic{"design percentile", buildCreates(), {"site_design_percentile"},
                                   fillDefaults,        write,          read,
                                   /*sinceSchema=*/4};
    return topic;
}

}  // namespace m2ai::storage
