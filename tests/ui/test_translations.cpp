// Translations: every translation keeps its source's format arguments (%1, %2, %n), and with each
// language installed the main window, a dialog, a report page (PDF text) and Qt's own buttons
// speak it. The completeness of the .ts files is tests/translations/check-ts.sh (it runs lupdate).
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QToolBar>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "app/CatalogueText.h"
#include "app/MainWindow.h"
#include "app/ProblemText.h"
#include "app/Translations.h"
#include "catalogue/Catalogue.h"
#include "charts/SiteCharts.h"
#include "editors/CostAssumptionsDialog.h"
#include "engines/Compute.h"
#include "engines/Feasibility.h"
#include "engines/SiteWarning.h"
#include "engines/schedule/TaskIds.h"
#include "io/JsonIo.h"
#include "io/JsonObjectChecks.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"
#include "validation/Validation.h"

namespace {

// The format arguments a string uses: %1 … %99 and, in plural forms, %n. A set, because a
// translation may order them differently ("%2 sur %1") but must use each one.
QSet<QString> arguments(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
    return found;
}

struct Entry {
    QString context, source;
    QStringList translations;  // one, or one per plural form
};

QList<Entry> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) entries << entry;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // Plural messages hold <numerusform> children; others hold the text itself.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty()) entry.translations << text;
        } else if (name == QLatin1String("numerusform")) {
            entry.translations << xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

std::string pdfText(const QString& pdf) {
    std::string text =
        m2ai::test::runProcess("/bin/sh", {"-c", "pdftotext '" + pdf.toStdString() + "' -"}).out;
    for (char& c : text)
        if (c == '\n') c = ' ';
    return text;
}

// Puts the locale of before back (English texts: ui_tests install no translation of their own) when
// a test case ends, so later cases in the same process see the source texts and number formats.
struct EnglishAfterwards {
    QLocale before;
    ~EnglishAfterwards() { Translations::install(before); }
};

}  // namespace

TEST_CASE("Format arguments: a lost or added %1 is caught", "[translations]") {
    CHECK(arguments(QStringLiteral("Page %1 of %2")) == arguments(QStringLiteral("Page %2 sur %1")));
    CHECK(arguments(QStringLiteral("Page %1 of %2")) != arguments(QStringLiteral("Page %1")));
    CHECK(arguments(QStringLiteral("%1 MW")) != arguments(QStringLiteral("%1 %2 MW")));
    CHECK(arguments(QStringLiteral("%n site(s)")) == QSet<QString>{QStringLiteral("%n")});
    CHECK(arguments(QStringLiteral("100 % sure")).isEmpty());  // "% " is no argument
}

TEST_CASE("Every translation keeps its source's format arguments", "[translations]") {
    const QStringList files = QDir(QStringLiteral(M2AI_TS_DIR))
                                  .entryList({QStringLiteral("mine2ai_*.ts")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    for (const QString& name : files) {
        const QList<Entry> entries = readTs(QStringLiteral(M2AI_TS_DIR "/") + name);
        CHECK(entries.size() > 800);
        QStringList wrong;
        for (const Entry& e : entries) {
            const QSet<QString> wanted = arguments(e.source);
            for (const QString& t : e.translations) {
                QSet<QString> got = arguments(t);
                // Chinese has one plural form and may say "%n" implicitly only if the source has it.
                if (got != wanted)
                    wrong << e.context + QStringLiteral(": \"") + e.source + QStringLiteral("\" → \"") + t +
                                 QLatin1Char('"');
            }
        }
        INFO(name.toStdString() << ": " << wrong.join(QLatin1Char('\n')).toStdString());
        CHECK(wrong.isEmpty());
    }
}

TEST_CASE("Each language: main window, a dialog, a report page and Qt's buttons are translated",
          "[translations]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    struct Case {
        const char* code;
        const char* fileMenu;     // MainWindow's first menu
        const char* costsTitle;   // CostAssumptionsDialog's window title
        const char* reportTitle;  // the report's title page
        const char* pageOf;       // footer of the last page
        const char* cancel;       // Qt's own Cancel button (qtbase_*.qm)
        const char* npvLegend;    // a chart legend entry (ChartNames::npv)
    };
    const Case cases[] = {
        {"fr", "&Fichier", "Hypothèses de coûts", "Rapport de plan de conversion", "Page 9 sur 9", "Annuler",
         "VAN"},
        {"es", "&Archivo", "Supuestos de costes", "Informe del plan de conversión", "Página 9 de 9",
         "Cancelar", "VAN"},
        {"zh_CN", "文件(&F)", "成本假设", "改造方案报告", "第 9 页，共 9 页", "取消", "净现值"},
    };
    const m2ai::Portfolio p = m2ai::samplePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    for (const Case& c : cases) {
        const QString code = QString::fromUtf8(c.code);
        INFO("language " << c.code);
        REQUIRE(Translations::install(Translations::localeFor(code)));
        CHECK(Translations::installedLanguage() == code);

        MainWindow window;
        QStringList menus;
        for (QAction* a : window.menuBar()->actions()) menus << a->text();
        INFO("menus: " << menus.join(QLatin1Char('|')).toStdString());
        REQUIRE_FALSE(menus.isEmpty());
        CHECK(menus.first() == QString::fromUtf8(c.fileMenu));
        CHECK_FALSE(menus.contains(QStringLiteral("&View")));

        CostAssumptionsDialog dialog(p.costs);
        CHECK(dialog.windowTitle() == QString::fromUtf8(c.costsTitle));

        // Qt's own strings come from the system's qtbase_*.qm (Debian: qt6-translations-l10n).
        REQUIRE(Translations::qtTranslationLoaded());
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
        CHECK(cancel == QString::fromUtf8(c.cancel));

        const std::unique_ptr<QChart> chart(makeNpvBySiteChart(p, r));
        Translations::translateChartSeries(chart.get());
        QStringList legend;
        for (QAbstractSeries* series : chart->series())
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
                for (QBarSet* set : bars->barSets()) legend << set->label();
        CHECK(legend.contains(QString::fromUtf8(c.npvLegend)));
        CHECK(legend.filter(QStringLiteral("Tydal")).isEmpty());  // site names are not series here

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        REQUIRE(ReportRenderer(p, r).writePdf(pdf, &error));
        const std::string text = pdfText(pdf);
        CHECK(text.find(c.reportTitle) != std::string::npos);
        CHECK(text.find(c.pageOf) != std::string::npos);
        CHECK(text.find("Conversion plan report") == std::string::npos);
    }
}

TEST_CASE("Language codes: environment values and the View › Language setting", "[translations]") {
    testsupport::qtApp();
    CHECK(Translations::localeFor(QStringLiteral("fr_FR.UTF-8")).language() == QLocale::French);
    CHECK(Translations::localeFor(QStringLiteral("zh_CN.UTF-8")).language() == QLocale::Chinese);
    CHECK(Translations::localeFor(QStringLiteral("es")).language() == QLocale::Spanish);
    CHECK(Translations::localeFor(QStringLiteral("C")) == QLocale::c());
    Translations::setLanguageSetting(QStringLiteral("es"));
    CHECK(Translations::languageSetting() == QStringLiteral("es"));
    Translations::setLanguageSetting(QStringLiteral("xx"));  // not ours: back to the system locale
    CHECK(Translations::languageSetting().isEmpty());
    Translations::setLanguageSetting(QString());
    CHECK(Translations::languageSetting().isEmpty());
}

TEST_CASE("core's problems, warnings and infeasibilities are shown translated", "[translations]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.sites[0].gridInterconnectMw = -5.5;
    p.sites[1].plan.electrical.redundancy = m2ai::Redundancy::NPlus1;
    p.sites[1].plan.electrical.installedBlocks = 1;
    p.sites[2].name.clear();
    p.sites[2].plan.extraTasks = {{"permit", "Permit", 1.0, {"nowhere", "permit"}}};
    const std::vector<m2ai::Problem> problems = m2ai::validate(p);
    REQUIRE(problems.size() >= 5);

    // English: exactly core's own text, so nothing shown in English changes.
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    for (const m2ai::Problem& problem : problems)
        CHECK(ProblemText::problem(problem).toStdString() == problem.toString());

    REQUIRE(Translations::install(QLocale(QLocale::French, QLocale::France)));
    QStringList french;
    for (const m2ai::Problem& problem : problems) french << ProblemText::problem(problem);
    INFO(french.join(QLatin1Char('\n')).toStdString());
    // The range from its parameters, the value in the French number format.
    CHECK(french.contains(
        QStringLiteral("sites[0].gridInterconnectMw: doit être entre 0 et 10000 MW, reçu -5,5")));
    CHECK(french.filter(QStringLiteral("N+1 exige au moins 2 blocs")).size() == 1);
    CHECK(french.filter(QStringLiteral("ne doit pas être vide (nom du site)")).size() == 1);
    for (const QString& line : french) CHECK_FALSE(line.contains(QStringLiteral("must ")));

    // Every warning and infeasibility the sample and a broken plan produce: English is core's text,
    // French is not.
    m2ai::Portfolio broken = m2ai::samplePortfolio();
    broken.sites[0].plan.cooling.enabled = true;
    broken.sites[0].plan.cooling.technology = m2ai::CoolingTech::Air;
    broken.sites[0].plan.gpu.kwPerRack = 120.0;
    broken.sites[1].gridQueue = m2ai::GridQueue{50.5, broken.startMonth.plusMonths(broken.horizonYears * 12)};
    const m2ai::PortfolioResult r = m2ai::computePortfolio(broken);
    int infeasibilities = 0, warnings = 0;
    for (const m2ai::SiteResult& site : r.sites) {
        for (const m2ai::SiteWarning& w : site.warnings) {
            ++warnings;
            REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
            CHECK(ProblemText::warning(w).toStdString() == w.message);
            REQUIRE(Translations::install(QLocale(QLocale::French, QLocale::France)));
            const QString text = ProblemText::warning(w);
            CHECK(text.toStdString() != w.message);
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("%[0-9]"))));
            if (w.code == m2ai::WarningCode::QueuedGridAfterHorizon)
                CHECK(text.contains(QStringLiteral("50,5 MW")));
        }
        for (const m2ai::Infeasibility& f : site.infeasibilities) {
            ++infeasibilities;
            const QString text = ProblemText::infeasibility(f);
            CHECK(text.toStdString() != m2ai::describeInfeasibility(f));
            CHECK_FALSE(
                text.contains(QRegularExpression(QStringLiteral("%[0-9]"))));  // every argument filled
        }
    }
    CHECK(infeasibilities >= 1);
    CHECK(warnings >= 1);
}

TEST_CASE("Every problem and warning code has a translated format with the same arguments",
          "[translations]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    QStringList sources;
    for (const m2ai::ProblemCode code : m2ai::kAllProblemCodes) {
        const QStringList f = ProblemText::formats(code);
        // Only the generic code is shown as core wrote it; a Formatted problem (the hourly climate's
        // check among them) brings its own format.
        CHECK(f.isEmpty() == (code == m2ai::ProblemCode::Generic || code == m2ai::ProblemCode::Formatted));
        sources << f;
    }
    for (const m2ai::WarningCode code : m2ai::kAllWarningCodes) {
        const QStringList f = ProblemText::formats(code);
        CHECK(f.size() == 1);
        sources << f;
    }
    REQUIRE(sources.size() >= 28);
    for (const char* language : {"fr", "es", "zh_CN"}) {
        REQUIRE(Translations::install(QLocale(QString::fromLatin1(language))));
        for (const QString& source : sources) {
            const QByteArray utf8 = source.toUtf8();
            const QString translated = QCoreApplication::translate("ProblemText", utf8.constData());
            INFO(language << ": " << source.toStdString() << " → " << translated.toStdString());
            CHECK(translated != source);
            CHECK(arguments(translated) == arguments(source));
        }
    }
}

TEST_CASE("Generated task names and catalogue names are translated, a user's task name is not",
          "[translations]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    m2ai::Portfolio p = m2ai::samplePortfolio();
    // A user task named like a generated one keeps the user's words in every language.
    p.sites[0].plan.extraTasks.push_back({"site-survey", "Design and permits", 2.0, {}});
    p.sites[1].plan.cooling.technology = m2ai::CoolingTech::Air;  // "Procure CRAHs" besides the CDUs
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    const m2ai::Catalogue& cat = m2ai::defaultCatalogue();

    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    for (const m2ai::SiteResult& site : r.sites)
        for (const m2ai::ScheduledTask& t : site.schedule.tasks)
            CHECK(CatalogueText::taskName(t).toStdString() == t.name);
    for (const m2ai::CountryPreset& c : cat.countries)
        CHECK(CatalogueText::countryName(c).toStdString() == c.name);
    for (const m2ai::CoolingTechnology& c : cat.coolingTechnologies)
        CHECK(CatalogueText::coolingName(c.tech).toStdString() == c.name);

    for (const char* code : {"fr", "es", "zh_CN"}) {
        INFO(code);
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(code))));
        int generated = 0;
        int user = 0;
        for (const m2ai::SiteResult& site : r.sites) {
            for (const m2ai::ScheduledTask& t : site.schedule.tasks) {
                INFO(t.id << ": " << t.name);
                // A name core renamed or added would come back in English and fail here.
                if (m2ai::schedule::generatedTask(t.id.view())) {
                    ++generated;
                    CHECK(CatalogueText::taskName(t).toStdString() != t.name);
                } else {
                    ++user;
                    CHECK(CatalogueText::taskName(t).toStdString() == t.name);
                }
            }
        }
        CHECK(generated >= 10);
        CHECK(user >= 1);
        for (const m2ai::CountryPreset& c : cat.countries)
            CHECK(CatalogueText::countryName(c).toStdString() != c.name);
        for (const m2ai::CoolingTechnology& c : cat.coolingTechnologies)
            CHECK(CatalogueText::coolingName(c.tech).toStdString() != c.name);
    }
}

TEST_CASE("At 1280 px the toolbar shows every button and the site picker in each language",
          "[translations]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    for (const char* code : {"en", "fr", "es", "zh_CN"}) {
        INFO("language " << code);
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(code))));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        REQUIRE(bar != nullptr);
        // A button that does not fit is hidden behind the overflow chevron.
        for (QAction* a : bar->actions()) {
            if (a->isSeparator()) continue;
            INFO(a->iconText().toStdString());
            const QWidget* w = bar->widgetForAction(a);
            REQUIRE(w != nullptr);
            CHECK(w->isVisible());
            CHECK_FALSE(a->iconText().contains(QRegularExpression(QStringLiteral("\\([A-Za-z0-9]\\)"))));
        }
        const QWidget* combo = window.findChild<QWidget*>(QStringLiteral("siteCombo"));
        REQUIRE(combo != nullptr);
        CHECK(combo->isVisible());
    }
}

TEST_CASE("mine2ai-cli prints validation problems and warnings in its language", "[translations]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string bad = dir.filePath(QStringLiteral("bad.json")).toStdString();
    {
        m2ai::Portfolio p = m2ai::samplePortfolio();
        p.sites[0].gridInterconnectMw = -5.5;
        p.sites[1].plan.electrical.redundancy = m2ai::Redundancy::NPlus1;
        p.sites[1].plan.electrical.installedBlocks = 1;
        QFile file(QString::fromStdString(bad));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(m2ai::portfolioToJson(p)));
    }
    const auto english = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "validate", bad});
    CHECK(english.exitCode == 1);
    CHECK(english.err.find("sites[0].gridInterconnectMw: must be between 0 and 10000 MW, got -5.5") !=
          std::string::npos);
    const auto french = m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "fr", "validate", bad});
    INFO(french.err);
    CHECK(french.exitCode == 1);
    // The field by its translated label, as the GUI names it (app/cli/ProblemLines.cpp).
    CHECK(french.err.find("Raccordement actuel, site 1: doit être entre 0 et 10000 MW, reçu -5,5") !=
          std::string::npos);
    CHECK(french.err.find("must be") == std::string::npos);
}

TEST_CASE("core's marked sentences (M2AI_TR) are shown translated, arguments kept", "[translations]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    std::vector<m2ai::Problem> problems;
    m2ai::jsonio::unknownKeys(nlohmann::json{{"nmae", 1}}, "scenarios[0]", {"name", "overrides"}, problems);
    REQUIRE(problems.size() == 1);
    const m2ai::Problem& p = problems[0];
    CHECK(p.code == m2ai::ProblemCode::Formatted);

    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    CHECK(ProblemText::problem(p).toStdString() == p.toString());
    for (const char* language : {"fr", "es", "zh_CN"}) {
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
        const QString text = ProblemText::problemMessage(p);
        INFO(language << ": " << text.toStdString());
        CHECK(text.toStdString() != p.message);
        CHECK(text.contains(QStringLiteral("name, overrides")));  // the argument, as core wrote it
        CHECK_FALSE(text.contains(QStringLiteral("%1")));
    }
}
