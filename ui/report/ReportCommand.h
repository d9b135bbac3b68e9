#pragma once
// `mine2ai-cli report FILE --pdf OUT.pdf [--png DIR] [--svg DIR] [--csv DIR] [--xlsx OUT.xlsx]
//  [--paper a4|letter] [--sites NAME,…] [--no-appendix]`. Renders with Qt on the offscreen platform.
// args are the words after "report". Returns the process exit code (0 ok, 1 invalid input, 2 usage).
#include <string>
#include <vector>

int runReportCommand(const std::vector<std::string>& args);
