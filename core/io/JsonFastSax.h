#pragma once
// A fast path for nlohmann::json::sax_parse over well-formed text (the common case: files this app
// wrote). nlohmann's lexer keeps every character of a token twice, counts lines and columns and
// reads through an input adapter a byte at a time; on a 31 MiB export of 10,000 sites it was over
// half the CPU time of `mine2ai-cli compute --json`. fastSaxParse makes the same calls on the same
// handler (nlohmann's json_sax interface) for every document it accepts:
//
//   1. a first pass checks the whole text against a strict subset of what nlohmann accepts (RFC
//      8259 JSON, UTF-8 checked like nlohmann checks it, no byte-order mark, numbers whose decimal
//      exponent stays within ±300 so that no conversion overflows or underflows) and calls nothing;
//   2. only if the whole text passed, a second pass makes the handler calls.
//
// Any text outside that subset returns Outcome::NotHandled before a single handler call, and the
// caller parses it with nlohmann as before, so errors keep nlohmann's exact messages and positions.
// tests/core/test_json_fast_sax.cpp compares the calls of both parsers.
#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace m2ai::jsonio {

enum class FastSaxOutcome {
    NotHandled,    // outside the fast subset: parse with nlohmann (no handler call was made)
    Parsed,        // every call made and each returned true
    HandlerFailed  // a handler call returned false; parsing stopped there, as nlohmann stops
};

namespace fastsax {

// Scans one JSON text. With Emit false it only checks (handler unused, may be null).
template <bool Emit, typename Handler>
class Scanner {
public:
    Scanner(std::string_view text, Handler* handler)
        : p_(text.data()), end_(text.data() + text.size()), h_(handler) {
        // A handler that wants to know where the scanner is gets a pointer to its position: just
        // past the brace at start_object, just past the closing brace at end_object.
        if constexpr (Emit && requires(Handler & h, const char* const* at) { h.watchPosition(at); })
            h_->watchPosition(&p_);
    }

    // true: the text is in the subset (and, when emitting, every call returned true; check failed()).
    bool run() {
        skipSpace();
        // nlohmann skips a UTF-8 byte-order mark; leave such a file to it.
        if (!value()) return false;
        skipSpace();
        return p_ == end_;
    }
    bool handlerFailed() const { return handlerFailed_; }

private:
    // Containers are tracked on an explicit stack: no recursion, whatever the nesting depth.
    bool value() {
        std::vector<char> stack;  // '{' or '['
        for (;;) {
            // A value.
            if (p_ == end_) return false;
            const char c = *p_;
            if (c == '{' || c == '[') {
                ++p_;
                if (!call([&] {
                        return c == '{' ? h_->start_object(static_cast<std::size_t>(-1))
                                        : h_->start_array(static_cast<std::size_t>(-1));
                    }))
                    return true;
                skipSpace();
                if (p_ != end_ && *p_ == (c == '{' ? '}' : ']')) {
                    ++p_;
                    if (!call([&] { return c == '{' ? h_->end_object() : h_->end_array(); })) return true;
                } else {
                    stack.push_back(c);
                    if (c == '{' && !key()) return handlerFailed_;
                    continue;
                }
            } else if (!scalar()) {
                return handlerFailed_;
            }
            // After a value: a separator or the end of containers.
            for (;;) {
                if (stack.empty()) return true;
                skipSpace();
                if (p_ == end_) return false;
                const char open = stack.back();
                if (*p_ == ',') {
                    ++p_;
                    skipSpace();
                    if (open == '{' && !key()) return handlerFailed_;
                    break;  // the next value
                }
                if (*p_ != (open == '{' ? '}' : ']')) return false;
                ++p_;
                stack.pop_back();
                if (!call([&] { return open == '{' ? h_->end_object() : h_->end_array(); })) return true;
            }
        }
    }

    // A key and its colon; leaves p_ at the value. false: not in the subset or the handler refused.
    bool key() {
        if (p_ == end_ || *p_ != '"') return false;
        if (!string(true)) return false;
        skipSpace();
        if (p_ == end_ || *p_ != ':') return false;
        ++p_;
        skipSpace();
        return true;
    }

    template <typename F>
    bool call(F&& f) {
        if constexpr (Emit) {
            if (!f()) {
                handlerFailed_ = true;
                return false;
            }
        }
        return true;
    }

    bool scalar() {
        switch (*p_) {
            case '"':
                return string(false);
            case 't':
                return literal("true", 4) && call([&] { return h_->boolean(true); });
            case 'f':
                return literal("false", 5) && call([&] { return h_->boolean(false); });
            case 'n':
                return literal("null", 4) && call([&] { return h_->null(); });
            default:
                return number();
        }
    }

    bool literal(const char* word, std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n || std::string_view(p_, n) != std::string_view(word, n))
            return false;
        p_ += n;
        return true;
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    bool number() {
        const char* begin = p_;
        const bool negative = p_ != end_ && *p_ == '-';
        if (negative) ++p_;
        if (p_ == end_ || !digit(*p_)) return false;
        // Where the first significant digit sits relative to the decimal point (for the range guard).
        long magnitude = 0;
        bool significant = false;
        if (*p_ == '0') {
            ++p_;
        } else {
            while (p_ != end_ && digit(*p_)) {
                ++magnitude;
                ++p_;
            }
            significant = true;
        }
        bool isFloat = false;
        if (p_ != end_ && *p_ == '.') {
            isFloat = true;
            ++p_;
            if (p_ == end_ || !digit(*p_)) return false;
            while (p_ != end_ && digit(*p_)) {
                if (!significant) {
                    if (*p_ == '0')
                        --magnitude;
                    else
                        significant = true;
                }
                ++p_;
            }
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            isFloat = true;
            ++p_;
            bool negativeExponent = false;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) negativeExponent = *p_++ == '-';
            if (p_ == end_ || !digit(*p_)) return false;
            long exponent = 0;
            while (p_ != end_ && digit(*p_)) {
                if (exponent < 100000) exponent = exponent * 10 + (*p_ - '0');
                ++p_;
            }
            magnitude += negativeExponent ? -exponent : exponent;
        }
        // nlohmann reports an overflow (error 406) and strtod flushes tiny values: leave both to it.
        if (significant && (magnitude > 300 || magnitude < -300)) return false;
        if constexpr (!Emit) {
            return true;
        } else {
            // nlohmann: integers as unsigned (or signed when negative) when they fit, else a double.
            if (!isFloat) {
                if (negative) {
                    std::int64_t v = 0;
                    const auto r = std::from_chars(begin, p_, v);
                    if (r.ec == std::errc() && r.ptr == p_)
                        return call([&] { return h_->number_integer(v); });
                } else {
                    std::uint64_t v = 0;
                    const auto r = std::from_chars(begin, p_, v);
                    if (r.ec == std::errc() && r.ptr == p_)
                        return call([&] { return h_->number_unsigned(v); });
                }
            }
            // Correctly rounded, like nlohmann's strtod, and independent of the C locale.
            double v = 0.0;
            const auto r = std::from_chars(begin, p_, v);
            if (r.ec != std::errc() || r.ptr != p_) {
                // Not reachable within the range guard; strtod gives the value nlohmann would.
                const std::string copy(begin, p_);
                v = std::strtod(copy.c_str(), nullptr);
            }
            return call([&] { return h_->number_float(v, floatText_); });
        }
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool hex4(unsigned& out) {
        if (end_ - p_ < 4) return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hex(p_[i]);
            if (d < 0) return false;
            out = out * 16 + static_cast<unsigned>(d);
        }
        p_ += 4;
        return true;
    }
    void appendUtf8(unsigned cp) {
        if (cp < 0x80) {
            buffer_.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            buffer_.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            buffer_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            buffer_.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            buffer_.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            buffer_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            buffer_.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            buffer_.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            buffer_.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            buffer_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    // Bytes of one UTF-8 sequence starting at p_ (lead byte ≥ 0x80), with nlohmann's ranges
    // (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF); 0 if invalid.
    std::size_t utf8Length() const {
        const auto b = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p_[i]); };
        const std::ptrdiff_t left = end_ - p_;
        const auto cont = [&](std::ptrdiff_t i, unsigned lo, unsigned hi) {
            return i < left && b(i) >= lo && b(i) <= hi;
        };
        const unsigned lead = b(0);
        if (lead >= 0xC2 && lead <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
        if (lead == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
        if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
            return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
        if (lead == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
        if (lead == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
        if (lead >= 0xF1 && lead <= 0xF3)
            return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
        if (lead == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
        return 0;
    }

    // A string at p_ (the opening quote): a key when isKey.
    bool string(bool isKey) {
        ++p_;
        if constexpr (Emit) buffer_.clear();
        for (;;) {
            // The plain run up to the next quote, backslash, control or non-ASCII byte.
            const char* run = p_;
            // Eight bytes at a time while none of them can end the run (keys, names, ids); the
            // byte loop below finds where in a word the run ends.
            while (end_ - p_ >= 8 && !mayEndRun(load8(p_))) p_ += 8;
            while (p_ != end_) {
                const auto c = static_cast<unsigned char>(*p_);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++p_;
            }
            if constexpr (Emit) buffer_.append(run, p_);
            if (p_ == end_) return false;
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                break;
            }
            if (c < 0x20) return false;  // control characters must be escaped
            if (c >= 0x80) {
                const std::size_t n = utf8Length();
                if (n == 0) return false;
                if constexpr (Emit) buffer_.append(p_, n);
                p_ += n;
                continue;
            }
            // An escape.
            ++p_;
            if (p_ == end_) return false;
            const char e = *p_++;
            char plain = 0;
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    plain = e;
                    break;
                case 'b':
                    plain = '\b';
                    break;
                case 'f':
                    plain = '\f';
                    break;
                case 'n':
                    plain = '\n';
                    break;
                case 'r':
                    plain = '\r';
                    break;
                case 't':
                    plain = '\t';
                    break;
                case 'u': {
                    unsigned cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        unsigned low = 0;
                        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                        p_ += 2;
                        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    if constexpr (Emit) appendUtf8(cp);
                    continue;
                }
                default:
                    return false;
            }
            if constexpr (Emit) buffer_.push_back(plain);
        }
        if constexpr (Emit) {
            if (isKey) return call([&] { return h_->key(buffer_); });
            return call([&] { return h_->string(buffer_); });
        }
        return true;
    }

    static std::uint64_t load8(const char* at) {
        std::uint64_t word = 0;
        std::memcpy(&word, at, sizeof word);
        return word;
    }
    static constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    // True when some byte of word may be '"', '\\', below 0x20 or above 0x7F (the high bit of a
    // byte in each term; a borrow can mark a byte after a real one, never before: see the callers).
    static bool mayEndRun(std::uint64_t word) {
        const std::uint64_t quote = word ^ (kOnes * '"');
        const std::uint64_t backslash = word ^ (kOnes * '\\');
        const std::uint64_t special =
            word | (word - kOnes * 0x20) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
        return (special & (kOnes * 0x80)) != 0;
    }

    void skipSpace() {
        while (p_ != end_) {
            const char c = *p_;
            if (c == ' ' || c == '\r' || c == '\t') {
                ++p_;
                continue;
            }
            if (c != '\n') return;
            ++p_;
            // An indented line starts with its indentation: eight spaces at a time.
            while (end_ - p_ >= 8 && load8(p_) == kOnes * ' ') p_ += 8;
        }
    }

    const char* p_;
    const char* end_;
    Handler* h_;
    bool handlerFailed_ = false;
    std::string buffer_;     // the string being read (handlers may move from it)
    std::string floatText_;  // number_float's text argument: not kept (no handler here reads it)
};

}  // namespace fastsax

// Makes handler's json_sax calls for text if it is in the fast subset (see the top of this file).
template <typename Handler>
FastSaxOutcome fastSaxParse(std::string_view text, Handler& handler) {
    {
        fastsax::Scanner<false, Handler> check(text, nullptr);
        if (!check.run()) return FastSaxOutcome::NotHandled;
    }
    fastsax::Scanner<true, Handler> scan(text, &handler);
    const bool whole = scan.run();
    if (scan.handlerFailed()) return FastSaxOutcome::HandlerFailed;
    // The check pass accepted the same text, so the emitting pass reads it to the end.
    return whole ? FastSaxOutcome::Parsed : FastSaxOutcome::HandlerFailed;
}

// fastSaxParse in one pass, for a handler whose calls can be undone: the calls are made while
// checking, so NotHandled comes after the calls for the text before what the scanner does not
// accept (the calls nlohmann makes for that part too), and the caller must undo them before
// parsing with nlohmann. HandlerFailed and Parsed mean what they mean for fastSaxParse. Saves the
// check pass: ~5 % of `compute --json` at 10,000 sites.
template <typename Handler>
FastSaxOutcome fastSaxParseOnePass(std::string_view text, Handler& handler) {
    fastsax::Scanner<true, Handler> scan(text, &handler);
    const bool whole = scan.run();
    if (scan.handlerFailed()) return FastSaxOutcome::HandlerFailed;
    return whole ? FastSaxOutcome::Parsed : FastSaxOutcome::NotHandled;
}

}  // namespace m2ai::jsonio
