// `mine2ai-cli template OUT.xlsx|OUT.csv`: the sites spreadsheet layout with example rows.
#include <iostream>

#include "CliSupport.h"
#include "Commands.h"
#include "io/SitesTable.h"
#include "sample/Sample.h"

namespace m2ai::cli {

Command templateCommand() {
    return {
        "template",
        "write the sites spreadsheet layout, the sample's sites as examples",
        "Write the spreadsheet layout that import-sites reads (file-format.md in the documentation), "
        "with the "
        "sample's sites as example rows: an .xlsx workbook or a .csv file, by OUT's extension (none: .xlsx).",
        {{"OUT", "OUT.xlsx, OUT.csv or \"-\" (CSV on standard output)"}},
        {},
        [](const Invocation& in) {
            std::string out = in.positional(0);
            if (const int rc = resolveOutputPath("template", "OUT", out, {".xlsx", ".csv"}); rc != kOk)
                return rc;
            if (isStdout(out)) return writeOutput(out, sitesToCsv(samplePortfolio().sites));
            const SaveResult saved = writeSitesTemplate(samplePortfolio().sites, out);
            if (!saved.ok) {
                std::cerr << saved.error << '\n';
                return kInvalidInput;
            }
            return kOk;
        }};
}

}  // namespace m2ai::cli
