#pragma once
// Spin boxes that never change a typed number silently. A stock QSpinBox/QDoubleSpinBox drops any
// keystroke that would leave its range or is not a plain digit, so "-50" in a 0–10,000 MW field
// becomes "50", "1e12" becomes "112" and "150" in a 0–100 % field stays "15" — and that truncated
// number is then committed as if the user had typed it. These subclasses accept any syntactically
// numeric text while typing (out-of-range numbers and exponents are Intermediate, never dropped),
// and when such an entry is committed (Enter, focus out) they refuse it: refused() carries one line
// naming the field by its form label and the allowed range, and the box shows the model's value
// again (the previous value, never a clamped one). In-range entries behave exactly as before; the
// range stays the field's real range, so arrows and Page Up/Down never leave it.
#include <QDoubleSpinBox>
#include <QSpinBox>

class RangeDoubleSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit RangeDoubleSpinBox(QWidget* parent = nullptr);

    // The name used in refusals; default: the QFormLayout label beside the box, else objectName.
    void setFieldLabel(const QString& label) { fieldLabel_ = label; }
    QString fieldLabel() const;

    QValidator::State validate(QString& text, int& pos) const override;
    double valueFromText(const QString& text) const override;
    // The refusal for `text` (as typed), or an empty string when it is a number within range.
    QString refusalFor(const QString& text) const;

signals:
    void refused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    bool checkCommit();
    QString fieldLabel_;
};

class RangeSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit RangeSpinBox(QWidget* parent = nullptr);

    void setFieldLabel(const QString& label) { fieldLabel_ = label; }
    QString fieldLabel() const;

    QValidator::State validate(QString& text, int& pos) const override;
    int valueFromText(const QString& text) const override;
    QString refusalFor(const QString& text) const;

signals:
    void refused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    bool checkCommit();
    QString fieldLabel_;
};
