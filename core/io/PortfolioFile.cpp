#include "io/PortfolioFile.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "io/AtomicWrite.h"
#include "io/JsonIo.h"
#include "storage/ProjectFile.h"

namespace m2ai {

namespace {

constexpr size_t kMaxJsonBytes = 64u * 1024u * 1024u;  // a 1,000-site portfolio is ~3 MB

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

}  // namespace

PortfolioFileKind kindForFileName(const std::string& path) {
    return lowerExtension(path) == ".json" ? PortfolioFileKind::Json : PortfolioFileKind::Project;
}

LoadedPortfolio loadPortfolioFile(const std::string& path) {
    LoadedPortfolio out;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = path + ": cannot open the file (missing or unreadable)";
        return out;
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
            return out;
        }
        out.ok = true;
        out.portfolio = std::move(opened.portfolio);
        out.migrated = opened.migrated;
        out.fileSchemaVersion = opened.fileSchemaVersion;
        return out;
    }

    out.kind = PortfolioFileKind::Json;
    in.seekg(0, std::ios::end);
    const auto size = static_cast<size_t>(in.tellg());
    if (size > kMaxJsonBytes) {
        out.error = path + ": file is larger than 64 MiB; not a Mine2AI portfolio";
        return out;
    }
    in.seekg(0);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const auto firstNonSpace = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (firstNonSpace == std::string::npos || text[firstNonSpace] != '{') {
        out.error = path + ": not a Mine2AI project (.m2ai) or portfolio JSON file";
        return out;
    }
    JsonImport imported = portfolioFromJson(text);
    if (!imported.ok()) {
        out.problems = imported.problems;
        out.error = path + ": " + std::to_string(imported.problems.size()) +
                    " problem(s), first: " + imported.problems.front().toString();
        return out;
    }
    out.ok = true;
    out.portfolio = std::move(imported.portfolio);
    return out;
}

std::string savePortfolioFile(const Portfolio& portfolio, const std::string& path) {
    if (kindForFileName(path) == PortfolioFileKind::Json)
        return writeFileAtomically(path, portfolioToJson(portfolio) + "\n");
    const SaveResult saved = saveProject(portfolio, path);
    return saved.ok ? std::string{} : saved.error;
}

}  // namespace m2ai
