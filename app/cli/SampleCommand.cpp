// `mine2ai-cli sample OUT`: the built-in sample portfolio as a file, or as JSON on stdout.
#include "CliSupport.h"
#include "Commands.h"
#include "sample/Sample.h"

namespace m2ai::cli {

Command sampleCommand() {
    return {"sample",
            "write the built-in sample portfolio",
            "Write the built-in sample portfolio as a project file, or as JSON when OUT ends "
            "in .json or is \"-\" (standard output). OUT without an extension gets .m2ai.",
            {{"OUT", "OUT.m2ai, OUT.json or \"-\""}},
            {},
            [](const Invocation& in) {
                std::string out = in.positional(0);
                if (const int rc = resolveOutputPath("sample", "OUT", out, {".m2ai", ".json"}); rc != kOk)
                    return rc;
                return writePortfolio(samplePortfolio(), out);
            }};
}

}  // namespace m2ai::cli
