#pragma once
// Schemas 3 and 4 of the .m2ai project file, assembled from topics: lease and operating terms and
// opex (issue 12), tax and financing (issue 12), schedule links (issue 12), hourly climate and site
// location (issue 13), scenarios and risk inputs (issue 14), notes and sources per
// input (issue 15). Each topic lives in its own SchemaV3<Topic>.cpp
// and adds NEW tables only, so schema 1's and 2's tables stay as released; every CREATE is "CREATE TABLE IF
// NOT EXISTS … STRICT" because a migration may run twice. Schema 3 is released: its topics' tables
// never change. Schema 4 (this round) adds the topics whose sinceSchema is 4, in their own tables,
// by the 3 → 4 step (storage/Migrations.cpp).
//
// A topic's functions are called in this order:
//   save:  createStatements (after schema 1 and 2), then write(db, portfolio)
//   open:  requireTables checks `tables`, the schema-1/2 reader fills the portfolio, then read()
//   2 → 3 (topics since 3) and 3 → 4 (topics since 4): createStatements, then fillDefaults(db) — rows that
//   make a schema-2 file mean what it
//          meant (the defaults of Portfolio.h); INSERT OR IGNORE so a second run changes nothing
// read() throws ContentError (storage/RowReader.h) naming the field, and bounds row counts before
// reading, like ProjectReader.cpp.
#include <sqlite3.h>

#include <string>
#include <vector>

#include "model/Portfolio.h"

namespace m2ai::storage {

struct SchemaTopic {
    const char* name = "";
    std::vector<std::string> createStatements;
    std::vector<std::string> tables;  // in creation order
    void (*fillDefaults)(sqlite3* db) = nullptr;
    void (*write)(sqlite3* db, const Portfolio& portfolio) = nullptr;
    void (*read)(sqlite3* db, Portfolio& portfolio) = nullptr;
    // The schema that added this topic's tables: 3 (released), or 4 (this round; the 3 → 4 migration
    // creates exactly these and fills their defaults).
    int sinceSchema = 3;
};

const SchemaTopic& leaseTopic();             // SchemaV3Lease.cpp
const SchemaTopic& financingTopic();         // SchemaV3Financing.cpp
const SchemaTopic& scheduleTopic();          // SchemaV3Schedule.cpp (schema 4)
const SchemaTopic& climateTopic();           // SchemaV3Climate.cpp
const SchemaTopic& scenarioTopic();          // SchemaV3Scenarios.cpp
const SchemaTopic& riskTopic();              // SchemaV3Risk.cpp (schema 4)
const SchemaTopic& notesTopic();             // SchemaV3Notes.cpp
const SchemaTopic& designPercentileTopic();  // SchemaV4Climate.cpp (schema 4)

// The topics above, in this order (the order of creation, writing and reading), schema 3's and 4's.
const std::vector<const SchemaTopic*>& schemaV3Topics();

}  // namespace m2ai::storage
