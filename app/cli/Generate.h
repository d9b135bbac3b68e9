#pragma once
// Files generated from the registry at build time (packaging/CMakeLists.txt), so the man page and
// the bash completion list exactly the commands and options the parser accepts:
//   mine2ai-cli --generate man-synopsis | man-commands | bash-completion
#include <string>
#include <vector>

#include "Command.h"

namespace m2ai::cli {

// The kinds of --generate, in the order the help lists them.
const std::vector<std::string>& generatedKinds();

// The roff text of one kind, "" for an unknown kind.
std::string generate(const std::vector<Command>& commands, const std::string& kind);

// Roff for the lines of the SYNOPSIS section (one .B line per command).
std::string manSynopsis(const std::vector<Command>& commands);
// Roff for the COMMANDS and GLOBAL OPTIONS sections: every command, argument and option.
std::string manCommands(const std::vector<Command>& commands);
// A bash script completing commands, options, choices, files and folders.
std::string bashCompletion(const std::vector<Command>& commands);

}  // namespace m2ai::cli
