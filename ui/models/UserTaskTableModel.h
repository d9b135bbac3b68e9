#pragma once
// The current site's extra schedule tasks (ConversionPlan::extraTasks): id, name, months, the
// comma-separated ids it depends on and those it must finish before (UserTask::precedes). Rows are
// added/removed through ProjectDocument (undoable).
#include <QAbstractTableModel>

class ProjectDocument;

class UserTaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Months, DependsOn, Precedes, ColumnCount };
    explicit UserTaskTableModel(ProjectDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool addTask(QString* error = nullptr);
    bool removeTask(int row, QString* error = nullptr);
    QString lastError() const { return lastError_; }

signals:
    // An edit was refused by validation; the reason is for the status bar.
    void refused(const QString& reason);

private:
    void sync();
    int taskCount() const;

    ProjectDocument* doc_;
    int rows_ = 0;  // cached so the row count changes only inside begin/end
    QString lastError_;
};
