// mine2ai-cli: the headless tool. Parses the command line and calls core; no arithmetic here.
// Exit codes: 0 ok, 1 invalid input (message on stderr naming the field), 2 usage.
#include <iostream>
#include <string>
#include <vector>

#include "TextReport.h"
#include "engines/Compute.h"
#include "io/FileSizeSignal.h"
#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "io/SitesTable.h"
#include "sample/Sample.h"
#ifdef M2AI_WITH_REPORTS
#include "report/ReportCommand.h"
#endif

namespace {

constexpr int kOk = 0;
constexpr int kInvalidInput = 1;
constexpr int kUsage = 2;

const char* const kHelp = R"(Usage: mine2ai-cli COMMAND [ARGS]

Plan the conversion of Bitcoin-mining sites into AI data centres, without a display.

Commands:
  sample OUT.json|OUT.m2ai        write the built-in sample portfolio
  validate FILE                   list the problems in a .m2ai or .json file (the first 100,
                                  then how many more; exit 1 if any)
  compute [FILE] [--json]         compute power, PUE, schedule, economics (default: the sample)
  import-json IN.json OUT.m2ai    convert a JSON portfolio into a project file
  export-json IN.m2ai OUT.json    convert a project file into JSON
  template OUT.xlsx|OUT.csv       write the sites spreadsheet layout, the sample's sites as examples
  import-sites IN.csv|IN.xlsx OUT.m2ai|OUT.json
                                  a new portfolio of the sheet's sites (exit 1 listing every bad cell)
  report FILE --pdf OUT.pdf [--png DIR] [--svg DIR] [--csv DIR] [--xlsx OUT.xlsx]
         [--paper a4|letter] [--sites NAME,...] [--no-appendix]
                                  render the investment-committee report (FILE may be "sample")
  --version                       print the version
  --help                          print this help

Exit codes: 0 ok, 1 invalid input (the message names the field), 2 usage.
)";

int usage(const std::string& message) {
    std::cerr << "mine2ai-cli: " << message << "\nTry 'mine2ai-cli --help'.\n";
    return kUsage;
}

// Every problem as "FILE: path: message", at most kMaxReportedProblems lines plus one saying how
// many more there were: a file with a million problems must not print a million lines.
void printProblems(const std::string& path, const m2ai::LoadedPortfolio& loaded) {
    for (const auto& p : loaded.problems) std::cerr << path << ": " << p.toString() << '\n';
    const std::string more = m2ai::omittedProblemsLine(loaded);
    if (!more.empty()) std::cerr << path << ": " << more << '\n';
}

// Loads FILE (.m2ai or .json, by content) and prints why not on failure.
bool load(const std::string& path, m2ai::Portfolio& portfolio) {
    m2ai::LoadedPortfolio loaded = m2ai::loadPortfolioFile(path);
    if (!loaded.ok) {
        if (loaded.problems.empty()) std::cerr << loaded.error << '\n';
        printProblems(path, loaded);
        return false;
    }
    portfolio = std::move(loaded.portfolio);
    return true;
}

int writePortfolio(const m2ai::Portfolio& portfolio, const std::string& path) {
    const m2ai::SaveResult saved = m2ai::savePortfolioFile(portfolio, path);
    if (!saved.ok) {
        std::cerr << saved.error << '\n';
        return kInvalidInput;
    }
    return kOk;
}

int cmdSample(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage("sample takes one output file (OUT.json or OUT.m2ai)");
    return writePortfolio(m2ai::samplePortfolio(), args[0]);
}

int cmdValidate(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage("validate takes one file");
    m2ai::Portfolio portfolio;
    // The loader validates (both kinds of file): loaded means valid.
    if (!load(args[0], portfolio)) return kInvalidInput;
    std::cout << args[0] << ": valid (" << portfolio.sites.size() << " sites)\n";
    return kOk;
}

int cmdCompute(const std::vector<std::string>& args) {
    bool json = false;
    std::string file;
    for (const auto& a : args) {
        if (a == "--json")
            json = true;
        else if (!a.empty() && a[0] == '-')
            return usage("compute: unknown option " + a);
        else if (file.empty())
            file = a;
        else
            return usage("compute takes at most one file");
    }
    m2ai::Portfolio portfolio;
    if (file.empty())
        portfolio = m2ai::samplePortfolio();
    else if (!load(file, portfolio))
        return kInvalidInput;
    const m2ai::PortfolioResult result = m2ai::computePortfolio(portfolio);
    if (json) {
        m2ai::writeResultsJson(std::cout, portfolio, result);
        std::cout << '\n';
    } else
        printPortfolioTable(std::cout, portfolio, result);
    return kOk;
}

int cmdConvert(const std::vector<std::string>& args, const char* name) {
    if (args.size() != 2) return usage(std::string(name) + " takes an input and an output file");
    m2ai::Portfolio portfolio;
    if (!load(args[0], portfolio)) return kInvalidInput;
    return writePortfolio(portfolio, args[1]);
}

int cmdTemplate(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage("template takes one output file (OUT.xlsx or OUT.csv)");
    const m2ai::SaveResult saved = m2ai::writeSitesTemplate(m2ai::samplePortfolio().sites, args[0]);
    if (!saved.ok) {
        std::cerr << saved.error << '\n';
        return kInvalidInput;
    }
    return kOk;
}

int cmdImportSites(const std::vector<std::string>& args) {
    if (args.size() != 2)
        return usage("import-sites takes a spreadsheet (IN.csv or IN.xlsx) and an output file");
    const m2ai::SitesTableImport imported = m2ai::readSitesFile(args[0]);
    if (!imported.ok) {
        for (const auto& p : imported.problems) std::cerr << args[0] << ": " << p.toString() << '\n';
        std::cerr << args[0] << ": " << imported.error << '\n';
        return kInvalidInput;
    }
    m2ai::Portfolio portfolio;  // the documented portfolio defaults; the sheet holds sites only
    portfolio.sites = imported.sites;
    return writePortfolio(portfolio, args[1]);
}

}  // namespace

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) the kernel would kill us mid-save with SIGXFSZ, leaving a
    // temporary file and no message. Ignored, the write fails with EFBIG instead, and the save
    // reports it, removes its temporary file and leaves the target as it was.
    m2ai::ignoreFileSizeSignal();
    const std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty()) return usage("no command given");
    const std::string& command = words[0];
    const std::vector<std::string> args(words.begin() + 1, words.end());
    try {
        if (command == "--version" || command == "-V") {
            std::cout << "mine2ai-cli " M2AI_VERSION "\n";
            return kOk;
        }
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kHelp;
            return kOk;
        }
        if (command == "sample") return cmdSample(args);
        if (command == "validate") return cmdValidate(args);
        if (command == "compute") return cmdCompute(args);
        if (command == "import-json") return cmdConvert(args, "import-json");
        if (command == "export-json") return cmdConvert(args, "export-json");
        if (command == "template") return cmdTemplate(args);
        if (command == "import-sites") return cmdImportSites(args);
        if (command == "report") {
#ifdef M2AI_WITH_REPORTS
            return runReportCommand(args);
#else
            std::cerr << "mine2ai-cli: this build has no report support (built without the Qt UI)\n";
            return kUsage;
#endif
        }
    } catch (const std::exception& e) {
        // Core reports through result structs; this is the last guard (e.g. out of memory).
        std::cerr << "mine2ai-cli: " << command << ": " << e.what() << '\n';
        return kInvalidInput;
    }
    return usage("unknown command '" + command + "'");
}
