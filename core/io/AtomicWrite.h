#pragma once
// Write a whole file so that a crash at any instant leaves either the old file or the new one:
// write a temporary file beside the target, fsync it, rename it over the target, fsync the folder.
#include <string>

namespace m2ai {

// Returns "" on success, else a one-line message naming the path and the system error.
std::string writeFileAtomically(const std::string& path, const std::string& contents);

}  // namespace m2ai
