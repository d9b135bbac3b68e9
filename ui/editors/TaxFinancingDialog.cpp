#include "editors/TaxFinancingDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <type_traits>

#include "editors/FieldHints.h"
#include "editors/RangeSpinBox.h"

TaxFinancingDialog::TaxFinancingDialog(const m2ai::Financing& financing, QWidget* parent)
    : TaxFinancingDialog(financing, {}, parent) {}

TaxFinancingDialog::TaxFinancingDialog(const m2ai::Financing& financing,
                                       const std::vector<std::string>& siteNames, QWidget* parent)
    : QDialog(parent), original_(financing), overrides_(financing.siteTaxOverrides) {
    setWindowTitle(tr("Tax and financing"));
    setObjectName(QStringLiteral("taxFinancingDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Corporate income tax comes from each site's country preset (sources in docs/model.md “Tax "
           "and financing”). The pre-tax NPV and IRRs do not change here; these settings add the "
           "after-tax project IRR, the equity IRR and the minimum DSCR."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* tax = new QGroupBox(tr("Tax"));
    auto* taxForm = new QFormLayout(tax);
    taxEnabled_ = new QCheckBox(tr("Charge corporate income tax"));
    taxEnabled_->setObjectName(QStringLiteral("taxEnabled"));
    taxForm->addRow(tr("Income tax"), taxEnabled_);
    depreciation_ = new QComboBox;
    depreciation_->setObjectName(QStringLiteral("depreciation"));
    depreciation_->addItem(tr("Straight line by asset class"),
                           static_cast<int>(m2ai::TaxDepreciationMethod::StraightLine));
    depreciation_->addItem(tr("US MACRS with bonus (United States sites)"),
                           static_cast<int>(m2ai::TaxDepreciationMethod::UsMacrs));
    taxForm->addRow(tr("Tax depreciation"), depreciation_);
    taxForm->addRow(
        tr("Bonus depreciation"),
        bonus_ = percent(QStringLiteral("bonusDepreciationPct"),
                         QStringLiteral("financing.bonusDepreciationPct"), tr("Bonus depreciation")));
    taxForm->addRow(
        tr("Rate where no preset"),
        otherRate_ = percent(QStringLiteral("otherCountryTaxRatePct"),
                             QStringLiteral("financing.otherCountryTaxRatePct"), tr("Rate where no preset")));
    layout->addWidget(tax);

    auto* perSite = new QGroupBox(tr("Tax rate per site"));
    perSite->setObjectName(QStringLiteral("siteTaxOverrides"));
    auto* perSiteForm = new QFormLayout(perSite);
    overrideSite_ = new QComboBox;
    overrideSite_->setObjectName(QStringLiteral("overrideSite"));
    overrideSite_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    overrideSite_->setMinimumContentsLength(18);  // long site names elide in the box, whole in the list
    for (const std::string& name : siteNames) {
        const QString text = QString::fromStdString(name);
        overrideSite_->addItem(text, text);
        overrideSite_->setItemData(overrideSite_->count() - 1, text, Qt::ToolTipRole);
    }
    perSiteForm->addRow(tr("Site"), overrideSite_);
    overrideOn_ = new QCheckBox(tr("Own rate instead of the country preset"));
    overrideOn_->setObjectName(QStringLiteral("overrideOn"));
    perSiteForm->addRow(tr("Override"), overrideOn_);
    perSiteForm->addRow(
        tr("Corporate tax rate"),
        overrideRate_ =
            percent(QStringLiteral("corporateTaxRatePct"),
                    QStringLiteral("financing.siteTaxOverrides.corporateTaxRatePct"), tr("Site tax rate")));
    overrideRate_->setProperty("m2aiFieldPath", QVariant());  // no per-input note: the site may change
    overrideSummary_ = new QLabel;
    overrideSummary_->setObjectName(QStringLiteral("overrideSummary"));
    overrideSummary_->setWordWrap(true);
    overrideSummary_->setTextFormat(Qt::PlainText);
    perSiteForm->addRow(overrideSummary_);
    perSite->setEnabled(!siteNames.empty() || !overrides_.empty());
    layout->addWidget(perSite);
    connect(overrideSite_, &QComboBox::currentIndexChanged, this, [this] { showOverride(); });
    connect(overrideOn_, &QCheckBox::toggled, this, [this] {
        storeOverride();
        updateEnabled();
    });
    connect(overrideRate_, &QDoubleSpinBox::valueChanged, this, [this] { storeOverride(); });

    auto* debt = new QGroupBox(tr("Debt and equity"));
    auto* debtForm = new QFormLayout(debt);
    debtEnabled_ = new QCheckBox(tr("Finance construction with debt"));
    debtEnabled_->setObjectName(QStringLiteral("debtEnabled"));
    debtForm->addRow(tr("Debt"), debtEnabled_);
    debtForm->addRow(tr("Loan to cost"), loanToCost_ = percent(QStringLiteral("loanToCostPct"),
                                                               QStringLiteral("financing.debt.loanToCostPct"),
                                                               tr("Loan to cost")));
    debtForm->addRow(
        tr("Interest rate"),
        interest_ = percent(QStringLiteral("interestRatePct"),
                            QStringLiteral("financing.debt.interestRatePct"), tr("Interest rate")));
    interest_->setDecimals(2);
    tenor_ = new RangeSpinBox;
    tenor_->setObjectName(QStringLiteral("tenorYears"));
    tenor_->setFieldLabel(tr("Tenor"));
    FieldHints::apply(tenor_, QStringLiteral("financing.debt.tenorYears"), tr(" years"));
    debtForm->addRow(tr("Tenor (level repayment from RFS)"), tenor_);
    minDscr_ = new RangeDoubleSpinBox;
    minDscr_->setObjectName(QStringLiteral("minDscr"));
    static_cast<RangeDoubleSpinBox*>(minDscr_)->setFieldLabel(tr("Minimum DSCR"));
    FieldHints::apply(minDscr_, QStringLiteral("financing.debt.minDscr"), tr(" ×"), 2);
    debtForm->addRow(tr("Minimum DSCR (covenant)"), minDscr_);
    debtForm->addRow(
        tr("Cost of equity"),
        costOfEquity_ = percent(QStringLiteral("costOfEquityPct"),
                                QStringLiteral("financing.costOfEquityPct"), tr("Cost of equity")));
    layout->addWidget(debt);

    connect(taxEnabled_, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(debtEnabled_, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(depreciation_, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                    QDialogButtonBox::RestoreDefaults);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons_->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m2ai::Financing defaults;
        defaults.siteTaxOverrides = overrides_;  // per-site rates are not "defaults"
        display(defaults);
    });
    layout->addWidget(buttons_);
    refusal_ = new QLabel;
    refusal_->setObjectName(QStringLiteral("refusalLabel"));
    refusal_->setTextFormat(Qt::PlainText);
    refusal_->setWordWrap(true);
    refusal_->setStyleSheet(QStringLiteral("color: #b00020;"));
    refusal_->hide();
    layout->insertWidget(layout->count() - 1, refusal_);
    const auto watch = [this](auto* spin) {
        connect(spin, &std::remove_pointer_t<decltype(spin)>::refused, this, [this](const QString& message) {
            showRefusal(message);
            auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
            if (button && buttons_->buttons().contains(button)) blockNextAccept_ = true;
        });
    };
    for (RangeDoubleSpinBox* spin : findChildren<RangeDoubleSpinBox*>()) watch(spin);
    for (RangeSpinBox* spin : findChildren<RangeSpinBox*>()) watch(spin);

    display(financing);
}

QDoubleSpinBox* TaxFinancingDialog::percent(const QString& field, const QString& path, const QString& label) {
    auto* spin = new RangeDoubleSpinBox;
    spin->setObjectName(field);
    spin->setFieldLabel(label);
    FieldHints::apply(spin, path, tr(" %"), 1);
    return spin;
}

QString TaxFinancingDialog::refusalText() const {
    return refusal_->isHidden() ? QString() : refusal_->text();
}

void TaxFinancingDialog::showRefusal(const QString& message) {
    refusal_->setText(tr("Refused: %1").arg(message));
    refusal_->show();
}

void TaxFinancingDialog::accept() {
    for (RangeDoubleSpinBox* spin : findChildren<RangeDoubleSpinBox*>()) {
        const QString message = spin->refusalFor(spin->text());
        if (!message.isEmpty()) {
            showRefusal(message);
            spin->setFocus();
            return;
        }
    }
    for (RangeSpinBox* spin : findChildren<RangeSpinBox*>()) {
        const QString message = spin->refusalFor(spin->text());
        if (!message.isEmpty()) {
            showRefusal(message);
            spin->setFocus();
            return;
        }
    }
    if (blockNextAccept_) {
        blockNextAccept_ = false;
        return;
    }
    QDialog::accept();
}

// Shows the override of the site the combo names (checked, with its rate) or none (unchecked, the
// rate where no preset as a starting value).
void TaxFinancingDialog::showOverride() {
    const std::string name = overrideSite_->currentData().toString().toStdString();
    const m2ai::SiteTaxOverride* found = nullptr;
    for (const m2ai::SiteTaxOverride& o : overrides_)
        if (o.siteName == name) found = &o;
    const QSignalBlocker blockOn(overrideOn_);
    const QSignalBlocker blockRate(overrideRate_);
    overrideOn_->setChecked(found != nullptr);
    overrideRate_->setValue(found ? found->corporateTaxRatePct : otherRate_->value());
    updateEnabled();
}

void TaxFinancingDialog::storeOverride() {
    if (overrideSite_->currentIndex() < 0) return;
    const std::string name = overrideSite_->currentData().toString().toStdString();
    auto it = std::find_if(overrides_.begin(), overrides_.end(),
                           [&](const m2ai::SiteTaxOverride& o) { return o.siteName == name; });
    if (!overrideOn_->isChecked()) {
        if (it != overrides_.end()) overrides_.erase(it);
    } else if (it != overrides_.end()) {
        it->corporateTaxRatePct = overrideRate_->value();
    } else {
        overrides_.push_back({name, overrideRate_->value()});
    }
    updateOverrideSummary();
}

void TaxFinancingDialog::updateOverrideSummary() {
    QStringList parts;
    for (const m2ai::SiteTaxOverride& o : overrides_) {
        const bool known = overrideSite_->findData(QString::fromStdString(o.siteName)) >= 0;
        parts << (known ? tr("%1: %2 %") : tr("%1: %2 % (names no site, kept)"))
                     .arg(QString::fromStdString(o.siteName),
                          QLocale().toString(o.corporateTaxRatePct, 'f', 1));
    }
    overrideSummary_->setText(parts.isEmpty() ? tr("Every site uses its country preset.")
                                              : tr("Own rates: %1").arg(parts.join(QStringLiteral("; "))));
}

void TaxFinancingDialog::updateEnabled() {
    const bool tax = taxEnabled_->isChecked();
    overrideSite_->setEnabled(tax);
    overrideOn_->setEnabled(tax && overrideSite_->currentIndex() >= 0);
    overrideRate_->setEnabled(tax && overrideOn_->isChecked() && overrideSite_->currentIndex() >= 0);
    depreciation_->setEnabled(tax);
    otherRate_->setEnabled(tax);
    bonus_->setEnabled(tax && depreciation_->currentData().toInt() ==
                                  static_cast<int>(m2ai::TaxDepreciationMethod::UsMacrs));
    const bool debt = debtEnabled_->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(loanToCost_), static_cast<QWidget*>(interest_),
                       static_cast<QWidget*>(tenor_), static_cast<QWidget*>(minDscr_)})
        w->setEnabled(debt);
}

void TaxFinancingDialog::display(const m2ai::Financing& f) {
    taxEnabled_->setChecked(f.taxEnabled);
    depreciation_->setCurrentIndex(depreciation_->findData(static_cast<int>(f.depreciation)));
    bonus_->setValue(f.bonusDepreciationPct);
    otherRate_->setValue(f.otherCountryTaxRatePct);
    costOfEquity_->setValue(f.costOfEquityPct);
    debtEnabled_->setChecked(f.debt.enabled);
    loanToCost_->setValue(f.debt.loanToCostPct);
    interest_->setValue(f.debt.interestRatePct);
    tenor_->setValue(f.debt.tenorYears);
    minDscr_->setValue(f.debt.minDscr);
    overrides_ = f.siteTaxOverrides;
    showOverride();
    updateOverrideSummary();
}

m2ai::Financing TaxFinancingDialog::financing() const {
    m2ai::Financing f = original_;
    f.taxEnabled = taxEnabled_->isChecked();
    f.depreciation = static_cast<m2ai::TaxDepreciationMethod>(depreciation_->currentData().toInt());
    f.bonusDepreciationPct = bonus_->value();
    f.otherCountryTaxRatePct = otherRate_->value();
    f.costOfEquityPct = costOfEquity_->value();
    f.debt.enabled = debtEnabled_->isChecked();
    f.debt.loanToCostPct = loanToCost_->value();
    f.debt.interestRatePct = interest_->value();
    f.debt.tenorYears = tenor_->value();
    f.debt.minDscr = minDscr_->value();
    f.siteTaxOverrides = overrides_;
    return f;
}
