// Issue 16: a refused project file (open, save), an EPW import error, the hourly-climate check and
// the foreign-currency warning are shown in the user's language by the GUI and the CLI; in English
// they are exactly core's line.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "app/ProblemText.h"
#include "app/Translations.h"
#include "climate/EpwClimate.h"
#include "climate/HourlyClimate.h"
#include "document/ProjectDocument.h"
#include "io/PortfolioFile.h"
#include "storage/ProjectFile.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"
#include "validation/Currency.h"
#include "validation/Validation.h"

namespace {

struct EnglishAfterwards {
    QLocale before;
    ~EnglishAfterwards() { Translations::install(before); }
};

constexpr const char* kLanguages[] = {"fr", "es", "zh_CN"};

void writeText(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// In each language: not the English line, every argument kept as core wrote it, no %n left.
void checkTranslated(const m2ai::CoreMessage& m) {
    REQUIRE_FALSE(m.empty());
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    CHECK(ProblemText::message(m).toStdString() == m.english());
    for (const char* language : kLanguages) {
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
        const QString text = ProblemText::message(m);
        INFO(language << ": " << text.toStdString());
        CHECK(text.toStdString() != m.english());
        for (const std::string& arg : m.args) CHECK(text.contains(QString::fromStdString(arg)));
        CHECK_FALSE(text.contains(QStringLiteral("%1")));
        CHECK_FALSE(text.contains(QStringLiteral("%2")));
    }
}

}  // namespace

TEST_CASE("trstore: project-file refusals, climate and currency messages are translated",
          "[translations][trstore]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString text = dir.filePath(QStringLiteral("text.m2ai"));
    writeText(text, "name,mw\n");
    const m2ai::OpenResult notSqlite = m2ai::openProject(QFile::encodeName(text).toStdString());
    CHECK(notSqlite.error == text.toStdString() + ": not a Mine2AI project (not an SQLite database)");
    checkTranslated(notSqlite.message);

    const m2ai::OpenResult missing =
        m2ai::openProject(dir.filePath(QStringLiteral("nope.m2ai")).toStdString());
    checkTranslated(missing.message);

    const m2ai::SaveResult folder =
        m2ai::saveProject(testsupport::fixturePortfolio(), dir.path().toStdString());
    CHECK(folder.error == "cannot save " + dir.path().toStdString() + ": it is a folder");
    checkTranslated(folder.message);

    const m2ai::EpwClimate epw = m2ai::parseEpwClimate("hello\n", "x.epw");
    checkTranslated(epw.message);

    m2ai::HourlyClimate h;
    h.dryBulbC.assign(12, 20.0f);
    h.wetBulbC.assign(12, 15.0f);
    h.pressurePa.assign(12, 101325.0f);
    m2ai::Portfolio withHourly = testsupport::fixturePortfolio();
    withHourly.sites[0].hourlyClimate = h;
    bool found = false;
    for (const m2ai::Problem& p : m2ai::validate(withHourly)) {
        if (p.path != "sites[0].hourlyClimate") continue;
        found = true;
        CHECK(p.code == m2ai::ProblemCode::Formatted);  // no longer shown as core wrote it
        checkTranslated(m2ai::formattedText(p));
        REQUIRE(Translations::install(Translations::localeFor(QStringLiteral("fr"))));
        CHECK(ProblemText::problem(p).startsWith(QStringLiteral("sites[0].hourlyClimate: climat horaire")));
    }
    CHECK(found);

    m2ai::Portfolio nok = testsupport::fixturePortfolio();
    nok.currency = "NOK";
    const auto warning = m2ai::foreignCurrencyWarning(nok);
    REQUIRE(warning);
    checkTranslated(*warning);
}

TEST_CASE("trstore: the GUI's open and save errors and the currency warning speak the language",
          "[translations][trstore]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString text = dir.filePath(QStringLiteral("text.m2ai"));
    writeText(text, "SQLite format 3");  // the SQLite header, cut short: the project reader refuses it
    m2ai::Portfolio nok = testsupport::fixturePortfolio();
    nok.currency = "NOK";
    const QString nokPath = dir.filePath(QStringLiteral("nok.m2ai"));
    REQUIRE(m2ai::savePortfolioFile(nok, QFile::encodeName(nokPath).toStdString()).ok);

    ProjectDocument doc;
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    const ProjectDocument::OpenResult english = doc.openFile(text);
    CHECK_FALSE(english.ok);
    CHECK(english.error.endsWith(QStringLiteral(": not a Mine2AI project (not an SQLite database)")));

    REQUIRE(Translations::install(Translations::localeFor(QStringLiteral("fr"))));
    const ProjectDocument::OpenResult french = doc.openFile(text);
    INFO(french.error.toStdString());
    CHECK_FALSE(french.ok);
    CHECK(french.error.startsWith(text));
    CHECK(french.error.contains(QStringLiteral("pas un projet Mine2AI")));
    const ProjectDocument::SaveOutcome saved = doc.saveAs(dir.path());
    CHECK_FALSE(saved.ok);
    CHECK(saved.error.startsWith(QStringLiteral("impossible d'enregistrer")));
    const ProjectDocument::OpenResult opened = doc.openFile(nokPath);
    REQUIRE(opened.ok);
    CHECK(opened.warning.startsWith(QStringLiteral("Devise NOK")));
}

TEST_CASE("trstore: mine2ai-cli prints a refused project file in its language", "[translations][trstore]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("short.m2ai"));
    writeText(file, "SQLite format 3");
    const std::string path = file.toStdString();
    const auto english = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "validate", path});
    CHECK(english.exitCode != 0);
    CHECK(english.err.find(path + ": not a Mine2AI project (not an SQLite database)") != std::string::npos);
    const auto spanish = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "es", "validate", path});
    INFO(spanish.err);
    CHECK(spanish.err.find(path + ": no es un proyecto de Mine2AI (no es una base de datos SQLite)") !=
          std::string::npos);
    CHECK(spanish.err.find("not a Mine2AI project") == std::string::npos);
}
