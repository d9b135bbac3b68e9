// `mine2ai-cli sample OUT`: the built-in sample portfolio as a file, or as JSON on stdout.
#include "CliSupport.h"
#include "Commands.h"
#include "sample/Sample.h"

namespace m2ai::cli {

Command sampleCommand() {
    return {"sample",
            "write the built-in sample portfolio",
            "Write the built-in sample portfolio as a project file, or as JSON when OUT ends "
            "in .json or is \"-\" (standard output).",
            {{"OUT", "OUT.m2ai, OUT.json or \"-\""}},
            {},
            [](const Invocation& in) { return writePortfolio(samplePortfolio(), in.positional(0)); }};
}

}  // namespace m2ai::cli
