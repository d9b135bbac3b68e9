#pragma once
// Edit the portfolio's tax and financing settings (model/Financing.h; docs/model.md "Tax and
// financing"). Like CostAssumptionsDialog it only collects values: the caller applies them as ONE
// undoable edit through ProjectDocument, which validates them with core. Out-of-range entries are
// refused at the field, naming its label and the allowed range. Per-site rate overrides are kept as
// they are (edited in the project or JSON file).
#include <QDialog>

#include "model/Financing.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class RangeSpinBox;

class TaxFinancingDialog : public QDialog {
    Q_OBJECT
public:
    explicit TaxFinancingDialog(const m2ai::Financing& financing, QWidget* parent = nullptr);
    m2ai::Financing financing() const;
    QString refusalText() const;
    void accept() override;

private:
    void display(const m2ai::Financing& f);
    void showRefusal(const QString& message);
    void updateEnabled();
    QDoubleSpinBox* percent(const QString& field, const QString& path, const QString& label);

    m2ai::Financing original_;
    QCheckBox* taxEnabled_ = nullptr;
    QComboBox* depreciation_ = nullptr;
    QDoubleSpinBox* bonus_ = nullptr;
    QDoubleSpinBox* otherRate_ = nullptr;
    QDoubleSpinBox* costOfEquity_ = nullptr;
    QCheckBox* debtEnabled_ = nullptr;
    QDoubleSpinBox* loanToCost_ = nullptr;
    QDoubleSpinBox* interest_ = nullptr;
    RangeSpinBox* tenor_ = nullptr;
    QDoubleSpinBox* minDscr_ = nullptr;
    QLabel* refusal_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    bool blockNextAccept_ = false;
};
