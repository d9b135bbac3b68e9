// mine2ai-cli's own messages (usage errors, refusals, "wrote FILE") follow --lang and LANG, like
// the report it renders; English stays as it was, and machine-readable output stays English.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "support/RunProcess.h"

using m2ai::test::runProcess;
namespace fs = std::filesystem;

namespace {

const std::string kCli = M2AI_CLI_PATH;

// The CLI with the given environment language (and no other LC_* that would override it).
m2ai::test::ProcessResult runWithLang(const std::string& lang, const std::vector<std::string>& args) {
    std::vector<std::string> envArgs{"-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=" + lang, kCli};
    envArgs.insert(envArgs.end(), args.begin(), args.end());
    return runProcess("/usr/bin/env", envArgs);
}

}  // namespace

TEST_CASE("cli usage errors follow --lang", "[cli-translations]") {
    const auto fr = runProcess(kCli, {"--lang", "fr", "frobnicate"});
    CHECK(fr.exitCode == 2);
    CHECK(fr.err == "mine2ai-cli: commande inconnue « frobnicate »\nEssayez « mine2ai-cli --help ».\n");
    const auto zh = runProcess(kCli, {"report", "sample", "--pdf", "out.txt", "--lang=zh_CN"});
    CHECK(zh.exitCode == 2);
    CHECK(zh.err ==
          "mine2ai-cli report: --pdf 必须以 .pdf 结尾，收到的是“out.txt”\n请尝试“mine2ai-cli report "
          "--help”。\n");
    const auto es = runProcess(kCli, {"risk", "sample", "--trials", "many", "--lang", "es"});
    CHECK(es.exitCode == 2);
    CHECK(es.err.find("--trials admite un número entero, no «many»") != std::string::npos);
    // The same command lines in English, byte for byte as before the translation.
    CHECK(runProcess(kCli, {"--lang", "en", "frobnicate"}).err ==
          "mine2ai-cli: unknown command 'frobnicate'\nTry 'mine2ai-cli --help'.\n");
    CHECK(runProcess(kCli, {"report", "sample", "--pdf", "out.txt", "--lang=C"}).err ==
          "mine2ai-cli report: --pdf must end in .pdf, got 'out.txt'\nTry 'mine2ai-cli report --help'.\n");
}

TEST_CASE("cli messages follow LANG, and --lang overrides it", "[cli-translations]") {
    const fs::path dir = fs::temp_directory_path() / ("m2ai-cli-tr-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string json = (dir / "sample.json").string();
    REQUIRE(runProcess(kCli, {"sample", json}).exitCode == 0);

    const auto fr = runWithLang("fr_FR.UTF-8", {"validate", json});
    CHECK(fr.exitCode == 0);
    CHECK(fr.out == json + ": valide (6 sites)\n");
    const auto zh = runWithLang("zh_CN.UTF-8", {"validate", json});
    CHECK(zh.out == json + ": 有效（6 个场址）\n");
    CHECK(runWithLang("fr_FR.UTF-8", {"--lang", "en", "validate", json}).out == json + ": valid (6 sites)\n");
    CHECK(runWithLang("de_DE.UTF-8", {"validate", json}).out == json + ": valid (6 sites)\n");

    // A missing argument names the argument in French; --help and JSON stay English.
    const auto missing = runWithLang("fr_FR.UTF-8", {"import-json", json});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("OUT.m2ai manquant (usage : mine2ai-cli import-json") != std::string::npos);
    CHECK(runWithLang("fr_FR.UTF-8", {"--help"}).out.find("Usage: mine2ai-cli COMMAND") == 0);
    const auto computed = runWithLang("zh_CN.UTF-8", {"compute", json, "--json"});
    CHECK(computed.exitCode == 0);
    CHECK(computed.out.find("\"npvUsd\"") != std::string::npos);
    fs::remove_all(dir);
}
