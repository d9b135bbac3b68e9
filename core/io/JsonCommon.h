#pragma once
// Shared by the JSON reader and writers (core/io/Json*.cpp); not part of the core API.
#include <cstddef>
#include <string>

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

}  // namespace m2ai::jsonio
