// The fast JSON scanner (core/io/JsonFastSax.h) against nlohmann's SAX parser: for every text it
// accepts, the same handler calls with the same values; every text it does not accept is left to
// nlohmann before any call.
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/JsonFastSax.h"
#include "io/JsonIo.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"

using m2ai::jsonio::FastSaxOutcome;
using m2ai::jsonio::fastSaxParse;
using nlohmann::json;

namespace {

// Logs every call; refuses the call numbered failAt (0-based) when failAt >= 0.
struct Recorder {
    std::vector<std::string> calls;
    long failAt = -1;

    bool log(std::string s) {
        calls.push_back(std::move(s));
        return failAt < 0 || static_cast<long>(calls.size()) - 1 != failAt;
    }
    static std::string bits(double v) {
        std::uint64_t u = 0;
        std::memcpy(&u, &v, sizeof u);
        return std::to_string(u);
    }
    bool null() { return log("null"); }
    bool boolean(bool v) { return log(v ? "true" : "false"); }
    bool number_integer(json::number_integer_t v) { return log("int " + std::to_string(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return log("uint " + std::to_string(v)); }
    bool number_float(json::number_float_t v, const std::string& /*text*/) { return log("float " + bits(v)); }
    bool string(std::string& v) { return log("string " + v); }
    bool binary(json::binary_t& /*v*/) { return log("binary"); }
    bool start_object(std::size_t n) { return log("{" + std::to_string(n)); }
    bool end_object() { return log("}"); }
    bool start_array(std::size_t n) { return log("[" + std::to_string(n)); }
    bool end_array() { return log("]"); }
    bool key(std::string& k) { return log("key " + k); }
    bool parse_error(std::size_t /*byte*/, const std::string& /*token*/, const json::exception& /*e*/) {
        return log("error");
    }
};

// The text must take the fast path and make exactly nlohmann's calls.
void requireSameCalls(const std::string& text) {
    INFO(text.substr(0, 200));
    Recorder fast, reference;
    REQUIRE(fastSaxParse(text, fast) == FastSaxOutcome::Parsed);
    REQUIRE(json::sax_parse(text, &reference));
    REQUIRE(fast.calls == reference.calls);
}

}  // namespace

TEST_CASE("fast JSON scanner: exports of generated portfolios", "[json][fastsax]") {
    requireSameCalls(m2ai::portfolioToJson(m2ai::samplePortfolio()));
    for (const unsigned seed : {1u, 2u, 3u, 42u}) {
        const m2ai::Portfolio p = m2ai::test::generatePortfolio(seed, 40);
        requireSameCalls(m2ai::portfolioToJson(p));
        requireSameCalls(m2ai::portfolioToJson(p, -1));
    }
}

TEST_CASE("fast JSON scanner: numbers, strings and layout", "[json][fastsax]") {
    for (const char* text : {
             "0",
             "-0",
             "1",
             "-1",
             "123456789",
             "18446744073709551615",
             "18446744073709551616",
             "-9223372036854775808",
             "-9223372036854775809",
             "0.1",
             "-0.0",
             "1.5e3",
             "1E5",
             "1e+5",
             "2e-5",
             "123.456e-7",
             "0.000001234",
             "1e299",
             "9e-301",
             "17976931348623157e200",
             "3.141592653589793238462643383279",
             "true",
             "false",
             "null",
             "\"\"",
             "\"plain\"",
             "\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
             "\"\\u0041\\u00e9\\u20AC\\ud83d\\ude00\\u0000x\"",
             "\"Ад Åland 東京 \xF0\x9F\x98\x80 \x7F\"",
             "[]",
             "{}",
             " [ 1 , 2 ,\t3 ]\r\n",
             "{\"a\":{\"b\":[{},[],[[]],{\"c\":null}]},\"d\":-2.5}",
         })
        requireSameCalls(text);
    requireSameCalls(std::string(70, '[') + "1" + std::string(70, ']'));
}

TEST_CASE("fast JSON scanner: leaves what it does not accept to nlohmann, before any call",
          "[json][fastsax]") {
    for (const std::string& text : {
             std::string(""),
             std::string(" "),
             std::string("[1,]"),
             std::string("{\"a\":1,}"),
             std::string("01"),
             std::string("1."),
             std::string(".5"),
             std::string("-"),
             std::string("1e"),
             std::string("+1"),
             std::string("\"\\x\""),
             std::string("\"\xC0\xAF\""),
             std::string("\"\xED\xA0\x80\""),
             std::string("\"\xF4\x90\x80\x80\""),
             std::string("\"\xE2\x82\""),
             std::string("\"\\ud800\""),
             std::string("\"\\udc00\""),
             std::string("\"\\ud800\\u0041\""),
             std::string("\"\\u12\""),
             std::string("\xEF\xBB\xBF[1]"),
             std::string("[1] x"),
             std::string("[1]]"),
             std::string("tru"),
             std::string("NaN"),
             std::string("\"a\nb\""),
             std::string("\"open"),
             std::string("{\"a\" 1}"),
             std::string("{1:2}"),
             std::string("[1 2]"),
             std::string("1e400"),
             std::string("1e-400"),
             std::string("4.9e-324"),
             std::string("1.7976931348623157e308"),
             std::string(1, '\0'),
             std::string("[") + std::string(400, '9') + "]",
         }) {
        INFO(text);
        Recorder fast;
        CHECK(fastSaxParse(text, fast) == FastSaxOutcome::NotHandled);
        CHECK(fast.calls.empty());
    }
}

TEST_CASE("fast JSON scanner: a handler that refuses stops it where nlohmann stops", "[json][fastsax]") {
    const std::string text = m2ai::portfolioToJson(m2ai::samplePortfolio());
    Recorder all;
    REQUIRE(json::sax_parse(text, &all));
    for (const long failAt :
         {0L, 1L, 7L, static_cast<long>(all.calls.size()) / 2, static_cast<long>(all.calls.size()) - 1}) {
        Recorder fast, reference;
        fast.failAt = reference.failAt = failAt;
        CHECK(fastSaxParse(text, fast) == FastSaxOutcome::HandlerFailed);
        CHECK_FALSE(json::sax_parse(text, &reference));
        CHECK(fast.calls == reference.calls);
    }
}

// The scanner skips plain string bytes and indentation eight at a time (round 6): a byte that ends
// a run or needs checking must be found wherever it sits in, or across, a word.
TEST_CASE("fast JSON scanner: every byte at every place of a string and of indentation", "[json][fastsax]") {
    const std::string plain = "Site name, 21 bytes..";
    int accepted = 0;
    for (int byte = 0; byte < 256; ++byte)
        for (std::size_t at = 0; at < plain.size(); ++at) {
            std::string text = plain;
            text[at] = static_cast<char>(byte);
            const std::string doc = "{\"" + text + "\": \"" + text + "\"}";
            Recorder fast, reference;
            const FastSaxOutcome outcome = fastSaxParse(doc, fast);
            const bool valid = json::sax_parse(doc, &reference);
            if (outcome == FastSaxOutcome::Parsed) {
                ++accepted;
                INFO("byte " << byte << " at " << at);
                REQUIRE(valid);
                REQUIRE(fast.calls == reference.calls);
            } else {
                REQUIRE(outcome == FastSaxOutcome::NotHandled);
                REQUIRE(fast.calls.empty());
            }
            // Printable ASCII other than the quote and the backslash must take the fast path.
            if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\')
                REQUIRE(outcome == FastSaxOutcome::Parsed);
        }
    CHECK(accepted > 0);
    // Indentation of every length up to 40, then every byte where the next token would start.
    for (std::size_t spaces = 0; spaces <= 40; ++spaces)
        for (int byte = 0; byte < 256; ++byte) {
            const std::string doc = "[1,\n" + std::string(spaces, ' ') + static_cast<char>(byte) + "2]";
            Recorder fast, reference;
            const FastSaxOutcome outcome = fastSaxParse(doc, fast);
            const bool valid = json::sax_parse(doc, &reference);
            INFO(spaces << " spaces, then byte " << byte);
            if (outcome == FastSaxOutcome::Parsed) {
                REQUIRE(valid);
                REQUIRE(fast.calls == reference.calls);
            } else {
                REQUIRE(fast.calls.empty());
            }
            if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '-')
                REQUIRE(outcome == FastSaxOutcome::Parsed);
        }
}
