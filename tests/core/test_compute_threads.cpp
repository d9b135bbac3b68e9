// computePortfolio on several threads must give exactly the single-threaded result: the results
// JSON (every number, at full precision) byte for byte, on the sample and on generated portfolios
// of sizes that do and do not divide evenly by the thread count.
#include <catch2/catch.hpp>
#include <string>

#include "engines/Compute.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using namespace m2ai;

namespace {

std::string resultText(const Portfolio& p, const PortfolioResult& r) {
    return resultsToJson(p, r, 0);
}

// A user task that depends on itself: computeSite gives !ok for this site.
void makeCycle(Site& site, const std::string& id) {
    UserTask task;
    task.id = id;
    task.name = "Loop " + id;
    task.dependsOn = {id};
    site.plan.extraTasks.push_back(task);
}

}  // namespace

TEST_CASE("computePortfolio: 1, 2 and more threads give byte-identical results", "[compute][threads]") {
    const Catalogue& catalogue = defaultCatalogue();
    const Portfolio sample = samplePortfolio();
    const std::string sampleOne = resultText(sample, computePortfolio(sample, catalogue, 1));
    CHECK(sampleOne == resultText(sample, computePortfolio(sample, catalogue)));
    CHECK(sampleOne == resultText(sample, computePortfolio(sample, catalogue, 2)));
    CHECK(sampleOne ==
          resultText(sample, computePortfolio(sample, catalogue, 64)));  // more threads than sites

    for (const int sites : {1, 2, 7, 101, 400}) {
        const Portfolio p = test::generatePortfolio(1000u + static_cast<unsigned>(sites), sites);
        INFO(sites << " sites");
        const std::string one = resultText(p, computePortfolio(p, catalogue, 1));
        CHECK(one == resultText(p, computePortfolio(p, catalogue, 2)));
        CHECK(one == resultText(p, computePortfolio(p, catalogue, 3)));
        CHECK(one == resultText(p, computePortfolio(p, catalogue, 0)));  // 0 means the calling thread
    }
}

TEST_CASE("computePortfolio on threads: an empty portfolio and a failing site behave as on one thread",
          "[compute][threads]") {
    const Catalogue& catalogue = defaultCatalogue();
    Portfolio empty = test::generatePortfolio(7, 1);
    empty.sites.clear();
    CHECK(resultText(empty, computePortfolio(empty, catalogue, 4)) ==
          resultText(empty, computePortfolio(empty, catalogue, 1)));

    // Cycles in two blocks: the error is the one of the lower site, as the single-threaded loop's.
    Portfolio p = test::generatePortfolio(11, 40);
    makeCycle(p.sites[30], "late-loop");
    makeCycle(p.sites[5], "early-loop");
    const PortfolioResult one = computePortfolio(p, catalogue, 1);
    REQUIRE_FALSE(one.ok);
    CHECK(one.sites.empty());
    CHECK(one.error.find("early-loop") != std::string::npos);
    for (const std::size_t threads : {2u, 4u}) {
        const PortfolioResult threaded = computePortfolio(p, catalogue, threads);
        CHECK_FALSE(threaded.ok);
        CHECK(threaded.error == one.error);
    }
}

TEST_CASE("computePortfolio on threads: failures in many chunks report the lowest failing site",
          "[compute][threads]") {
    const Catalogue& catalogue = defaultCatalogue();
    // 300 sites are handed out in chunks of a few sites: failures far apart land in different
    // chunks, claimed by either thread in either order.
    for (const std::size_t lowest : {0u, 77u, 298u}) {
        Portfolio p = test::generatePortfolio(19, 300);
        makeCycle(p.sites[299], "last-loop");
        if (lowest < 298) makeCycle(p.sites[298], "next-to-last-loop");
        makeCycle(p.sites[lowest], "lowest-loop");
        INFO("lowest failing site " << lowest);
        const PortfolioResult one = computePortfolio(p, catalogue, 1);
        REQUIRE_FALSE(one.ok);
        CHECK(one.error.find("lowest-loop") != std::string::npos);
        for (const std::size_t threads : {2u, 3u, 8u}) {
            const PortfolioResult threaded = computePortfolio(p, catalogue, threads);
            CHECK_FALSE(threaded.ok);
            CHECK(threaded.sites.empty());
            CHECK(threaded.error == one.error);
        }
    }
}
