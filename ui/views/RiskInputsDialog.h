#pragma once
// Edit the project's risk inputs (model/RiskInputs.h; docs/model.md "Sensitivity and risk"): the run's
// trials, seed and RFS-by date, the distribution of each input (a multiplier on the portfolio's own
// value; the catalogue default until changed, resources/catalogue/risk.json), and tasks' own
// three-point durations in months. Like TaxFinancingDialog it only collects values: the caller
// applies them as ONE undoable edit through ProjectDocument. OK refuses invalid values (min ≤ mode ≤
// max, ranges) naming the row's label and the field, and keeps the dialog open.
#include <QDialog>

#include "model/Portfolio.h"

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

class RiskInputsDialog : public QDialog {
    Q_OBJECT
public:
    // portfolio: for the site and task names the task-duration rows offer; its risk is edited.
    explicit RiskInputsDialog(const m2ai::Portfolio& portfolio, QWidget* parent = nullptr);
    // The inputs as entered; rows still at the catalogue default are not listed.
    m2ai::RiskInputs inputs() const;
    // The refusal shown by the last OK, empty when it was accepted.
    QString refusalText() const;
    QTableWidget* distributionTable() const { return distributions_; }
    QTableWidget* taskTable() const { return tasks_; }
    void accept() override;

    // The label of an input name ("duration.proc-electrical" → "Procure electrical (duration)").
    static QString inputLabel(const std::string& input);

private:
    void display(const m2ai::RiskInputs& inputs);
    void addTaskRow(const m2ai::RiskTaskDuration& row);
    void resetDefaults();
    // "risk.powerPrice.min" → "Power price: Min" (the table's labels).
    QString humanize(const std::string& path) const;

    m2ai::Portfolio portfolio_;  // settings and site names only matter
    QSpinBox* trials_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QCheckBox* rfsByEnabled_ = nullptr;
    QSpinBox* rfsByYear_ = nullptr;
    QSpinBox* rfsByMonth_ = nullptr;
    QTableWidget* distributions_ = nullptr;
    QTableWidget* tasks_ = nullptr;
    QLabel* refusal_ = nullptr;
};
