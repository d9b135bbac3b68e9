#include "util/WordElideDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

#include "util/ElidedLabel.h"

namespace {
// The width the style gives the text of a cell: its rect less the text margins and any icon.
int textWidth(const QStyleOptionViewItem& option) {
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    QStyleOptionViewItem measured = option;
    measured.text = QStringLiteral("x");
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &measured, option.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return text.width() - 2 * margin;
}
}  // namespace

void WordElideDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty())
        option->text = ElidedLabel::elideAtWords(option->text, option->fontMetrics, textWidth(*option));
}

QString WordElideDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    return o.text;
}

bool WordElideDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                  const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event && event->type() == QEvent::ToolTip && index.isValid() &&
        !index.data(Qt::ToolTipRole).isValid()) {
        const QString whole = index.data(Qt::DisplayRole).toString();
        if (shownText(option, index) != whole) {
            QToolTip::showText(event->globalPos(), whole, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
