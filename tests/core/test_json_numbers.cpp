// JsonWriter's numbers are nlohmann's text exactly (issue 11): the fast path for whole numbers and
// the general Grisu2 path both give what nlohmann's dump() writes, so `compute --json` and the
// portfolio export stay byte-identical to the tree writers they replaced.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

#include "io/JsonWriter.h"

namespace {

std::string written(double v) {
    std::string out;
    {
        m2ai::jsonio::JsonWriter w(out, -1);  // the text is in out once the writer is gone
        w.value(v);
    }
    return out;
}

// The first of count values from next() whose text differs from nlohmann's, or "" when none does.
template <typename Next>
std::string firstDifference(int count, Next next) {
    for (int i = 0; i < count; ++i) {
        const double v = next();
        const std::string expected = nlohmann::json(v).dump();
        const std::string got = written(v);
        if (got != expected) return got + " instead of " + expected;
    }
    return "";
}

}  // namespace

TEST_CASE("json numbers: edge values are written as nlohmann writes them", "[io][json][numbers]") {
    using limits = std::numeric_limits<double>;
    const double two53 = 9007199254740992.0;
    const double edges[] = {0.0,
                            -0.0,
                            1.0,
                            -1.0,
                            0.5,
                            0.1,
                            1e-300,
                            -1e-300,
                            1e300,
                            -1e300,
                            limits::denorm_min(),
                            -limits::denorm_min(),
                            limits::min(),
                            limits::max(),
                            -limits::max(),
                            limits::epsilon(),
                            1e15 - 1,
                            1e15,
                            1e15 + 1,
                            -(1e15 - 1),
                            -1e15,
                            999999999999999.5,
                            1e14 + 0.5,
                            123456789012345.0,
                            two53 - 1,
                            two53,
                            -two53,
                            1e16,
                            1e21,
                            1e22,
                            1e23,
                            1e-5,
                            1e-4,
                            0.0001,
                            std::nextafter(1.0, 2.0),
                            std::nextafter(1e15, 0.0),
                            std::nextafter(1e15, 2e15),
                            4294967296.0,
                            -4294967295.0,
                            limits::quiet_NaN(),
                            limits::infinity(),
                            -limits::infinity()};
    for (const double v : edges) {
        INFO(v);
        CHECK(written(v) == nlohmann::json(v).dump());
    }
    // Every power of two up to 2^60 and its neighbours, both signs.
    for (int e = 0; e <= 60; ++e) {
        const double p = std::ldexp(1.0, e);
        for (const double v : {p, p - 1, p + 1, -p, -(p - 1), std::nextafter(p, 0.0)}) {
            INFO(v);
            CHECK(written(v) == nlohmann::json(v).dump());
        }
    }
}

TEST_CASE("json numbers: whole numbers and random doubles are written as nlohmann writes them",
          "[io][json][numbers]") {
    std::mt19937_64 random(20261201);
    SECTION("every whole number up to 200,000, both signs") {
        int i = 0;
        CHECK(firstDifference(400001, [&] {
                  const int n = i++;
                  return static_cast<double>(n % 2 ? -(n / 2) : n / 2);
              }) == "");
    }
    SECTION("random whole numbers of every size below 2^53") {
        CHECK(firstDifference(400000, [&] {
                  const int bits = static_cast<int>(random() % 54);
                  const auto n = static_cast<std::int64_t>(random() >> (64 - std::max(bits, 1)));
                  return static_cast<double>(random() % 2 ? -n : n);
              }) == "");
    }
    SECTION("random whole numbers near 10^15") {
        CHECK(firstDifference(100000, [&] {
                  const double n = 1e15 - 50000.0 + static_cast<double>(random() % 100000);
                  return random() % 2 ? -n : n;
              }) == "");
    }
    SECTION("random bit patterns") {
        CHECK(firstDifference(300000, [&] {
                  const std::uint64_t bits = random();
                  double v = 0;
                  std::memcpy(&v, &bits, sizeof v);
                  return v;
              }) == "");
    }
    SECTION("random decimals with few digits, as in real inputs") {
        CHECK(firstDifference(300000, [&] {
                  const double scale = std::pow(10.0, static_cast<double>(random() % 7));
                  return static_cast<double>(static_cast<std::int64_t>(random() % 100000000) - 50000000) /
                         scale;
              }) == "");
    }
}

TEST_CASE("json strings: every byte at every place of a string is written as nlohmann writes it",
          "[io][json][numbers]") {
    // The writer checks eight bytes at a time for plain ASCII; a byte that needs escaping or
    // checking as UTF-8 must be found wherever it sits in (or across) a word.
    const std::string plain = "Site name, 21 bytes..";
    int differences = 0;
    for (int byte = 0; byte < 256; ++byte)
        for (std::size_t at = 0; at < plain.size(); ++at) {
            std::string text = plain;
            text[at] = static_cast<char>(byte);
            std::string out;
            {
                m2ai::jsonio::JsonWriter w(out, -1);
                w.value(text);
            }
            const std::string expected =
                nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            if (out != expected) {
                ++differences;
                UNSCOPED_INFO("byte " << byte << " at " << at << ": " << out << " instead of " << expected);
            }
        }
    // A valid two-byte sequence (é) across a word boundary.
    for (std::size_t at = 0; at + 1 < plain.size(); ++at) {
        std::string text = plain;
        text[at] = '\xC3';
        text[at + 1] = '\xA9';
        std::string out;
        {
            m2ai::jsonio::JsonWriter w(out, -1);
            w.value(text);
        }
        if (out != nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
            ++differences;
    }
    CHECK(differences == 0);
}

// The writer's chunk (round 6): text longer than the chunk, indentation deeper than one fixed-size
// copy, and a stream that receives many chunks give nlohmann's text.
TEST_CASE("json writer: long strings, deep indentation and many chunks", "[json][numbers]") {
    nlohmann::json tree = nlohmann::json::array();
    const std::string longText(200000, 'x');  // three chunks long
    tree.push_back(longText);
    nlohmann::json deep = 1.5;
    for (int level = 0; level < 40; ++level) deep = nlohmann::json::array({deep, level});
    tree.push_back(deep);
    for (int i = 0; i < 20000; ++i)
        tree.push_back(nlohmann::json{{"name", "site " + std::to_string(i)}, {"mw", i * 0.1}});
    for (const int indent : {-1, 0, 2, 4, 7}) {
        std::ostringstream stream;
        std::string text;
        const auto write = [&](m2ai::jsonio::JsonWriter& w) {
            w.beginArray();
            w.value(longText);
            std::function<void(const nlohmann::json&)> nested = [&](const nlohmann::json& j) {
                if (!j.is_array()) {
                    w.value(j.get<double>());
                    return;
                }
                w.beginArray();
                nested(j[0]);
                w.value(j[1].get<int>());
                w.endArray();
            };
            nested(deep);
            for (int i = 0; i < 20000; ++i) {
                w.beginObject();
                w.member("mw", i * 0.1);
                w.member("name", "site " + std::to_string(i));
                w.endObject();
            }
            w.endArray();
        };
        {
            m2ai::jsonio::JsonWriter w(stream, indent);
            write(w);
        }
        {
            m2ai::jsonio::JsonWriter w(text, indent);
            write(w);
        }
        const std::string expected = tree.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
        INFO("indent " << indent);
        CHECK(stream.str() == expected);
        CHECK(text == expected);
    }
}
