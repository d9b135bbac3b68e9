#pragma once
// Small RAII wrappers over the sqlite3 C API used by the project file code. Values are only ever
// passed as bound parameters: no SQL text is built from data. Errors are reported as exceptions
// of type SqliteError carrying one line; the public functions (ProjectFile.h) catch them and turn
// them into OpenResult/SaveResult errors, so no exception leaves core/storage.
#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace m2ai::storage {

struct SqliteError : std::runtime_error {
    int code = SQLITE_ERROR;  // primary SQLite result code
    int systemErrno = 0;      // errno of the last failed system call, when SQLite had one
    SqliteError(const std::string& what, int code_, int errno_ = 0)
        : std::runtime_error(what), code(code_), systemErrno(errno_) {}
};

// One line describing the last error on db, prefixed with what we were doing.
inline SqliteError lastError(sqlite3* db, const std::string& doing) {
    const int rc = db ? sqlite3_errcode(db) : SQLITE_NOMEM;
    const int err = db ? sqlite3_system_errno(db) : 0;
    return SqliteError(doing + ": " + (db ? sqlite3_errmsg(db) : "out of memory"), rc & 0xff, err);
}

class Database {
public:
    Database() = default;
    explicit Database(sqlite3* db) : db_(db) {}
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
    Database& operator=(Database&& o) noexcept {
        if (this != &o) {
            sqlite3_close_v2(db_);
            db_ = o.db_;
            o.db_ = nullptr;
        }
        return *this;
    }
    ~Database() { sqlite3_close_v2(db_); }

    sqlite3* get() const { return db_; }
    // Close now and report a failure (e.g. a write error while SQLite flushes its cache).
    void close() {
        if (db_ && sqlite3_close(db_) != SQLITE_OK) {
            SqliteError e = lastError(db_, "closing the database");
            sqlite3_close_v2(db_);
            db_ = nullptr;
            throw e;
        }
        db_ = nullptr;
    }
    void exec(const char* sql, const std::string& doing) { execOn(db_, sql, doing); }
    static void execOn(sqlite3* db, const char* sql, const std::string& doing) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) throw lastError(db, doing);
    }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql) : db_(db) {
        if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &stmt_, nullptr) != SQLITE_OK)
            throw lastError(db, "preparing \"" + std::string(sql.substr(0, 60)) + "\"");
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(stmt_); }

    sqlite3_stmt* get() const { return stmt_; }

    // Binders take 1-based parameter indexes, as SQLite does.
    Statement& bind(int i, double v) { return check(sqlite3_bind_double(stmt_, i, v)); }
    Statement& bind(int i, int v) { return check(sqlite3_bind_int(stmt_, i, v)); }
    Statement& bind(int i, long long v) { return check(sqlite3_bind_int64(stmt_, i, v)); }
    Statement& bind(int i, bool v) { return check(sqlite3_bind_int(stmt_, i, v ? 1 : 0)); }
    // An lvalue string must outlive run()/next() (no copy); a temporary is copied by SQLite.
    Statement& bind(int i, const std::string& v) {
        return check(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8));
    }
    Statement& bind(int i, std::string&& v) {
        return check(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    }
    Statement& bindNull(int i) { return check(sqlite3_bind_null(stmt_, i)); }

    // For INSERT/UPDATE: run to completion and reset for the next row.
    void run() {
        const int rc = sqlite3_step(stmt_);
        if (rc != SQLITE_DONE) {
            SqliteError e = lastError(db_, "writing");  // before reset, which may change the message
            sqlite3_reset(stmt_);
            throw e;
        }
        sqlite3_reset(stmt_);
    }
    // For SELECT: true while there is a row.
    bool next() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw lastError(db_, "reading");
    }

private:
    Statement& check(int rc) {
        if (rc != SQLITE_OK) throw lastError(db_, "binding a value");
        return *this;
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace m2ai::storage
