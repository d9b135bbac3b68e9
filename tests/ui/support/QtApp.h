#pragma once
// One QApplication for the whole ui_tests run, created on first use (Catch's shared main owns
// main()). Offscreen platform unless the environment says otherwise; QStandardPaths test mode keeps
// QSettings (recent files, geometry) out of the user's real configuration, and a HOME of its own
// per process keeps test processes that ctest runs in parallel out of each other's settings and
// autosave folders (a recovery test saw another process's autosave as an orphan).
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

namespace testsupport {

inline QApplication& qtApp() {
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        static QTemporaryDir home;  // removed at exit
        if (home.isValid()) {
            qputenv("HOME", home.path().toLocal8Bit());
            for (const char* xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
                qunsetenv(xdg);
        }
        QStandardPaths::setTestModeEnabled(true);
        auto* a = new QApplication(argc, argv);  // lives until exit: widgets may outlive a test case
        QApplication::setOrganizationName(QStringLiteral("Mine2AI"));
        QApplication::setApplicationName(QStringLiteral("Mine2AI Planner"));
        return a;
    }();
    return *app;
}

}  // namespace testsupport
