// Issue 16: a broken portfolio JSON file's problems and the portfolio file's errors are shown in the
// user's language: by the GUI's open path (ProjectDocument::openFile) and by mine2ai-cli. In English
// the text is exactly core's.
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <string>

#include "app/ProblemText.h"
#include "app/Translations.h"
#include "document/ProjectDocument.h"
#include "io/JsonIo.h"
#include "io/PortfolioFile.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"

namespace {

struct EnglishAfterwards {
    QLocale before;
    ~EnglishAfterwards() { Translations::install(before); }
};

const char* const kLanguages[] = {"fr", "es", "zh_CN"};

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

}  // namespace

TEST_CASE("The JSON reader's problems are shown translated, arguments kept", "[translations][trjson]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    const m2ai::JsonImport broken = m2ai::portfolioFromJson("{\n  \"format\": }");
    const m2ai::JsonImport newer =
        m2ai::portfolioFromJson(R"({"format": "mine2ai-portfolio", "formatVersion": 7})");
    REQUIRE(broken.problems.size() == 1);
    REQUIRE(newer.problems.size() == 1);
    for (const m2ai::Problem& p : {broken.problems[0], newer.problems[0]}) {
        CHECK(p.code == m2ai::ProblemCode::Formatted);
        REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        CHECK(ProblemText::problem(p).toStdString() == p.toString());
        for (const char* language : kLanguages) {
            REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
            const QString text = ProblemText::problemMessage(p);
            INFO(language << ": " << text.toStdString());
            CHECK(text.toStdString() != p.message);
            for (const std::string& arg : m2ai::formattedText(p).args)
                CHECK(text.contains(QString::fromStdString(arg)));
            CHECK_FALSE(text.contains(QStringLiteral("%1")));
            CHECK_FALSE(text.contains(QStringLiteral("%2")));
        }
    }
}

TEST_CASE("Opening a file that is not a portfolio says so in the user's language", "[translations][trjson]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString text = dir.filePath(QStringLiteral("notes.json"));
    writeFile(text, "hello");
    const QString missing = dir.filePath(QStringLiteral("missing.json"));

    for (const QString& path : {text, missing}) {
        const m2ai::LoadedPortfolio loaded = m2ai::loadPortfolioFile(QFile::encodeName(path).toStdString());
        REQUIRE_FALSE(loaded.ok);
        REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        {
            ProjectDocument doc;
            const ProjectDocument::OpenResult opened = doc.openFile(path);
            CHECK_FALSE(opened.ok);
            CHECK(opened.error.toStdString() == loaded.error);
        }
        for (const char* language : kLanguages) {
            REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
            ProjectDocument doc;
            const ProjectDocument::OpenResult opened = doc.openFile(path);
            INFO(language << ": " << opened.error.toStdString());
            CHECK_FALSE(opened.ok);
            CHECK(opened.error.toStdString() != loaded.error);
            CHECK(opened.error.contains(path));
            CHECK_FALSE(opened.error.contains(QStringLiteral("%1")));
        }
    }
}

TEST_CASE("mine2ai-cli prints the JSON reader's problems and file errors in its language",
          "[translations][trjson]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string broken = dir.filePath(QStringLiteral("broken.json")).toStdString();
    writeFile(QString::fromStdString(broken), R"({"format": "mine2ai-portfolio", "formatVersion": 7})");
    const std::string missing = dir.filePath(QStringLiteral("missing.json")).toStdString();

    const auto english = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "validate", broken});
    CHECK(english.exitCode != 0);
    CHECK(english.err.find(broken + ": formatVersion: file was written by a newer Mine2AI (formatVersion 7); "
                                    "this version reads formatVersion 1") != std::string::npos);
    const auto french = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "fr", "validate", broken});
    INFO(french.err);
    CHECK(french.err.find(broken + ": formatVersion: fichier écrit par une version plus récente de Mine2AI "
                                   "(formatVersion 7) ; cette version lit formatVersion 1") !=
          std::string::npos);

    const auto englishMissing = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "validate", missing});
    CHECK(englishMissing.err.find(missing + ": cannot open the file (missing or unreadable)") !=
          std::string::npos);
    const auto spanishMissing = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "es", "validate", missing});
    INFO(spanishMissing.err);
    CHECK(
        spanishMissing.err.find(missing + ": no se puede abrir el archivo (no existe o no se puede leer)") !=
        std::string::npos);
}
