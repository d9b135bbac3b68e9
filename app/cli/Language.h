#pragma once
// mine2ai-cli's language: --lang CODE (anywhere on the line, before or after the command) over
// LC_ALL / LC_MESSAGES / LANG. It picks the language and number formats of the report the CLI
// renders (the desktop app's translations); CSV and JSON output stay locale-independent.
#include <string>
#include <vector>

namespace m2ai::cli {

// Removes --lang CODE / --lang=CODE from args and remembers CODE; returns a usage message when the
// option has no value, else empty.
std::string takeLanguageOption(std::vector<std::string>& args);
// The code given with --lang, else the environment's (LC_ALL, LC_MESSAGES, LANG), else empty.
std::string requestedLanguage();

}  // namespace m2ai::cli
