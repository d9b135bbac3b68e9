#include "io/JsonWriter.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

namespace m2ai::jsonio {

namespace {

// True when text is UTF-8 that nlohmann writes unchanged (no escape, nothing to replace): then it
// can be copied as it is. Strict RFC 3629, like nlohmann's decoder; anything else, including what
// this check is stricter about, goes through nlohmann itself, so the output is always its output.
bool plainUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    // Eight bytes at a time while they are printable ASCII other than '"' and '\\' (names, ids,
    // English sentences: nearly every string written). A word with any other byte is left to the
    // byte loop below, which decides.
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, sizeof word);
        // A byte's high bit in each term marks: >= 0x80; < 0x20; equal to '"'; equal to '\\'.
        const std::uint64_t quote = word ^ (ones * '"');
        const std::uint64_t backslash = word ^ (ones * '\\');
        const std::uint64_t special =
            word | (word - ones * 0x20) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
        if (special & highs) break;
        p += 8;
    }
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c < 0x20 || c == '"' || c == '\\') return false;
            ++p;
            continue;
        }
        int extra = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra) return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

}  // namespace

JsonWriter::JsonWriter(std::string& out, int indent) : text_(&out), indent_(indent) {
    initChunk();
}

JsonWriter::JsonWriter(std::ostream& out, int indent) : stream_(&out), indent_(indent) {
    initChunk();
}

void JsonWriter::initChunk() {
    chunk_.resize(kChunkBytes);
    pos_ = chunk_.data();
    end_ = pos_ + chunk_.size();
    // Most of an indented text is line breaks and indentation: each is one copy out of this.
    if (indent_ >= 0) breakText_ = ",\n" + std::string(kBreakCopy, ' ');
}

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    const auto bytes = static_cast<std::size_t>(pos_ - chunk_.data());
    if (bytes == 0) return;
    if (stream_)
        stream_->write(chunk_.data(), static_cast<std::streamsize>(bytes));
    else
        text_->append(chunk_.data(), bytes);
    pos_ = chunk_.data();
}

void JsonWriter::drain(std::size_t bytes) {
    flush();
    if (bytes > chunk_.size()) {  // one long string
        chunk_.resize(bytes);
        pos_ = chunk_.data();
        end_ = pos_ + chunk_.size();
    }
}

// A line break and the indentation of depth, after a comma when comma.
void JsonWriter::lineBreak(std::size_t depth, bool comma) {
    if (indent_ < 0) {
        if (comma) put(',');
        return;
    }
    const std::size_t spaces = depth * static_cast<std::size_t>(indent_);
    const std::size_t bytes = spaces + (comma ? 2 : 1);
    const char* text = breakText_.data() + (comma ? 0 : 1);
    if (bytes <= kBreakCopy) {
        // A copy of a fixed kBreakCopy bytes (a few vector moves, no call) of which only the
        // first bytes count: the rest is overwritten by what comes next.
        std::memcpy(room(kBreakCopy), text, kBreakCopy);
        pos_ += bytes;
        return;
    }
    put(text, comma ? 2 : 1);
    for (std::size_t left = spaces; left > 0;) {
        const std::size_t n = left < kBreakCopy ? left : kBreakCopy;
        put(breakText_.data() + 2, n);
        left -= n;
    }
}

void JsonWriter::newline(std::size_t depth) {
    lineBreak(depth, false);
}

// Separator and indentation before an array element or an object key.
void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (levels_.empty()) return;
    Level& level = levels_.back();
    const bool comma = !level.empty;
    level.empty = false;
    lineBreak(levels_.size(), comma);
}

void JsonWriter::beginObject() {
    beforeValue();
    put('{');
    levels_.push_back({true, true});
}

void JsonWriter::beginArray() {
    beforeValue();
    put('[');
    levels_.push_back({false, true});
}

void JsonWriter::endObject() {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline(levels_.size());
    put('}');
}

void JsonWriter::endArray() {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline(levels_.size());
    put(']');
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    // Keys are the format's own ASCII identifiers: nothing to escape or check.
    char* p = room(name.size() + 4);
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (indent_ >= 0) *p++ = ' ';
    pos_ = p;
    afterKey_ = true;
}

void JsonWriter::null() {
    beforeValue();
    put("null", 4);
}

void JsonWriter::value(bool v) {
    beforeValue();
    if (v)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::value(double v) {
    beforeValue();
    if (!std::isfinite(v)) {
        put("null", 4);  // as nlohmann writes NaN and infinities
        return;
    }
    constexpr std::size_t kDigits = 64;  // nlohmann needs 17 digits, a sign, "e+308" and ".0"
    char* digits = room(kDigits);
    // A whole number below 10^15 (about a third of the doubles of `compute --json`: capex, MW,
    // counts) is exactly its integer digits and ".0" in nlohmann's format: the integer is inside
    // its own rounding interval, which is narrower than 1 there, and nlohmann writes a decimal
    // exponent up to 15 as digits. Much cheaper than Grisu2; tests/core/test_json_numbers.cpp holds
    // it to nlohmann's text. Zero (with its sign) goes the general way.
    if (v != 0.0 && v > -1e15 && v < 1e15) {
        const auto whole = static_cast<long long>(v);
        if (static_cast<double>(whole) == v) {
            const auto result = std::to_chars(digits, digits + kDigits - 2, whole);
            result.ptr[0] = '.';
            result.ptr[1] = '0';
            pos_ = result.ptr + 2;
            return;
        }
    }
    // nlohmann's own Grisu2 formatting, so that the text is exactly what dump() wrote before.
    pos_ = nlohmann::detail::to_chars(digits, digits + kDigits, v);
}

void JsonWriter::integer(long long v, bool isUnsigned) {
    beforeValue();
    constexpr std::size_t kDigits = 24;
    char* digits = room(kDigits);
    const auto result = isUnsigned
                            ? std::to_chars(digits, digits + kDigits, static_cast<unsigned long long>(v))
                            : std::to_chars(digits, digits + kDigits, v);
    pos_ = result.ptr;
}

void JsonWriter::value(const std::string& v) {
    beforeValue();
    quoted(v);
}

void JsonWriter::quoted(std::string_view text) {
    if (plainUtf8(text)) {
        char* p = room(text.size() + 2);
        *p++ = '"';
        std::memcpy(p, text.data(), text.size());
        p += text.size();
        *p++ = '"';
        pos_ = p;
        return;
    }
    put(nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace m2ai::jsonio
