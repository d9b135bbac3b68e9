#include "util/ElidingLineEdit.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

#include "util/ElidedLabel.h"

QRect ElidingLineEdit::textRect() const {
    QStyleOptionFrame panel;
    initStyleOption(&panel);
    // As QLineEdit lays its text out: the contents less the text margins and 2 px / 1 px of its own.
    return style()
        ->subElementRect(QStyle::SE_LineEditContents, &panel, this)
        .marginsRemoved(textMargins())
        .adjusted(2, 1, -2, -1);
}

QString ElidingLineEdit::shownText() const {
    if (hasFocus()) return text();
    return ElidedLabel::elideAtWords(text(), fontMetrics(), textRect().width());
}

void ElidingLineEdit::paintEvent(QPaintEvent* event) {
    const QString shown = shownText();
    if (shown == text()) {
        QLineEdit::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOptionFrame panel;
    initStyleOption(&panel);
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &panel, &painter, this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    painter.drawText(textRect(), static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine,
                     shown);
}

void ElidingLineEdit::focusInEvent(QFocusEvent* event) {
    QLineEdit::focusInEvent(event);
    update();
}

void ElidingLineEdit::focusOutEvent(QFocusEvent* event) {
    QLineEdit::focusOutEvent(event);
    // Shown from its start again, as the elided text is.
    setCursorPosition(0);
    update();
}
