// Saves under hostile conditions: SIGKILL at random instants, a file size limit (a full disk, and
// SIGXFSZ in the CLI), a read-only folder, and the temp files killed saves leave behind. Each runs
// the save in a forked child so the limit or the kill cannot hit the test runner.
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <random>

#include "io/AtomicWrite.h"
#include "io/FileSizeSignal.h"
#include "storage/ProjectFile.h"
#include "storage/StorageInternal.h"
#include "support/PortfolioGenerator.h"
#include "test_storage_support.h"

namespace fs = std::filesystem;
using namespace m2ai;
using namespace m2ai::storagetest;
using m2ai::test::generatePortfolio;

namespace {

bool readExactly(int fd, char* buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        const ssize_t r = ::read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        got += static_cast<size_t>(r);
    }
    return true;
}

std::string readAllFrom(int fd) {
    std::string out;
    char buf[512];
    ssize_t r;
    while ((r = ::read(fd, buf, sizeof buf)) > 0 || (r < 0 && errno == EINTR))
        if (r > 0) out.append(buf, static_cast<size_t>(r));
    return out;
}

void writeAllTo(int fd, const std::string& s) {
    size_t done = 0;
    while (done < s.size()) {
        const ssize_t w = ::write(fd, s.data() + done, s.size() - done);
        if (w <= 0) return;
        done += static_cast<size_t>(w);
    }
}

// Runs body in a forked child and returns what it wrote to the pipe. The child never returns into
// Catch: it leaves with _exit.
template <typename Body>
std::string inChild(Body body) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        writeAllTo(fds[1], body());
        ::_exit(0);
    }
    ::close(fds[1]);
    const std::string out = readAllFrom(fds[0]);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return out;
}

struct Outcome {
    bool killedBySigxfsz = false;
    int exitCode = -1;
    std::string output;  // stdout and stderr
};

// Waits for pid and collects what it wrote to fd.
Outcome collect(pid_t pid, int fd) {
    Outcome o;
    o.output = readAllFrom(fd);
    ::close(fd);
    int status = 0;
    ::waitpid(pid, &status, 0);
    o.killedBySigxfsz = WIFSIGNALED(status) && WTERMSIG(status) == SIGXFSZ;
    o.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return o;
}

// mine2ai-cli under `ulimit -f`: RLIMIT_FSIZE of `bytes` and SIGXFSZ at its default action (kill),
// so only the CLI's own ignoreFileSizeSignal() stands between the limit and a silent death. The
// output goes to a pipe, which the limit does not apply to.
Outcome runCliWithFileSizeLimit(const std::vector<std::string>& args, rlim_t bytes) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        ::dup2(fds[1], 1);
        ::dup2(fds[1], 2);
        ::signal(SIGXFSZ, SIG_DFL);
        const rlimit limit{bytes, bytes};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
        std::vector<char*> argv{const_cast<char*>(M2AI_CLI_PATH)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(M2AI_CLI_PATH, argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    return collect(pid, fds[0]);
}

std::vector<std::string> tempFilesIn(const fs::path& dir) {
    std::vector<std::string> temps;
    for (const std::string& name : listing(dir))
        if (name.find(".saving-") != std::string::npos) temps.push_back(name);
    return temps;
}

}  // namespace

TEST_CASE("a save killed at any instant leaves the previous or the new project, never a mixture",
          "[storage]") {
    const TempDir dir("m2ai-storage-kill");
    const fs::path target = dir.path / "kill.m2ai";
    // Two different large projects (200 sites, ~0.35 MB each); the child saves B, A, B, A… over the file.
    const Portfolio a = generatePortfolio(1001, 200);
    const Portfolio b = generatePortfolio(2002, 200);
    REQUIRE(a != b);
    CHECK(saveProject(b, (dir.path / "size.m2ai").string()).ok);
    CHECK(fs::file_size(dir.path / "size.m2ai") > 256 * 1024);  // many pages: kills land mid-write
    fs::remove(dir.path / "size.m2ai");
    REQUIRE(saveProject(a, target.string()).ok);

    // The kill instant is drawn from 0 to 1.5 save durations after the n-th completed save, so it
    // lands in every phase: writing pages, fsync, rename, directory fsync, between saves. The
    // duration only scales the random delay; nothing is asserted on time.
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(saveProject(a, (dir.path / "timing.m2ai").string()).ok);
    const auto saveUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
    fs::remove(dir.path / "timing.m2ai");
    const long maxDelayUs = std::max<long>(1000, static_cast<long>(saveUs) * 3 / 2);

    std::mt19937 rng(20260501);  // deterministic: a failure replays with the same delays
    int sawA = 0, sawB = 0, killsLeavingTemp = 0;
    // 300 kills in Release, 100 under ASan (the asan preset): a save there is ~4 x
    // slower, and this one test took 135 of the asan stage's 222 s of ctest. The 100 instants are
    // drawn from the same range, so they still land in every phase of a save (the checks below
    // need both outcomes and a left-over temp file); the release stage runs all 300 on the same
    // code, so what the kills can find is still searched there.
#if defined(__SANITIZE_ADDRESS__)  // gcc -fsanitize=address, as in the asan preset
    constexpr int kKills = 100;
#else
    constexpr int kKills = 300;
#endif
    for (int kill = 0; kill < kKills; ++kill) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            for (int i = 0; i < 1000; ++i) {
                const SaveResult r = saveProject(i % 2 == 0 ? b : a, target.string());
                const char byte = r.ok ? '+' : '!';
                if (::write(fds[1], &byte, 1) != 1 || !r.ok) ::_exit(1);
            }
            ::_exit(0);
        }
        ::close(fds[1]);
        const int completedSaves = static_cast<int>(rng() % 3);  // 0, 1 or 2
        const long delayUs = static_cast<long>(rng() % static_cast<unsigned long>(maxDelayUs));
        char progress[2] = {};
        const bool progressed = readExactly(fds[0], progress, static_cast<size_t>(completedSaves));
        const timespec delay{0, delayUs * 1000};
        ::nanosleep(&delay, nullptr);  // the randomised kill instant (the only sleep in the tests)
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(fds[0]);
        INFO("kill " << kill << " after " << completedSaves << " saves + " << delayUs << " µs");
        REQUIRE(progressed);
        for (int i = 0; i < completedSaves; ++i) REQUIRE(progress[i] == '+');
        if (!tempFilesIn(dir.path).empty()) ++killsLeavingTemp;

        const OpenResult opened = openProject(target.string());
        INFO(opened.error);
        REQUIRE(opened.ok);
        REQUIRE(Db(target.string(), SQLITE_OPEN_READONLY).text("PRAGMA integrity_check") == "ok");
        const bool isA = opened.portfolio == a;
        const bool isB = opened.portfolio == b;
        REQUIRE((isA || isB));
        sawA += isA;
        sawB += isB;
    }
    // Both outcomes happened, and kills did land mid-save (they left temp files behind).
    CHECK(sawA > 0);
    CHECK(sawB > 0);
    CHECK(killsLeavingTemp > 0);
    // The next save clears what killed saves left behind.
    REQUIRE(saveProject(b, target.string()).ok);
    CHECK(listing(dir.path) == std::vector<std::string>{"kill.m2ai"});
    CHECK(openProject(target.string()).portfolio == b);
}

TEST_CASE("stale temp files of killed saves are removed, live and unrelated ones kept", "[storage]") {
    const TempDir dir("m2ai-storage-stale");
    const fs::path target = dir.path / "p.m2ai";
    // A pid that certainly belonged to a process that has exited.
    const pid_t gone = ::fork();
    if (gone == 0) ::_exit(0);
    ::waitpid(gone, nullptr, 0);
    const std::string dead = ".p.m2ai.saving-" + std::to_string(gone) + "-0badf00d";
    const std::string mine =
        ".p.m2ai.saving-" + std::to_string(::getpid()) + "-00000001";                  // a save in progress
    const std::string other = ".q.m2ai.saving-" + std::to_string(gone) + "-0badf00d";  // another project's
    for (const std::string& name : {dead, dead + "-journal", mine, other})
        writeBytes(dir.path / name, "partial");

    CHECK(storage::removeStaleTempFiles(target) == 2);
    CHECK(listing(dir.path) == std::vector<std::string>{mine, other});
    // And a save succeeds beside them.
    REQUIRE(saveProject(fixturePortfolio(), target.string()).ok);
    CHECK(listing(dir.path) == std::vector<std::string>{mine, other, "p.m2ai"});
}

TEST_CASE("a save that hits a full disk fails with one line and leaves the previous file", "[storage]") {
    const TempDir dir("m2ai-storage-full");
    const fs::path target = dir.path / "full.m2ai";
    const Portfolio small = fixturePortfolio();
    REQUIRE(saveProject(small, target.string()).ok);
    const std::string before = readBytes(target);
    const Portfolio big = generatePortfolio(77, 400);
    // Precondition: unlimited, big makes a file well over the 256 kB limit below (~0.5 MB).
    REQUIRE(saveProject(big, (dir.path / "big.m2ai").string()).ok);
    CHECK(fs::file_size(dir.path / "big.m2ai") > 400 * 1024);
    fs::remove(dir.path / "big.m2ai");

    // RLIMIT_FSIZE makes write() fail with EFBIG beyond 256 kB, as a full disk fails with ENOSPC.
    // The previous file (~100 kB) is under the limit; SIGXFSZ is ignored so write() returns an error.
    const std::string report = inChild([&] {
        ignoreFileSizeSignal();
        const rlimit limit{256 * 1024, 256 * 1024};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return std::string("setrlimit failed");
        const SaveResult r = saveProject(big, target.string());
        return std::string(r.ok ? "ok" : "failed") + "|" + r.error;
    });
    INFO(report);
    CHECK(before.size() < 256 * 1024);
    CHECK(report == "failed|cannot save " + target.string() +
                        ": the file size limit was reached (262144 bytes); the previous file is unchanged");
    CHECK(report.find('\n') == std::string::npos);
    CHECK(readBytes(target) == before);
    CHECK(listing(dir.path) == std::vector<std::string>{"full.m2ai"});  // the partial temp file is gone
    CHECK(openProject(target.string()).portfolio == small);
}

TEST_CASE("a save into a read-only folder fails with one line and leaves the previous file", "[storage]") {
    const TempDir dir("m2ai-storage-ro");
    const fs::path folder = dir.path / "ro";
    fs::create_directories(folder);
    const fs::path target = folder / "ro.m2ai";
    const Portfolio previous = fixturePortfolio();
    REQUIRE(saveProject(previous, target.string()).ok);
    const std::string before = readBytes(target);
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);

    // root ignores the folder's mode, and tests often run as root: the child then drops to the
    // unprivileged user 65534 ("nobody"), for whom 0555 means read-only.
    const std::string report = inChild([&] {
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            return std::string("skip|cannot drop root privileges");
        if (::access(folder.c_str(), W_OK) == 0) return std::string("skip|the folder is still writable");
        Portfolio changed = previous;
        changed.name = "Changed";
        const SaveResult r = saveProject(changed, target.string());
        return std::string(r.ok ? "ok" : "failed") + "|" + r.error;
    });
    ::chmod(folder.c_str(), 0755);
    if (report.rfind("skip|", 0) == 0) {
        WARN("read-only folder test SKIPPED: " << report.substr(5));
        return;
    }
    INFO(report);
    CHECK(report == "failed|cannot save " + target.string() + ": cannot create a file in " + folder.string() +
                        " (Permission denied)");
    CHECK(readBytes(target) == before);
    CHECK(listing(folder) == std::vector<std::string>{"ro.m2ai"});
}

TEST_CASE("under a file size limit the CLI fails a save with a message instead of being killed",
          "[storage][sigxfsz]") {
    const TempDir dir("m2ai-storage-sigxfsz");
    const fs::path target = dir.path / "limit.m2ai";
    const Portfolio previous = fixturePortfolio();
    REQUIRE(saveProject(previous, target.string()).ok);
    const std::string before = readBytes(target);
    constexpr rlim_t kLimit = 32 * 1024;  // the sample project takes ~100 kB

    // The class of failure: a process that does not ignore SIGXFSZ dies mid-save, silently, and
    // leaves its temporary file.
    {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            ::signal(SIGXFSZ, SIG_DFL);
            const rlimit limit{kLimit, kLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            saveProject(generatePortfolio(5, 100), target.string());
            ::_exit(0);
        }
        ::close(fds[1]);
        const Outcome killed = collect(pid, fds[0]);
        REQUIRE(killed.killedBySigxfsz);
        REQUIRE(tempFilesIn(dir.path).size() == 1);
    }

    const Outcome project = runCliWithFileSizeLimit({"sample", target.string()}, kLimit);
    INFO(project.output);
    CHECK_FALSE(project.killedBySigxfsz);
    CHECK(project.exitCode == 1);
    CHECK(project.output ==
          "cannot save " + target.string() +
              ": the file size limit was reached (32768 bytes); the previous file is unchanged\n");
    CHECK(readBytes(target) == before);
    // Its own temp file removed, and the one the killed save left cleared as stale.
    CHECK(listing(dir.path) == std::vector<std::string>{"limit.m2ai"});
    CHECK(openProject(target.string()).portfolio == previous);

    // The JSON path (writeFileAtomically) likewise; the sample portfolio's JSON takes ~15 kB.
    const fs::path json = dir.path / "limit.json";
    REQUIRE(writeFileAtomically(json.string(), "{}\n").ok);
    const Outcome exported = runCliWithFileSizeLimit({"sample", json.string()}, 4096);
    INFO(exported.output);
    CHECK_FALSE(exported.killedBySigxfsz);
    CHECK(exported.exitCode == 1);
    CHECK(exported.output.find(json.string()) != std::string::npos);
    CHECK(exported.output.find("the file size limit was reached") != std::string::npos);
    CHECK(std::count(exported.output.begin(), exported.output.end(), '\n') == 1);
    CHECK(readBytes(json) == "{}\n");
    CHECK(listing(dir.path) == std::vector<std::string>{"limit.json", "limit.m2ai"});
}
