// `mine2ai-cli scenarios [FILE] [--json] [--output OUT]`: the base and every scenario side by side,
// for the portfolio and per site (core/scenarios/ScenarioComparison.h). Formatting only.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <sstream>

#include "CliSupport.h"
#include "Commands.h"
#include "CoreErrorLines.h"
#include "ProblemLines.h"
#include "scenarios/ComparisonJson.h"
#include "scenarios/ScenarioComparison.h"

namespace m2ai::cli {

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string monthText(const std::optional<int>& index, const YearMonth& start) {
    return index ? start.plusMonths(*index).toString() : "—";
}

struct Metric {
    const char* label;
    std::function<std::string(const ScenarioFigures&)> text;
};

std::vector<Metric> metrics(const YearMonth& start) {
    return {
        {"NPV (M USD)", [](const ScenarioFigures& f) { return fixed(f.npvUsd / 1e6, 1); }},
        {"Incremental NPV (M USD)",
         [](const ScenarioFigures& f) { return fixed(f.incrementalNpvUsd / 1e6, 1); }},
        {"Equity IRR (%)",
         [](const ScenarioFigures& f) {
             return f.equityIrr ? fixed(*f.equityIrr * 100.0, 1) : std::string("—");
         }},
        {"First RFS", [start](const ScenarioFigures& f) { return monthText(f.firstRfsMonthIndex, start); }},
        {"Full capacity",
         [start](const ScenarioFigures& f) { return monthText(f.fullCapacityMonthIndex, start); }},
        {"IT (MW)", [](const ScenarioFigures& f) { return fixed(f.itMw, 1); }},
        {"GPUs", [](const ScenarioFigures& f) { return std::to_string(f.gpus); }},
        {"Capex (M USD)", [](const ScenarioFigures& f) { return fixed(f.capexUsd / 1e6, 1); }},
        {"PUE", [](const ScenarioFigures& f) { return f.pue ? fixed(*f.pue, 3) : std::string("—"); }},
        {"CO2 (t/year)", [](const ScenarioFigures& f) { return fixed(f.co2TonnesPerYear, 0); }},
        {"Feasible", [](const ScenarioFigures& f) { return std::string(f.feasible ? "yes" : "no"); }},
    };
}

// Display width of UTF-8 text: one column per code point (the labels and names are not CJK).
std::size_t width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

void pad(std::ostream& out, const std::string& s, std::size_t w, bool right) {
    const std::string spaces(w > width(s) ? w - width(s) : 0, ' ');
    out << (right ? spaces + s : s + spaces);
}

void printBlock(std::ostream& out, const std::string& title, const ScenarioComparison& c,
                const std::function<const ScenarioFigures&(const ScenarioOutcome&)>& pick,
                const YearMonth& start) {
    const std::vector<Metric> rows = metrics(start);
    std::size_t labelWidth = width(title);
    for (const Metric& m : rows) labelWidth = std::max(labelWidth, width(m.label));
    std::vector<std::size_t> widths;
    for (const ScenarioOutcome& o : c.outcomes) {
        std::size_t w = width(o.name);
        for (const Metric& m : rows) w = std::max(w, width(m.text(pick(o))));
        widths.push_back(w);
    }
    pad(out, title, labelWidth, false);
    for (std::size_t i = 0; i < c.outcomes.size(); ++i) {
        out << "  ";
        pad(out, c.outcomes[i].name, widths[i], true);
    }
    out << '\n';
    for (const Metric& m : rows) {
        pad(out, m.label, labelWidth, false);
        for (std::size_t i = 0; i < c.outcomes.size(); ++i) {
            out << "  ";
            pad(out, m.text(pick(c.outcomes[i])), widths[i], true);
        }
        out << '\n';
    }
}

void printComparison(std::ostream& out, const Portfolio& portfolio, const ScenarioComparison& c) {
    out << portfolio.name << ": base and " << (c.outcomes.size() - 1) << " scenario(s)\n\n";
    printBlock(
        out, "Portfolio", c, [](const ScenarioOutcome& o) -> const ScenarioFigures& { return o.portfolio; },
        portfolio.startMonth);
    for (std::size_t s = 0; s < c.siteNames.size(); ++s) {
        out << '\n';
        printBlock(
            out, c.siteNames[s], c,
            [s](const ScenarioOutcome& o) -> const ScenarioFigures& { return o.sites[s]; },
            portfolio.startMonth);
    }
    for (const ScenarioOutcome& o : c.outcomes)
        for (const Problem& p : o.problems) out << "\nnot applied in '" << o.name << "': " << p.toString();
    bool any = false;
    for (const ScenarioOutcome& o : c.outcomes) any = any || !o.problems.empty();
    if (any) out << '\n';
}

int scenarios(const Invocation& in) {
    const bool json = in.isSet("json");
    std::string out = in.isSet("output") ? in.value("output") : "-";
    if (const int rc = resolveOutputPath("scenarios", "--output", out, {json ? ".json" : ".txt"}); rc != kOk)
        return rc;
    Portfolio portfolio;
    if (!loadPortfolioOrSample(in.positionals().empty() ? std::string() : in.positional(0), portfolio))
        return kInvalidInput;
    const ScenarioComparison comparison = compareScenarios(portfolio);
    if (!comparison.ok) {
        std::cerr << "mine2ai-cli scenarios: "
                  << errorLine(comparison.errorMessage, comparison.problems, comparison.error) << '\n';
        return kInvalidInput;
    }
    // Overrides that could not be applied are in the output (text and JSON) and on stderr, and the
    // exit code says so: a comparison with a silently missing override is not the one asked for.
    bool problems = false;
    for (const ScenarioOutcome& o : comparison.outcomes)
        for (const Problem& p : o.problems) {
            std::cerr << "mine2ai-cli scenarios: '" << o.name << "': " << problemLine(p) << '\n';
            problems = true;
        }
    std::ostringstream text;
    if (json) {
        writeScenarioComparisonJson(text, portfolio, comparison);
        text << '\n';
    } else {
        printComparison(text, portfolio, comparison);
    }
    const int rc = writeOutput(out, text.str());
    return rc != kOk ? rc : problems ? kInvalidInput : kOk;
}

}  // namespace

Command scenariosCommand() {
    return {
        "scenarios",
        "compare the portfolio's scenarios side by side",
        "Compute the base (the portfolio as it is) and every scenario of FILE (default: the built-in sample, "
        "which has none) and print, for the portfolio and each site, NPV, incremental NPV, equity IRR, first "
        "RFS, full capacity, IT MW, GPUs, capex, PUE and CO2 side by side, or the comparison as JSON "
        "(file-format.md in the documentation, \"scenarios --json\"). An override that cannot be applied (a "
        "removed site, an unknown field, a value out of range) is listed and the exit code is 1.",
        {{"FILE", "a .m2ai project, a .json portfolio or \"-\" (JSON on standard input); default: the sample",
          true}},
        {{{"json"}, "write the comparison as JSON instead of a table"},
         {{"o", "output"},
          "write to OUT (.json with --json, else .txt) instead of standard output (\"-\")",
          "OUT",
          ValueKind::File}},
        scenarios};
}

}  // namespace m2ai::cli
