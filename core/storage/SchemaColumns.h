#pragma once
// Column and table builders for the project file's CREATE TABLE statements (Schema.cpp and the
// schema-3 topics, SchemaV3*.cpp). Not part of the public API.
#include <string>
#include <vector>

#include "model/Enums.h"
#include "storage/Schema.h"

namespace m2ai::storage {

// A finite number. ANY keeps the 8 bytes of a double exactly (see Schema.h); integers typed by an
// analyst in the sqlite3 shell (e.g. 50 for 50.0) are accepted and read as doubles.
inline std::string real(const std::string& name, const std::string& range = "") {
    std::string s = name + " ANY NOT NULL CHECK (typeof(" + name + ") IN ('real', 'integer') AND " + name +
                    " BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308";
    if (!range.empty()) s += " AND " + name + " " + range;
    return s + ")";
}

inline std::string integer(const std::string& name, const std::string& range = "") {
    std::string s = name + " INTEGER NOT NULL";
    if (!range.empty()) s += " CHECK (" + name + " " + range + ")";
    return s;
}

inline std::string text(const std::string& name) {
    return name + " TEXT NOT NULL CHECK (length(CAST(" + name +
           " AS BLOB)) <= " + std::to_string(kMaxTextBytes) + ")";
}

inline std::string flag(const std::string& name) {
    return name + " INTEGER NOT NULL CHECK (" + name + " IN (0, 1))";
}

template <typename E>
inline std::string enumeration(const std::string& name) {
    std::string list;
    for (const auto& [value, spelling] : EnumNames<E>::names) {
        if (!list.empty()) list += ", ";
        list.append("'").append(spelling).append("'");  // append: GCC 12 -Wrestrict false positive
    }
    return name + " TEXT NOT NULL CHECK (" + name + " IN (" + list + "))";
}

inline std::string siteKey() {
    return "site_id INTEGER PRIMARY KEY REFERENCES site(id) ON DELETE CASCADE";
}

inline std::string table(const std::string& name, const std::vector<std::string>& columns) {
    std::string s = "CREATE TABLE " + name + " (\n";
    for (size_t i = 0; i < columns.size(); ++i)
        s += "  " + columns[i] + (i + 1 < columns.size() ? ",\n" : "\n");
    return s + ") STRICT";
}

}  // namespace m2ai::storage
