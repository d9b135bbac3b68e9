#include "editors/ConversionPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "app/CatalogueText.h"
#include "catalogue/Catalogue.h"
#include "document/ProjectDocument.h"
#include "editors/FieldHints.h"
#include "editors/SiteBinder.h"
#include "models/UserTaskTableModel.h"
#include "util/Format.h"

namespace {

QString redundancyLabel(m2ai::Redundancy r) {
    switch (r) {
        case m2ai::Redundancy::N:
            return ConversionPanel::tr("N (no redundancy)");
        case m2ai::Redundancy::NPlus1:
            return ConversionPanel::tr("N+1");
        case m2ai::Redundancy::TwoN:
            return ConversionPanel::tr("2N");
        case m2ai::Redundancy::TwoNPlus1:
            return ConversionPanel::tr("2(N+1)");
        case m2ai::Redundancy::DistributedRedundant:
            return ConversionPanel::tr("Distributed redundant");
    }
    return {};
}

QString coolingLabel(m2ai::CoolingTech c) {
    switch (c) {
        case m2ai::CoolingTech::Air:
            return ConversionPanel::tr("Air");
        case m2ai::CoolingTech::Hybrid:
            return ConversionPanel::tr("Hybrid (rear-door / in-row)");
        case m2ai::CoolingTech::DirectToChip:
            return ConversionPanel::tr("Liquid, direct-to-chip");
        case m2ai::CoolingTech::Immersion:
            return ConversionPanel::tr("Immersion");
    }
    return {};
}

QString certificationLabel(m2ai::Certification c) {
    switch (c) {
        case m2ai::Certification::None:
            return ConversionPanel::tr("None");
        case m2ai::Certification::TierIII:
            return ConversionPanel::tr("Uptime Tier III");
        case m2ai::Certification::TierIV:
            return ConversionPanel::tr("Uptime Tier IV");
    }
    return {};
}

}  // namespace

ConversionPanel::ConversionPanel(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      binder_(new SiteBinder(doc, this)),
      taskModel_(new UserTaskTableModel(doc, this)) {
    connect(binder_, &SiteBinder::message, this, &ConversionPanel::message);
    connect(taskModel_, &UserTaskTableModel::refused, this,
            [this](const QString& reason) { emit message(tr("Refused: %1").arg(reason)); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildPlan());
    layout->addWidget(buildGpu());
    layout->addWidget(buildElectrical());
    layout->addWidget(buildCooling());
    layout->addWidget(buildFacility());
    layout->addWidget(buildBusiness());
    layout->addWidget(buildTasks());
    layout->addStretch(1);
    binder_->refresh();
}

QWidget* ConversionPanel::buildPlan() {
    auto* box = new QGroupBox(tr("Plan"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Share of grid converted"),
                 binder_->doubleSpin(
                     QStringLiteral("plan.convertedSharePct"), tr(" %"), 1, tr("Change converted share"),
                     [](const m2ai::Site& s) { return s.plan.convertedSharePct; },
                     [](m2ai::Site& s, double v) { s.plan.convertedSharePct = v; }));
    auto* mode = new QComboBox;
    mode->setObjectName(QStringLiteral("plan.scheduleMode"));
    mode->addItem(tr("Sequential (one trade after another)"),
                  static_cast<int>(m2ai::ScheduleMode::Sequential));
    mode->addItem(tr("Fast-track (overlap design, procurement and works)"),
                  static_cast<int>(m2ai::ScheduleMode::FastTrack));
    binder_->bindCombo(
        mode, QStringLiteral("plan.scheduleMode"), tr("Change schedule mode"),
        [](const m2ai::Site& s) { return static_cast<int>(s.plan.scheduleMode); },
        [](m2ai::Site& s, int v) { s.plan.scheduleMode = static_cast<m2ai::ScheduleMode>(v); });
    form->addRow(tr("Schedule"), mode);
    form->addRow(tr("Energisation phases"),
                 binder_->intSpin(
                     QStringLiteral("plan.energisationPhases"), QString(), tr("Change phases"),
                     [](const m2ai::Site& s) { return s.plan.energisationPhases; },
                     [](m2ai::Site& s, int v) { s.plan.energisationPhases = v; }));
    form->addRow(tr("Months between phases"),
                 binder_->doubleSpin(
                     QStringLiteral("plan.monthsBetweenPhases"), tr(" months"), 1, tr("Change phase spacing"),
                     [](const m2ai::Site& s) { return s.plan.monthsBetweenPhases; },
                     [](m2ai::Site& s, double v) { s.plan.monthsBetweenPhases = v; }));
    auto* fixedDelivery = new QCheckBox(tr("Fixed at"));
    fixedDelivery->setToolTip(
        tr("Unchecked: each phase's GPUs arrive just in time for its power. Checked: every GPU "
           "arrives in the given month (counted from the portfolio start); GPUs that then wait "
           "for power are reported as stranded."));
    binder_->bindBool(
        fixedDelivery, QStringLiteral("plan.gpuDelivery"), tr("Toggle fixed GPU delivery"),
        [](const m2ai::Site& s) { return s.plan.gpuDeliveryMonthIndex.has_value(); },
        [](m2ai::Site& s, bool on) {
            if (on && !s.plan.gpuDeliveryMonthIndex) s.plan.gpuDeliveryMonthIndex = 6;
            if (!on) s.plan.gpuDeliveryMonthIndex.reset();
        });
    auto* delivery = binder_->intSpin(
        QStringLiteral("plan.gpuDeliveryMonthIndex"), QString(), tr("Change GPU delivery"),
        [](const m2ai::Site& s) { return s.plan.gpuDeliveryMonthIndex.value_or(0); },
        [](m2ai::Site& s, int v) {
            if (s.plan.gpuDeliveryMonthIndex) s.plan.gpuDeliveryMonthIndex = v;
        });
    delivery->setPrefix(tr("month "));
    binder_->onRefresh(
        [delivery](const m2ai::Site& s) { delivery->setEnabled(s.plan.gpuDeliveryMonthIndex.has_value()); });
    auto* row = new QWidget;
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(fixedDelivery);
    rowLayout->addWidget(delivery, 1);
    form->addRow(tr("GPU delivery"), row);
    return box;
}

QWidget* ConversionPanel::buildGpu() {
    auto* box = new QGroupBox(tr("Step 1 — Install GPU servers"));
    box->setObjectName(QStringLiteral("plan.gpu"));
    binder_->bindBool(
        box, QStringLiteral("plan.gpu.enabled"), tr("Toggle GPU install step"),
        [](const m2ai::Site& s) { return s.plan.gpu.enabled; },
        [](m2ai::Site& s, bool v) { s.plan.gpu.enabled = v; });
    auto* form = new QFormLayout(box);
    gpuPlatform_ = new QComboBox;
    gpuPlatform_->setObjectName(QStringLiteral("plan.gpu.platformId"));
    for (const auto& g : m2ai::defaultCatalogue().gpuPlatforms) {
        gpuPlatform_->addItem(CatalogueText::gpuName(g), Format::qs(g.id));
        gpuPlatform_->setItemData(gpuPlatform_->count() - 1, Format::qs(g.source), Qt::ToolTipRole);
    }
    gpuPlatform_->addItem(tr("Custom"), QString());
    gpuPlatform_->setToolTip(tr("Fills kW per rack, GPUs per rack and price per GPU from the catalogue"));
    connect(gpuPlatform_, &QComboBox::activated, this, [this](int index) {
        const m2ai::GpuPlatform* g =
            m2ai::defaultCatalogue().gpu(gpuPlatform_->itemData(index).toString().toStdString());
        if (!g) return;
        binder_->edit(
            tr("Choose GPU platform %1").arg(CatalogueText::gpuName(*g)), QString(),
            [g](m2ai::Site& s) {
                s.plan.gpu.platformId = g->id;
                s.plan.gpu.kwPerRack = g->kwPerRack;
                s.plan.gpu.gpusPerRack = g->gpusPerRack;
                s.plan.gpu.priceUsdPerGpu = g->priceUsdPerGpu;
            },
            gpuPlatform_);
    });
    binder_->onRefresh([this](const m2ai::Site& s) {
        const QSignalBlocker block(gpuPlatform_);
        const int i = gpuPlatform_->findData(Format::qs(s.plan.gpu.platformId));
        gpuPlatform_->setCurrentIndex(i < 0 ? gpuPlatform_->count() - 1 : i);
    });
    form->addRow(tr("Platform"), gpuPlatform_);
    // Editing a platform figure makes the platform "custom" (Portfolio.h GpuInstallStep).
    auto custom = [](m2ai::Site& s) { s.plan.gpu.platformId = "custom"; };
    form->addRow(tr("Power per rack"),
                 binder_->doubleSpin(
                     QStringLiteral("plan.gpu.kwPerRack"), tr(" kW"), 1, tr("Change rack power"),
                     [](const m2ai::Site& s) { return s.plan.gpu.kwPerRack; },
                     [custom](m2ai::Site& s, double v) {
                         s.plan.gpu.kwPerRack = v;
                         custom(s);
                     }));
    form->addRow(tr("GPUs per rack"),
                 binder_->intSpin(
                     QStringLiteral("plan.gpu.gpusPerRack"), QString(), tr("Change GPUs per rack"),
                     [](const m2ai::Site& s) { return s.plan.gpu.gpusPerRack; },
                     [custom](m2ai::Site& s, int v) {
                         s.plan.gpu.gpusPerRack = v;
                         custom(s);
                     }));
    form->addRow(tr("Price per GPU"),
                 binder_->doubleSpin(
                     QStringLiteral("plan.gpu.priceUsdPerGpu"), tr(" USD"), 0, tr("Change GPU price"),
                     [](const m2ai::Site& s) { return s.plan.gpu.priceUsdPerGpu; },
                     [custom](m2ai::Site& s, double v) {
                         s.plan.gpu.priceUsdPerGpu = v;
                         custom(s);
                     }));
    return box;
}

QWidget* ConversionPanel::buildElectrical() {
    auto* box = new QGroupBox(tr("Step 2 — Rebuild the electrical chain"));
    box->setObjectName(QStringLiteral("plan.electrical"));
    binder_->bindBool(
        box, QStringLiteral("plan.electrical.enabled"), tr("Toggle electrical step"),
        [](const m2ai::Site& s) { return s.plan.electrical.enabled; },
        [](m2ai::Site& s, bool v) { s.plan.electrical.enabled = v; });
    auto* form = new QFormLayout(box);
    redundancy_ = new QComboBox;
    redundancy_->setObjectName(QStringLiteral("plan.electrical.redundancy"));
    for (const auto& [r, n] : m2ai::EnumNames<m2ai::Redundancy>::names)
        redundancy_->addItem(redundancyLabel(r), static_cast<int>(r));
    redundancy_->setToolTip(tr("How much of the installed blocks may carry critical load (domain.md §1.2)"));
    binder_->bindCombo(
        redundancy_, QStringLiteral("plan.electrical.redundancy"), tr("Change redundancy"),
        [](const m2ai::Site& s) { return static_cast<int>(s.plan.electrical.redundancy); },
        [](m2ai::Site& s, int v) { s.plan.electrical.redundancy = static_cast<m2ai::Redundancy>(v); });
    form->addRow(tr("Redundancy"), redundancy_);
    form->addRow(tr("Block size"),
                 binder_->doubleSpin(
                     QStringLiteral("plan.electrical.blockSizeMw"), tr(" MW"), 1, tr("Change block size"),
                     [](const m2ai::Site& s) { return s.plan.electrical.blockSizeMw; },
                     [](m2ai::Site& s, double v) { s.plan.electrical.blockSizeMw = v; }));
    form->addRow(
        tr("Installed blocks"),
        binder_->intSpin(
            QStringLiteral("plan.electrical.installedBlocks"), QString(), tr("Change installed blocks"),
            [](const m2ai::Site& s) { return s.plan.electrical.installedBlocks; },
            [](m2ai::Site& s, int v) { s.plan.electrical.installedBlocks = v; }));
    return box;
}

QWidget* ConversionPanel::buildCooling() {
    auto* box = new QGroupBox(tr("Step 3 — Cooling"));
    box->setObjectName(QStringLiteral("plan.cooling"));
    box->setToolTip(tr("Unchecked: the hall stays air-cooled as mined"));
    binder_->bindBool(
        box, QStringLiteral("plan.cooling.enabled"), tr("Toggle cooling step"),
        [](const m2ai::Site& s) { return s.plan.cooling.enabled; },
        [](m2ai::Site& s, bool v) { s.plan.cooling.enabled = v; });
    auto* form = new QFormLayout(box);
    auto* tech = new QComboBox;
    tech->setObjectName(QStringLiteral("plan.cooling.technology"));
    for (const auto& [c, n] : m2ai::EnumNames<m2ai::CoolingTech>::names)
        tech->addItem(coolingLabel(c), static_cast<int>(c));
    binder_->bindCombo(
        tech, QStringLiteral("plan.cooling.technology"), tr("Change cooling"),
        [](const m2ai::Site& s) { return static_cast<int>(s.plan.cooling.technology); },
        [](m2ai::Site& s, int v) { s.plan.cooling.technology = static_cast<m2ai::CoolingTech>(v); });
    form->addRow(tr("Technology"), tech);
    return box;
}

QWidget* ConversionPanel::buildFacility() {
    auto* box = new QGroupBox(tr("Step 4 — Facility and certification"));
    box->setObjectName(QStringLiteral("plan.facility"));
    binder_->bindBool(
        box, QStringLiteral("plan.facility.enabled"), tr("Toggle facility step"),
        [](const m2ai::Site& s) { return s.plan.facility.enabled; },
        [](m2ai::Site& s, bool v) { s.plan.facility.enabled = v; });
    auto* form = new QFormLayout(box);
    auto addCheck = [&](const QString& key, const QString& label, bool m2ai::FacilityStep::*member) {
        auto* check = new QCheckBox(label);
        check->setObjectName(key);
        binder_->bindBool(
            check, key, tr("Toggle %1").arg(label),
            [member](const m2ai::Site& s) { return s.plan.facility.*member; },
            [member](m2ai::Site& s, bool v) { s.plan.facility.*member = v; });
        form->addRow(check);
    };
    addCheck(QStringLiteral("plan.facility.sealingAndDustFiltration"), tr("Sealing and dust filtration"),
             &m2ai::FacilityStep::sealingAndDustFiltration);
    addCheck(QStringLiteral("plan.facility.fireSuppression"), tr("Fire suppression"),
             &m2ai::FacilityStep::fireSuppression);
    addCheck(QStringLiteral("plan.facility.monitoringBms"), tr("Monitoring / BMS"),
             &m2ai::FacilityStep::monitoringBms);
    auto* cert = new QComboBox;
    cert->setObjectName(QStringLiteral("plan.facility.certification"));
    for (const auto& [c, n] : m2ai::EnumNames<m2ai::Certification>::names)
        cert->addItem(certificationLabel(c), static_cast<int>(c));
    binder_->bindCombo(
        cert, QStringLiteral("plan.facility.certification"), tr("Change certification"),
        [](const m2ai::Site& s) { return static_cast<int>(s.plan.facility.certification); },
        [](m2ai::Site& s, int v) { s.plan.facility.certification = static_cast<m2ai::Certification>(v); });
    form->addRow(tr("Certification"), cert);
    return box;
}

QWidget* ConversionPanel::buildBusiness() {
    auto* box = new QGroupBox(tr("Business model"));
    auto* form = new QFormLayout(box);
    auto* model = new QComboBox;
    model->setObjectName(QStringLiteral("plan.business.model"));
    model->addItem(tr("Colocation (lease power and space)"),
                   static_cast<int>(m2ai::BusinessModel::Colocation));
    model->addItem(tr("GPU cloud (own the GPUs, sell GPU-hours)"),
                   static_cast<int>(m2ai::BusinessModel::GpuCloud));
    binder_->bindCombo(
        model, QStringLiteral("plan.business.model"), tr("Change business model"),
        [](const m2ai::Site& s) { return static_cast<int>(s.plan.business.model); },
        [](m2ai::Site& s, int v) { s.plan.business.model = static_cast<m2ai::BusinessModel>(v); });
    form->addRow(tr("Model"), model);
    auto* colo = binder_->doubleSpin(
        QStringLiteral("plan.business.colocationUsdPerKwMonth"), tr(" USD/kW-month"), 1,
        tr("Change colocation rate"),
        [](const m2ai::Site& s) { return s.plan.business.colocationUsdPerKwMonth; },
        [](m2ai::Site& s, double v) { s.plan.business.colocationUsdPerKwMonth = v; });
    form->addRow(tr("Colocation rate"), colo);
    auto* passThrough = new QCheckBox(tr("Tenant pays the hall's electricity"));
    passThrough->setObjectName(QStringLiteral("plan.business.powerPassThrough"));
    passThrough->setToolTip(
        tr("Modified-gross colocation lease: power is passed through to the tenant (TeraWulf and "
           "Cipher deals, 80–90 % NOI margins, domain.md §4.2–4.3). Untick if the rent must "
           "cover the energy bill."));
    binder_->bindBool(
        passThrough, QStringLiteral("plan.business.powerPassThrough"), tr("Change power pass-through"),
        [](const m2ai::Site& s) { return s.plan.business.powerPassThrough; },
        [](m2ai::Site& s, bool v) { s.plan.business.powerPassThrough = v; });
    form->addRow(tr("Power"), passThrough);
    auto* gpuRate = binder_->doubleSpin(
        QStringLiteral("plan.business.gpuUsdPerHour"), tr(" USD/GPU-hour"), 2, tr("Change GPU-hour price"),
        [](const m2ai::Site& s) { return s.plan.business.gpuUsdPerHour; },
        [](m2ai::Site& s, double v) { s.plan.business.gpuUsdPerHour = v; });
    form->addRow(tr("GPU-hour price"), gpuRate);
    auto* util = binder_->doubleSpin(
        QStringLiteral("plan.business.gpuUtilisationPct"), tr(" %"), 1, tr("Change utilisation"),
        [](const m2ai::Site& s) { return s.plan.business.gpuUtilisationPct; },
        [](m2ai::Site& s, double v) { s.plan.business.gpuUtilisationPct = v; });
    form->addRow(tr("GPU utilisation"), util);
    auto* decline = binder_->doubleSpin(
        QStringLiteral("plan.business.gpuPriceDeclinePctPerYear"), tr(" %/yr"), 1,
        tr("Change GPU price decline"),
        [](const m2ai::Site& s) { return s.plan.business.gpuPriceDeclinePctPerYear; },
        [](m2ai::Site& s, double v) { s.plan.business.gpuPriceDeclinePctPerYear = v; });
    form->addRow(tr("GPU price decline"), decline);
    // Colocation lease terms, counted from first RFS (docs/model.md "Lease terms for colocation").
    auto* escalator = binder_->doubleSpin(
        QStringLiteral("plan.business.lease.escalatorPctPerYear"), tr(" %/yr"), 1,
        tr("Change rent escalator"),
        [](const m2ai::Site& s) { return s.plan.business.lease.escalatorPctPerYear; },
        [](m2ai::Site& s, double v) { s.plan.business.lease.escalatorPctPerYear = v; });
    form->addRow(tr("Rent escalator"), escalator);
    auto* leaseUp = binder_->doubleSpin(
        QStringLiteral("plan.business.lease.leaseUpMonths"), tr(" months"), 0, tr("Change lease-up"),
        [](const m2ai::Site& s) { return s.plan.business.lease.leaseUpMonths; },
        [](m2ai::Site& s, double v) { s.plan.business.lease.leaseUpMonths = v; });
    leaseUp->setToolTip(tr("Months after RFS until the hall is fully let (0 = pre-let)."));
    form->addRow(tr("Lease-up after RFS"), leaseUp);
    auto* takeOrPay = binder_->doubleSpin(
        QStringLiteral("plan.business.lease.takeOrPayPct"), tr(" %"), 0, tr("Change take-or-pay"),
        [](const m2ai::Site& s) { return s.plan.business.lease.takeOrPayPct; },
        [](m2ai::Site& s, double v) { s.plan.business.lease.takeOrPayPct = v; });
    takeOrPay->setToolTip(tr("Share of the contracted rent the tenant pays from RFS whatever it occupies."));
    form->addRow(tr("Take-or-pay"), takeOrPay);
    auto* term = binder_->doubleSpin(
        QStringLiteral("plan.business.lease.termYears"), tr(" years"), 1, tr("Change lease term"),
        [](const m2ai::Site& s) { return s.plan.business.lease.termYears; },
        [](m2ai::Site& s, double v) { s.plan.business.lease.termYears = v; });
    form->addRow(tr("Lease term"), term);
    auto* afterTerm = new QComboBox;
    afterTerm->setObjectName(QStringLiteral("plan.business.lease.afterTerm"));
    afterTerm->addItem(tr("Renewed on the same terms"), static_cast<int>(m2ai::LeaseEnd::Renew));
    afterTerm->addItem(tr("Vacated: no rent"), static_cast<int>(m2ai::LeaseEnd::Vacate));
    binder_->bindCombo(
        afterTerm, QStringLiteral("plan.business.lease.afterTerm"), tr("Change end of lease"),
        [](const m2ai::Site& s) { return static_cast<int>(s.plan.business.lease.afterTerm); },
        [](m2ai::Site& s, int v) { s.plan.business.lease.afterTerm = static_cast<m2ai::LeaseEnd>(v); });
    form->addRow(tr("After the term"), afterTerm);
    // Show only the terms the chosen model uses.
    binder_->onRefresh([=](const m2ai::Site& s) {
        const bool cloud = s.plan.business.model == m2ai::BusinessModel::GpuCloud;
        colo->setEnabled(!cloud);
        passThrough->setEnabled(!cloud);
        for (QWidget* w : {static_cast<QWidget*>(escalator), static_cast<QWidget*>(leaseUp),
                           static_cast<QWidget*>(takeOrPay), static_cast<QWidget*>(term),
                           static_cast<QWidget*>(afterTerm)})
            w->setEnabled(!cloud);
        gpuRate->setEnabled(cloud);
        util->setEnabled(cloud);
        decline->setEnabled(cloud);
    });
    return box;
}

QWidget* ConversionPanel::buildTasks() {
    auto* box = new QGroupBox(tr("Extra schedule tasks"));
    auto* layout = new QVBoxLayout(box);
    auto* hint =
        new QLabel(tr("Tasks added to the generated schedule. “Depends on” and “Must finish before” take "
                      "task ids separated by commas (e.g. design, grid-upgrade; gpu-install)."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    taskTable_ = new QTableView;
    taskTable_->setObjectName(QStringLiteral("taskTable"));
    taskTable_->setModel(taskModel_);
    taskTable_->horizontalHeader()->setStretchLastSection(true);
    taskTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    taskTable_->setMinimumHeight(120);
    layout->addWidget(taskTable_);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add task"));
    auto* remove = new QPushButton(tr("Remove task"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        QString error;
        if (!taskModel_->addTask(&error) && !error.isEmpty()) emit message(tr("Refused: %1").arg(error));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = taskTable_->currentIndex();
        if (!current.isValid()) return;
        QString error;
        if (!taskModel_->removeTask(current.row(), &error) && !error.isEmpty())
            emit message(tr("Refused: %1").arg(error));
    });
    return box;
}
