// Issue 16: risk, sensitivity and scenario input problems and run errors (contexts "RiskInputs",
// "ScenarioInputs") and the risk charts' series names are shown in the user's language; in English
// exactly as core wrote them.
#include <QByteArray>
#include <QFile>
#include <QLocale>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/CoreErrorText.h"
#include "app/ProblemText.h"
#include "app/Translations.h"
#include "charts/RiskCharts.h"
#include "io/JsonIo.h"
#include "io/JsonRiskInputs.h"
#include "sample/Sample.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/ScenarioFields.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"

namespace {

struct EnglishAfterwards {
    QLocale before;
    ~EnglishAfterwards() { Translations::install(before); }
};

const char* const kLanguages[] = {"fr", "es", "zh_CN"};

}  // namespace

TEST_CASE("Risk and scenario input problems are translated, arguments kept", "[translations][trrisk]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    m2ai::RiskInputs r;
    const std::vector<m2ai::Problem> risk =
        m2ai::jsonio::readRiskInputs(nlohmann::json{{"trials", 0}}, "risk", r);
    REQUIRE(risk.size() == 1);
    m2ai::Scenario s;
    s.name = "Wet year";
    s.overrides = {{"Gone", "plan.gpu.kwPerRack", 100.0}};
    const m2ai::Portfolio base = m2ai::samplePortfolio();
    const m2ai::AppliedScenario applied = m2ai::applyScenario(base, s, 0);
    REQUIRE(applied.problems.size() == 1);
    const m2ai::Problem& scenario = applied.problems[0];
    for (const m2ai::Problem* p : {&risk[0], &scenario}) CHECK(p->code == m2ai::ProblemCode::Formatted);

    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    CHECK(ProblemText::problem(risk[0]).toStdString() == risk[0].toString());
    CHECK(ProblemText::problem(scenario).toStdString() == scenario.toString());
    CHECK(CoreErrorText::message(applied.errorMessage, applied.problems, applied.error).toStdString() ==
          applied.error);
    CHECK(RiskChartNames::histogram() == QStringLiteral("Trials"));

    for (const char* language : kLanguages) {
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
        const QString trials = ProblemText::problemMessage(risk[0]);
        const QString gone = ProblemText::problemMessage(scenario);
        const QString error = CoreErrorText::message(applied.errorMessage, applied.problems, applied.error);
        INFO(language << ": " << trials.toStdString() << " | " << gone.toStdString() << " | "
                      << error.toStdString());
        CHECK(trials.toStdString() != risk[0].message);
        CHECK(trials.contains(QString::number(m2ai::risk::kMaxTrials)));
        CHECK(gone.toStdString() != scenario.message);
        CHECK(gone.contains(QStringLiteral("Gone")));
        CHECK(gone.contains(QStringLiteral("plan.gpu.kwPerRack")));
        // The run error quotes its first problem: translated in its place, one language throughout.
        CHECK(error.contains(QStringLiteral("Wet year")));
        CHECK(error.contains(gone));
        CHECK_FALSE(error.contains(QStringLiteral("not applied")));
        for (const QString& text : {trials, gone, error}) CHECK_FALSE(text.contains(QStringLiteral("%1")));
        CHECK(RiskChartNames::histogram() != QStringLiteral("Trials"));
        CHECK(RiskChartNames::sCurve() != QStringLiteral("P(first RFS by month)"));
    }
}

TEST_CASE("A refused override value names the field by its label in the user's language",
          "[translations][trrisk]") {
    testsupport::qtApp();
    EnglishAfterwards restore;
    const m2ai::OverridableField* rack = m2ai::overridableField("plan.gpu.kwPerRack");
    REQUIRE(rack);
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    const ScenarioFields::Parsed english = ScenarioFields::check(*rack, 500.0);
    CHECK_FALSE(english.ok);
    CHECK(english.error ==
          ScenarioFields::label(*rack) + QStringLiteral(": must be between 1 and 300 kW, got 500"));
    for (const char* language : kLanguages) {
        REQUIRE(Translations::install(Translations::localeFor(QString::fromLatin1(language))));
        const ScenarioFields::Parsed c = ScenarioFields::check(*rack, 500.0);
        INFO(language << ": " << c.error.toStdString());
        CHECK(c.error.startsWith(ScenarioFields::label(*rack)));
        CHECK_FALSE(c.error.contains(QStringLiteral("plan.gpu.kwPerRack")));
        CHECK_FALSE(c.error.contains(QStringLiteral("must be")));
        CHECK(c.error.contains(QStringLiteral("300")));
        CHECK(c.error.contains(QStringLiteral("500")));
    }
}

TEST_CASE("mine2ai-cli sensitivity prints a refused input in its language", "[translations][trrisk]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string sample = dir.filePath(QStringLiteral("sample.json")).toStdString();
    {
        QFile file(QString::fromStdString(sample));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(m2ai::portfolioToJson(m2ai::samplePortfolio())));
    }
    const auto english =
        m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "en", "sensitivity", "--pct", "95", sample});
    CHECK(english.exitCode != 0);
    CHECK(english.err.find("sensitivity.pct: must be more than 0 and at most 90 (percent)") !=
          std::string::npos);
    const auto french =
        m2ai::test::runProcess(M2AI_CLI_PATH, {"--lang", "fr", "sensitivity", "--pct", "95", sample});
    INFO(french.err);
    CHECK(french.exitCode == english.exitCode);
    CHECK(french.err.find("sensitivity.pct: doit être supérieur à 0 et au plus 90 (pour cent)") !=
          std::string::npos);
    CHECK(french.err.find("must be") == std::string::npos);
}
