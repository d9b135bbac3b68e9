// The incremental edit path (ui/document): one-site recompute and incremental validation must give
// exactly what the full computePortfolio() / validate() give, on generated portfolios with edits
// that add, remove and move problems (including the cross-site unique-name rule).
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "engines/Compute.h"
#include "io/JsonIo.h"
#include "support/PortfolioGenerator.h"
#include "validation/Validation.h"

using namespace m2ai;

namespace {

// Every number of a result, in one comparable text (the results JSON writes all of them).
std::string resultText(const Portfolio& p, const PortfolioResult& r) {
    return resultsToJson(p, r, 0);
}

std::vector<std::string> texts(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(p.toString());
    return out;
}

// Edits that create or clear problems: a range violation, a blank name, a name shared with another
// site (duplicate), a name back to unique, and an edit that leaves the site valid.
void editSite(Portfolio& p, std::size_t index, int kind, test::PortfolioRandom& rng) {
    Site& s = p.sites[index];
    switch (kind % 6) {
        case 0:
            s.gridInterconnectMw = -5.0;
            break;
        case 1:
            s.name = "   ";
            break;
        case 2:
            s.name =
                p.sites[static_cast<std::size_t>(rng.integer(0, static_cast<int>(p.sites.size()) - 1))].name;
            break;
        case 3:
            s.name = "Unique " + std::to_string(index) + "-" + std::to_string(kind);
            break;
        case 4:
            s.plan.convertedSharePct = 150.0;
            s.name = p.sites.front().name;
            break;
        default:
            s.powerPriceUsdPerMwh = rng.real(10.0, 90.0);
            break;
    }
}

}  // namespace

TEST_CASE("recomputeSite after an edit equals a full compute", "[compute][incremental]") {
    Portfolio p = test::generatePortfolio(7, 40);
    p.horizonYears = 10;
    PortfolioResult incremental = computePortfolio(p);
    test::PortfolioRandom rng(99);
    for (int step = 0; step < 12; ++step) {
        const auto index = static_cast<std::size_t>(rng.integer(0, static_cast<int>(p.sites.size()) - 1));
        Site& s = p.sites[index];
        s.gridInterconnectMw = rng.real(1.0, 300.0);
        s.plan.convertedSharePct = rng.real(0.0, 100.0);
        recomputeSite(p, index, incremental);
        REQUIRE(resultText(p, incremental) == resultText(p, computePortfolio(p)));
    }
}

TEST_CASE("inserting and erasing one site result equals a full compute", "[compute][incremental]") {
    Portfolio p = test::generatePortfolio(11, 20);
    PortfolioResult incremental = computePortfolio(p);

    const Site extra = test::generatePortfolio(12, 1).sites.front();
    p.sites.insert(p.sites.begin() + 5, extra);
    insertSiteResult(p, 5, incremental);
    CHECK(resultText(p, incremental) == resultText(p, computePortfolio(p)));

    p.sites.erase(p.sites.begin() + 2);
    eraseSiteResult(p, 2, incremental);
    CHECK(resultText(p, incremental) == resultText(p, computePortfolio(p)));

    // A result that does not line up is a caller bug, reported rather than computed wrong.
    PortfolioResult stale;
    const ComputeStatus refused = recomputeSite(p, 0, stale);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("does not line up") != std::string::npos);
    CHECK(stale.sites.empty());
    CHECK_FALSE(insertSiteResult(p, 0, stale).ok);
    CHECK_FALSE(eraseSiteResult(p, 0, stale).ok);
}

TEST_CASE("the app's compute calls report a site that cannot be computed instead of throwing",
          "[compute][incremental]") {
    Portfolio p = test::generatePortfolio(5, 12);
    p.horizonYears = 10;
    PortfolioResult result = computePortfolio(p);
    const std::string before = resultText(p, result);
    // A dependency cycle (validation refuses it; the engines must not rely on that).
    p.sites[4].plan.extraTasks = {UserTask{"u1", "One", 1.0, {"u2"}}, UserTask{"u2", "Two", 1.0, {"u1"}}};
    const ComputeStatus site = recomputeSite(p, 4, result);
    CHECK_FALSE(site.ok);
    CHECK(site.error.find("cycle") != std::string::npos);
    p.sites[4].plan.extraTasks.clear();
    CHECK(resultText(p, result) == before);  // unchanged on failure
    p.sites[4].plan.extraTasks = {UserTask{"u1", "One", 1.0, {"u2"}}, UserTask{"u2", "Two", 1.0, {"u1"}}};
    for (const std::size_t threads : {1u, 3u}) {
        const ComputeOutcome all = tryComputePortfolio(p, defaultCatalogue(), threads);
        CHECK_FALSE(all.ok);
        CHECK(all.error.find("cycle") != std::string::npos);
    }
    p.sites[4].plan.extraTasks.clear();
    const ComputeOutcome fine = tryComputePortfolio(p, defaultCatalogue(), 2);
    REQUIRE(fine.ok);
    CHECK(resultText(p, fine.result) == before);
}

TEST_CASE("incremental validation gives the same problems as validate()", "[validation][incremental]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        Portfolio p = test::generatePortfolio(seed, 30);
        std::vector<Problem> problems = validate(p);
        test::PortfolioRandom rng(seed * 31);
        for (int step = 0; step < 60; ++step) {
            const auto index = static_cast<std::size_t>(rng.integer(0, static_cast<int>(p.sites.size()) - 1));
            const std::string nameBefore = p.sites[index].name;
            editSite(p, index, rng.integer(0, 5), rng);
            problems = revalidateSite(p, problems, index, nameBefore);
            INFO("seed " << seed << ", step " << step << ", site " << index);
            REQUIRE(texts(problems) == texts(validate(p)));
        }
        // Settings edits keep the site problems and re-check the settings.
        p.discountRatePct = -1.0;
        problems = revalidateSettings(p, problems);
        CHECK(texts(problems) == texts(validate(p)));
        p.discountRatePct = 8.0;
        problems = revalidateSettings(p, problems);
        CHECK(texts(problems) == texts(validate(p)));
        // Appending a site that repeats a name is a duplicate; appending a unique one is not.
        p.sites.push_back(p.sites.front());
        problems = revalidateAppendedSite(p, problems);
        CHECK(texts(problems) == texts(validate(p)));
        p.sites.push_back(p.sites.front());
        p.sites.back().name = "Appended unique";
        problems = revalidateAppendedSite(p, problems);
        CHECK(texts(problems) == texts(validate(p)));
    }
}

TEST_CASE("renaming a duplicate back clears the problem at the other site", "[validation][incremental]") {
    Portfolio p = test::generatePortfolio(5, 4);
    const std::string original = p.sites[1].name;
    std::vector<Problem> problems = validate(p);
    REQUIRE(problems.empty());
    const std::string third = p.sites[3].name;
    p.sites[3].name = p.sites[1].name;  // site 3 now duplicates site 1
    problems = revalidateSite(p, problems, 3, third);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().path == "sites[3].name");
    // Renaming the FIRST holder of the name moves nothing onto it: site 3 becomes unique again.
    p.sites[1].name = "Renamed";
    problems = revalidateSite(p, problems, 1, original);
    CHECK(problems.empty());
    CHECK(texts(problems) == texts(validate(p)));
}

TEST_CASE("computing without the monthly series gives every other figure the same", "[compute][threads]") {
    const Portfolio p = test::generatePortfolio(9, 40);
    const PortfolioResult kept = computePortfolio(p);
    for (const std::size_t threads : {1u, 2u}) {
        const ComputeOutcome dropped =
            tryComputePortfolio(p, defaultCatalogue(), threads, MonthlySeries::Drop);
        REQUIRE(dropped.ok);
        // The results JSON holds every figure but the monthly cash-flow series.
        CHECK(resultText(p, dropped.result) == resultText(p, kept));
        for (const SiteResult& s : dropped.result.sites) {
            CHECK(s.economics.monthly.empty());
            CHECK(s.economics.cumulativeNetUsd.empty());
            CHECK(s.economics.keepMiningNetUsdByMonth.empty());
            CHECK(s.economics.cumulativeKeepMiningUsd.empty());
            CHECK(s.economics.financing.equityNetUsdByMonth.empty());
            CHECK(s.economics.financing.balanceUsdByMonth.empty());
        }
    }
    REQUIRE_FALSE(kept.sites.front().economics.monthly.empty());
}
