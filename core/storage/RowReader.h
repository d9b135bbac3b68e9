#pragma once
// Typed reading of project-file rows, shared by the project reader (ProjectReader.cpp) and the
// schema-3 topic readers (SchemaV3*.cpp); not part of the public API.
#include <sqlite3.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/Enums.h"
#include "storage/Schema.h"
#include "validation/CoreMessage.h"

namespace m2ai::storage {

// A problem with the content: refused as "damaged or not a Mine2AI project", naming the field. The
// message is the whole sentence the user sees, its %1 the file's path (empty here; openProject fills
// it in), so a translator sees "%1: damaged or not a Mine2AI project: the table %2 is missing" whole.
struct ContentError : std::runtime_error {
    CoreMessage message;
    explicit ContentError(CoreMessage m) : std::runtime_error(m.english()), message(std::move(m)) {}
};

// A ContentError from a "%1: …" format and the arguments after the path (%2 …).
inline ContentError contentError(MessageFormat format, std::vector<std::string> args = {}) {
    args.insert(args.begin(), std::string());
    return ContentError(coreMessage(format, std::move(args)));
}

// ---- typed reading of one row ------------------------------------------------------------------

// What a typed accessor expected, for the sentence that refuses a cell of another type.
enum class Expected { Number, WholeNumber, Text, Key };

// "%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds text)": one whole sentence
// per expected and stored type, so the stored type's name is translated with the sentence (%2 the
// field path, %3 table.column).
inline MessageFormat wrongTypeFormat(Expected expected, int stored) {
    const bool blob = stored == SQLITE_BLOB, null = stored == SQLITE_NULL, real = stored == SQLITE_FLOAT;
    switch (expected) {
        case Expected::Number:
            if (blob)
                return M2AI_TR("ProjectFile",
                               "%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds a blob)");
            if (null)
                return M2AI_TR("ProjectFile",
                               "%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds NULL)");
            return M2AI_TR("ProjectFile",
                           "%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds text)");
        case Expected::WholeNumber:
            if (blob)
                return M2AI_TR(
                    "ProjectFile",
                    "%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a blob)");
            if (null)
                return M2AI_TR(
                    "ProjectFile",
                    "%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds NULL)");
            if (real)
                return M2AI_TR("ProjectFile",
                               "%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a "
                               "real number)");
            return M2AI_TR("ProjectFile",
                           "%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds text)");
        case Expected::Text:
            if (blob)
                return M2AI_TR("ProjectFile",
                               "%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a blob)");
            if (null)
                return M2AI_TR("ProjectFile",
                               "%1: damaged or not a Mine2AI project: %2 is not text (%3 holds NULL)");
            if (real)
                return M2AI_TR(
                    "ProjectFile",
                    "%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a real number)");
            return M2AI_TR("ProjectFile",
                           "%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a whole number)");
        case Expected::Key:
            break;
    }
    // A key column: %2 is table.column (the row it would belong to is not known yet).
    if (blob)
        return M2AI_TR("ProjectFile",
                       "%1: damaged or not a Mine2AI project: %2 holds a blob, not a whole number");
    if (null)
        return M2AI_TR("ProjectFile",
                       "%1: damaged or not a Mine2AI project: %2 holds NULL, not a whole number");
    if (real)
        return M2AI_TR("ProjectFile",
                       "%1: damaged or not a Mine2AI project: %2 holds a real number, not a whole number");
    return M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 holds text, not a whole number");
}

// One row of a SELECT over `table`. Every accessor checks the stored type before it converts
// (sqlite3_column_type is undefined after a conversion), and a refusal names the field path and
// the table and column, e.g. "sites[1].latitudeDeg is not a number (site.latitude_deg holds text)".
class Row {
public:
    Row(sqlite3_stmt* s, const char* table, std::string at) : s_(s), table_(table), at_(std::move(at)) {}
    double real(int col, const char* field) const {
        const int type = sqlite3_column_type(s_, col);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) badType(col, field, Expected::Number);
        const double v = type == SQLITE_FLOAT ? sqlite3_column_double(s_, col)
                                              : static_cast<double>(sqlite3_column_int64(s_, col));
        if (!std::isfinite(v))
            bad(field,
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is not a finite number"));
        return v;
    }
    long long int64(int col, const char* field) const {
        if (sqlite3_column_type(s_, col) != SQLITE_INTEGER) badType(col, field, Expected::WholeNumber);
        return sqlite3_column_int64(s_, col);
    }
    int integer(int col, const char* field) const {
        const long long v = int64(col, field);
        if (v < -2147483647LL || v > 2147483647LL)
            bad(field, M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is out of range"));
        return static_cast<int>(v);
    }
    // A key column (site_id, position …): refused with the table and column alone, since the row it
    // would belong to is not known yet.
    long long key(int col) const {
        const int type = sqlite3_column_type(s_, col);
        if (type != SQLITE_INTEGER) throw contentError(wrongTypeFormat(Expected::Key, type), {column(col)});
        return sqlite3_column_int64(s_, col);
    }
    bool isNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
    bool flag(int col, const char* field) const {
        const long long v = int64(col, field);
        if (v != 0 && v != 1)
            bad(field, M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is not 0 or 1"));
        return v == 1;
    }
    std::string text(int col, const char* field) const {
        if (sqlite3_column_type(s_, col) != SQLITE_TEXT) badType(col, field, Expected::Text);
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, col));
        const int n = sqlite3_column_bytes(s_, col);
        if (n > kMaxTextBytes)
            bad(field,
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 is longer than %3 bytes"),
                {std::to_string(kMaxTextBytes)});
        return p ? std::string(p, static_cast<size_t>(n)) : std::string{};
    }
    template <typename E>
    E enumeration(int col, const char* field) const {
        const std::string name = text(col, field);
        const auto v = fromName<E>(name);
        if (!v)
            bad(field,
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2 '%3' is not one of %4"),
                {name, allowedNames<E>()});
        return *v;
    }
    // Refuses the row with a "%1: damaged … %2 …" sentence: %2 is the field's path, args are %3 ….
    [[noreturn]] void bad(const char* field, MessageFormat format, std::vector<std::string> args = {}) const {
        args.insert(args.begin(), at_ + (at_.empty() || !*field ? "" : ".") + field);
        throw contentError(format, std::move(args));
    }

private:
    std::string column(int col) const {
        const char* name = sqlite3_column_name(s_, col);
        return std::string(table_) + "." + (name ? name : "?");
    }
    [[noreturn]] void badType(int col, const char* field, Expected expected) const {
        bad(field, wrongTypeFormat(expected, sqlite3_column_type(s_, col)), {column(col)});
    }
    sqlite3_stmt* s_;
    const char* table_;
    std::string at_;
};

}  // namespace m2ai::storage
