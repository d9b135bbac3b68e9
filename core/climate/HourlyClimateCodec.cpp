#include "climate/HourlyClimateCodec.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace m2ai {

namespace {
constexpr const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}
}  // namespace

std::string encodeFloat32Le(const std::vector<float>& values) {
    std::string bytes(values.size() * 4, '\0');
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::uint32_t u = 0;
        std::memcpy(&u, &values[i], 4);
        for (std::size_t b = 0; b < 4; ++b) bytes[4 * i + b] = static_cast<char>((u >> (8 * b)) & 0xffu);
    }
    return bytes;
}

DecodedSeries decodeFloat32Le(std::string_view bytes, std::size_t count) {
    DecodedSeries out;
    if (bytes.size() != 4 * count) {
        out.message = coreMessage(kSeriesByteCount, {std::to_string(bytes.size()), std::to_string(count),
                                                     std::to_string(4 * count)});
        out.error = out.message.english();
        return out;
    }
    out.values.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t u = 0;
        for (std::size_t b = 0; b < 4; ++b)
            u |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[4 * i + b])) << (8 * b);
        std::memcpy(&out.values[i], &u, 4);
        if (!std::isfinite(out.values[i])) {
            out.values.clear();
            out.message = coreMessage(kSeriesNotFinite, {std::to_string(i + 1)});
            out.error = out.message.english();
            return out;
        }
    }
    out.ok = true;
    return out;
}

std::string base64Encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 3; ++k)
            v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k) out += k <= n ? kAlphabet[(v >> (18 - 6 * k)) & 0x3fu] : '=';
    }
    return out;
}

DecodedBytes base64Decode(std::string_view text) {
    DecodedBytes out;
    if (text.size() % 4 != 0) {
        out.message = coreMessage(M2AI_TR("Climate", "is not base64 (its length %1 is not a multiple of 4)"),
                                  {std::to_string(text.size())});
        out.error = out.message.english();
        return out;
    }
    out.bytes.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::uint32_t v = 0;
        int padding = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            const bool last = i + 4 == text.size();
            if (c == '=' && last && k >= 2 && (k == 3 || text[i + 3] == '=')) {
                ++padding;
                v <<= 6;
                continue;
            }
            const int s = padding ? -1 : sextet(c);
            if (s < 0) {
                out.bytes.clear();
                out.message = coreMessage(M2AI_TR("Climate", "is not base64 (character %1)"),
                                          {std::to_string(i + k + 1)});
                out.error = out.message.english();
                return out;
            }
            v = (v << 6) | static_cast<std::uint32_t>(s);
        }
        for (int k = 0; k < 3 - padding; ++k) out.bytes += static_cast<char>((v >> (16 - 8 * k)) & 0xffu);
    }
    out.ok = true;
    return out;
}

}  // namespace m2ai
