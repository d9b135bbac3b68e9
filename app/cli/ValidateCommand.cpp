// `mine2ai-cli validate FILE`: lists the problems of a project or JSON file.
#include <iostream>

#include "CliSupport.h"
#include "CliText.h"
#include "Commands.h"

namespace m2ai::cli {

Command validateCommand() {
    return {"validate",
            "list the problems in a .m2ai or .json file",
            "Check a project (.m2ai) or JSON portfolio file. Prints \"FILE: valid (N sites)\", or every "
            "problem as \"FILE: field: message\" on standard error (the first 100, then how many more) "
            "and exits 1.",
            {{"FILE", "a .m2ai project, a .json portfolio, or \"-\" (JSON on standard input)"}},
            {},
            [](const Invocation& in) {
                const std::string& path = in.positional(0);
                Portfolio portfolio;
                // The loader validates (both kinds of file): loaded means valid.
                if (!loadPortfolio(path, portfolio)) return kInvalidInput;
                const auto sites = static_cast<int>(portfolio.sites.size());
                std::cout << path << ": " << translate("CliValidate", "valid (%n sites)", nullptr, sites)
                          << '\n';
                return kOk;
            }};
}

}  // namespace m2ai::cli
