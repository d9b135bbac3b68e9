// Checks and messages shared by saving and opening project files.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "storage/Schema.h"
#include "storage/StorageInternal.h"

namespace m2ai::storage {

namespace {

std::string tooLong(const std::string& path, size_t bytes) {
    return path + ": text of " + std::to_string(bytes) + " bytes is longer than the " +
           std::to_string(kMaxTextBytes) + " bytes a project file stores";
}

// The first text field longer than kMaxTextBytes, or "".
std::string checkTextLengths(const Portfolio& p) {
    auto check = [](const std::string& value, const std::string& path) {
        return value.size() > static_cast<size_t>(kMaxTextBytes) ? tooLong(path, value.size())
                                                                 : std::string{};
    };
    if (auto e = check(p.name, "name"); !e.empty()) return e;
    if (auto e = check(p.currency, "currency"); !e.empty()) return e;
    for (size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        const std::string at = "sites[" + std::to_string(i) + "]";
        for (const auto& [value, field] : {std::pair{&s.name, ".name"}, std::pair{&s.country, ".country"},
                                           std::pair{&s.mining.asicModel, ".mining.asicModel"},
                                           std::pair{&s.plan.gpu.platformId, ".plan.gpu.platformId"}})
            if (auto e = check(*value, at + field); !e.empty()) return e;
        const auto& tasks = s.plan.extraTasks;
        if (tasks.size() > static_cast<size_t>(kMaxTasksPerSite))
            return at + ".plan.extraTasks: " + std::to_string(tasks.size()) + " tasks, more than the " +
                   std::to_string(kMaxTasksPerSite) + " a project file stores";
        for (size_t t = 0; t < tasks.size(); ++t) {
            const std::string taskAt = at + ".plan.extraTasks[" + std::to_string(t) + "]";
            if (auto e = check(tasks[t].id, taskAt + ".id"); !e.empty()) return e;
            if (auto e = check(tasks[t].name, taskAt + ".name"); !e.empty()) return e;
            for (const auto& [links, field] :
                 {std::pair{&tasks[t].dependsOn, ".dependsOn"}, std::pair{&tasks[t].precedes, ".precedes"}}) {
                if (links->size() > static_cast<size_t>(kMaxDependenciesPerTask))
                    return taskAt + field + ": more than " + std::to_string(kMaxDependenciesPerTask) +
                           " task ids";
                for (size_t d = 0; d < links->size(); ++d)
                    if (auto e = check((*links)[d], taskAt + field + "[" + std::to_string(d) + "]");
                        !e.empty())
                        return e;
            }
        }
    }
    return {};
}

// SQLite's own test for a hot journal (pager.c, hasHotJournal): a non-empty journal whose first
// byte is not zero. The magic at its start is written only once the journal is synced, before the
// database itself is first written; a journal without it (a crash before that, or one zeroed by
// PRAGMA journal_mode = PERSIST) is ignored by SQLite, and the database was not touched.
bool journalIsHot(const std::filesystem::path& journal, off_t size) {
    if (size <= 0) return false;
    const int fd = ::open(journal.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return true;  // unreadable: assume the worst rather than ignore someone's write
    unsigned char first = 0;
    const ssize_t got = ::read(fd, &first, 1);
    ::close(fd);
    return got != 1 || first != 0;
}

}  // namespace

SideFileCheck checkSideFiles(const std::filesystem::path& file) {
    SideFileCheck result;
    const std::string name = file.filename().string();
    const std::string wal = file.string() + "-wal";
    const std::string journal = file.string() + "-journal";
    struct stat st {};
    if (::stat(wal.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        result.error = name +
                       "-wal beside it holds changes from another program or a crash that are not in "
                       "the file yet; open the file once in the sqlite3 shell to keep them, or remove " +
                       name + "-wal to discard them";
        return result;
    }
    if (::stat(journal.c_str(), &st) == 0 && S_ISREG(st.st_mode) && journalIsHot(journal, st.st_size)) {
        result.error = name +
                       "-journal beside it holds a write of another program interrupted by a crash; "
                       "open the file once in the sqlite3 shell to roll it back, then try again";
        return result;
    }
    result.ok = true;
    return result;
}

std::string summarizeProblems(const std::vector<Problem>& problems, size_t shown) {
    std::string out;
    for (size_t i = 0; i < problems.size() && i < shown; ++i) {
        if (!out.empty()) out += "; ";
        out += problems[i].toString();
    }
    if (problems.size() > shown) out += " (and " + std::to_string(problems.size() - shown) + " more)";
    // One line even if a message or a user-typed name carried a line break.
    for (char& c : out)
        if (c == '\n' || c == '\r') c = ' ';
    return out;
}

SaveableCheck checkSaveable(const Portfolio& portfolio) {
    SaveableCheck result;
    if (portfolio.sites.size() > static_cast<size_t>(kMaxSites)) {
        result.error = std::to_string(portfolio.sites.size()) + " sites, more than the " +
                       std::to_string(kMaxSites) + " a project file stores";
        return result;
    }
    if (std::string e = checkTextLengths(portfolio); !e.empty()) {
        result.error = std::move(e);
        return result;
    }
    const std::vector<Problem> problems = validate(portfolio);
    if (!problems.empty()) {
        result.error = "invalid values: " + summarizeProblems(problems);
        return result;
    }
    result.ok = true;
    return result;
}

std::string describeWriteError(const SqliteError& error, const std::filesystem::path& file) {
    const std::string unchanged = "; the previous file is unchanged";
    const int e = error.systemErrno;
    if (error.code == SQLITE_FULL || e == ENOSPC || e == EDQUOT)
        return std::string("the disk is full (") + std::strerror(e != 0 ? e : ENOSPC) + ")" + unchanged;
    if (error.code == SQLITE_IOERR || error.code == SQLITE_CANTOPEN || error.code == SQLITE_READONLY ||
        error.code == SQLITE_PERM) {
        // SQLite does not keep errno of a failed write (EFBIG arrives as a bare SQLITE_IOERR_WRITE), so
        // the two usual causes are checked directly: a file size limit, or (almost) no free space.
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        rlimit limit{};
        if (e == EFBIG || (!ec && ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
                           size + 65536 >= limit.rlim_cur))
            return "the file size limit was reached (" + std::to_string(limit.rlim_cur) + " bytes)" +
                   unchanged;
        const auto space = std::filesystem::space(file.parent_path().empty() ? "." : file.parent_path(), ec);
        if (!ec && space.available < 1024UL * 1024)
            return "the disk is full (" + std::to_string(space.available) + " bytes free)" + unchanged;
        return std::string("write error (") + (e != 0 ? std::strerror(e) : error.what()) + ")" + unchanged;
    }
    return error.what();
}

}  // namespace m2ai::storage
