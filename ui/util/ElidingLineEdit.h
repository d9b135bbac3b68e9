#pragma once
// The line edit of an editable combo box that, while it has no focus, shows its text elided at a
// word with "…" (issue 15: long site names in the risk inputs' task table were cut by the arrow);
// focused, it shows and edits the whole text. The combo's tooltip then gives the whole text
// (ElidingStyle::toolTip). Use: combo->setLineEdit(new ElidingLineEdit(combo)).
#include <QLineEdit>

class ElidingLineEdit : public QLineEdit {
    Q_OBJECT
public:
    using QLineEdit::QLineEdit;
    // What is drawn now: the text while focused or when it fits, else the words that fit and "…".
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QRect textRect() const;
};
