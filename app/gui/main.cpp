// mine2ai: the desktop app. Command line: `mine2ai [FILE.m2ai|FILE.json] [--sample] [--site N]`.
// First start and --sample show the built-in sample portfolio; --site N opens site N (1-based) in
// the site view (used for the dashboard screenshot).
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "app/AppSettings.h"
#include "app/MainWindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mine2AI"));
    QApplication::setApplicationName(QStringLiteral("Mine2AI Planner"));
    QApplication::setApplicationVersion(QStringLiteral(M2AI_VERSION));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("mine2ai"), QIcon(QStringLiteral(":/icons/mine2ai.svg"))));
    // Lets Wayland docks and task bars match the window to packaging/mine2ai.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("mine2ai"));

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
    parser.addOption(sample);
    parser.addOption(site);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .m2ai project or a .json portfolio."));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(sample)) {
        window.loadSample();
    } else if (!files.isEmpty()) {
        if (!window.openFile(files.first(), true)) window.newProject();  // the dialog said why
    } else if (AppSettings::firstStart()) {
        window.loadSample();
    } else {
        window.newProject();
    }
    AppSettings::setStarted();
    if (parser.isSet(site)) window.showSite(parser.value(site).toInt() - 1);
    window.show();
    return app.exec();
}
