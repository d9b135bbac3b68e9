#pragma once
// An item delegate that elides a cell's text at a word with "…" (Qt's views cut it at a character:
// "Total (6 sites, 1 infeasible exc…"). The whole text stays in the cell's tooltip when the model
// gives none.
#include <QStyledItemDelegate>

class WordElideDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text drawn for index in a cell of option's rect.
    QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
