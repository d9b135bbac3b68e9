// mine2ai: the desktop app. Command line: `mine2ai [FILE.m2ai|FILE.json] [--sample] [--site N]`.
// First start and --sample show the built-in sample portfolio; --site N opens site N (1-based) in
// the site view (used for the dashboard screenshot). A recovery copy left by a session that did
// not close normally is offered first (Recover / Discard); recovering replaces the start-up file.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

#include "app/AppSettings.h"
#include "app/Autosave.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/WheelGuard.h"
#include "document/ProjectDocument.h"
#include "io/FileSizeSignal.h"

int main(int argc, char** argv) {
    m2ai::ignoreFileSizeSignal();  // a file size limit then fails a save cleanly instead of killing it
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mine2AI"));
    QApplication::setApplicationName(QStringLiteral("Mine2AI Planner"));
    QApplication::setApplicationVersion(QStringLiteral(M2AI_VERSION));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("mine2ai"), QIcon(QStringLiteral(":/icons/mine2ai.svg"))));
    // Lets Wayland docks and task bars match the window to packaging/mine2ai.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("mine2ai"));
    // Before any widget or help text exists: View › Language, else the system locale.
    Translations::install(Translations::localeFor(Translations::languageSetting()));
    WheelGuard::install(&app);  // the wheel scrolls forms instead of changing the field under it

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan the conversion of Bitcoin-mining sites into AI data centres"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "Open the built-in sample portfolio."));
    const QCommandLineOption site(QStringLiteral("site"),
                                  QApplication::translate("main", "Show site N (1-based) in the site view."),
                                  QStringLiteral("N"));
    // Test hook (tests/ui/test_recovery.cpp): one edit, then the recovery copy written at once and
    // its path printed, so a test can kill the process and check that the next start offers it.
    QCommandLineOption autosaveHook(
        QStringLiteral("test-edit-and-autosave"),
        QStringLiteral("Test only: edit, autosave at once, print the copy's path."));
    autosaveHook.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sample);
    parser.addOption(site);
    parser.addOption(autosaveHook);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .m2ai project or a .json portfolio."));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    // A recovered project opens modified, titled after its original file; else the file given, the
    // sample, or the last project (a setting: File › Open Recent), else an empty one.
    if (!window.offerRecovery()) {
        if (!parser.isSet(sample) && !files.isEmpty()) {
            if (!window.openFile(files.first(), true)) window.newProject();  // the dialog said why
        } else if (parser.isSet(sample) || AppSettings::firstStart()) {
            window.loadSample();
        } else if (!window.reopenLastProject()) {
            window.newProject();
        }
    }
    AppSettings::setStarted();
    if (parser.isSet(site)) window.showSite(parser.value(site).toInt() - 1);
    window.show();
    if (parser.isSet(autosaveHook)) {
        QTimer::singleShot(0, &window, [&window] {
            ProjectDocument* doc = window.document();
            doc->editPortfolio(QStringLiteral("test edit"), QStringLiteral("portfolio.name"),
                               [](m2ai::Portfolio& p) { p.name += " (edited)"; });
            QString error;
            const bool ok = window.autosave()->writeNow(&error);
            std::printf("%s\n", ok ? qPrintable(window.autosave()->recoveryPath()) : qPrintable(error));
            std::fflush(stdout);
        });
    }
    return app.exec();
}
