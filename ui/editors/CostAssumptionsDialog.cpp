#include "editors/CostAssumptionsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

#include "editors/FieldHints.h"
#include "editors/RangeSpinBox.h"

CostAssumptionsDialog::CostAssumptionsDialog(const m2ai::CostAssumptions& costs, QWidget* parent)
    : CostAssumptionsDialog(costs, m2ai::OperatingCosts{}, parent) {}

CostAssumptionsDialog::CostAssumptionsDialog(const m2ai::CostAssumptions& costs,
                                             const m2ai::OperatingCosts& opex, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Cost assumptions"));
    setObjectName(QStringLiteral("costAssumptionsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Unit costs shared by every site of the portfolio. Defaults and their sources are in "
                      "docs/model.md (“Capex by step”, “Residual value”); estimates are marked there."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // The three groups scroll when the screen is lower than the dialog (823 px in every language
    // on a 1280 x 800 screen); the intro, the refusal and the buttons stay in view.
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);

    auto* capex = new QGroupBox(tr("Capex per conversion step"));
    auto* capexForm = new QFormLayout(capex);
    const QString perMwIt = tr(" USD/MW IT");
    capexForm->addRow(tr("1 GPU fit-out (racks, network)"),
                      gpuFitOut_ = money(QStringLiteral("gpuFitOutUsdPerMwIt"), perMwIt));
    capexForm->addRow(
        tr("2 Electrical, per installed MW"),
        electrical_ = money(QStringLiteral("electricalUsdPerInstalledMw"), tr(" USD/MW installed")));
    const QString coolingNames[4] = {tr("3 Cooling: air"), tr("3 Cooling: hybrid (rear-door)"),
                                     tr("3 Cooling: direct-to-chip"), tr("3 Cooling: immersion")};
    for (int i = 0; i < 4; ++i)
        capexForm->addRow(coolingNames[i], cooling_[static_cast<size_t>(i)] =
                                               money(QStringLiteral("coolingUsdPerMwIt"), perMwIt));
    capexForm->addRow(tr("4 Sealing and dust filtration"),
                      sealing_ = money(QStringLiteral("sealingUsdPerMwIt"), perMwIt));
    capexForm->addRow(tr("4 Fire suppression"),
                      fire_ = money(QStringLiteral("fireSuppressionUsdPerMwIt"), perMwIt));
    capexForm->addRow(tr("4 Monitoring / BMS"),
                      monitoring_ = money(QStringLiteral("monitoringUsdPerMwIt"), perMwIt));
    capexForm->addRow(tr("4 Tier III certification"),
                      tierIii_ = money(QStringLiteral("tierIiiUsdPerMwIt"), perMwIt));
    capexForm->addRow(tr("4 Tier IV certification"),
                      tierIv_ = money(QStringLiteral("tierIvUsdPerMwIt"), perMwIt));
    contingency_ = new RangeDoubleSpinBox;
    contingency_->setObjectName(QStringLiteral("contingencyPct"));
    FieldHints::apply(contingency_, QStringLiteral("portfolio.costs.contingencyPct"), tr(" %"), 1);
    capexForm->addRow(tr("Contingency"), contingency_);
    capexForm->addRow(tr("ASIC resale (credit)"),
                      asicResale_ = money(QStringLiteral("asicResaleUsdPerTh"), tr(" USD/TH")));
    asicResale_->setDecimals(2);
    bodyLayout->addWidget(capex);

    auto* opexBox = new QGroupBox(tr("Operations and value over time"));
    auto* opexForm = new QFormLayout(opexBox);
    opexForm->addRow(tr("AI hall O&&M"),
                     om_ = money(QStringLiteral("omUsdPerMwItYear"), tr(" USD/MW IT/yr")));
    opexForm->addRow(tr("Mining O&&M"),
                     miningOm_ = money(QStringLiteral("miningOmUsdPerMwYear"), tr(" USD/MW/yr")));
    gpuLife_ = new RangeDoubleSpinBox;
    gpuLife_->setObjectName(QStringLiteral("gpuDepreciationYears"));
    FieldHints::apply(gpuLife_, QStringLiteral("portfolio.costs.gpuDepreciationYears"), tr(" years"), 1);
    opexForm->addRow(tr("GPU depreciation life"), gpuLife_);
    facilityLife_ = new RangeDoubleSpinBox;
    facilityLife_->setObjectName(QStringLiteral("facilityLifeYears"));
    FieldHints::apply(facilityLife_, QStringLiteral("portfolio.costs.facilityLifeYears"), tr(" years"), 1);
    opexForm->addRow(tr("Facility life"), facilityLife_);
    residual_ = new QCheckBox(tr("Count the hall's book value at the end of the horizon"));
    residual_->setToolTip(
        tr("Straight-line book value of the facility (and owned GPUs) returned in the horizon's last "
           "month; off = cash flows only."));
    opexForm->addRow(tr("Residual value"), residual_);
    connect(residual_, &QCheckBox::toggled, facilityLife_, &QWidget::setEnabled);
    bodyLayout->addWidget(opexBox);

    // Operating costs beyond energy and O&M (docs/model.md "Operating costs beyond energy and O&M").
    auto* service = new QGroupBox(tr("Lease, cloud service and GPU life"));
    auto* serviceForm = new QFormLayout(service);
    const auto percent = [](const QString& field) {
        auto* spin = new RangeDoubleSpinBox;
        spin->setObjectName(field);
        FieldHints::apply(spin, QStringLiteral("portfolio.opex.") + field, tr(" %"), 1);
        return spin;
    };
    colocationOpex_ = percent(QStringLiteral("colocationOpexPctOfRent"));
    colocationOpex_->setToolTip(
        tr("Insurance, property tax, management and non-recoverable costs of a "
           "colocation lease, as a share of rent (8 % puts the NOI margin at "
           "about 85 %)."));
    serviceForm->addRow(tr("Colocation lease costs, of rent"), colocationOpex_);
    gpuCloudOpex_ = percent(QStringLiteral("gpuCloudOpexPctOfRevenue"));
    gpuCloudOpex_->setToolTip(
        tr("Staff, support contracts, network, software and sales of a GPU cloud, "
           "as a share of its revenue."));
    serviceForm->addRow(tr("GPU cloud service costs, of revenue"), gpuCloudOpex_);
    gpuUsefulLife_ = new RangeDoubleSpinBox;
    gpuUsefulLife_->setObjectName(QStringLiteral("gpuUsefulLifeYears"));
    FieldHints::apply(gpuUsefulLife_, QStringLiteral("portfolio.opex.gpuUsefulLifeYears"), tr(" years"), 1);
    serviceForm->addRow(tr("GPU useful life"), gpuUsefulLife_);
    gpuEndOfLife_ = new QComboBox;
    gpuEndOfLife_->setObjectName(QStringLiteral("gpuEndOfLife"));
    gpuEndOfLife_->addItem(tr("Refresh: buy the fleet again"), static_cast<int>(m2ai::GpuEndOfLife::Refresh));
    gpuEndOfLife_->addItem(tr("Retire: the fleet stops earning"),
                           static_cast<int>(m2ai::GpuEndOfLife::Retire));
    serviceForm->addRow(tr("At the end of its life"), gpuEndOfLife_);
    bodyLayout->addWidget(service);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the groups need in the language shown (a scroll area alone would cut them).
    scroll->setMinimumWidth(body->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(scroll);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                    QDialogButtonBox::RestoreDefaults);
    QDialogButtonBox* buttons = buttons_;
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        showCosts(m2ai::CostAssumptions{});
        showOpex(m2ai::OperatingCosts{});
    });
    layout->addWidget(buttons);
    // A refused entry is reported here (a dialog has no status bar) and keeps the dialog open.
    refusal_ = new QLabel;
    refusal_->setObjectName(QStringLiteral("refusalLabel"));
    refusal_->setTextFormat(Qt::PlainText);
    refusal_->setWordWrap(true);
    refusal_->setStyleSheet(QStringLiteral("color: #b00020;"));
    refusal_->hide();
    layout->insertWidget(layout->count() - 1, refusal_);  // above the buttons
    for (RangeDoubleSpinBox* spin : findChildren<RangeDoubleSpinBox*>())
        connect(spin, &RangeDoubleSpinBox::refused, this, [this](const QString& message) {
            showRefusal(message);
            // Refused because the focus moved to OK or Cancel (a click on OK does that first): that
            // same click must not close the dialog as if the typed value had been taken.
            auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
            if (button && buttons_->buttons().contains(button)) blockNextAccept_ = true;
        });

    showCosts(costs);
    showOpex(opex);
    // Tall enough to show every group without scrolling when the screen has room for it.
    const QScreen* screen = parent ? parent->screen() : QApplication::primaryScreen();
    const int room = screen ? screen->availableGeometry().height() - 80 : 720;
    const int wanted = sizeHint().height() - scroll->sizeHint().height() + body->sizeHint().height();
    resize(sizeHint().width(), std::min(wanted, room));
}

void CostAssumptionsDialog::showOpex(const m2ai::OperatingCosts& o) {
    colocationOpex_->setValue(o.colocationOpexPctOfRent);
    gpuCloudOpex_->setValue(o.gpuCloudOpexPctOfRevenue);
    gpuUsefulLife_->setValue(o.gpuUsefulLifeYears);
    gpuEndOfLife_->setCurrentIndex(gpuEndOfLife_->findData(static_cast<int>(o.gpuEndOfLife)));
}

m2ai::OperatingCosts CostAssumptionsDialog::opex() const {
    m2ai::OperatingCosts o;
    o.colocationOpexPctOfRent = colocationOpex_->value();
    o.gpuCloudOpexPctOfRevenue = gpuCloudOpex_->value();
    o.gpuUsefulLifeYears = gpuUsefulLife_->value();
    o.gpuEndOfLife = static_cast<m2ai::GpuEndOfLife>(gpuEndOfLife_->currentData().toInt());
    return o;
}

QString CostAssumptionsDialog::refusalText() const {
    return refusal_->isHidden() ? QString() : refusal_->text();
}

void CostAssumptionsDialog::showRefusal(const QString& message) {
    refusal_->setText(tr("Refused: %1").arg(message));
    refusal_->show();
}

void CostAssumptionsDialog::accept() {
    // A typed entry not yet committed (the platform kept the focus in the box): refused, not
    // silently replaced by the box's previous value.
    for (RangeDoubleSpinBox* spin : findChildren<RangeDoubleSpinBox*>()) {
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

QDoubleSpinBox* CostAssumptionsDialog::money(const QString& field, const QString& unit) {
    auto* spin = new RangeDoubleSpinBox;
    spin->setObjectName(field);
    FieldHints::apply(spin, QStringLiteral("portfolio.costs.") + field, unit, 0);
    spin->setMinimumWidth(200);
    return spin;
}

void CostAssumptionsDialog::showCosts(const m2ai::CostAssumptions& c) {
    gpuFitOut_->setValue(c.gpuFitOutUsdPerMwIt);
    electrical_->setValue(c.electricalUsdPerInstalledMw);
    for (size_t i = 0; i < cooling_.size(); ++i) cooling_[i]->setValue(c.coolingUsdPerMwIt[i]);
    sealing_->setValue(c.sealingUsdPerMwIt);
    fire_->setValue(c.fireSuppressionUsdPerMwIt);
    monitoring_->setValue(c.monitoringUsdPerMwIt);
    tierIii_->setValue(c.tierIiiUsdPerMwIt);
    tierIv_->setValue(c.tierIvUsdPerMwIt);
    contingency_->setValue(c.contingencyPct);
    om_->setValue(c.omUsdPerMwItYear);
    miningOm_->setValue(c.miningOmUsdPerMwYear);
    asicResale_->setValue(c.asicResaleUsdPerTh);
    gpuLife_->setValue(c.gpuDepreciationYears);
    facilityLife_->setValue(c.facilityLifeYears);
    residual_->setChecked(c.includeResidualValue);
    facilityLife_->setEnabled(c.includeResidualValue);
}

m2ai::CostAssumptions CostAssumptionsDialog::costs() const {
    m2ai::CostAssumptions c;
    c.gpuFitOutUsdPerMwIt = gpuFitOut_->value();
    c.electricalUsdPerInstalledMw = electrical_->value();
    for (size_t i = 0; i < cooling_.size(); ++i) c.coolingUsdPerMwIt[i] = cooling_[i]->value();
    c.sealingUsdPerMwIt = sealing_->value();
    c.fireSuppressionUsdPerMwIt = fire_->value();
    c.monitoringUsdPerMwIt = monitoring_->value();
    c.tierIiiUsdPerMwIt = tierIii_->value();
    c.tierIvUsdPerMwIt = tierIv_->value();
    c.contingencyPct = contingency_->value();
    c.omUsdPerMwItYear = om_->value();
    c.miningOmUsdPerMwYear = miningOm_->value();
    c.asicResaleUsdPerTh = asicResale_->value();
    c.gpuDepreciationYears = gpuLife_->value();
    c.facilityLifeYears = facilityLife_->value();
    c.includeResidualValue = residual_->isChecked();
    return c;
}
