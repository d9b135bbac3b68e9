#include "util/ElidingStyle.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QToolTip>

#include "util/ElidedLabel.h"
#include "util/ElidingLineEdit.h"

namespace {

// The room the style gives the label: the edit field less the icon, as CE_ComboBoxLabel lays it out.
int labelWidth(const QStyleOptionComboBox& option, const QStyle* style, const QWidget* widget) {
    const QRect edit =
        style->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, widget);
    int width = edit.width() - 2;
    if (!option.currentIcon.isNull()) width -= option.iconSize.width() + 4;
    return width;
}

QStyleOptionComboBox optionOf(const QComboBox* combo) {
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    return option;
}

}  // namespace

void ElidingStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const {
    if (element == CE_ComboBoxLabel) {
        if (const auto* combo = qstyleoption_cast<const QStyleOptionComboBox*>(option);
            combo && !combo->editable) {
            QStyleOptionComboBox elided(*combo);
            elided.currentText = ElidedLabel::elideAtWords(combo->currentText, combo->fontMetrics,
                                                           labelWidth(*combo, this, widget));
            QProxyStyle::drawControl(element, &elided, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void ElidingStyle::install() {
    static ElidedComboToolTips* filter = nullptr;
    if (!filter) {
        filter = new ElidedComboToolTips(qApp);
        qApp->installEventFilter(filter);
    }
    if (qobject_cast<ElidingStyle*>(QApplication::style())) return;
    // QProxyStyle takes the base style; QApplication owns the proxy (and through it the base).
    QApplication::setStyle(new ElidingStyle(QApplication::style()->name()));
}

QString ElidingStyle::shownText(const QComboBox* combo) {
    if (combo->isEditable()) {
        const auto* edit = qobject_cast<const ElidingLineEdit*>(combo->lineEdit());
        return edit ? edit->shownText() : combo->currentText();
    }
    const QStyleOptionComboBox option = optionOf(combo);
    return ElidedLabel::elideAtWords(option.currentText, combo->fontMetrics(),
                                     labelWidth(option, combo->style(), combo));
}

QString ElidingStyle::toolTip(const QComboBox* combo) {
    const QString text = combo->currentText();
    if (shownText(combo) == text) return combo->toolTip();
    const QString whole = text.toHtmlEscaped();
    return combo->toolTip().isEmpty() ? whole
                                      : QStringLiteral("<b>%1</b><br>%2").arg(whole, combo->toolTip());
}

bool ElidedComboToolTips::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ToolTip) return false;
    auto* combo = qobject_cast<QComboBox*>(watched);
    if (!combo || combo->property("m2aiFieldPath").isValid()) return false;  // InputNotesUi shows those
    const QString tip = ElidingStyle::toolTip(combo);
    if (tip.isEmpty()) return false;
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, combo);
    return true;
}
