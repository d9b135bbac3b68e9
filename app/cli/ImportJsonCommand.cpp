// `mine2ai-cli import-json IN.json OUT.m2ai`: a JSON portfolio into a project file.
#include "CliSupport.h"
#include "Commands.h"

namespace m2ai::cli {

Command importJsonCommand() {
    return {"import-json",
            "convert a JSON portfolio into a project file",
            "Read a JSON portfolio (file-format.md in the documentation), refusing it with every problem "
            "listed if it is "
            "invalid, and save it as a project file (OUT without an extension gets .m2ai). OUT is replaced "
            "atomically.",
            {{"IN.json", "the JSON portfolio, or \"-\" (standard input)"},
             {"OUT.m2ai", "the project file to write"}},
            {},
            [](const Invocation& in) {
                std::string out = in.positional(1);
                if (const int rc = resolveOutputPath("import-json", "OUT", out, {".m2ai"}); rc != kOk)
                    return rc;
                Portfolio portfolio;
                if (!loadPortfolio(in.positional(0), portfolio)) return kInvalidInput;
                return writePortfolio(portfolio, out);
            }};
}

}  // namespace m2ai::cli
