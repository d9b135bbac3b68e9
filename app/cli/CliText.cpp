#include "CliText.h"

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

#include "Language.h"
#include "validation/CoreMessage.h"

namespace m2ai::cli {

namespace {

// "fr", "es", "zh_CN" or "" (English) for a code as LANG or --lang give it ("fr_FR.UTF-8", "zh_CN",
// "C"): the same choice as the desktop app's (ui/app/Translations.cpp languageCode).
QString languageCode(const std::string& requested) {
    const QString name =
        QString::fromStdString(requested).section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX")) return {};
    const QLocale locale(name);
    switch (locale.language()) {
        case QLocale::French:
            return QStringLiteral("fr");
        case QLocale::Spanish:
            return QStringLiteral("es");
        case QLocale::Chinese:
            if (locale.script() == QLocale::TraditionalChineseScript) return {};
            return QStringLiteral("zh_CN");
        default:
            return {};
    }
}

// Loaded on first use, after main has taken --lang. The translator is not installed in an
// application: most commands run without one (the report command creates its own).
const QTranslator* translator() {
    static const std::unique_ptr<QTranslator> loaded = []() -> std::unique_ptr<QTranslator> {
        const QString code = languageCode(requestedLanguage());
        if (code.isEmpty()) return nullptr;
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/mine2ai_%1.qm").arg(code))) return nullptr;
        return t;
    }();
    return loaded.get();
}

}  // namespace

std::string translate(const char* context, const char* source, const char* disambiguation, int n) {
    QString text;
    if (const QTranslator* t = translator()) text = t->translate(context, source, disambiguation, n);
    if (text.isEmpty()) text = QString::fromUtf8(source);
    if (n >= 0) text.replace(QLatin1String("%n"), QString::number(n));
    return text.toStdString();
}

std::string fill(const std::string& text, std::initializer_list<std::string> args) {
    // The same one-pass substitution as core's messages, so a CLI sentence and a core problem
    // treat a "%2" inside an argument (a file name) alike.
    return fillArgs(text, std::vector<std::string>(args));
}

}  // namespace m2ai::cli
