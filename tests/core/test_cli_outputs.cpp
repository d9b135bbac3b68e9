// mine2ai-cli's output names (app/cli/CliSupport.cpp resolveOutputPath): as a save dialog does, a
// name without an extension gets the right one, and a name whose extension belies the content is
// refused before anything is read or written.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/RunProcess.h"

using m2ai::test::runProcess;
namespace fs = std::filesystem;

namespace {
const std::string kCli = M2AI_CLI_PATH;

fs::path freshDir() {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-cli-out-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string head(const fs::path& path, size_t n) {
    std::ifstream in(path, std::ios::binary);
    std::string text(n, '\0');
    in.read(text.data(), static_cast<std::streamsize>(n));
    text.resize(static_cast<size_t>(in.gcount()));
    return text;
}

size_t filesIn(const fs::path& dir) {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}));
}
}  // namespace

TEST_CASE("cli: an output name without an extension gets the right one", "[cli]") {
    const fs::path dir = freshDir();
    const std::string d = dir.string() + "/";
    REQUIRE(runProcess(kCli, {"sample", d + "project.m2ai"}).exitCode == 0);
    REQUIRE(runProcess(kCli, {"sample", d + "portfolio.json"}).exitCode == 0);

    struct Case {
        std::vector<std::string> args;
        std::string written;  // the file that must appear
        std::string magic;    // how it starts
    };
    const std::vector<Case> cases = {
        {{"sample", d + "a"}, "a.m2ai", "SQLite format 3"},
        {{"import-json", d + "portfolio.json", d + "b"}, "b.m2ai", "SQLite format 3"},
        {{"export-json", d + "project.m2ai", d + "c"}, "c.json", "{"},
        {{"import-sites", d + "t.csv", d + "e"}, "e.m2ai", "SQLite format 3"},
        {{"compute", "--json", "--output", d + "f"}, "f.json", "{"},
        {{"compute", "-o", d + "g"}, "g.txt", "Sample: six"},
        {{"template", d + "h"}, "h.xlsx", "PK"},
    };
    REQUIRE(runProcess(kCli, {"template", d + "t.csv"}).exitCode == 0);
    for (const Case& c : cases) {
        INFO(c.args.front() << " → " << c.written);
        const auto r = runProcess(kCli, c.args);
        CHECK(r.exitCode == 0);
        CHECK_THAT(r.err, Catch::Contains("writing " + d + c.written + " ("));
        CHECK(head(dir / c.written, c.magic.size()) == c.magic);
    }
    // Case does not matter; a dot in a folder's name is not an extension.
    fs::create_directories(dir / "v1.2");
    const auto upper = runProcess(kCli, {"export-json", d + "project.m2ai", d + "v1.2/UP.JSON"});
    CHECK(upper.exitCode == 0);
    CHECK(upper.err.empty());
    CHECK(head(dir / "v1.2" / "UP.JSON", 1) == "{");
    CHECK(runProcess(kCli, {"sample", d + "v1.2/x"}).exitCode == 0);
    CHECK(fs::exists(dir / "v1.2" / "x.m2ai"));
    fs::remove_all(dir);
}

TEST_CASE("cli: report names its PDF and workbook with their extensions", "[cli]") {
    const fs::path dir = freshDir();
    const std::string d = dir.string() + "/";
    const auto r = runProcess(kCli, {"report", "sample", "--pdf", d + "board", "--xlsx=" + d + "tables"});
    REQUIRE(r.exitCode == 0);
    CHECK(head(dir / "board.pdf", 5) == "%PDF-");
    CHECK(head(dir / "tables.xlsx", 2) == "PK");
    CHECK_THAT(r.out, Catch::StartsWith("wrote " + d + "board.pdf ("));
    CHECK(filesIn(dir) == 2);
    fs::remove_all(dir);
}

TEST_CASE("cli: an output name with the wrong extension is refused and nothing is written", "[cli]") {
    const fs::path dir = freshDir();
    const std::string d = dir.string() + "/";
    REQUIRE(runProcess(kCli, {"sample", d + "project.m2ai"}).exitCode == 0);
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"sample", d + "x.txt"}, "OUT must end in .m2ai or .json, got '" + d + "x.txt'"},
        {{"export-json", d + "project.m2ai", d + "x.m2ai"}, "OUT must end in .json"},
        {{"import-json", d + "project.m2ai", d + "x.json"}, "OUT must end in .m2ai"},
        {{"template", d + "x.ods"}, "OUT must end in .xlsx or .csv"},
        {{"compute", "--json", "-o", d + "x.txt"}, "--output must end in .json"},
        {{"compute", "-o", d + "x.json"}, "--output must end in .txt"},
        {{"report", "sample", "--pdf", d + "x.png"}, "--pdf must end in .pdf"},
        {{"report", "sample", "--pdf", d + "x.pdf", "--xlsx", d + "x.csv"}, "--xlsx must end in .xlsx"},
        {{"report", "sample", "--pdf", "-"}, "--pdf writes a file; \"-\" (standard output) is not supported"},
        {{"sample", d + "folder/"}, "OUT is a folder"},
    };
    for (const Case& c : cases) {
        INFO(c.args.front() << " " << c.args.back());
        const auto r = runProcess(kCli, c.args);
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Catch::StartsWith("mine2ai-cli " + c.args.front() + ": " + c.message));
    }
    CHECK(filesIn(dir) == 1);  // only project.m2ai
    fs::remove_all(dir);
}

TEST_CASE("cli: template - writes the CSV layout to standard output", "[cli]") {
    const fs::path dir = freshDir();
    const auto csv = (dir / "t.csv").string();
    REQUIRE(runProcess(kCli, {"template", csv}).exitCode == 0);
    const auto r = runProcess(kCli, {"template", "-"});
    CHECK(r.exitCode == 0);
    std::ifstream in(csv, std::ios::binary);
    CHECK(r.out == std::string(std::istreambuf_iterator<char>(in), {}));
    fs::remove_all(dir);
}
