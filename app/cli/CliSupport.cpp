#include "CliSupport.h"

#include <algorithm>
#include <cctype>
#include <iostream>

#include "CliText.h"
#include "Command.h"
#include "ProblemLines.h"
#include "io/AtomicWrite.h"
#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "sample/Sample.h"
#include "validation/Currency.h"

namespace m2ai::cli {

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "mine2ai-cli " << command << ": " << message << '\n'
              << fill(translate("CliSupport", "Try 'mine2ai-cli %1 --help'."), {command}) << '\n';
    return kUsage;
}

namespace {

// JSON from standard input, with the limits of a file (io/JsonIo.h): at most kMaxJsonBytes are
// read. A project file cannot come this way: SQLite needs a file it can seek in.
LoadedPortfolio loadStdin() {
    LoadedPortfolio loaded;
    loaded.kind = PortfolioFileKind::Json;
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<size_t>(std::cin.gcount()));
        if (text.size() > kMaxJsonBytes) {
            loaded.error =
                "-: " +
                fill(translate("CliSupport",
                               "standard input is larger than the %1 MiB limit for a portfolio JSON file"),
                     {std::to_string(kMaxJsonBytes / (std::size_t{1024} * 1024))});
            return loaded;
        }
    }
    if (text.rfind("SQLite format 3", 0) == 0) {
        loaded.error =
            "-: " + translate("CliSupport",
                              "a project file (.m2ai) cannot be read from standard input; name the file");
        return loaded;
    }
    const auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string::npos || text[first] != '{') {
        loaded.error =
            "-: " + translate("CliSupport", "standard input is not a Mine2AI portfolio JSON document");
        return loaded;
    }
    JsonImport imported = portfolioFromJson(text);
    if (!imported.ok()) {
        loaded.problemCount = imported.problemCount;
        const auto problems = static_cast<int>(imported.problemCount);
        loaded.error = "-: " + translate("CliSupport", "%n problem(s)", nullptr, problems);
        loaded.problems = std::move(imported.problems);
        return loaded;
    }
    loaded.ok = true;
    loaded.portfolio = std::move(imported.portfolio);
    return loaded;
}

}  // namespace

bool loadPortfolioOrSample(const std::string& fileOrSample, Portfolio& portfolio) {
    if (fileOrSample.empty() || fileOrSample == "sample") {
        portfolio = samplePortfolio();
        return true;
    }
    return loadPortfolio(fileOrSample, portfolio);
}

bool loadPortfolio(const std::string& path, Portfolio& portfolio) {
    LoadedPortfolio loaded = path == "-" ? loadStdin() : loadPortfolioFile(path);
    if (!loaded.ok) {
        if (loaded.problems.empty()) std::cerr << loadErrorLine(loaded) << '\n';
        for (const auto& p : loaded.problems) std::cerr << path << ": " << problemLine(p) << '\n';
        const std::string more = messageLine(omittedProblemsMessage(loaded));
        if (!more.empty()) std::cerr << path << ": " << more << '\n';
        return false;
    }
    portfolio = std::move(loaded.portfolio);
    if (const auto warning = foreignCurrencyWarning(portfolio))
        std::cerr << path << ": warning: " << messageLine(*warning) << '\n';
    return true;
}

int writePortfolio(const Portfolio& portfolio, const std::string& path) {
    if (isStdout(path)) return writeOutput(path, portfolioToJson(portfolio) + "\n");
    const SaveResult saved = savePortfolioFile(portfolio, path);
    if (!saved.ok) {
        // A project file's refusal is translated; the JSON writer's stays as core wrote it.
        std::cerr << (saved.message.empty() ? saved.error : messageLine(saved.message)) << '\n';
        return kInvalidInput;
    }
    return kOk;
}

namespace {

// ".JSON" of "dir.v2/out.JSON"; "" for "out", "dir.v2/out" and ".hidden" (a dot file has no
// extension, as a file manager sees it).
std::string extensionOf(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const size_t start = slash == std::string::npos ? 0 : slash + 1;
    const size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || dot <= start) return {};
    return path.substr(dot);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

}  // namespace

int resolveOutputPath(const std::string& command, const std::string& what, std::string& path,
                      const std::vector<std::string>& extensions) {
    if (isStdout(path)) return kOk;
    const std::string extension = lower(extensionOf(path));
    if (extension.empty()) {
        // "out/" names a folder: adding ".m2ai" would write "out/.m2ai", a hidden file.
        if (!path.empty() && path.back() == '/')
            return usageError(command, fill(translate("CliSupport", "%1 is a folder ('%2'), not a file name"),
                                            {what, path}));
        path += extensions.front();
        std::cerr << "mine2ai-cli " << command << ": "
                  << fill(translate("CliSupport", "writing %1 (%2 had no extension)"), {path, what}) << '\n';
        return kOk;
    }
    if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end()) return kOk;
    std::string allowed;
    for (size_t i = 0; i < extensions.size(); ++i)
        allowed += (i == 0                       ? std::string()
                    : i + 1 == extensions.size() ? translate("CliSupport", " or ")
                                                 : std::string(", ")) +
                   extensions[i];
    return usageError(command,
                      fill(translate("CliSupport", "%1 must end in %2, got '%3'"), {what, allowed, path}));
}

int writeOutput(const std::string& path, const std::string& text) {
    if (isStdout(path)) {
        std::cout << text << std::flush;
        if (!std::cout) {
            std::cerr << "mine2ai-cli: " << translate("CliSupport", "cannot write to standard output")
                      << '\n';
            return kInvalidInput;
        }
        return kOk;
    }
    if (const SaveResult saved = writeFileAtomically(path, text); !saved.ok) {
        std::cerr << saved.error << '\n';
        return kInvalidInput;
    }
    return kOk;
}

}  // namespace m2ai::cli
