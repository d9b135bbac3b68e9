// `mine2ai-cli export-json IN.m2ai OUT.json`: a project file as JSON, to a file or stdout.
#include "CliSupport.h"
#include "Commands.h"

namespace m2ai::cli {

Command exportJsonCommand() {
    return {"export-json",
            "convert a project file into JSON",
            "Read a project file and write it as a JSON portfolio (file-format.md in the documentation) to "
            "OUT.json, or "
            "to standard output when OUT is \"-\". OUT without an extension gets .json.",
            {{"IN.m2ai", "the project file"}, {"OUT.json", "the JSON file to write, or \"-\""}},
            {},
            [](const Invocation& in) {
                std::string out = in.positional(1);
                if (const int rc = resolveOutputPath("export-json", "OUT", out, {".json"}); rc != kOk)
                    return rc;
                Portfolio portfolio;
                if (!loadPortfolio(in.positional(0), portfolio)) return kInvalidInput;
                return writePortfolio(portfolio, out);
            }};
}

}  // namespace m2ai::cli
