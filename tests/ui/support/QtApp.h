#pragma once
// One QApplication for the whole ui_tests run, created on first use (Catch's shared main owns
// main()). Offscreen platform unless the environment says otherwise; QStandardPaths test mode keeps
// QSettings (recent files, geometry) out of the user's real configuration.
#include <QApplication>
#include <QStandardPaths>
#include <QtGlobal>

namespace testsupport {

inline QApplication& qtApp() {
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);
        auto* a = new QApplication(argc, argv);  // lives until exit: widgets may outlive a test case
        QApplication::setOrganizationName(QStringLiteral("Mine2AI"));
        QApplication::setApplicationName(QStringLiteral("Mine2AI Planner"));
        return a;
    }();
    return *app;
}

}  // namespace testsupport
