// `mine2ai-cli sensitivity FILE [--pct 20] [--spider 5] [--json] [--output OUT]`: the tornado of
// incremental NPV and first RFS for ±pct of each key input, per site and for the portfolio
// (core/risk/Sensitivity; docs/model.md "Sensitivity and risk").
#include <cstdio>
#include <sstream>

#include "CliSupport.h"
#include "CliText.h"
#include "Commands.h"
#include "CoreErrorLines.h"
#include "ProblemLines.h"
#include "risk/RiskJson.h"
#include "risk/Sensitivity.h"

namespace m2ai::cli {

namespace {

std::string millions(double usd) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%10.1f", usd / 1.0e6);
    return buffer;
}

void printTornado(std::ostream& out, const Portfolio& p, const risk::SensitivityTarget& t, double pct) {
    out << t.name << ": incremental NPV " << millions(t.baseIncrementalNpvUsd) << " USD M, first RFS "
        << p.startMonth.plusMonths(t.baseFirstRfsMonthIndex).toString() << "\n";
    out << "  input               -" << pct << " %  (USD M)   +" << pct << " %  (USD M)   swing   RFS -/+\n";
    for (const auto& b : t.byIncrementalNpv) {
        char name[24];
        std::snprintf(name, sizeof name, "%-18s", risk::toName(b.input).c_str());
        out << "  " << name << millions(b.lowIncrementalNpvUsd) << "       "
            << millions(b.highIncrementalNpvUsd) << "  " << millions(b.incrementalNpvSwingUsd()) << "   "
            << p.startMonth.plusMonths(b.lowFirstRfsMonthIndex).toString() << " / "
            << p.startMonth.plusMonths(b.highFirstRfsMonthIndex).toString() << "\n";
    }
}

int sensitivity(const Invocation& in) {
    const bool json = in.isSet("json");
    std::string out = in.isSet("output") ? in.value("output") : "-";
    if (const int rc = resolveOutputPath("sensitivity", "--output", out, {json ? ".json" : ".txt"});
        rc != kOk)
        return rc;
    double pct = 20.0;
    int spider = 5;
    if (in.isSet("pct") && !parseNumber(in.value("pct"), pct))
        return usageError("sensitivity", fill(translate("CliSensitivity", "--pct takes a number, not '%1'"),
                                              {in.value("pct")}));
    if (in.isSet("spider") && !parseNumber(in.value("spider"), spider))
        return usageError("sensitivity",
                          fill(translate("CliSensitivity", "--spider takes a whole number, not '%1'"),
                               {in.value("spider")}));
    const std::string& file = in.positional(0);
    Portfolio portfolio;
    if (!loadPortfolioOrSample(file, portfolio)) return kInvalidInput;
    const risk::SensitivityResult result = risk::runSensitivity(portfolio, pct, spider);
    if (!result.ok) {
        for (const auto& p : result.problems)
            std::fprintf(stderr, "%s: %s\n", file.c_str(), problemLine(p).c_str());
        if (result.problems.empty())
            std::fprintf(stderr, "%s\n",
                         errorLine(result.errorMessage, result.problems, result.error).c_str());
        return kInvalidInput;
    }
    std::ostringstream text;
    if (json) {
        risk::writeSensitivityJson(text, portfolio, result);
        text << '\n';
    } else {
        printTornado(text, portfolio, result.portfolio, pct);
        for (const auto& site : result.sites) {
            text << '\n';
            printTornado(text, portfolio, site, pct);
        }
    }
    return writeOutput(out, text.str());
}

}  // namespace

Command sensitivityCommand() {
    return {"sensitivity",
            "tornado and spider of incremental NPV and first RFS for ± a percentage of each key input",
            "Move each key input (power price, colocation rent, GPU-hour price, hashprice, the capex of each "
            "step, GPU price, discount rate, long-lead durations, PUE overhead) by ± PCT % on every site at "
            "once and print the incremental NPV and first RFS month at both ends, largest swing first, per "
            "site and for the portfolio (docs/model.md \"Sensitivity and risk\"). FILE may be \"sample\".",
            {{"FILE", "a .m2ai project, a .json portfolio, or \"sample\""}},
            {{{"pct"}, "the change of each input in percent, more than 0 and at most 90 (default 20)", "PCT"},
             {{"spider"}, "how many top inputs the spider data has (default 5)", "N"},
             {{"json"}, "write the result as JSON (docs/file-format.md)"},
             {{"o", "output"}, "write to OUT instead of standard output (\"-\")", "OUT", ValueKind::File}},
            sensitivity};
}

}  // namespace m2ai::cli
