#pragma once
// The interface language: the app's own .qm (compiled into the binary under :/i18n) plus Qt's
// qtbase_*.qm from the system (Debian: qt6-translations-l10n), so Qt's dialog buttons match.
// The GUI follows the system locale unless View › Language picked one (takes effect on restart);
// mine2ai-cli follows LC_ALL / LC_MESSAGES / LANG and its --lang option.
#include <QList>
#include <QLocale>
#include <QString>

class QChart;
class QMenu;
class QWidget;

namespace Translations {

struct Language {
    QString code;        // "fr", "zh_CN", "es", "en"
    QString nativeName;  // as its speakers write it, so a user lost in a foreign UI finds theirs
};

// The languages with a translation, then English (the source language).
const QList<Language>& languages();

// The View › Language setting: a code from languages(), or empty for the system locale.
QString languageSetting();
void setLanguageSetting(const QString& code);

// The locale for a code ("fr", "fr_FR", "zh_CN.UTF-8", "C"); empty means QLocale::system().
QLocale localeFor(const QString& code);
// POSIX precedence for messages: LC_ALL, then LC_MESSAGES, then LANG; empty when none is set.
QString languageFromEnvironment();

// Installs the translators for locale (replacing any installed before, so tests can switch) and
// makes it the default QLocale, so numbers, dates and currency follow it. Needs a
// QCoreApplication. Returns false when the app has no translation for that language (English
// then, with the locale's number formats still applied).
bool install(const QLocale& locale);
// The language install() applied last ("fr", "zh_CN", "es", or "en").
QString installedLanguage();
// Whether Qt's own translation (qtbase_*.qm) was found for the installed language.
bool qtTranslationLoaded();

// Adds View › Language: System and each language, checked as set; picking one stores the setting
// and says in the status bar of window (when given) that it takes effect on restart.
QMenu* addLanguageMenu(QMenu* parent, QWidget* window);

// The legend names of a chart's series (charts/SiteCharts.h ChartNames: "NPV", "Cooling", …) in
// the interface language. The chart code names series in English because tests and exports find
// them by those names; this runs where a chart is shown or rendered. Only those names change: a
// series named after a site keeps its name (unless it is spelled exactly like one of them).
void translateChartSeries(QChart* chart);
// The name translateChartSeries gives a series or bar set named name (name itself when it is not
// one of ChartNames or the language is English).
QString chartSeriesName(const QString& name);

}  // namespace Translations
