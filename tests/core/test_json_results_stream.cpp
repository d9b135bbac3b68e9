// The `compute --json` text written site by site from a tape (io/JsonResultsStream.h, io/JsonTape.h)
// against the writer given the whole PortfolioResult: the same bytes.
#include <catch2/catch.hpp>
#include <climits>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/Catalogue.h"
#include "engines/Compute.h"
#include "io/JsonIo.h"
#include "io/JsonResultsStream.h"
#include "io/JsonTape.h"
#include "io/JsonWriter.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

std::string streamed(const Portfolio& p, int indent) {
    ResultsJsonStream stream(p);
    for (const Site& site : p.sites) {
        const SiteResult result = computeSite(site, p, defaultCatalogue());
        REQUIRE(result.ok);
        stream.add(result);
    }
    std::ostringstream out;
    stream.write(out, indent);
    return out.str();
}

// The same calls on a writer and on a tape replayed into another writer.
template <typename Writer>
void writeEdgeCases(Writer& w, const std::vector<std::string>& keys) {
    w.beginObject();
    w.member("empty", std::string());
    w.member("bad utf-8", std::string("a\xff\xfe z\"\\\n"));
    w.member("long",
             std::string(70000, 'x') + "\xc3\xa9");  // longer than a tape block and the writer's chunk
    w.member("nan", std::numeric_limits<double>::quiet_NaN());
    w.member("inf", -std::numeric_limits<double>::infinity());
    w.member("minus zero", -0.0);
    w.member("tiny", 5e-324);
    w.member("third", 1.0 / 3.0);
    w.member("int min", LLONG_MIN);
    w.member("int max", LLONG_MAX);
    w.member("unsigned max", ULLONG_MAX);
    w.member("small int", -7);
    w.member("size", std::size_t{12});
    w.member("flags", std::vector<bool>{true, false});
    w.member("unset", std::optional<double>());
    w.member("set", std::optional<int>(3));
    w.member("literal", "text");
    w.member("", 0.5);  // an empty key
    w.key("nested");
    w.beginArray();
    w.beginArray();
    w.endArray();
    w.beginObject();
    w.endObject();
    w.value(std::vector<double>{1.5, 2.0, -3.25e100});
    w.endArray();
    // More distinct keys than one byte numbers; the same text at another address is the same key.
    for (const std::string& k : keys) w.member(k, static_cast<double>(k.size()));
    const std::string copy = keys[3];
    w.member(copy, 1.0);
    for (int i = 0; i < 20000; ++i) {  // many blocks
        w.key(keys[static_cast<std::size_t>(i) % keys.size()]);
        w.value(i * 0.1);
    }
    w.endObject();
}

}  // namespace

TEST_CASE("json results stream: site by site equals the whole result's text", "[io][json]") {
    const Catalogue& catalogue = defaultCatalogue();
    std::vector<Portfolio> portfolios{samplePortfolio(), test::generatePortfolio(42, 300), Portfolio()};
    for (unsigned seed = 1; seed <= 40; ++seed)
        portfolios.push_back(test::generatePortfolio(seed, static_cast<int>(seed % 6)));
    // Tax on and off (the taxUsd total is null when off), and a horizon of 0 months.
    Portfolio untaxed = samplePortfolio();
    untaxed.financing.taxEnabled = !untaxed.financing.taxEnabled;
    portfolios.push_back(untaxed);
    Portfolio generatedUntaxed = test::generatePortfolio(7, 40);
    generatedUntaxed.financing.taxEnabled = !generatedUntaxed.financing.taxEnabled;
    portfolios.push_back(generatedUntaxed);
    Portfolio noHorizon = samplePortfolio();
    noHorizon.horizonYears = 0;
    portfolios.push_back(noHorizon);
    int feasibleSites = 0;
    int infeasibleSites = 0;
    for (std::size_t i = 0; i < portfolios.size(); ++i) {
        INFO("portfolio " << i);
        const Portfolio& p = portfolios[i];
        const PortfolioResult result = computePortfolio(p, catalogue);
        REQUIRE(result.ok);
        infeasibleSites += result.infeasibleSiteCount;
        feasibleSites += static_cast<int>(result.sites.size()) - result.infeasibleSiteCount;
        for (int indent : {2, -1, 0, 4}) {
            INFO("indent " << indent);
            CHECK(streamed(p, indent) == resultsToJson(p, result, indent));
        }
    }
    // Both kinds of site went through the totals.
    CHECK(feasibleSites > 10);
    CHECK(infeasibleSites > 10);
}

TEST_CASE("json tape: a replay writes what the calls write", "[io][json]") {
    std::vector<std::string> keys;
    for (int i = 0; i < 600; ++i) keys.push_back("key" + std::to_string(i));
    for (int indent : {-1, 0, 2, 7}) {
        INFO("indent " << indent);
        std::string direct;
        {
            jsonio::JsonWriter w(direct, indent);
            writeEdgeCases(w, keys);
        }
        jsonio::JsonTape tape;
        CHECK(tape.empty());
        writeEdgeCases(tape, keys);
        CHECK_FALSE(tape.empty());
        std::string replayed;
        {
            jsonio::JsonWriter w(replayed, indent);
            tape.replay(w);
        }
        CHECK(replayed == direct);
        std::string again;  // the tape is unchanged by a replay
        {
            jsonio::JsonWriter w(again, indent);
            tape.replay(w);
        }
        CHECK(again == direct);
    }
}
