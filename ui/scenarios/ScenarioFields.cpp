#include "scenarios/ScenarioFields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include "app/CoreErrorText.h"
#include "app/FieldLabels.h"

namespace ScenarioFields {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ScenarioFields", text);
}

}  // namespace

QString label(const m2ai::OverridableField& field) {
    // FieldLabels names a list element by its index ("Cooling 2"); the registry names the cooling
    // technology, which is what the user chose.
    const QString path = QString::fromStdString(field.path);
    if (!path.contains(QLatin1Char('['))) {
        QString fromEditors = FieldLabels::label(path);
        if (!fromEditors.isEmpty()) return fromEditors;
    }
    return QString::fromStdString(field.label);
}

QString labelWithUnit(const m2ai::OverridableField& field) {
    if (field.unit.empty()) return label(field);
    return tr("%1 (%2)").arg(label(field), QString::fromStdString(field.unit));
}

QString label(const std::string& path) {
    if (const m2ai::OverridableField* f = m2ai::overridableField(path)) return label(*f);
    return QString::fromStdString(path);
}

QString editText(const m2ai::OverridableField& field, const m2ai::OverrideValue& value) {
    if (const auto* d = std::get_if<double>(&value)) {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(*d, 'g', 12);
    }
    if (const auto* b = std::get_if<bool>(&value)) return *b ? tr("yes") : tr("no");
    (void)field;
    return QString::fromStdString(std::get<std::string>(value));
}

QString valueText(const m2ai::OverridableField& field, const m2ai::OverrideValue& value) {
    if (const auto* d = std::get_if<double>(&value)) {
        const QString number = QLocale().toString(*d, 'g', 12);
        return field.unit.empty() ? number : tr("%1 %2").arg(number, QString::fromStdString(field.unit));
    }
    if (const auto* b = std::get_if<bool>(&value)) return *b ? tr("Yes") : tr("No");
    return QString::fromStdString(std::get<std::string>(value));
}

Parsed check(const m2ai::OverridableField& field, const m2ai::OverrideValue& value) {
    const m2ai::OverrideCheck c = m2ai::checkOverrideValue(field, value);
    Parsed out;
    out.ok = c.ok;
    out.value = value;
    if (!c.ok) {
        // core: "plan.gpu.kwPerRack must be between …": the path becomes the label.
        QString why = CoreErrorText::message(c.message, {}, c.error);
        const QString path = QString::fromStdString(field.path);
        if (why.startsWith(path + QLatin1Char(' '))) why = why.mid(path.size() + 1);
        out.error = tr("%1: %2").arg(label(field), why);
    }
    return out;
}

Parsed parse(const m2ai::OverridableField& field, const QString& text) {
    const QString t = text.trimmed();
    Parsed out;
    switch (field.kind) {
        case m2ai::OverrideKind::Number:
        case m2ai::OverrideKind::WholeNumber: {
            bool ok = false;
            double v = QLocale().toDouble(t, &ok);
            if (!ok) v = QLocale::c().toDouble(t, &ok);
            if (!ok) {
                out.error = tr("%1: \"%2\" is not a number").arg(label(field), t);
                return out;
            }
            return check(field, m2ai::OverrideValue{v});
        }
        case m2ai::OverrideKind::Flag: {
            const QString lower = t.toLower();
            if (lower == tr("yes") || lower == QStringLiteral("true") || lower == QStringLiteral("1"))
                return check(field, m2ai::OverrideValue{true});
            if (lower == tr("no") || lower == QStringLiteral("false") || lower == QStringLiteral("0"))
                return check(field, m2ai::OverrideValue{false});
            out.error = tr("%1: must be yes or no, got \"%2\"").arg(label(field), t);
            return out;
        }
        case m2ai::OverrideKind::Choice:
            return check(field, m2ai::OverrideValue{t.toStdString()});
    }
    out.error = tr("%1: unknown kind of field").arg(label(field));
    return out;
}

QString humanize(const std::string& message) {
    static const QRegularExpression path(QStringLiteral("[A-Za-z][\\w]*(?:\\.[A-Za-z]\\w*)*(?:\\[\\d+\\])?"));
    const QString text = QString::fromStdString(message);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = path.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const m2ai::OverridableField* f = m2ai::overridableField(m.captured(0).toStdString());
        if (!f) continue;
        out += text.mid(last, m.capturedStart(0) - last) + label(*f);
        last = m.capturedEnd(0);
    }
    return out + text.mid(last);
}

QString outcomeName(const m2ai::ScenarioOutcome& outcome) {
    if (outcome.isBase) return QCoreApplication::translate("ScenarioFields", "Base");
    return QString::fromStdString(outcome.name);
}

}  // namespace ScenarioFields
