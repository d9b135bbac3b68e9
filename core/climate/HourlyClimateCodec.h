#pragma once
// The compact encoding of an hourly series shared by the project file (a BLOB per series,
// storage/SchemaV3Climate.cpp) and JSON (base64 of the same bytes, io/JsonPortfolio*.cpp): IEEE-754
// float32, little-endian, one value per hour in calendar order. Exact: a value decodes to the same
// bits it was encoded from.
#include <string>
#include <string_view>
#include <vector>

#include "validation/CoreMessage.h"

namespace m2ai {

inline constexpr const char* kFloat32LeFormat = "float32-le";               // project file
inline constexpr const char* kFloat32LeBase64Format = "float32-le-base64";  // JSON

std::string encodeFloat32Le(const std::vector<float>& values);

// decodeFloat32Le's sentences (the project reader words its own refusal after the one that failed).
inline constexpr MessageFormat kSeriesByteCount =
    M2AI_TR("Climate", "holds %1 bytes; %2 hours of float32 take %3");
inline constexpr MessageFormat kSeriesNotFinite = M2AI_TR("Climate", "is not a finite number at hour %1");

// The errors say what is wrong with the field, without naming it (the caller's path does):
// "is not base64 (character 7)". message is the same text, translatable (context "Climate").
struct DecodedSeries {
    bool ok = false;
    std::string error;  // one line when !ok: the byte count, or the first hour that is not finite
    CoreMessage message;
    std::vector<float> values;
};
// `count` values from exactly 4 × count bytes; NaN and infinity are refused.
DecodedSeries decodeFloat32Le(std::string_view bytes, std::size_t count);

// RFC 4648 base64 with padding.
std::string base64Encode(std::string_view bytes);
struct DecodedBytes {
    bool ok = false;
    std::string error;
    CoreMessage message;
    std::string bytes;
};
DecodedBytes base64Decode(std::string_view text);

}  // namespace m2ai
