#include "CliSupport.h"

#include <iostream>

#include "Command.h"
#include "io/AtomicWrite.h"
#include "io/JsonIo.h"
#include "io/PortfolioFile.h"

namespace m2ai::cli {

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "mine2ai-cli " << command << ": " << message << "\nTry 'mine2ai-cli " << command
              << " --help'.\n";
    return kUsage;
}

bool loadPortfolio(const std::string& path, Portfolio& portfolio) {
    LoadedPortfolio loaded = loadPortfolioFile(path);
    if (!loaded.ok) {
        if (loaded.problems.empty()) std::cerr << loaded.error << '\n';
        for (const auto& p : loaded.problems) std::cerr << path << ": " << p.toString() << '\n';
        const std::string more = omittedProblemsLine(loaded);
        if (!more.empty()) std::cerr << path << ": " << more << '\n';
        return false;
    }
    portfolio = std::move(loaded.portfolio);
    return true;
}

int writePortfolio(const Portfolio& portfolio, const std::string& path) {
    if (isStdout(path)) return writeOutput(path, portfolioToJson(portfolio) + "\n");
    const SaveResult saved = savePortfolioFile(portfolio, path);
    if (!saved.ok) {
        std::cerr << saved.error << '\n';
        return kInvalidInput;
    }
    return kOk;
}

int writeOutput(const std::string& path, const std::string& text) {
    if (isStdout(path)) {
        std::cout << text << std::flush;
        if (!std::cout) {
            std::cerr << "mine2ai-cli: cannot write to standard output\n";
            return kInvalidInput;
        }
        return kOk;
    }
    if (const std::string error = writeFileAtomically(path, text); !error.empty()) {
        std::cerr << error << '\n';
        return kInvalidInput;
    }
    return kOk;
}

}  // namespace m2ai::cli
