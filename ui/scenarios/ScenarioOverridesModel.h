#pragma once
// The overrides of one scenario (read-only rows; edits go through ScenarioEdits): the site it applies
// to, the field, the scenario's value, the base's value, and a status. An override that cannot be
// applied — its site was removed or renamed, a value out of range in a file — stays listed with
// core applyScenario's reason, so nothing is silently lost.
#include <QAbstractTableModel>
#include <vector>

#include "validation/Validation.h"

class ProjectDocument;

class ScenarioOverridesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Site, Field, Value, BaseValue, Status, ColumnCount };
    explicit ScenarioOverridesModel(ProjectDocument* doc, QObject* parent = nullptr);

    // The scenario shown (index into portfolio().scenarios), -1 for none.
    void setScenario(int index);
    int scenario() const { return scenario_; }
    // Whether the row's override is applied; the reason when not.
    bool applies(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString problemOf(int row) const;

    ProjectDocument* doc_;
    int scenario_ = -1;
    std::vector<m2ai::Problem> problems_;  // applyScenario's, paths "scenarios[i].overrides[j]"
};
