#pragma once
// The portfolio JSON's "financing" object (model/Financing.h; docs/file-format.md), written and read
// here so the portfolio reader and writer each call one function. Not part of the core API.
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "io/JsonWriter.h"
#include "model/Financing.h"
#include "validation/Validation.h"

namespace m2ai::jsonio {

void writeFinancing(JsonWriter& w, const Financing& f);

// Reads v (the value at path) into out; every malformed, mistyped or unknown value is a problem
// naming its path, and leaves that field at its default. Every key is optional (a file written
// before issue 12 has no financing object at all).
std::vector<Problem> readFinancing(const nlohmann::json& v, const std::string& path, Financing& out);

}  // namespace m2ai::jsonio
