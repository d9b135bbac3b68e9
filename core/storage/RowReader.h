#pragma once
// Typed reading of project-file rows, shared by the project reader (ProjectReader.cpp) and the
// schema-3 topic readers (SchemaV3*.cpp); not part of the public API.
#include <sqlite3.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "model/Enums.h"
#include "storage/Schema.h"

namespace m2ai::storage {

// A problem with the content: refused as "damaged or not a Mine2AI project", naming the field.
struct ContentError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// ---- typed reading of one row ------------------------------------------------------------------

inline const char* typeName(int type) {
    switch (type) {
        case SQLITE_INTEGER:
            return "a whole number";
        case SQLITE_FLOAT:
            return "a real number";
        case SQLITE_TEXT:
            return "text";
        case SQLITE_BLOB:
            return "a blob";
        default:
            return "NULL";
    }
}

// One row of a SELECT over `table`. Every accessor checks the stored type before it converts
// (sqlite3_column_type is undefined after a conversion), and a refusal names the field path and
// the table and column, e.g. "sites[1].latitudeDeg is not a number (site.latitude_deg holds text)".
class Row {
public:
    Row(sqlite3_stmt* s, const char* table, std::string at) : s_(s), table_(table), at_(std::move(at)) {}
    double real(int col, const char* field) const {
        const int type = sqlite3_column_type(s_, col);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) badType(col, field, "is not a number");
        const double v = type == SQLITE_FLOAT ? sqlite3_column_double(s_, col)
                                              : static_cast<double>(sqlite3_column_int64(s_, col));
        if (!std::isfinite(v)) bad(field, "is not a finite number");
        return v;
    }
    long long int64(int col, const char* field) const {
        if (sqlite3_column_type(s_, col) != SQLITE_INTEGER) badType(col, field, "is not a whole number");
        return sqlite3_column_int64(s_, col);
    }
    int integer(int col, const char* field) const {
        const long long v = int64(col, field);
        if (v < -2147483647LL || v > 2147483647LL) bad(field, "is out of range");
        return static_cast<int>(v);
    }
    // A key column (site_id, position …): refused with the table and column alone, since the row it
    // would belong to is not known yet.
    long long key(int col) const {
        const int type = sqlite3_column_type(s_, col);
        if (type != SQLITE_INTEGER)
            throw ContentError(column(col) + " holds " + typeName(type) + ", not a whole number");
        return sqlite3_column_int64(s_, col);
    }
    bool isNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
    bool flag(int col, const char* field) const {
        const long long v = int64(col, field);
        if (v != 0 && v != 1) bad(field, "is not 0 or 1");
        return v == 1;
    }
    std::string text(int col, const char* field) const {
        if (sqlite3_column_type(s_, col) != SQLITE_TEXT) badType(col, field, "is not text");
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, col));
        const int n = sqlite3_column_bytes(s_, col);
        if (n > kMaxTextBytes) bad(field, "is longer than " + std::to_string(kMaxTextBytes) + " bytes");
        return p ? std::string(p, static_cast<size_t>(n)) : std::string{};
    }
    template <typename E>
    E enumeration(int col, const char* field) const {
        const std::string name = text(col, field);
        const auto v = fromName<E>(name);
        if (!v) bad(field, "'" + name + "' is not one of " + allowedNames<E>());
        return *v;
    }
    [[noreturn]] void bad(const char* field, const std::string& why) const {
        throw ContentError(at_ + (at_.empty() || !*field ? "" : ".") + field + " " + why);
    }

private:
    std::string column(int col) const {
        const char* name = sqlite3_column_name(s_, col);
        return std::string(table_) + "." + (name ? name : "?");
    }
    [[noreturn]] void badType(int col, const char* field, const char* why) const {
        bad(field,
            std::string(why) + " (" + column(col) + " holds " + typeName(sqlite3_column_type(s_, col)) + ")");
    }
    sqlite3_stmt* s_;
    const char* table_;
    std::string at_;
};

}  // namespace m2ai::storage
