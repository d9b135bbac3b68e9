#pragma once
// Edit the portfolio's cost assumptions (unit capex, O&M, lives, residual value) and its operating
// costs beyond them (lease and service costs, GPU useful life and refresh) in one dialog.
// The dialog only collects values; the caller applies them as ONE undoable edit through
// ProjectDocument, which validates them with core before they reach the model.
#include <QDialog>
#include <array>

#include "model/Portfolio.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QDialogButtonBox;
class QLabel;

class CostAssumptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CostAssumptionsDialog(const m2ai::CostAssumptions& costs, QWidget* parent = nullptr);
    CostAssumptionsDialog(const m2ai::CostAssumptions& costs, const m2ai::OperatingCosts& opex,
                          QWidget* parent = nullptr);
    m2ai::CostAssumptions costs() const;
    m2ai::OperatingCosts opex() const;
    // The last refusal of a typed value ("Refused: Contingency: 150 is outside …"), empty if none.
    QString refusalText() const;
    void accept() override;

private:
    void showCosts(const m2ai::CostAssumptions& c);
    void showOpex(const m2ai::OperatingCosts& o);
    void showRefusal(const QString& message);
    QDoubleSpinBox* money(const QString& field, const QString& unit);

    QDoubleSpinBox* gpuFitOut_ = nullptr;
    QDoubleSpinBox* electrical_ = nullptr;
    std::array<QDoubleSpinBox*, 4> cooling_{};
    QDoubleSpinBox* sealing_ = nullptr;
    QDoubleSpinBox* fire_ = nullptr;
    QDoubleSpinBox* monitoring_ = nullptr;
    QDoubleSpinBox* tierIii_ = nullptr;
    QDoubleSpinBox* tierIv_ = nullptr;
    QDoubleSpinBox* contingency_ = nullptr;
    QDoubleSpinBox* om_ = nullptr;
    QDoubleSpinBox* miningOm_ = nullptr;
    QDoubleSpinBox* asicResale_ = nullptr;
    QDoubleSpinBox* gpuLife_ = nullptr;
    QDoubleSpinBox* facilityLife_ = nullptr;
    QCheckBox* residual_ = nullptr;
    QDoubleSpinBox* colocationOpex_ = nullptr;
    QDoubleSpinBox* gpuCloudOpex_ = nullptr;
    QDoubleSpinBox* gpuUsefulLife_ = nullptr;
    QComboBox* gpuEndOfLife_ = nullptr;
    QLabel* refusal_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    bool blockNextAccept_ = false;
};
