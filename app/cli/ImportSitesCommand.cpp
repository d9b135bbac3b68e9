// `mine2ai-cli import-sites IN.csv|IN.xlsx OUT`: a new portfolio of a spreadsheet's sites.
#include <iostream>

#include "CliSupport.h"
#include "Commands.h"
#include "ProblemLines.h"
#include "io/SitesTable.h"

namespace m2ai::cli {

namespace {

int importSites(const Invocation& in) {
    const std::string& sheet = in.positional(0);
    std::string out = in.positional(1);
    if (const int rc = resolveOutputPath("import-sites", "OUT", out, {".m2ai", ".json"}); rc != kOk)
        return rc;
    const SitesTableImport imported = readSitesFile(sheet);
    if (!imported.ok) {
        for (const auto& p : imported.problems) std::cerr << sheet << ": " << cellProblemLine(p) << '\n';
        std::cerr << sheet << ": "
                  << (imported.errorMessage.empty() ? imported.error : messageLine(imported.errorMessage))
                  << '\n';
        return kInvalidInput;
    }
    Portfolio portfolio;  // the documented portfolio defaults; the sheet holds sites only
    portfolio.sites = imported.sites;
    return writePortfolio(portfolio, out);
}

}  // namespace

Command importSitesCommand() {
    return {"import-sites",
            "a new portfolio of a spreadsheet's sites",
            "Read sites from a CSV or XLSX sheet in the template's layout (see template) into a new "
            "portfolio with the documented defaults. Every bad cell is listed by row and column "
            "header and nothing is written (exit 1). OUT without an extension gets .m2ai.",
            {{"IN", "IN.csv or IN.xlsx"}, {"OUT", "OUT.m2ai, OUT.json or \"-\""}},
            {},
            importSites};
}

}  // namespace m2ai::cli
