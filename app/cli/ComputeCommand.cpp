// `mine2ai-cli compute [FILE] [--json] [--output OUT]`: every figure of every site, from core.
#if __has_include(<malloc.h>)
#include <malloc.h>  // mallopt (glibc)
#endif

#include <exception>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "CliSupport.h"
#include "CliText.h"
#include "Commands.h"
#include "ProblemLines.h"
#include "TextReport.h"
#include "engines/Compute.h"
#include "io/JsonIo.h"
#include "io/JsonResultsStream.h"
#include "scenarios/ApplyScenario.h"

namespace m2ai::cli {

namespace {

// glibc gives each block above 128 KiB (the text of the file, the vectors of the results) its own
// mapping and hands it back to the system when it is freed, so that the next large block faults in
// fresh zeroed pages: at 10,000 sites ~12,000 of the command's ~56,000 page faults. Kept in the
// heap, freed memory is reused instead.
void keepLargeBlocksInTheHeap() {
#if defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
#endif
}

// The results and the portfolio of a large run are hundreds of thousands of heap blocks. Freeing
// them one by one just before the process ends, which hands all of its memory back at once anyway,
// was ~6 % of `compute --json` at 10,000 sites (glibc consolidating its free lists). They are moved
// here instead and left to the exit: still reachable, so leak checkers do not report them.
template <typename T>
void leaveToProcessExit(T&& value) {
    static auto* kept = new std::vector<std::unique_ptr<T>>();  // never destroyed, on purpose
    kept->push_back(std::make_unique<T>(std::forward<T>(value)));
}

int finish(int rc, Portfolio&& portfolio, ComputeOutcome&& computed) {
    leaveToProcessExit(std::move(portfolio));
    leaveToProcessExit(std::move(computed));
    return rc;
}

// The JSON is written from a tape of each site's values recorded as soon as the site is computed
// (io/JsonResultsStream.h), and the site's result is freed then: the memory the next site's result
// takes is the same, already touched, so at 10,000 sites the command no longer holds ~170 MB of
// results (the kernel zeroing their fresh pages was ~20 % of its time). The same sites in the same
// order as tryComputePortfolio on one thread, the same error (the first site that cannot be
// computed), the same text.
int computeJson(Portfolio& portfolio, const std::string& out) {
    auto stream = std::make_unique<ResultsJsonStream>(portfolio);
    try {
        for (const Site& site : portfolio.sites) {
            const SiteResult result = computeSite(site, portfolio, defaultCatalogue());
            if (!result.ok) {
                std::cerr << "mine2ai-cli: compute: " << result.error << '\n';
                return kInvalidInput;
            }
            stream->add(result);
        }
    } catch (const std::exception& e) {  // memory
        std::cerr << "mine2ai-cli: compute: " << e.what() << '\n';
        return kInvalidInput;
    }
    int rc = kOk;
    if (isStdout(out)) {
        // Streamed: the results of 10,000 sites are ~100 MB of text, not worth holding.
        stream->write(std::cout);
        std::cout << '\n' << std::flush;
        if (!std::cout) {
            std::cerr << "mine2ai-cli: " << translate("CliSupport", "cannot write to standard output")
                      << '\n';
            rc = kInvalidInput;
        }
    } else {
        std::ostringstream text;
        stream->write(text);
        text << '\n';
        rc = writeOutput(out, text.str());
    }
    leaveToProcessExit(std::move(stream));
    leaveToProcessExit(std::move(portfolio));
    return rc;
}

int compute(const Invocation& in) {
    keepLargeBlocksInTheHeap();
    const bool json = in.isSet("json");
    std::string out = in.isSet("output") ? in.value("output") : "-";
    if (const int rc = resolveOutputPath("compute", "--output", out, {json ? ".json" : ".txt"}); rc != kOk)
        return rc;
    Portfolio portfolio;
    if (!loadPortfolioOrSample(in.positionals().empty() ? std::string() : in.positional(0), portfolio))
        return kInvalidInput;
    if (in.isSet("scenario")) {
        // All or nothing: figures that leave out an override would be presented as the scenario's.
        AppliedScenario applied = applyScenario(portfolio, in.value("scenario"));
        if (!applied.ok) {
            for (const Problem& p : applied.problems)
                std::cerr << "mine2ai-cli compute: " << problemLine(p) << '\n';
            return kInvalidInput;
        }
        portfolio = std::move(applied.portfolio);
    }
    if (json) return computeJson(portfolio, out);
    // The table prints none of the monthly cash-flow series: not keeping them saves most of the memory.
    ComputeOutcome computed = tryComputePortfolio(portfolio, defaultCatalogue(), 1, MonthlySeries::Drop);
    if (!computed.ok) {
        std::cerr << "mine2ai-cli: compute: " << computed.error << '\n';
        return kInvalidInput;
    }
    std::ostringstream text;
    printPortfolioTable(text, portfolio, computed.result);
    return finish(writeOutput(out, text.str()), std::move(portfolio), std::move(computed));
}

}  // namespace

Command computeCommand() {
    return {
        "compute",
        "compute power, PUE, schedule and economics",
        "Compute the power budget, PUE, schedule and economics of every site of FILE (default: the "
        "built-in sample) and print a table, or the results as JSON (file-format.md in the documentation, "
        "\"compute --json\").",
        {{"FILE", "a .m2ai project, a .json portfolio or \"-\" (JSON on standard input); default: the sample",
          true}},
        {{{"json"}, "write the results as JSON instead of a table"},
         {{"scenario"},
          "compute scenario NAME of FILE instead of the base (see the scenarios command)",
          "NAME"},
         {{"o", "output"},
          "write to OUT (.json with --json, else .txt) instead of standard output (\"-\")",
          "OUT",
          ValueKind::File}},
        compute};
}

}  // namespace m2ai::cli
