// libFuzzer target: the project-file opener (m2ai::openProject). The bytes are written to a file in
// a tmpfs directory ($M2AI_FUZZ_DIR, else $TMPDIR, else /dev/shm) and opened, as a user would open
// a downloaded .m2ai. Besides crashes and sanitizer reports, it checks the promise that opening
// never changes the file (docs/reliability.md): the bytes on disk after openProject must be the
// bytes written.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "storage/ProjectFile.h"

namespace {

std::string fuzzDir() {
    for (const char* var : {"M2AI_FUZZ_DIR", "TMPDIR"})
        if (const char* dir = std::getenv(var); dir && *dir) return dir;
    return "/dev/shm";
}

// One path per process: parallel fuzzing jobs (-jobs=N) must not open each other's inputs.
const std::string& inputPath() {
    static const std::string path =
        fuzzDir() + "/m2ai-fuzz-" + std::to_string(static_cast<long>(getpid())) + ".m2ai";
    return path;
}

void removeWithSideFiles(const std::string& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = inputPath();
    removeWithSideFiles(path);
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!out) {
            std::fprintf(stderr, "fuzz_project: cannot write %s\n", path.c_str());
            std::abort();
        }
    }
    (void)m2ai::openProject(path);
    std::ifstream in(path, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (after.size() != size ||
        (size != 0 && after.compare(0, size, reinterpret_cast<const char*>(data), size) != 0)) {
        std::fprintf(stderr, "fuzz_project: openProject changed the file it only opened\n");
        std::abort();
    }
    removeWithSideFiles(path);
    return 0;
}
