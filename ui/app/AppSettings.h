#pragma once
// Typed QSettings keys (organisation "Mine2AI", application "Mine2AI Planner"), kept in one place.
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace AppSettings {

constexpr int kMaxRecentFiles = 8;

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& value);
QByteArray windowState();
void setWindowState(const QByteArray& value);
QStringList recentFiles();
// Puts path first, drops duplicates and missing files, keeps kMaxRecentFiles.
void addRecentFile(const QString& path);
void setRecentFiles(const QStringList& files);
bool firstStart();
void setStarted();
bool darkTheme();
void setDarkTheme(bool on);
// Open the most recent project on start (default on, as office suites do).
bool reopenLastProject();
void setReopenLastProject(bool on);
// The portfolio table's hidden columns (PortfolioTableModel::Column); until the user picks, the
// view's defaults apply.
bool hasPortfolioColumns();
QList<int> portfolioHiddenColumns();
void setPortfolioHiddenColumns(const QList<int>& columns);

}  // namespace AppSettings
