#include "io/AtomicWrite.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <random>
#include <utility>
#include <vector>

namespace m2ai {

namespace {
std::string systemError(const std::string& what, const std::string& path) {
    const int e = errno;
    // The two usual causes of a failed write, in the same words as a failed project save.
    const char* cause = e == EFBIG    ? "the file size limit was reached; "
                        : e == ENOSPC ? "the disk is full; "
                                      : "";
    return what + " " + path + ": " + cause + std::strerror(e);
}

constexpr int kMaxSymlinkHops = 40;  // Linux's own limit (ELOOP) for a path lookup
}  // namespace

SaveTarget resolveSaveTarget(const std::string& path) {
    namespace fs = std::filesystem;
    SaveTarget result;
    fs::path current(path);
    for (int hop = 0; hop <= kMaxSymlinkHops; ++hop) {
        struct stat st {};
        if (::lstat(current.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) {
            // Not a link, or nothing there yet (or unreadable): the write itself reports any error.
            result.ok = true;
            result.path = current.string();
            return result;
        }
        std::vector<char> target(static_cast<size_t>(st.st_size > 0 ? st.st_size : 4095) + 1);
        const ssize_t n = ::readlink(current.c_str(), target.data(), target.size());
        if (n < 0 || static_cast<size_t>(n) >= target.size()) {
            result.error =
                "cannot read the symbolic link " + current.string() +
                (n < 0 ? std::string(" (") + std::strerror(errno) + ")" : std::string(" (changed)"));
            return result;
        }
        const fs::path next(std::string(target.data(), static_cast<size_t>(n)));
        // A relative link is relative to the folder holding it; not normalised lexically, since
        // ".." after a linked folder means the kernel's "..", not the textual one.
        current = next.is_absolute() ? next : current.parent_path() / next;
    }
    result.error = "too many levels of symbolic links (a loop?)";
    return result;
}

namespace {

// The steps of writeFileAtomically; the error of the first that fails.
SaveResult writeSteps(const std::string& path, const std::string& contents) {
    namespace fs = std::filesystem;
    const auto failed = [](std::string error) { return SaveResult{false, std::move(error)}; };
    const SaveTarget resolved = resolveSaveTarget(path);
    if (!resolved.ok) return failed("cannot write " + path + ": " + resolved.error);
    const fs::path target(resolved.path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device rd;
    std::string tempName = ".";
    tempName.append(target.filename().string()).append(".tmp-").append(std::to_string(rd()));
    const fs::path temp = dir / tempName;

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) return failed(systemError("cannot create a temporary file for", path));
    struct stat previous {};
    if (::stat(target.c_str(), &previous) == 0 && S_ISREG(previous.st_mode))
        ::fchmod(fd, previous.st_mode & 07777);  // a private file stays private
    const char* data = contents.data();
    size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string err = systemError("cannot write", path);
            ::close(fd);
            ::unlink(temp.c_str());
            return failed(std::move(err));
        }
        data += n;
        left -= static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) {
        std::string err = systemError("cannot flush", path);
        ::close(fd);
        ::unlink(temp.c_str());
        return failed(std::move(err));
    }
    if (::close(fd) != 0) {
        std::string err = systemError("cannot flush", path);
        ::unlink(temp.c_str());
        return failed(std::move(err));
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        std::string err = systemError("cannot replace", path);
        ::unlink(temp.c_str());
        return failed(std::move(err));
    }
    // The rename is durable only once the directory entry is on disk.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {true, {}};
}

}  // namespace

SaveResult writeFileAtomically(const std::string& path, const std::string& contents) {
    try {
        return writeSteps(path, contents);
    } catch (const std::exception& e) {
        // std::random_device and std::filesystem may throw (no entropy source, bad_alloc): nothing
        // crosses the core API as an exception.
        return {false, "cannot write " + path + ": " + e.what()};
    }
}

}  // namespace m2ai
