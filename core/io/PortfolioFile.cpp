#include "io/PortfolioFile.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <fstream>
#include <utility>

#include "io/AtomicWrite.h"
#include "io/JsonIo.h"

namespace m2ai {

namespace {

constexpr std::size_t kMiB = std::size_t{1024} * 1024;

bool startsWithSqliteHeader(const std::string& head) {
    return head.rfind("SQLite format 3", 0) == 0;
}

std::string lowerExtension(const std::string& path) {
    const auto dot = path.find_last_of('.');
    const auto slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

// The number of MiB, rounded up ("12" for 11.2 MiB).
std::string mib(std::uintmax_t bytes) {
    return std::to_string((bytes + kMiB - 1) / kMiB);
}

// Why the file was not loaded: the sentence, and its English text in error.
void refuse(LoadedPortfolio& out, CoreMessage why) {
    out.error = why.english();
    out.errorMessage = std::move(why);
}

// A file that cannot be opened (missing, unreadable).
CoreMessage cannotOpen(const std::string& path) {
    return coreMessage(M2AI_TR("PortfolioFile", "%1: cannot open the file (missing or unreadable)"), {path});
}

void loadInto(const std::string& path, LoadedPortfolio& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        refuse(out, cannotOpen(path));
        return;
    }
    // A FIFO or a device would be read forever; a folder cannot be read at all.
    if (!fs::is_regular_file(status)) {
        refuse(out, coreMessage(M2AI_TR("PortfolioFile", "%1: not a regular file"), {path}));
        return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        refuse(out, cannotOpen(path));
        return;
    }
    std::string head(16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));

    if (startsWithSqliteHeader(head)) {
        in.close();
        out.kind = PortfolioFileKind::Project;
        OpenResult opened = openProject(path);
        if (!opened.ok) {
            out.error = opened.error;
            out.errorMessage = opened.message;
            out.problemCount = opened.problems.size();
            if (opened.problems.size() > kMaxReportedProblems) opened.problems.resize(kMaxReportedProblems);
            out.problems = std::move(opened.problems);
            return;
        }
        out.ok = true;
        out.portfolio = std::move(opened.portfolio);
        out.migrated = opened.migrated;
        out.fileSchemaVersion = opened.fileSchemaVersion;
        return;
    }

    out.kind = PortfolioFileKind::Json;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        refuse(out, coreMessage(M2AI_TR("PortfolioFile", "%1: cannot read the file size: %2"),
                                {path, ec.message()}));
        return;
    }
    // Checked before reading: the text and what is read from it are held in memory.
    if (size > kMaxJsonBytes) {
        refuse(out, coreMessage(M2AI_TR("PortfolioFile",
                                        "%1: %2 MiB, larger than the %3 MiB limit for a portfolio "
                                        "JSON file; not a Mine2AI portfolio"),
                                {path, mib(size), mib(kMaxJsonBytes)}));
        return;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));  // the file may have shrunk meanwhile
    const auto firstNonSpace = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (firstNonSpace == std::string::npos || text[firstNonSpace] != '{') {
        refuse(out, coreMessage(
                        M2AI_TR("PortfolioFile", "%1: not a Mine2AI project (.m2ai) or portfolio JSON file"),
                        {path}));
        return;
    }
    JsonImport imported = portfolioFromJson(text);
    if (!imported.ok()) {
        out.problemCount = imported.problemCount;
        // The first problem is quoted in English here; the problems themselves are in problems.
        refuse(out, coreMessage(
                        M2AI_TR("PortfolioFile", "%1: %2 problem(s), first: %3"),
                        {path, std::to_string(imported.problemCount), imported.problems.front().toString()}));
        out.problems = std::move(imported.problems);
        return;
    }
    out.ok = true;
    out.portfolio = std::move(imported.portfolio);
}

}  // namespace

PortfolioFileKind kindForFileName(const std::string& path) {
    return lowerExtension(path) == ".json" ? PortfolioFileKind::Json : PortfolioFileKind::Project;
}

LoadedPortfolio loadPortfolioFile(const std::string& path) {
    LoadedPortfolio out;
    try {
        loadInto(path, out);
    } catch (const std::exception& e) {
        // Nothing may cross the core API as an exception (std::bad_alloc, a filesystem error).
        out = LoadedPortfolio{};
        refuse(out, coreMessage(M2AI_TR("PortfolioFile", "%1: cannot read the file: %2"), {path, e.what()}));
    }
    return out;
}

SaveResult savePortfolioFile(const Portfolio& portfolio, const std::string& path) {
    if (kindForFileName(path) != PortfolioFileKind::Json) return saveProject(portfolio, path);
    try {
        return writeFileAtomically(path, portfolioToJson(portfolio) + "\n");
    } catch (const std::exception& e) {
        // portfolioToJson may run out of memory.
        return {false, path + ": cannot write the file: " + e.what()};
    }
}

CoreMessage omittedProblemsMessage(const LoadedPortfolio& loaded) {
    if (loaded.problemCount <= loaded.problems.size()) return {};
    return coreMessage(M2AI_TR("PortfolioFile", "… and %1 more problems (only the first %2 are listed)"),
                       {std::to_string(loaded.problemCount - loaded.problems.size()),
                        std::to_string(loaded.problems.size())});
}

std::string omittedProblemsLine(const LoadedPortfolio& loaded) {
    return omittedProblemsMessage(loaded).english();
}

}  // namespace m2ai
