// `mine2ai-cli template OUT.xlsx|OUT.csv`: the sites spreadsheet layout with example rows.
#include <iostream>

#include "CliSupport.h"
#include "Commands.h"
#include "io/SitesTable.h"
#include "sample/Sample.h"

namespace m2ai::cli {

Command templateCommand() {
    return {"template",
            "write the sites spreadsheet layout, the sample's sites as examples",
            "Write the spreadsheet layout that import-sites reads (file-format.md in the documentation), "
            "with the "
            "sample's sites as example rows: an .xlsx workbook or a .csv file, by OUT's extension.",
            {{"OUT", "OUT.xlsx or OUT.csv"}},
            {},
            [](const Invocation& in) {
                const SaveResult saved = writeSitesTemplate(samplePortfolio().sites, in.positional(0));
                if (!saved.ok) {
                    std::cerr << saved.error << '\n';
                    return kInvalidInput;
                }
                return kOk;
            }};
}

}  // namespace m2ai::cli
