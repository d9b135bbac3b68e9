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

// "cannot save %1: …" with the arguments after the path.
CoreMessage cannotSave(MessageFormat format, std::vector<std::string> args = {}) {
    args.insert(args.begin(), std::string());
    return coreMessage(format, std::move(args));
}

CoreMessage tooLong(const std::string& path, size_t bytes) {
    return cannotSave(
        M2AI_TR("ProjectFile",
                "cannot save %1: %2: text of %3 bytes is longer than the %4 bytes a project file stores"),
        {path, std::to_string(bytes), std::to_string(kMaxTextBytes)});
}

// The first text field longer than kMaxTextBytes, or an empty message.
CoreMessage checkTextLengths(const Portfolio& p) {
    auto check = [](const std::string& value, const std::string& path) {
        return value.size() > static_cast<size_t>(kMaxTextBytes) ? tooLong(path, value.size())
                                                                 : CoreMessage{};
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
            return cannotSave(
                M2AI_TR(
                    "ProjectFile",
                    "cannot save %1: %2.plan.extraTasks: %3 tasks, more than the %4 a project file stores"),
                {at, std::to_string(tasks.size()), std::to_string(kMaxTasksPerSite)});
        for (size_t t = 0; t < tasks.size(); ++t) {
            const std::string taskAt = at + ".plan.extraTasks[" + std::to_string(t) + "]";
            if (auto e = check(tasks[t].id, taskAt + ".id"); !e.empty()) return e;
            if (auto e = check(tasks[t].name, taskAt + ".name"); !e.empty()) return e;
            for (const auto& [links, field] :
                 {std::pair{&tasks[t].dependsOn, ".dependsOn"}, std::pair{&tasks[t].precedes, ".precedes"}}) {
                if (links->size() > static_cast<size_t>(kMaxDependenciesPerTask))
                    return cannotSave(M2AI_TR("ProjectFile", "cannot save %1: %2: more than %3 task ids"),
                                      {taskAt + field, std::to_string(kMaxDependenciesPerTask)});
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
        result.name = name;
        return result;
    }
    if (::stat(journal.c_str(), &st) == 0 && S_ISREG(st.st_mode) && journalIsHot(journal, st.st_size)) {
        result.name = name;
        result.hotJournal = true;
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
        result.message = cannotSave(
            M2AI_TR("ProjectFile", "cannot save %1: %2 sites, more than the %3 a project file stores"),
            {std::to_string(portfolio.sites.size()), std::to_string(kMaxSites)});
        return result;
    }
    if (CoreMessage e = checkTextLengths(portfolio); !e.empty()) {
        result.message = std::move(e);
        return result;
    }
    const std::vector<Problem> problems = validate(portfolio);
    if (!problems.empty()) {
        result.message = cannotSave(M2AI_TR("ProjectFile", "cannot save %1: invalid values: %2"),
                                    {summarizeProblems(problems)});
        return result;
    }
    result.ok = true;
    return result;
}

CoreMessage describeWriteError(const SqliteError& error, const std::filesystem::path& file) {
    const int e = error.systemErrno;
    if (error.code == SQLITE_FULL || e == ENOSPC || e == EDQUOT)
        return cannotSave(
            M2AI_TR("ProjectFile", "cannot save %1: the disk is full (%2); the previous file is unchanged"),
            {std::strerror(e != 0 ? e : ENOSPC)});
    if (error.code == SQLITE_IOERR || error.code == SQLITE_CANTOPEN || error.code == SQLITE_READONLY ||
        error.code == SQLITE_PERM) {
        // SQLite does not keep errno of a failed write (EFBIG arrives as a bare SQLITE_IOERR_WRITE), so
        // the two usual causes are checked directly: a file size limit, or (almost) no free space.
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        rlimit limit{};
        if (e == EFBIG || (!ec && ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
                           size + 65536 >= limit.rlim_cur))
            return cannotSave(M2AI_TR("ProjectFile",
                                      "cannot save %1: the file size limit was reached (%2 bytes); the "
                                      "previous file is unchanged"),
                              {std::to_string(limit.rlim_cur)});
        const auto space = std::filesystem::space(file.parent_path().empty() ? "." : file.parent_path(), ec);
        if (!ec && space.available < 1024UL * 1024)
            return cannotSave(
                M2AI_TR("ProjectFile",
                        "cannot save %1: the disk is full (%2 bytes free); the previous file is unchanged"),
                {std::to_string(space.available)});
        return cannotSave(
            M2AI_TR("ProjectFile", "cannot save %1: write error (%2); the previous file is unchanged"),
            {e != 0 ? std::strerror(e) : error.what()});
    }
    return cannotSave(M2AI_TR("ProjectFile", "cannot save %1: %2"), {error.what()});
}

}  // namespace m2ai::storage
