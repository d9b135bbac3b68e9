#pragma once
#include <string_view>

namespace m2ai {
// Data compiled into the binary from resources/ (packaging/cmake/EmbedResources.cmake); "" when unknown.
std::string_view embeddedResource(std::string_view name);
}  // namespace m2ai
