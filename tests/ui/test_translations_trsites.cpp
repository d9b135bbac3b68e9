// Issue 16: the sites import's bad cells and refused files are shown in the user's language (the
// preview dialog and mine2ai-cli import-sites), and the CLI names a problem's field by its
// translated label as the GUI does; English stays exactly core's text.
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <string>

#include "app/ProblemText.h"
#include "app/Translations.h"
#include "document/ProjectDocument.h"
#include "import/SitesImportDialog.h"
#include "import/SitesImportText.h"
#include "io/JsonIo.h"
#include "io/SitesTable.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"

namespace {

struct EnglishAfterwards {
    QLocale before;
    ~EnglishAfterwards() { Translations::install(before); }
};

const std::string kHeader = "Name,Country,Grid interconnect (MW)\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

const char* const kLanguages[] = {"fr", "es", "zh_CN"};

}  // namespace

TEST_CASE("the sites import's bad cells and refusals are shown translated, arguments kept",
          "[translations][trsites]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    // A bad number (the import's own sentence), a range problem (validateSite's code), a field of an
    // extra task ("task %1: %2" around validateSite's problem), and a refused file.
    const m2ai::SitesTableImport bad = m2ai::readSitesCsv(
        "Name,Country,Grid interconnect (MW),Extra tasks\n"
        "A,Norway,x,\nB,Norway,-5,\nC,Norway,1,customs|Customs|3|nowhere\n");
    REQUIRE(bad.problems.size() == 3);
    const m2ai::SitesTableImport refused = m2ai::readSitesCsv(kHeader + "\"A,Norway,1\n");
    REQUIRE(refused.problems.empty());
    const m2ai::SitesTableImport unnamed =
        m2ai::readSitesCsv("Name,Country,,Grid interconnect (MW)\nA,Norway,x,1\n");
    REQUIRE(unnamed.problems.size() == 1);
    CHECK(unnamed.problems[0].unnamedColumn == 3);

    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    for (const m2ai::CellProblem& p : bad.problems) {
        CHECK(SitesImportText::problem(p).toStdString() == p.toString());
        CHECK(SitesImportText::message(p).toStdString() == p.message);
        CHECK(p.problem.code != m2ai::ProblemCode::Generic);
    }
    CHECK(SitesImportText::error(bad).toStdString() == "3 bad cells; nothing imported");
    CHECK(SitesImportText::error(refused).toStdString() == "row 2: a quoted cell is not closed");
    CHECK(SitesImportText::problem(unnamed.problems[0]).toStdString() ==
          "row 2, column 3: a value in a column without a header");

    for (const char* language : kLanguages) {
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
        INFO(language);
        for (const m2ai::CellProblem& p : bad.problems) {
            const QString text = SitesImportText::problem(p);
            INFO(text.toStdString());
            CHECK(text.toStdString() != p.toString());
            CHECK_FALSE(SitesImportText::message(p).contains(QStringLiteral("must")));
            // The row and the file's own (English) header stay.
            CHECK(text.contains(QString::number(p.row)));
            CHECK(text.contains(QString::fromStdString(p.column)));
            CHECK_FALSE(text.contains(QStringLiteral("%1")));
            CHECK_FALSE(text.contains(QStringLiteral("%2")));
            CHECK_FALSE(text.startsWith(QStringLiteral("row ")));
        }
        CHECK(SitesImportText::problem(bad.problems[0]).contains(QStringLiteral("\"x\"")));
        CHECK(SitesImportText::problem(bad.problems[2]).contains(QStringLiteral("[0].dependsOn[0]")));
        CHECK(SitesImportText::problem(bad.problems[2]).contains(QStringLiteral("nowhere")));
        CHECK_FALSE(SitesImportText::problem(bad.problems[2]).contains(QStringLiteral("task ")));
        // A column without a header is named in the user's language (a header never is).
        const QString noHeader = SitesImportText::problem(unnamed.problems[0]);
        INFO(noHeader.toStdString());
        CHECK_FALSE(noHeader.contains(QStringLiteral("column 3")));
        CHECK(noHeader.contains(QLatin1Char('3')));
        const QString summary = SitesImportText::error(bad);
        CHECK(summary.toStdString() != bad.error);
        CHECK(summary.contains(QLatin1Char('3')));
        const QString line = SitesImportText::error(refused);
        INFO(line.toStdString());
        CHECK(line.toStdString() != refused.error);
        CHECK(line.contains(QLatin1Char('2')));
        CHECK_FALSE(line.contains(QStringLiteral("%1")));
    }
}

TEST_CASE("the import dialog lists bad cells and a refused file in the user's language",
          "[translations][trsites]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString badCell = writeFile(dir, QStringLiteral("bad.csv"), kHeader + "A,Norway,x\n");
    const QString badFile = writeFile(dir, QStringLiteral("cut.csv"), kHeader + "\"A,Norway,1\n");
    REQUIRE(Translations::install(Translations::localeFor(QStringLiteral("fr"))));
    ProjectDocument doc;
    {
        SitesImportDialog dialog(badCell, &doc);
        auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("importProblems"));
        REQUIRE(problems != nullptr);
        REQUIRE(problems->count() == 1);
        CHECK(problems->item(0)->text() ==
              QStringLiteral("ligne 2, Grid interconnect (MW) : doit être un nombre, reçu \"x\""));
    }
    {
        SitesImportDialog dialog(badFile, &doc);
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
        REQUIRE(summary != nullptr);
        INFO(summary->text().toStdString());
        CHECK(summary->text().contains(
            QStringLiteral("ligne 2 : une cellule entre guillemets n'est pas refermée")));
        CHECK_FALSE(summary->text().contains(QStringLiteral("quoted")));
    }
}

TEST_CASE("mine2ai-cli import-sites prints bad cells in its language, English unchanged",
          "[translations][trsites]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string sheet =
        writeFile(dir, QStringLiteral("bad.csv"), kHeader + "A,Norway,x\n").toStdString();
    const std::string out = dir.filePath(QStringLiteral("out.m2ai")).toStdString();
    const auto english = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "import-sites", sheet, out});
    CHECK(english.exitCode == 1);
    CHECK(english.err == sheet + ": row 2, Grid interconnect (MW): must be a number, got \"x\"\n" + sheet +
                             ": 1 bad cell; nothing imported\n");
    const auto french = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "fr", "import-sites", sheet, out});
    CHECK(french.exitCode == 1);
    CHECK(french.err == sheet + ": ligne 2, Grid interconnect (MW) : doit être un nombre, reçu \"x\"\n" +
                            sheet + ": 1 cellule erronée ; rien n'a été importé\n");
    const auto chinese =
        m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "zh_CN", "import-sites", sheet, out});
    CHECK(chinese.exitCode == 1);
    CHECK(chinese.err.find("第 2 行，Grid interconnect (MW)：必须是数字，实际为 \"x\"") != std::string::npos);
    CHECK_FALSE(QFile::exists(QString::fromStdString(out)));
}

TEST_CASE("mine2ai-cli names a problem's field by its translated label, English keeps the path",
          "[translations][trsites]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string bad = dir.filePath(QStringLiteral("bad.json")).toStdString();
    {
        m2ai::Portfolio p = m2ai::samplePortfolio();
        p.sites[2].gridInterconnectMw = -5.5;
        QFile file(QString::fromStdString(bad));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(m2ai::portfolioToJson(p)));
    }
    const auto english = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "validate", bad});
    CHECK(english.exitCode == 1);
    CHECK(english.err == bad + ": sites[2].gridInterconnectMw: must be between 0 and 10000 MW, got -5.5\n");
    struct Case {
        const char* language;
        const char* line;  // the GUI's FieldLabels::describe for a file that did not open: "Label, site N"
    };
    for (const Case c :
         {Case{"fr", ": Raccordement actuel, site 3: doit être entre 0 et 10000 MW, reçu -5,5"},
          Case{"es", ": Conexión actual, emplazamiento 3: "},
          Case{"zh_CN", ": 当前电网接入容量，场址 3: "}}) {
        const auto translated =
            m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", c.language, "validate", bad});
        INFO(c.language << ": " << translated.err);
        CHECK(translated.exitCode == 1);
        CHECK(translated.err.find(bad + c.line) != std::string::npos);
        CHECK(translated.err.find("gridInterconnectMw") == std::string::npos);
    }
}
