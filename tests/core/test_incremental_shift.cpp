// Duplicate Site and Remove Site shift every later site's index in the problem paths: the
// incremental validation of an inserted or removed site must still give exactly validate(after)
// (same problems, same order), including duplicate names whose first holder moves or goes, and
// problems whose message quotes the site's own path (duplicate task ids).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/PortfolioGenerator.h"
#include "validation/Validation.h"

using namespace m2ai;

namespace {

std::vector<std::string> texts(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(p.toString());
    return out;
}

// Problems of several kinds at some sites: a range violation, a duplicate name, a blank name and a
// duplicate task id ("(also sites[k].plan.extraTasks[0])" names the site's own index).
void seedProblems(Portfolio& p, test::PortfolioRandom& rng) {
    for (std::size_t k = 0; k < p.sites.size(); ++k) {
        Site& s = p.sites[k];
        switch (rng.integer(0, 7)) {
            case 0:
                s.gridInterconnectMw = -5.0;
                break;
            case 1:
                s.name = p.sites[static_cast<std::size_t>(rng.integer(0, static_cast<int>(k)))].name;
                break;
            case 2:
                s.name = " ";
                break;
            case 3: {
                UserTask t;
                t.id = "dup";
                t.name = "Twice";
                s.plan.extraTasks = {t, t};
                break;
            }
            default:
                break;
        }
    }
}

}  // namespace

TEST_CASE("incremental validation of an inserted or removed site equals validate()",
          "[validation][incremental]") {
    for (unsigned seed : {4u, 5u, 6u}) {
        Portfolio p = test::generatePortfolio(seed, 25);
        test::PortfolioRandom rng(seed * 17);
        seedProblems(p, rng);
        std::vector<Problem> problems = validate(p);
        REQUIRE_FALSE(problems.empty());
        for (int step = 0; step < 40; ++step) {
            const int n = static_cast<int>(p.sites.size());
            INFO("seed " << seed << ", step " << step << ", " << n << " sites");
            if (rng.integer(0, 1) == 0 || n < 3) {
                // Duplicate a site (its name repeats, or is made unique) next to it or elsewhere.
                const auto from = static_cast<std::size_t>(rng.integer(0, n - 1));
                const auto at = static_cast<std::size_t>(rng.integer(0, n));
                Site copy = p.sites[from];
                if (rng.integer(0, 1) == 0) copy.name += " (copy)";
                p.sites.insert(p.sites.begin() + static_cast<std::ptrdiff_t>(at), copy);
                problems = revalidateInsertedSite(p, problems, at);
                INFO("inserted at " << at);
                REQUIRE(texts(problems) == texts(validate(p)));
            } else {
                const auto at = static_cast<std::size_t>(rng.integer(0, n - 1));
                p.sites.erase(p.sites.begin() + static_cast<std::ptrdiff_t>(at));
                problems = revalidateRemovedSite(p, problems, at);
                INFO("removed " << at);
                REQUIRE(texts(problems) == texts(validate(p)));
            }
        }
    }
}

TEST_CASE("removing the first holder of a name moves the duplicate to the next one",
          "[validation][incremental]") {
    Portfolio p = test::generatePortfolio(9, 5);
    p.sites[3].name = p.sites[1].name;
    p.sites[4].name = p.sites[1].name;
    std::vector<Problem> problems = validate(p);
    REQUIRE(problems.size() == 2);
    p.sites.erase(p.sites.begin() + 1);
    problems = revalidateRemovedSite(p, problems, 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().path == "sites[3].name");
    CHECK(problems.front().message.find("also sites[2]") != std::string::npos);
    CHECK(texts(problems) == texts(validate(p)));
}
