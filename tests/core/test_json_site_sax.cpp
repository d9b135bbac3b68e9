// Sites read without a tree (core/io/JsonSiteSax.h) against the tree reader they stand in for: for
// every text, valid or broken one value at a time, portfolioFromJson gives the same portfolio, the
// same problems and the same count as reading every site through a tree.
#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonIo.h"
#include "io/JsonSiteSax.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using m2ai::JsonImport;
using m2ai::Portfolio;
using nlohmann::json;

namespace {

void requireSameImport(const std::string& text) {
    INFO(text.substr(0, 300));
    const JsonImport typed = m2ai::portfolioFromJson(text);
    const JsonImport trees = m2ai::jsonio::portfolioFromJsonTreesOnly(text);
    REQUIRE(typed.problemCount == trees.problemCount);
    REQUIRE(typed.problems.size() == trees.problems.size());
    for (std::size_t i = 0; i < typed.problems.size(); ++i) {
        CHECK(typed.problems[i].path == trees.problems[i].path);
        CHECK(typed.problems[i].message == trees.problems[i].message);
    }
    REQUIRE(typed.portfolio == trees.portfolio);
}

// A few small portfolios with every optional part of a site somewhere: grid queues, design
// temperatures, user tasks with dependencies, GPU delivery months.
std::vector<Portfolio> portfolios() {
    std::vector<Portfolio> out{m2ai::samplePortfolio()};
    for (const unsigned seed : {2u, 42u}) out.push_back(m2ai::test::generatePortfolio(seed, 4));
    Portfolio& designed = out.back();
    designed.sites[0].siteClimate.design = m2ai::DesignTemperature{31.5, 22.25};
    designed.sites[1].siteClimate.designPercentile = 1.0;
    return out;
}

// Every value below a site element, with a function that replaces it in the document.
void eachValue(json& v, const std::function<void(json&)>& visit) {
    visit(v);
    if (v.is_structured())
        for (json& child : v) eachValue(child, visit);
}

constexpr const char* kNotUtf8 = "@not-utf-8@";

std::vector<json> replacements() {
    json deep = json::array();
    for (int i = 0; i < 70; ++i) deep = json::array({deep});
    return {nullptr,
            true,
            "x",
            "2027-13",
            "gpu-cloud",
            1.5,
            7,
            -3,
            0,
            1e20,
            json(4294967296LL),
            json::array(),
            json::object(),
            json::array({1, 2, 3}),
            json::array({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
            json::array({"a", "b"}),
            json::object({{"zz", 1}}),
            deep};
}

}  // namespace

TEST_CASE("typed site reading: exports read as through a tree", "[json][sitesax]") {
    for (const Portfolio& p : portfolios()) {
        const std::string text = m2ai::portfolioToJson(p);
        requireSameImport(text);
        requireSameImport(m2ai::portfolioToJson(p, -1));
        const JsonImport back = m2ai::portfolioFromJson(text);
        REQUIRE(back.ok());
        REQUIRE(back.portfolio == p);
    }
}

TEST_CASE("typed site reading: every value of a site replaced, removed or joined by another",
          "[json][sitesax]") {
    const std::vector<json> values = replacements();
    for (const Portfolio& p : portfolios()) {
        const json doc = json::parse(m2ai::portfolioToJson(p));
        const std::size_t site = doc["sites"].size() > 1 ? 1 : 0;
        // Count the values of the site, then mutate each one by index (a fresh copy each time).
        std::size_t count = 0;
        {
            json copy = doc["sites"][site];
            eachValue(copy, [&](json&) { ++count; });
        }
        for (std::size_t target = 0; target < count; ++target) {
            const auto mutate = [&](const std::function<void(json&)>& change) {
                json d = doc;
                std::size_t at = 0;
                eachValue(d["sites"][site], [&](json& v) {
                    if (at++ == target) change(v);
                });
                std::string text = d.dump(2);
                // Bytes that are not UTF-8 cannot go through nlohmann's dump: put them in afterwards.
                if (const std::size_t at = text.find(kNotUtf8); at != std::string::npos)
                    text.replace(at, std::string(kNotUtf8).size(), "\xff");
                requireSameImport(text);
            };
            for (const json& r : values) mutate([&](json& v) { v = r; });
            mutate([](json& v) {
                if (v.is_object()) v["zz"] = 1;                       // an unknown key
                if (v.is_object() && !v.empty()) v.erase(v.begin());  // a missing key
                if (v.is_array()) v.push_back(v.empty() ? json(1) : v.back());
            });
            mutate([](json& v) {
                if (v.is_array() && !v.empty()) v.erase(v.size() - 1);
                if (v.is_string()) v = v.get<std::string>() + kNotUtf8;
            });
        }
    }
}

TEST_CASE("typed site reading: repeated keys, the value limit and the site limit", "[json][sitesax]") {
    const std::string text = m2ai::portfolioToJson(m2ai::test::generatePortfolio(3, 3));
    // A repeated key at the start of each object of the sites (and of the document).
    for (std::size_t at = text.find("{\n"); at != std::string::npos; at = text.find("{\n", at + 1)) {
        const std::size_t lineEnd = text.find('\n', at + 2);
        const std::string line = text.substr(at + 2, lineEnd - at - 2);
        if (line.empty() || line.back() != ',') continue;  // a value over several lines
        requireSameImport(text.substr(0, at + 2) + line + "\n" + text.substr(at + 2));
    }
    // More values in one site than a site may hold.
    json doc = json::parse(text);
    json many = json::array();
    for (std::size_t i = 0; i <= m2ai::kMaxJsonValuesPerSite; ++i) many.push_back("t");
    json task = {{"id", "a"}, {"name", "A"}, {"durationMonths", 1.0}, {"dependsOn", many}};
    doc["sites"][1]["plan"]["extraTasks"] = json::array({task});
    requireSameImport(doc.dump());
    // An hourly climate is left to the tree reader: a broken one and a well-formed one.
    doc = json::parse(text);
    doc["sites"][0]["hourlyClimate"] = {{"format", "float32-le-base64"}, {"hours", 8760}};
    requireSameImport(doc.dump());
    m2ai::Portfolio hourly = m2ai::test::generatePortfolio(5, 2);
    hourly.sites[1].hourlyClimate =
        m2ai::HourlyClimate{std::vector<float>(8760, 21.5f), std::vector<float>(8760, 15.25f),
                            std::vector<float>(8760, 101325.0f), "test station", 120.0};
    requireSameImport(m2ai::portfolioToJson(hourly));
    REQUIRE(m2ai::portfolioFromJson(m2ai::portfolioToJson(hourly)).portfolio == hourly);
}

TEST_CASE("typed site reading: a text the fast scanner gives up on after the sites reads them once",
          "[json][sitesax]") {
    const Portfolio p = m2ai::test::generatePortfolio(11, 5);
    std::string text = m2ai::portfolioToJson(p);
    const std::size_t last = text.rfind('}');
    // 1e-320 is below the fast scanner's range (nlohmann reads it); the sites come before it.
    const std::string tiny = text.substr(0, last) + ",\n  \"zz\": 1e-320\n}";
    requireSameImport(tiny);
    const JsonImport read = m2ai::portfolioFromJson(tiny);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].path == "zz");
    CHECK(read.portfolio.sites == p.sites);
    // Beyond a double: nlohmann's overflow, reported as before, after the sites were read once.
    const JsonImport huge = m2ai::portfolioFromJson(text.substr(0, last) + ",\n  \"zz\": 1e400\n}");
    REQUIRE(huge.problems.size() == 1);
    CHECK(huge.problems[0].path == "zz");
    CHECK(huge.problems[0].message.rfind("number out of range", 0) == 0);
}
