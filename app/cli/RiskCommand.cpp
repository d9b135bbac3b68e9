// `mine2ai-cli risk FILE [--trials N] [--seed S] [--threads T] [--rfs-by YYYY-MM] [--bins N] [--json]`:
// Monte Carlo on schedule and money (core/risk/MonteCarlo; docs/model.md "Sensitivity and risk").
#include <cstdint>
#include <cstdio>
#include <sstream>

#include "CliSupport.h"
#include "CliText.h"
#include "Commands.h"
#include "CoreErrorLines.h"
#include "ProblemLines.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskJson.h"
#include "risk/RiskSettings.h"

namespace m2ai::cli {

namespace {

std::string millions(double usd) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%9.1f", usd / 1.0e6);
    return buffer;
}

std::string percent(double share) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%5.1f %%", 100.0 * share);
    return buffer;
}

void printTarget(std::ostream& out, const Portfolio& p, const risk::RiskTarget& t) {
    const auto month = [&](double index) {
        return p.startMonth.plusMonths(static_cast<int>(index)).toString();
    };
    char name[26];
    std::snprintf(name, sizeof name, "%-24s", t.name.c_str());
    out << name << millions(t.incrementalNpvUsd.p10) << millions(t.incrementalNpvUsd.p50)
        << millions(t.incrementalNpvUsd.p90) << "   " << month(t.firstRfsMonthIndex.p10) << ' '
        << month(t.firstRfsMonthIndex.p50) << ' ' << month(t.firstRfsMonthIndex.p90) << "   "
        << percent(t.probConvertBeatsMining) << "   " << percent(t.probRfsBy) << '\n';
}

void printResult(std::ostream& out, const Portfolio& portfolio, const risk::RiskResult& result) {
    out << result.trialsCompleted << " trials, seed " << result.seed << "; RFS-by date "
        << portfolio.startMonth.plusMonths(result.rfsByMonthIndex).toString() << "\n\n";
    out << "                         incremental NPV (USD M)      first RFS                  "
           "P(beats    P(RFS\n"
           "                               P10      P50      P90   P10     P50     P90       "
           "mining)    by date)\n";
    printTarget(out, portfolio, result.portfolio);
    for (const auto& site : result.sites) printTarget(out, portfolio, site);
    out << "\nWhat explains the portfolio's NPV spread (Spearman rank correlation):\n";
    for (std::size_t k = 0; k < result.portfolio.drivers.size() && k < 8; ++k) {
        const auto& d = result.portfolio.drivers[k];
        char rho[16];
        std::snprintf(rho, sizeof rho, "%+.2f", d.rankCorrelation);
        out << "  " << rho << "  " << d.input;
        if (d.siteIndex >= 0)
            out << " (" << portfolio.sites[static_cast<std::size_t>(d.siteIndex)].name << ')';
        out << '\n';
    }
}

int riskRun(const Invocation& in) {
    const bool json = in.isSet("json");
    std::string out = in.isSet("output") ? in.value("output") : "-";
    if (const int rc = resolveOutputPath("risk", "--output", out, {json ? ".json" : ".txt"}); rc != kOk)
        return rc;
    const std::string& file = in.positional(0);
    Portfolio portfolio;
    if (!loadPortfolioOrSample(file, portfolio)) return kInvalidInput;
    // The project's own risk inputs (its "risk" member / tables) over the catalogue defaults; the
    // options below override the run's trials, seed and date.
    risk::RiskSettings settings = risk::riskSettingsFor(portfolio.risk);
    risk::RiskRunControl control;
    if (in.isSet("trials") && !parseNumber(in.value("trials"), settings.trials))
        return usageError("risk", fill(translate("CliRisk", "--trials takes a whole number, not '%1'"),
                                       {in.value("trials")}));
    if (in.isSet("seed") && !parseNumber(in.value("seed"), settings.seed))
        return usageError("risk",
                          fill(translate("CliRisk", "--seed takes a whole number 0 or more, not '%1'"),
                               {in.value("seed")}));
    if (in.isSet("threads") && (!parseNumber(in.value("threads"), control.threads) || control.threads > 256))
        return usageError("risk",
                          fill(translate("CliRisk", "--threads takes 0–256 (0 = every core), not '%1'"),
                               {in.value("threads")}));
    if (in.isSet("bins") && !parseNumber(in.value("bins"), settings.histogramBins))
        return usageError(
            "risk", fill(translate("CliRisk", "--bins takes a whole number, not '%1'"), {in.value("bins")}));
    if (in.isSet("rfs-by")) {
        const auto ym = YearMonth::parse(in.value("rfs-by"));
        if (!ym)
            return usageError(
                "risk", fill(translate("CliRisk", "--rfs-by takes YYYY-MM, not '%1'"), {in.value("rfs-by")}));
        settings.rfsBy = *ym;
    }
    const risk::RiskResult result = risk::runRisk(portfolio, settings, control);
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
        risk::writeRiskJson(text, portfolio, settings, result);
        text << '\n';
    } else {
        printResult(text, portfolio, result);
    }
    return writeOutput(out, text.str());
}

}  // namespace

Command riskCommand() {
    return {
        "risk",
        "Monte Carlo on schedule and money: P10/P50/P90, P(beats mining), P(RFS by a date), drivers",
        "Draw market prices once per trial for the whole portfolio and every site's prices, capex overrun "
        "and task durations per site, and print per site and for the "
        "portfolio the P10/P50/P90 of incremental NPV and first RFS, the probability that converting "
        "beats mining and that RFS comes by the date, and which inputs explain the NPV spread; with "
        "--json also full capacity, IRRs, criticality, histograms and S-curves (docs/model.md "
        "\"Sensitivity and risk\", docs/file-format.md). The same seed gives the same output on any "
        "number of threads. FILE may be \"sample\". The distributions are the project's risk inputs, "
        "each input it does not set at its catalogue default (resources/catalogue/risk.json). To edit "
        "them without the app: `mine2ai-cli export-json FILE p.json`, edit the \"risk\" member "
        "(trials, seed, rfsBy, distributions: [{input, kind, min, mode, max, sigma}], taskDurations: "
        "[{site, task, kind, min, mode, max, sigma}] in months; docs/file-format.md \"Risk inputs\"), "
        "then `mine2ai-cli import-json p.json FILE` (or run risk on p.json directly); invalid values are "
        "refused naming the field.",
        {{"FILE", "a .m2ai project, a .json portfolio, or \"sample\""}},
        {{{"trials"}, "the number of trials, 1 to 1,000,000 (default 10,000)", "N"},
         {{"seed"}, "the random seed (default 1)", "S"},
         {{"threads"}, "worker threads, 0 = every core (default 0)", "T"},
         {{"rfs-by"}, "the date of P(RFS by), default the deterministic first RFS", "YYYY-MM"},
         {{"bins"}, "histogram bins (default 20)", "N"},
         {{"json"}, "write the result as JSON (docs/file-format.md)"},
         {{"o", "output"}, "write to OUT instead of standard output (\"-\")", "OUT", ValueKind::File}},
        riskRun};
}

}  // namespace m2ai::cli
