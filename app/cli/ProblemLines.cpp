#include "ProblemLines.h"

#include "engines/SiteWarning.h"
#include "io/PortfolioFile.h"
#include "io/SitesTable.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

#ifdef M2AI_CLI_HAS_UI
#include <QCoreApplication>
#include <QString>

#include "Language.h"
#include "app/FieldLabels.h"
#include "app/ProblemText.h"
#include "app/Translations.h"
#include "import/SitesImportText.h"
#endif

namespace m2ai::cli {

namespace {

#ifdef M2AI_CLI_HAS_UI
// Whether the CLI speaks a language other than English. The translators live on a Qt application:
// the report command makes its own (a QApplication, translations installed); any other command
// gets a QCoreApplication here, the first time it prints a problem or warning.
bool translating() {
    static const bool on = [] {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "mine2ai-cli";
            static char* argv[] = {name, nullptr};
            static QCoreApplication app(argc, argv);
            Translations::install(Translations::localeFor(QString::fromStdString(requestedLanguage())));
        }
        return Translations::installedLanguage() != QLatin1String("en");
    }();
    return on;
}
#endif

}  // namespace

std::string problemLine(const Problem& problem) {
#ifdef M2AI_CLI_HAS_UI
    // The field by its translated label, as the GUI names it when a file does not open
    // (ui/app/MainWindow.cpp problemsText): "Raccordement actuel, site 1: …". An unknown path
    // (risk, scenario inputs) stays as it is.
    if (translating()) return FieldLabels::humanize(ProblemText::problem(problem), Portfolio{}).toStdString();
#endif
    return problem.toString();
}

std::string warningLine(const SiteWarning& warning) {
#ifdef M2AI_CLI_HAS_UI
    if (translating()) return ProblemText::warning(warning).toStdString();
#endif
    return warning.message;
}

std::string cellProblemLine(const CellProblem& problem) {
#ifdef M2AI_CLI_HAS_UI
    if (translating()) return SitesImportText::problem(problem).toStdString();
#endif
    return problem.toString();
}

std::string messageLine(const CoreMessage& message) {
#ifdef M2AI_CLI_HAS_UI
    if (translating()) return ProblemText::message(message).toStdString();
#endif
    return message.english();
}

std::string loadErrorLine(const LoadedPortfolio& loaded) {
    return loaded.errorMessage.empty() ? loaded.error : messageLine(loaded.errorMessage);
}

}  // namespace m2ai::cli
