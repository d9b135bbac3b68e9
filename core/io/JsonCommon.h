#pragma once
// Shared by the JSON reader and writers (core/io/Json*.cpp); not part of the core API.
#include <cstddef>
#include <string>
#include <string_view>

namespace m2ai::jsonio {

inline constexpr const char* kFormat = "mine2ai-portfolio";
inline constexpr int kFormatVersion = 1;
inline constexpr const char* kDocumentPath = "(document)";

// "[3]". Built by appends: GCC 12 emits a false -Wrestrict for "[" + std::to_string(i) + "]".
inline std::string idx(std::size_t i) {
    std::string out = "[";
    out += std::to_string(i);
    out += ']';
    return out;
}

inline std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

// text cut to at most maxBytes (plus "..."), never inside a UTF-8 sequence. Every piece of an
// untrusted file that goes into a message passes through here, so a 100 MB name or key makes a
// one-line message, not a 100 MB one.
inline std::string cutText(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return std::string(text);
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    std::string out(text.substr(0, end));
    out += "...";
    return out;
}

// A key as it appears in a problem path.
inline std::string pathKey(std::string_view key) {
    return cutText(key, 40);
}

}  // namespace m2ai::jsonio
