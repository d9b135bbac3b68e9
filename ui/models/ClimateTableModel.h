#pragma once
// The current site's 12-month climate normals (rows Jan..Dec; dry-bulb and wet-bulb °C), editable.
#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class ProjectDocument;

class ClimateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DryBulbC, WetBulbC, ColumnCount };
    explicit ClimateTableModel(ProjectDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString lastError() const { return lastError_; }

    // A block of cells pasted from a spreadsheet at (top, left): every cell must be a number that
    // keeps the site valid; the block is one undo step, or nothing changes and *error names every
    // refused cell (month, column, allowed range).
    bool pasteBlock(int top, int left, const QList<QStringList>& cells, QString* error);

signals:
    // An edit was refused by validation; the reason is for the status bar.
    void refused(const QString& reason);

private:
    ProjectDocument* doc_;
    QString lastError_;
};
