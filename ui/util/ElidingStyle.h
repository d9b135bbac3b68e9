#pragma once
// Combo boxes that elide their current text at a word with "…" (issue 15: "Norway (inland
// Trøndelag, price area NO3)" was clipped mid-word by the arrow at 1280 px), and a tooltip that then
// shows the whole text. A proxy over whatever style the application uses (system or Fusion), so the
// light and dark themes both get it; installed once by the main window.
#include <QObject>
#include <QProxyStyle>

class QComboBox;

class ElidingStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override;

    // Wraps the application's style (again after a theme change replaced it); a no-op when it is
    // one already. Also installs the tooltip filter once.
    static void install();
    // The text `combo` shows at its current width: its current text, or the words that fit and "…"
    // (an editable one elides only with an ElidingLineEdit, while not focused).
    static QString shownText(const QComboBox* combo);
    // The whole current text when shownText() elides it (then the combo's own tooltip after it);
    // the combo's own tooltip otherwise.
    static QString toolTip(const QComboBox* combo);
};

// Shows ElidingStyle::toolTip for combo boxes that have no note path (those are InputNotesUi's).
class ElidedComboToolTips : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override;
};
