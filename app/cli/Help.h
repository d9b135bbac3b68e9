#pragma once
// Help texts generated from the registry, so they list exactly what the parser accepts.
#include <string>
#include <vector>

#include "Command.h"

namespace m2ai::cli {

// "-o, --output FILE" or "--json".
std::string optionLabel(const Option& option);
// "compute [OPTIONS] [FILE]", "report --pdf OUT.pdf [OPTIONS] FILE".
std::string synopsis(const Command& command);

std::string globalHelp(const std::vector<Command>& commands);
std::string commandHelp(const Command& command);

// The option every command has (-h, --help), added by the dispatcher and listed in every help.
const Option& helpOption();

}  // namespace m2ai::cli
