#include "io/AtomicWrite.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

namespace m2ai {

namespace {
std::string systemError(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}
}  // namespace

std::string writeFileAtomically(const std::string& path, const std::string& contents) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device rd;
    std::string tempName = ".";
    tempName.append(target.filename().string()).append(".tmp-").append(std::to_string(rd()));
    const fs::path temp = dir / tempName;

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return systemError("cannot create a temporary file for", path);
    const char* data = contents.data();
    size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string err = systemError("cannot write", path);
            ::close(fd);
            ::unlink(temp.c_str());
            return err;
        }
        data += n;
        left -= static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        std::string err = systemError("cannot flush", path);
        ::unlink(temp.c_str());
        return err;
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        std::string err = systemError("cannot replace", path);
        ::unlink(temp.c_str());
        return err;
    }
    // The rename is durable only once the directory entry is on disk.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

}  // namespace m2ai
