// mine2ai-cli's command line (app/cli/Dispatch.cpp over QCommandLineParser): the same rules for
// every subcommand, read off the registry through `--help` so a new command is covered too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "sample/Sample.h"
#include "support/RunProcess.h"

using m2ai::test::runProcess;
namespace fs = std::filesystem;

namespace {
const std::string kCli = M2AI_CLI_PATH;

fs::path tempDir() {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-cli-parse-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
}

// The command names `mine2ai-cli --help` lists under "Commands:".
std::vector<std::string> listedCommands() {
    const auto help = runProcess(kCli, {"--help"});
    std::istringstream lines(help.out);
    std::vector<std::string> names;
    std::string line;
    bool inCommands = false;
    while (std::getline(lines, line)) {
        if (line == "Commands:") {
            inCommands = true;
        } else if (inCommands) {
            if (line.empty()) break;
            if (line.rfind("  ", 0) == 0 && line[2] != ' ')
                names.push_back(line.substr(2, line.find(' ', 2) - 2));
        }
    }
    return names;
}
}  // namespace

TEST_CASE("cli: every subcommand's --help exits 0 with its own usage", "[cli]") {
    const auto names = listedCommands();
    REQUIRE(names.size() >= 8);
    for (const std::string& name : names) {
        INFO(name);
        for (const char* flag : {"--help", "-h"}) {
            const auto r = runProcess(kCli, {name, flag});
            CHECK(r.exitCode == 0);
            CHECK_THAT(r.out, Catch::StartsWith("Usage: mine2ai-cli " + name));
            CHECK(r.out.find("-h, --help") != std::string::npos);
            CHECK(r.err.empty());
        }
        // --help wins over missing arguments, and `help NAME` says the same.
        CHECK(runProcess(kCli, {"help", name}).out == runProcess(kCli, {name, "--help"}).out);
    }
    CHECK(runProcess(kCli, {"help", "frobnicate"}).exitCode == 2);
}

TEST_CASE("cli: --opt=value and --opt value, options after arguments, -- ends options", "[cli]") {
    const fs::path dir = tempDir();
    const auto a = (dir / "a.json").string();
    const auto b = (dir / "b.json").string();
    REQUIRE(runProcess(kCli, {"compute", "--json", "--output=" + a}).exitCode == 0);
    REQUIRE(runProcess(kCli, {"compute", "-o", b, "--json"}).exitCode == 0);
    CHECK(readText(a) == readText(b));
    CHECK(readText(a) == runProcess(kCli, {"compute", "--json"}).out);

    // After "--" a name that looks like an option is a file name.
    const auto dashed = (dir / "-odd.json").string();
    REQUIRE(runProcess(kCli, {"sample", dashed}).exitCode == 0);
    const auto inDir = [&](const std::string& args) {
        return runProcess("/bin/sh", {"-c", "cd \"$1\" && exec \"$0\" " + args, kCli, dir.string()});
    };
    const auto v = inDir("validate -- -odd.json");
    CHECK(v.exitCode == 0);
    CHECK(v.out == "-odd.json: valid (" + std::to_string(m2ai::samplePortfolio().sites.size()) + " sites)\n");
    CHECK(inDir("validate -odd.json").exitCode == 2);  // without "--": an unknown option
    fs::remove_all(dir);
}

TEST_CASE("cli: usage errors name the option and exit 2", "[cli]") {
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"compute", "--nonsense"}, "mine2ai-cli compute: Unknown option 'nonsense'."},
        {{"compute", "--json=yes"}, "mine2ai-cli compute: Unexpected value after '--json'."},
        {{"compute", "--output"}, "mine2ai-cli compute: Missing value after '--output'."},
        {{"compute", "--output="}, "mine2ai-cli compute: --output needs a value (OUT)"},
        {{"compute", "-o", "a", "-o", "b"}, "mine2ai-cli compute: --output is given more than once"},
        {{"compute", "x.json", "y.json"}, "mine2ai-cli compute: unexpected argument 'y.json'"},
        {{"sample"}, "mine2ai-cli sample: missing OUT"},
        {{"import-json", "only-one.json"}, "mine2ai-cli import-json: missing OUT.m2ai"},
        {{"report", "sample"}, "mine2ai-cli report: --pdf OUT.pdf is required"},
        {{"report", "sample", "--pdf", "x.pdf", "--paper", "a3"},
         "mine2ai-cli report: --paper must be a4 or letter, got 'a3'"},
        {{"--frobnicate"}, "mine2ai-cli: unknown option '--frobnicate'"},
    };
    for (const Case& c : cases) {
        INFO(c.args.front() << " " << (c.args.size() > 1 ? c.args[1] : ""));
        const auto r = runProcess(kCli, c.args);
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Catch::StartsWith(c.message));
        CHECK(r.out.empty());
    }
}

TEST_CASE("cli: \"-\" writes to standard output", "[cli]") {
    const auto sample = runProcess(kCli, {"sample", "-"});
    REQUIRE(sample.exitCode == 0);
    CHECK(sample.out == m2ai::portfolioToJson(m2ai::samplePortfolio()) + "\n");

    const fs::path dir = tempDir();
    const auto project = (dir / "p.m2ai").string();
    REQUIRE(runProcess(kCli, {"sample", project}).exitCode == 0);
    const auto exported = runProcess(kCli, {"export-json", project, "-"});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out == sample.out);
    CHECK_FALSE(fs::exists("-"));

    const auto computed = runProcess(kCli, {"compute", project, "--json", "--output", "-"});
    REQUIRE(computed.exitCode == 0);
    CHECK(computed.out == runProcess(kCli, {"compute", "--json"}).out);
    CHECK(nlohmann::json::parse(computed.out)["sites"].size() == m2ai::samplePortfolio().sites.size());
    fs::remove_all(dir);
}

TEST_CASE("cli: \"-\" as the input reads JSON from standard input", "[cli]") {
    const auto shell = [](const std::string& script, const std::string& arg = "") {
        return runProcess("/bin/sh", {"-c", script, kCli, arg});
    };
    const auto piped = shell(R"("$0" sample - | "$0" compute - --json)");
    REQUIRE(piped.exitCode == 0);
    CHECK(piped.out == runProcess(kCli, {"compute", "--json"}).out);
    const auto valid = shell(R"("$0" sample - | "$0" validate -)");
    CHECK(valid.exitCode == 0);
    CHECK(valid.out == "-: valid (" + std::to_string(m2ai::samplePortfolio().sites.size()) + " sites)\n");

    auto doc = nlohmann::json::parse(m2ai::portfolioToJson(m2ai::samplePortfolio()));
    doc["sites"][0]["gridInterconnectMw"] = -5;
    const auto bad = shell(R"(printf '%s' "$1" | "$0" validate -)", doc.dump());
    CHECK(bad.exitCode == 1);
    CHECK_THAT(bad.err, Catch::StartsWith("-: sites[0].gridInterconnectMw"));

    const fs::path dir = tempDir();
    const auto project = (dir / "p.m2ai").string();
    REQUIRE(runProcess(kCli, {"sample", project}).exitCode == 0);
    const auto sqlite = shell(R"("$0" validate - < "$1")", project);
    CHECK(sqlite.exitCode == 1);
    CHECK(sqlite.err == "-: a project file (.m2ai) cannot be read from standard input; name the file\n");
    const auto empty = shell(R"("$0" compute - < /dev/null)");
    CHECK(empty.exitCode == 1);
    CHECK(empty.out.empty());
    fs::remove_all(dir);
}
