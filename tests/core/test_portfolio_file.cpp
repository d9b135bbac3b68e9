// Loading by content and saving by extension; atomic writes leave no temporary files behind.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "io/AtomicWrite.h"
#include "io/PortfolioFile.h"
#include "sample/Sample.h"

namespace fs = std::filesystem;
using namespace m2ai;

namespace {
fs::path freshDir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
std::string readText(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("writeFileAtomically replaces the whole file and leaves no temporary", "[io]") {
    const fs::path dir = freshDir("m2ai-atomic");
    const fs::path file = dir / "a.json";
    REQUIRE(writeFileAtomically(file.string(), "first").ok);
    REQUIRE(writeFileAtomically(file.string(), "second, longer").ok);
    CHECK(readText(file) == "second, longer");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 1);
    const SaveResult refused = writeFileAtomically((dir / "no-such-dir" / "x.json").string(), "x");
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("no-such-dir") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("a portfolio saved as JSON or project loads back equal, whatever the file is named", "[io]") {
    const fs::path dir = freshDir("m2ai-pfile");
    const Portfolio sample = samplePortfolio();
    CHECK(kindForFileName("x.JSON") == PortfolioFileKind::Json);
    CHECK(kindForFileName("dir.json/x.m2ai") == PortfolioFileKind::Project);
    REQUIRE(savePortfolioFile(sample, (dir / "s.json").string()).ok);
    REQUIRE(savePortfolioFile(sample, (dir / "s.m2ai").string()).ok);
    // Mis-named copies: content decides how they are read.
    fs::copy_file(dir / "s.json", dir / "json-named.m2ai");
    fs::copy_file(dir / "s.m2ai", dir / "project-named.json");
    for (const char* name : {"s.json", "s.m2ai", "json-named.m2ai", "project-named.json"}) {
        const LoadedPortfolio loaded = loadPortfolioFile((dir / name).string());
        INFO(name << ": " << loaded.error);
        REQUIRE(loaded.ok);
        CHECK(loaded.portfolio == sample);
    }
    CHECK(loadPortfolioFile((dir / "s.m2ai").string()).kind == PortfolioFileKind::Project);
    CHECK(loadPortfolioFile((dir / "json-named.m2ai").string()).kind == PortfolioFileKind::Json);
    fs::remove_all(dir);
}

TEST_CASE("files that are neither a project nor portfolio JSON are refused with one line", "[io]") {
    const fs::path dir = freshDir("m2ai-pfile-bad");
    std::ofstream(dir / "text.m2ai") << "hello";
    std::ofstream(dir / "empty.json");
    std::ofstream(dir / "array.json") << "[1, 2]";
    for (const char* name : {"text.m2ai", "empty.json", "array.json"}) {
        const LoadedPortfolio loaded = loadPortfolioFile((dir / name).string());
        CHECK_FALSE(loaded.ok);
        CHECK(loaded.error.find(name) != std::string::npos);
        CHECK(loaded.error.find('\n') == std::string::npos);
    }
    fs::remove_all(dir);
}
