#include "Translations.h"

#include <QAbstractBarSeries>
#include <QActionGroup>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>
#include <memory>

namespace Translations {

namespace {

const QString kSettingKey = QStringLiteral("ui/language");

// Owned here rather than by the application: install() swaps them when a test switches language.
std::unique_ptr<QTranslator>& appTranslator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator>& qtTranslator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
QString& installed() {
    static QString code = QStringLiteral("en");
    return code;
}
bool& qtLoaded() {
    static bool loaded = false;
    return loaded;
}

// "zh_CN" for Chinese in China (and Singapore, which also writes simplified characters), else the
// bare language ("fr", "es"), else "en".
QString languageCode(const QLocale& locale) {
    switch (locale.language()) {
        case QLocale::French:
            return QStringLiteral("fr");
        case QLocale::Spanish:
            return QStringLiteral("es");
        case QLocale::Chinese:
            if (locale.script() == QLocale::TraditionalChineseScript) return QStringLiteral("en");
            return QStringLiteral("zh_CN");
        default:
            return QStringLiteral("en");
    }
}

void removeInstalled() {
    for (auto* t : {&appTranslator(), &qtTranslator()}) {
        if (*t) QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    installed() = QStringLiteral("en");
    qtLoaded() = false;
}

}  // namespace

const QList<Language>& languages() {
    static const QList<Language> list = {
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    return list;
}

QString languageSetting() {
    QString code = QSettings().value(kSettingKey).toString();
    for (const Language& l : languages())
        if (l.code == code) return code;
    return {};  // unset or not ours (a hand-edited file): the system locale
}

void setLanguageSetting(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, code);
}

QLocale localeFor(const QString& code) {
    if (code.isEmpty()) return QLocale::system();
    QString name = code.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (name == QLatin1String("C") || name == QLatin1String("POSIX")) return QLocale::c();
    return QLocale(name);
}

QString languageFromEnvironment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) return value;
    }
    return {};
}

bool install(const QLocale& locale) {
    removeInstalled();
    QLocale::setDefault(locale);
    const QString code = languageCode(locale);
    if (code == QLatin1String("en")) return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/mine2ai_%1.qm").arg(code))) return false;
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
    installed() = code;
    // Qt's own strings (Cancel, Yes, the file dialog); absent when qt6-translations-l10n is not
    // installed, and then only those stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
        qtLoaded() = true;
    }
    return true;
}

QString installedLanguage() {
    return installed();
}

bool qtTranslationLoaded() {
    return qtLoaded();
}

QString chartSeriesName(const QString& name) {
    if (installedLanguage() == QLatin1String("en")) return name;
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ChartNames", "IT"),
        QT_TRANSLATE_NOOP("ChartNames", "Cooling"),
        QT_TRANSLATE_NOOP("ChartNames", "Losses"),
        QT_TRANSLATE_NOOP("ChartNames", "Misc"),
        QT_TRANSLATE_NOOP("ChartNames", "Spare"),
        QT_TRANSLATE_NOOP("ChartNames", "Mining"),
        QT_TRANSLATE_NOOP("ChartNames", "PUE by month"),
        QT_TRANSLATE_NOOP("ChartNames", "Annual PUE"),
        QT_TRANSLATE_NOOP("ChartNames", "IT online"),
        QT_TRANSLATE_NOOP("ChartNames", "Ready for service"),
        QT_TRANSLATE_NOOP("ChartNames", "Converting"),
        QT_TRANSLATE_NOOP("ChartNames", "Keep mining"),
        QT_TRANSLATE_NOOP("ChartNames", "Payback"),
        QT_TRANSLATE_NOOP("ChartNames", "Capex"),
        QT_TRANSLATE_NOOP("ChartNames", "NPV"),
        QT_TRANSLATE_NOOP("ChartNames", "Incremental NPV vs keep mining"),
    };
    for (const char* n : names)
        if (name == QLatin1String(n)) return QCoreApplication::translate("ChartNames", n);
    return name;
}

void translateChartSeries(QChart* chart) {
    if (!chart || installedLanguage() == QLatin1String("en")) return;
    for (QAbstractSeries* series : chart->series()) {
        series->setName(chartSeriesName(series->name()));
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets()) set->setLabel(chartSeriesName(set->label()));
    }
}

QMenu* addLanguageMenu(QMenu* parent, QWidget* window) {
    QMenu* menu = parent->addMenu(QCoreApplication::translate("Translations", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();
    auto add = [&](const QString& code, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setToolTip(QCoreApplication::translate("Translations", "Takes effect on restart"));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [code, window] {
            setLanguageSetting(code);
            if (auto* main = qobject_cast<QMainWindow*>(window))
                main->statusBar()->showMessage(
                    QCoreApplication::translate("Translations",
                                                "The language changes when Mine2AI Planner restarts."),
                    10000);
        });
    };
    // Said before the choices, not only after one: widgets built in the old language stay as they are.
    menu->addAction(QCoreApplication::translate("Translations", "Takes effect on restart"))
        ->setEnabled(false);
    menu->addSeparator();
    add(QString(), QCoreApplication::translate("Translations", "&System Language"));
    menu->addSeparator();
    for (const Language& l : languages()) add(l.code, l.nativeName);
    return menu;
}

}  // namespace Translations
