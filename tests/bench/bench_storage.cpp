// Storage benchmarks (run by hand; results and command in docs/performance.md "Storage").
// Target: save and open of a 1,000-site project < 300 ms each. A save includes validation, the
// fsync of the new file and of its folder, so the figure depends on the disk.
// No main here: bench_compute.cpp defines CATCH_CONFIG_MAIN for the whole bench executable.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "sample/Sample.h"
#include "storage/ProjectFile.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;
namespace fs = std::filesystem;

namespace {

void benchSaveOpen(const Portfolio& portfolio, const std::string& label) {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-bench-storage-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "bench.m2ai").string();
    const SaveResult first = saveProject(portfolio, path);
    INFO(first.error);
    REQUIRE(first.ok);
    WARN(label << ": file " << fs::file_size(path) / 1024 << " KiB");
    // Each iteration replaces the file (new temp file, fsync, rename, fsync folder), as the app does.
    BENCHMARK("saveProject, " + label) {
        return saveProject(portfolio, path).ok;
    };
    BENCHMARK("openProject, " + label) {
        return openProject(path).portfolio.sites.size();
    };
    const OpenResult reopened = openProject(path);
    CHECK(reopened.portfolio == portfolio);
    fs::remove_all(dir);
}

}  // namespace

TEST_CASE("storage: built-in sample", "[bench][storage]") {
    const Portfolio sample = samplePortfolio();
    benchSaveOpen(sample, "sample (" + std::to_string(sample.sites.size()) + " sites)");
}

TEST_CASE("storage: 1,000 generated sites", "[bench][storage]") {
    benchSaveOpen(test::generatePortfolio(42, 1000), "1,000 generated sites");
}
