#include "editors/RangeSpinBox.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <optional>

namespace {

// The number part of a spin box text: prefix, suffix and surrounding blanks removed.
QString numberPart(const QString& prefix, const QString& suffix, const QString& text) {
    QString s = text;
    if (!prefix.isEmpty() && s.startsWith(prefix)) s.remove(0, prefix.size());
    const QString trimmedSuffix = suffix.trimmed();
    if (!suffix.isEmpty() && s.endsWith(suffix))
        s.chop(suffix.size());
    else if (!trimmedSuffix.isEmpty() && s.trimmed().endsWith(trimmedSuffix))
        s = s.trimmed().chopped(trimmedSuffix.size());
    return s.trimmed();
}

// A complete number in the user's locale (group separators allowed) or in C notation; exponents
// ("1e12") included, so they can be refused by value rather than mangled digit by digit.
std::optional<double> parseNumber(const QString& s) {
    if (s.isEmpty()) return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(s, &ok);
    if (!ok) v = QLocale::c().toDouble(s, &ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

// Text on its way to a number ("-", "1e", "12."): kept while typing, never committed.
bool looksNumeric(const QString& s) {
    const QLocale locale;
    const QString dec = QRegularExpression::escape(locale.decimalPoint());
    const QString group = QRegularExpression::escape(locale.groupSeparator());
    static const QString pattern =
        QStringLiteral("^[+\\-\\x{2212}]?[0-9%1%2.,\\x{00a0}\\x{202f}]*([eE][+\\-]?[0-9]*)?$");
    const QRegularExpression re(pattern.arg(dec, group));
    return re.match(s).hasMatch();
}

QString formLabelOf(const QWidget* w) {
    // The label a QFormLayout shows beside this box (or beside the row widget that holds it).
    for (const QWidget* field = w; field && field->parentWidget(); field = field->parentWidget()) {
        if (auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout())) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(const_cast<QWidget*>(field)))) {
                QString text = label->text();
                text.remove(QLatin1Char('&'));
                if (text.endsWith(QLatin1Char(':'))) text.chop(1);
                if (!text.isEmpty()) return text;
            }
        }
    }
    return {};
}

QString labelOf(const QAbstractSpinBox* box, const QString& explicitLabel) {
    if (!explicitLabel.isEmpty()) return explicitLabel;
    QString form = formLabelOf(box);
    if (!form.isEmpty()) return form;
    if (!box->accessibleName().isEmpty()) return box->accessibleName();
    return box->objectName();
}

QString rangeRefusal(const QString& label, const QString& typed, double min, double max,
                     const QString& suffix) {
    const QLocale locale;
    return QObject::tr("%1: %2 is outside the allowed range %3 to %4%5 — kept the previous value")
        .arg(label, typed, locale.toString(min, 'g', 10), locale.toString(max, 'g', 10), suffix);
}

bool isCommitKey(const QKeyEvent* event) {
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

}  // namespace

// ---- RangeDoubleSpinBox -----------------------------------------------------------------------

RangeDoubleSpinBox::RangeDoubleSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    // Commit on Enter / focus out only. With tracking on, every keystroke that happens to be in
    // range ("15" on the way to "150") would already be taken as the value.
    setKeyboardTracking(false);
}

QString RangeDoubleSpinBox::fieldLabel() const {
    return labelOf(this, fieldLabel_);
}

QValidator::State RangeDoubleSpinBox::validate(QString& text, int& pos) const {
    QString copy = text;
    int copyPos = pos;
    const QValidator::State base = QDoubleSpinBox::validate(copy, copyPos);
    if (base == QValidator::Acceptable) return base;
    const QString s = numberPart(prefix(), suffix(), text);
    if (const std::optional<double> v = parseNumber(s)) {
        if (*v < minimum() || *v > maximum()) return QValidator::Intermediate;  // refused on commit
        // In range but not in the stock syntax (an exponent): accept it only if no digit is lost.
        const double scale = std::pow(10.0, decimals());
        return std::abs(std::round(*v * scale) / scale - *v) <= 1e-9 * std::max(1.0, std::abs(*v))
                   ? QValidator::Acceptable
                   : QValidator::Invalid;
    }
    if (looksNumeric(s)) return QValidator::Intermediate;
    return base;
}

double RangeDoubleSpinBox::valueFromText(const QString& text) const {
    const std::optional<double> v = parseNumber(numberPart(prefix(), suffix(), text));
    return v ? *v : QDoubleSpinBox::valueFromText(text);
}

QString RangeDoubleSpinBox::refusalFor(const QString& text) const {
    const QString s = numberPart(prefix(), suffix(), text);
    const std::optional<double> v = parseNumber(s);
    if (!v || (*v >= minimum() && *v <= maximum())) return {};
    return rangeRefusal(fieldLabel(), s, minimum(), maximum(), suffix());
}

bool RangeDoubleSpinBox::checkCommit() {
    const QString message = refusalFor(lineEdit()->displayText());
    if (message.isEmpty()) return false;
    emit refused(message);
    return true;
}

void RangeDoubleSpinBox::keyPressEvent(QKeyEvent* event) {
    const bool refusedNow = isCommitKey(event) && checkCommit();
    QDoubleSpinBox::keyPressEvent(event);  // reverts the text to the current value
    // A refused Enter must not also press a dialog's default button (OK) with the old value.
    if (refusedNow) event->accept();
}

void RangeDoubleSpinBox::focusOutEvent(QFocusEvent* event) {
    checkCommit();
    QDoubleSpinBox::focusOutEvent(event);
}

// ---- RangeSpinBox -----------------------------------------------------------------------------

RangeSpinBox::RangeSpinBox(QWidget* parent) : QSpinBox(parent) {
    setKeyboardTracking(false);  // as above
}

QString RangeSpinBox::fieldLabel() const {
    return labelOf(this, fieldLabel_);
}

QValidator::State RangeSpinBox::validate(QString& text, int& pos) const {
    QString copy = text;
    int copyPos = pos;
    const QValidator::State base = QSpinBox::validate(copy, copyPos);
    if (base == QValidator::Acceptable) return base;
    const QString s = numberPart(prefix(), suffix(), text);
    if (const std::optional<double> v = parseNumber(s)) {
        if (*v < minimum() || *v > maximum()) return QValidator::Intermediate;
        return *v == std::round(*v) ? QValidator::Acceptable : QValidator::Invalid;
    }
    if (looksNumeric(s)) return QValidator::Intermediate;
    return base;
}

int RangeSpinBox::valueFromText(const QString& text) const {
    const std::optional<double> v = parseNumber(numberPart(prefix(), suffix(), text));
    if (v && *v >= minimum() && *v <= maximum()) return static_cast<int>(std::lround(*v));
    return QSpinBox::valueFromText(text);
}

QString RangeSpinBox::refusalFor(const QString& text) const {
    const QString s = numberPart(prefix(), suffix(), text);
    const std::optional<double> v = parseNumber(s);
    if (!v) return {};
    if (*v >= minimum() && *v <= maximum()) {
        if (*v == std::round(*v)) return {};
        return QObject::tr("%1: %2 is not a whole number — kept the previous value").arg(fieldLabel(), s);
    }
    return rangeRefusal(fieldLabel(), s, minimum(), maximum(), suffix());
}

bool RangeSpinBox::checkCommit() {
    const QString message = refusalFor(lineEdit()->displayText());
    if (message.isEmpty()) return false;
    emit refused(message);
    return true;
}

void RangeSpinBox::keyPressEvent(QKeyEvent* event) {
    const bool refusedNow = isCommitKey(event) && checkCommit();
    QSpinBox::keyPressEvent(event);
    if (refusedNow) event->accept();
}

void RangeSpinBox::focusOutEvent(QFocusEvent* event) {
    checkCommit();
    QSpinBox::focusOutEvent(event);
}
