#pragma once
// Runs the command named by the first word, parsing the rest with QCommandLineParser from the
// command's registry entry. Returns the process exit code (Command.h).
#include <string>
#include <vector>

#include "Command.h"

namespace m2ai::cli {

int dispatch(const std::vector<Command>& commands, const std::vector<std::string>& words);

}  // namespace m2ai::cli
