#pragma once
// Edit the portfolio's tax and financing settings (model/Financing.h; docs/model.md "Tax and
// financing"). Like CostAssumptionsDialog it only collects values: the caller applies them as ONE
// undoable edit through ProjectDocument, which validates them with core. Out-of-range entries are
// refused at the field, naming its label and the allowed range. Per-site rate overrides: pick a site,
// tick "Own rate" and type it (one site at a time, so a portfolio of thousands of sites stays one
// combo box); overrides naming no site of the portfolio are kept as they are.
#include <QDialog>
#include <string>
#include <vector>

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
    // siteNames: the portfolio's sites, in order, offered for a rate override.
    TaxFinancingDialog(const m2ai::Financing& financing, const std::vector<std::string>& siteNames,
                       QWidget* parent = nullptr);
    m2ai::Financing financing() const;
    QString refusalText() const;
    void accept() override;

private:
    void display(const m2ai::Financing& f);
    void showRefusal(const QString& message);
    void updateEnabled();
    void showOverride();
    void storeOverride();
    void updateOverrideSummary();
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
    std::vector<m2ai::SiteTaxOverride> overrides_;  // the working copy financing() returns
    QComboBox* overrideSite_ = nullptr;
    QCheckBox* overrideOn_ = nullptr;
    QDoubleSpinBox* overrideRate_ = nullptr;
    QLabel* overrideSummary_ = nullptr;
    QLabel* refusal_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    bool blockNextAccept_ = false;
};
