#pragma once
// The SQLite schema of a .m2ai project file (docs/file-format.md "Project file"). Every table is
// STRICT; a column's unit is in its name. Real numbers are declared ANY (with a CHECK that they are
// numbers) rather than REAL: SQLite stores a REAL value without a fractional part as an integer on
// disk, which loses the sign of -0.0, and a project must reopen bit-for-bit equal.
#include <string>
#include <vector>

namespace m2ai::storage {

// Limits that every file must respect, checked on save and again when opening untrusted files.
inline constexpr long long kMaxSites = 100000;
inline constexpr long long kMaxTasksPerSite = 1000;
inline constexpr long long kMaxDependenciesPerTask = 1000;
inline constexpr long long kMaxTextBytes = 10000;      // any name, id or free text
inline constexpr long long kMaxFileBytes = 1LL << 30;  // 1 GiB; 100,000 sites take ~250 MB

// The CREATE TABLE statements of schema 1, in creation order (parents before children).
const std::vector<std::string>& schemaV1Statements();
// The tables schema 1 defines, in creation order.
const std::vector<std::string>& schemaV1Tables();
// What schema 2 adds to schema 1 (the terminal_value table); a new file is schema 1's statements
// followed by these, and the 1 → 2 migration runs these.
const std::vector<std::string>& schemaV2AddedStatements();
// What schema 3 adds to schema 2: the tables of the schema-3 topics (SchemaV3.h), in topic order.
const std::vector<std::string>& schemaV3AddedStatements();
// Every table of the current schema (3).
const std::vector<std::string>& schemaTables();

}  // namespace m2ai::storage
