// mine2ai-cli sensitivity and risk end to end: JSON that parses, the same bytes on 1 and 2
// threads, exit codes and messages that name the field.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/RunProcess.h"

using m2ai::test::runProcess;

namespace {
const std::string kCli = M2AI_CLI_PATH;
}

TEST_CASE("cli risk: JSON, identical on 1 and 2 threads", "[cli][risk]") {
    const auto one =
        runProcess(kCli, {"risk", "sample", "--trials", "300", "--seed", "5", "--threads", "1", "--json"});
    REQUIRE(one.exitCode == 0);
    const auto two =
        runProcess(kCli, {"risk", "sample", "--trials", "300", "--seed", "5", "--threads", "2", "--json"});
    REQUIRE(two.exitCode == 0);
    CHECK(one.out == two.out);
    const nlohmann::json j = nlohmann::json::parse(one.out);
    CHECK(j["format"] == "mine2ai-risk");
    CHECK(j["trials"] == 300);
    CHECK(j["sites"].size() == 6);
    const auto& npv = j["portfolio"]["incrementalNpvUsd"];
    CHECK(npv["p10"].get<double>() <= npv["p50"].get<double>());
    CHECK(npv["p50"].get<double>() <= npv["p90"].get<double>());
    CHECK(j["sites"][0]["criticality"].size() > 3);

    const auto text = runProcess(kCli, {"risk", "sample", "--trials", "100", "--rfs-by", "2029-01"});
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("RFS-by date 2029-01") != std::string::npos);
}

TEST_CASE("cli sensitivity: JSON tornado", "[cli][risk]") {
    const auto r = runProcess(kCli, {"sensitivity", "sample", "--pct", "10", "--json"});
    REQUIRE(r.exitCode == 0);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    CHECK(j["format"] == "mine2ai-sensitivity");
    CHECK(j["pct"] == 10.0);
    CHECK(j["portfolio"]["tornadoIncrementalNpv"].size() == 12);
    CHECK(j["portfolio"]["spider"].size() == 5);
}

TEST_CASE("cli risk and sensitivity: bad input named, usage errors exit 2", "[cli][risk]") {
    const auto trials = runProcess(kCli, {"risk", "sample", "--trials", "0"});
    CHECK(trials.exitCode == 1);
    CHECK(trials.err.find("risk.trials") != std::string::npos);
    CHECK(runProcess(kCli, {"risk", "sample", "--trials", "ten"}).exitCode == 2);
    CHECK(runProcess(kCli, {"risk", "sample", "--rfs-by", "2029-13"}).exitCode == 2);
    CHECK(runProcess(kCli, {"risk"}).exitCode == 2);
    CHECK(runProcess(kCli, {"risk", "sample", "--frobnicate"}).exitCode == 2);
    const auto pct = runProcess(kCli, {"sensitivity", "sample", "--pct", "95"});
    CHECK(pct.exitCode == 1);
    CHECK(pct.err.find("sensitivity.pct") != std::string::npos);
    CHECK(runProcess(kCli, {"sensitivity", "sample", "--pct"}).exitCode == 2);
    CHECK(runProcess(kCli, {"sensitivity", "/nonexistent/file.m2ai"}).exitCode == 1);
}
