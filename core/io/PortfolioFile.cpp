#include "io/PortfolioFile.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <fstream>

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

std::string mib(std::uintmax_t bytes) {
    return std::to_string((bytes + kMiB - 1) / kMiB) + " MiB";
}

void loadInto(const std::string& path, LoadedPortfolio& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        out.error = path + ": cannot open the file (missing or unreadable)";
        return;
    }
    // A FIFO or a device would be read forever; a folder cannot be read at all.
    if (!fs::is_regular_file(status)) {
        out.error = path + ": not a regular file";
        return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = path + ": cannot open the file (missing or unreadable)";
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
            out.message = opened.message;
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
        out.error = path + ": cannot read the file size: " + ec.message();
        return;
    }
    // Checked before reading: the text and what is read from it are held in memory.
    if (size > kMaxJsonBytes) {
        out.error = path + ": " + mib(size) + ", larger than the " + mib(kMaxJsonBytes) +
                    " limit for a portfolio JSON file; not a Mine2AI portfolio";
        return;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));  // the file may have shrunk meanwhile
    const auto firstNonSpace = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (firstNonSpace == std::string::npos || text[firstNonSpace] != '{') {
        out.error = path + ": not a Mine2AI project (.m2ai) or portfolio JSON file";
        return;
    }
    JsonImport imported = portfolioFromJson(text);
    if (!imported.ok()) {
        out.problemCount = imported.problemCount;
        out.error = path + ": " + std::to_string(imported.problemCount) +
                    " problem(s), first: " + imported.problems.front().toString();
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
        out.error = path + ": cannot read the file: " + e.what();
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

std::string omittedProblemsLine(const LoadedPortfolio& loaded) {
    if (loaded.problemCount <= loaded.problems.size()) return {};
    return "… and " + std::to_string(loaded.problemCount - loaded.problems.size()) +
           " more problems (only the first " + std::to_string(loaded.problems.size()) + " are listed)";
}

}  // namespace m2ai
