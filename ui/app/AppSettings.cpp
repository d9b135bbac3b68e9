#include "app/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace AppSettings {
namespace {
// Explicit organisation/application so tests and the app agree whatever QCoreApplication says.
QSettings settings() {
    return QSettings(QStringLiteral("Mine2AI"), QStringLiteral("Mine2AI Planner"));
}
const QString kGeometry = QStringLiteral("mainwindow/geometry");
const QString kState = QStringLiteral("mainwindow/state");
const QString kRecent = QStringLiteral("files/recent");
const QString kStarted = QStringLiteral("app/started");
const QString kDark = QStringLiteral("view/darkTheme");
const QString kReopen = QStringLiteral("files/reopenLast");
const QString kHiddenColumns = QStringLiteral("portfolio/hiddenColumns");
}  // namespace

QByteArray windowGeometry() {
    return settings().value(kGeometry).toByteArray();
}
void setWindowGeometry(const QByteArray& value) {
    settings().setValue(kGeometry, value);
}
QByteArray windowState() {
    return settings().value(kState).toByteArray();
}
void setWindowState(const QByteArray& value) {
    settings().setValue(kState, value);
}
QStringList recentFiles() {
    return settings().value(kRecent).toStringList();
}
void setRecentFiles(const QStringList& files) {
    settings().setValue(kRecent, files);
}

void addRecentFile(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(abs);
    files.prepend(abs);
    QStringList kept;
    for (const QString& f : files)
        if (QFileInfo::exists(f) && kept.size() < kMaxRecentFiles) kept << f;
    setRecentFiles(kept);
}

bool firstStart() {
    return !settings().value(kStarted, false).toBool();
}
void setStarted() {
    settings().setValue(kStarted, true);
}
bool darkTheme() {
    return settings().value(kDark, false).toBool();
}
void setDarkTheme(bool on) {
    settings().setValue(kDark, on);
}

bool reopenLastProject() {
    return settings().value(kReopen, true).toBool();
}
void setReopenLastProject(bool on) {
    settings().setValue(kReopen, on);
}
bool hasPortfolioColumns() {
    return settings().contains(kHiddenColumns);
}
QList<int> portfolioHiddenColumns() {
    QList<int> out;
    for (const QVariant& v : settings().value(kHiddenColumns).toList()) out << v.toInt();
    return out;
}
void setPortfolioHiddenColumns(const QList<int>& columns) {
    QVariantList list;
    for (int c : columns) list << c;
    settings().setValue(kHiddenColumns, list);
}

}  // namespace AppSettings
