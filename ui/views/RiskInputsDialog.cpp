#include "views/RiskInputsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "app/ProblemText.h"
#include "risk/Distribution.h"
#include "risk/RiskSettings.h"
#include "util/ElidingLineEdit.h"

namespace {

using m2ai::risk::Distribution;
using m2ai::risk::DistributionKind;

enum Column { Label, Kind, Min, Mode, Max, Sigma, ColumnCount };
enum TaskColumn { TaskSite, TaskId, TaskKind, TaskMin, TaskMode, TaskMax, TaskColumnCount };

constexpr DistributionKind kKinds[] = {DistributionKind::Fixed, DistributionKind::Triangular,
                                       DistributionKind::Pert, DistributionKind::Lognormal,
                                       DistributionKind::Normal};

QComboBox* kindCombo(DistributionKind kind, bool threePointOnly) {
    auto* combo = new QComboBox;
    for (const DistributionKind k : kKinds) {
        if (threePointOnly && (k == DistributionKind::Lognormal || k == DistributionKind::Normal)) continue;
        combo->addItem(QString::fromStdString(m2ai::risk::toName(k)), static_cast<int>(k));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(kind))));
    return combo;
}

// Plain spin boxes with a wide range: the dialog checks the rules on OK and names the field, rather
// than clamping a value silently.
QDoubleSpinBox* numberBox(double value, int decimals) {
    auto* box = new QDoubleSpinBox;
    box->setRange(-1.0e6, 1.0e6);
    box->setDecimals(decimals);
    box->setSingleStep(0.05);
    box->setValue(value);
    box->setFrame(false);
    return box;
}

double valueAt(const QTableWidget* table, int row, int column) {
    const auto* box = qobject_cast<const QDoubleSpinBox*>(table->cellWidget(row, column));
    return box ? box->value() : 0.0;
}

DistributionKind kindAt(const QTableWidget* table, int row, int column) {
    const auto* combo = qobject_cast<const QComboBox*>(table->cellWidget(row, column));
    return combo ? static_cast<DistributionKind>(combo->currentData().toInt()) : DistributionKind::Fixed;
}

QString taskLabel(std::string_view id) {
    static const std::pair<std::string_view, const char*> kLabels[] = {
        {"design", QT_TRANSLATE_NOOP("QObject", "Design")},
        {"proc-electrical", QT_TRANSLATE_NOOP("QObject", "Procure electrical (switchgear, transformers)")},
        {"proc-cooling", QT_TRANSLATE_NOOP("QObject", "Procure cooling")},
        {"proc-gpu", QT_TRANSLATE_NOOP("QObject", "Procure GPU servers")},
        {"decommission", QT_TRANSLATE_NOOP("QObject", "Decommission ASICs")},
        {"electrical", QT_TRANSLATE_NOOP("QObject", "Electrical works")},
        {"cooling", QT_TRANSLATE_NOOP("QObject", "Cooling works")},
        {"facility", QT_TRANSLATE_NOOP("QObject", "Facility works")},
        {"gpu-install", QT_TRANSLATE_NOOP("QObject", "GPU install")},
        {"commissioning", QT_TRANSLATE_NOOP("QObject", "Commissioning")},
        {"userTask", QT_TRANSLATE_NOOP("QObject", "User tasks")},
    };
    for (const auto& [key, label] : kLabels)
        if (key == id) return QObject::tr(label);
    return QString::fromUtf8(id.data(), static_cast<int>(id.size()));
}

}  // namespace

QString RiskInputsDialog::inputLabel(const std::string& input) {
    static const std::pair<const char*, const char*> kLabels[] = {
        {"hashprice", QT_TR_NOOP("Hashprice (market)")},
        {"gpuHourPrice", QT_TR_NOOP("GPU-hour price (market)")},
        {"gpuPrice", QT_TR_NOOP("GPU price (market)")},
        {"powerPrice", QT_TR_NOOP("Power price")},
        {"colocationRent", QT_TR_NOOP("Colocation rent")},
        {"utilisation", QT_TR_NOOP("GPU utilisation")},
        {"capexOverrun", QT_TR_NOOP("Capex overrun")},
        {"pueOverhead", QT_TR_NOOP("PUE overhead (PUE − 1)")},
    };
    for (const auto& [key, label] : kLabels)
        if (input == key) return tr(label);
    const std::string prefix = "duration.";
    if (input.rfind(prefix, 0) == 0) return tr("%1 (duration)").arg(taskLabel(input.substr(prefix.size())));
    return QString::fromStdString(input);
}

RiskInputsDialog::RiskInputsDialog(const m2ai::Portfolio& portfolio, QWidget* parent)
    : QDialog(parent), portfolio_(portfolio) {
    setWindowTitle(tr("Risk inputs"));
    setObjectName(QStringLiteral("riskInputsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Each input is a multiplier on the portfolio's own value (most likely 1). Market inputs are "
           "drawn once per trial for the whole portfolio, the others per site. Rows in italics are at "
           "the catalogue default; hover a row for its source (docs/model.md “Sensitivity and risk”)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* run = new QFormLayout;
    trials_ = new QSpinBox;
    trials_->setObjectName(QStringLiteral("riskInputsTrials"));
    trials_->setRange(1, m2ai::risk::kMaxTrials);
    trials_->setGroupSeparatorShown(true);
    seed_ = new QSpinBox;
    seed_->setObjectName(QStringLiteral("riskInputsSeed"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    auto* rfsBy = new QHBoxLayout;
    rfsByEnabled_ = new QCheckBox(tr("RFS by"));
    rfsByEnabled_->setObjectName(QStringLiteral("riskInputsRfsByEnabled"));
    rfsByYear_ = new QSpinBox;
    rfsByYear_->setRange(2000, 2100);
    rfsByMonth_ = new QSpinBox;
    rfsByMonth_->setRange(1, 12);
    rfsBy->addWidget(rfsByEnabled_);
    rfsBy->addWidget(rfsByYear_);
    rfsBy->addWidget(rfsByMonth_);
    rfsBy->addWidget(new QLabel(tr("(off: the deterministic first RFS)")));
    rfsBy->addStretch(1);
    run->addRow(tr("Trials"), trials_);
    run->addRow(tr("Seed"), seed_);
    run->addRow(tr("Probability of"), rfsBy);
    layout->addLayout(run);
    connect(rfsByEnabled_, &QCheckBox::toggled, rfsByYear_, &QWidget::setEnabled);
    connect(rfsByEnabled_, &QCheckBox::toggled, rfsByMonth_, &QWidget::setEnabled);

    distributions_ = new QTableWidget(0, ColumnCount);
    distributions_->setObjectName(QStringLiteral("riskInputsDistributions"));
    distributions_->setHorizontalHeaderLabels({tr("Input"), tr("Distribution"), tr("Min"), tr("Most likely"),
                                               tr("Max"), tr("σ (lognormal, normal)")});
    distributions_->verticalHeader()->hide();
    distributions_->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    layout->addWidget(distributions_, 2);

    auto* taskBox = new QGroupBox(tr("Tasks with their own duration (months)"));
    auto* taskLayout = new QVBoxLayout(taskBox);
    tasks_ = new QTableWidget(0, TaskColumnCount);
    tasks_->setObjectName(QStringLiteral("riskInputsTasks"));
    tasks_->setHorizontalHeaderLabels(
        {tr("Site"), tr("Task id"), tr("Distribution"), tr("Min"), tr("Most likely"), tr("Max")});
    tasks_->verticalHeader()->hide();
    tasks_->horizontalHeader()->setSectionResizeMode(TaskSite, QHeaderView::Stretch);
    taskLayout->addWidget(tasks_);
    auto* taskButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add task"));
    add->setObjectName(QStringLiteral("riskInputsAddTask"));
    auto* remove = new QPushButton(tr("&Remove task"));
    remove->setObjectName(QStringLiteral("riskInputsRemoveTask"));
    taskButtons->addWidget(add);
    taskButtons->addWidget(remove);
    taskButtons->addStretch(1);
    taskLayout->addLayout(taskButtons);
    layout->addWidget(taskBox, 1);
    connect(add, &QPushButton::clicked, this, [this] {
        m2ai::RiskTaskDuration row;
        row.siteName = portfolio_.sites.empty() ? std::string() : portfolio_.sites.front().name;
        row.taskId = "proc-electrical";
        row.durationMonths = Distribution::pert(9.0, 11.0, 25.0);
        addTaskRow(row);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (tasks_->currentRow() >= 0) tasks_->removeRow(tasks_->currentRow());
    });

    refusal_ = new QLabel;
    refusal_->setObjectName(QStringLiteral("riskInputsRefusal"));
    refusal_->setWordWrap(true);
    refusal_->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    refusal_->hide();
    layout->addWidget(refusal_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* reset = buttons->addButton(tr("Catalogue &defaults"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("riskInputsReset"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RiskInputsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &RiskInputsDialog::resetDefaults);
    layout->addWidget(buttons);

    display(portfolio_.risk);
    resize(900, 720);
}

void RiskInputsDialog::display(const m2ai::RiskInputs& inputs) {
    trials_->setValue(inputs.trials);
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(inputs.seed, std::numeric_limits<int>::max())));
    rfsByEnabled_->setChecked(inputs.rfsBy.has_value());
    const m2ai::YearMonth month = inputs.rfsBy.value_or(portfolio_.startMonth.plusMonths(24));
    rfsByYear_->setValue(month.year);
    rfsByMonth_->setValue(month.month);
    rfsByYear_->setEnabled(inputs.rfsBy.has_value());
    rfsByMonth_->setEnabled(inputs.rfsBy.has_value());

    const m2ai::risk::RiskSettings settings = m2ai::risk::riskSettingsFor(inputs);
    const std::vector<std::string>& names = m2ai::risk::riskInputNames();
    distributions_->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < static_cast<int>(names.size()); ++row) {
        const std::string& name = names[static_cast<std::size_t>(row)];
        const Distribution& d = *m2ai::risk::riskInput(settings, name);
        auto* label = new QTableWidgetItem(inputLabel(name));
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        label->setData(Qt::UserRole, QString::fromStdString(name));
        if (const m2ai::risk::RiskInputDefault* def = m2ai::risk::riskInputDefault(name)) {
            label->setToolTip(QString::fromStdString(def->source) +
                              (def->estimate ? tr(" (estimate)") : QString()));
            QFont font = label->font();
            font.setItalic(def->distribution == d);
            label->setFont(font);
        }
        distributions_->setItem(row, Label, label);
        distributions_->setCellWidget(row, Kind, kindCombo(d.kind, false));
        distributions_->setCellWidget(row, Min, numberBox(d.min, 3));
        distributions_->setCellWidget(row, Mode, numberBox(d.mode, 3));
        distributions_->setCellWidget(row, Max, numberBox(d.max, 3));
        distributions_->setCellWidget(row, Sigma, numberBox(d.sigma, 3));
    }
    distributions_->resizeColumnsToContents();
    distributions_->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    tasks_->setRowCount(0);
    for (const m2ai::RiskTaskDuration& t : inputs.taskDurations) addTaskRow(t);
}

void RiskInputsDialog::addTaskRow(const m2ai::RiskTaskDuration& t) {
    const int row = tasks_->rowCount();
    tasks_->insertRow(row);
    auto* site = new QComboBox;
    site->setEditable(true);  // a removed site's name stays visible, and is reported by the run
    site->setLineEdit(new ElidingLineEdit(site));  // long names elide at words while not edited
    for (const m2ai::Site& s : portfolio_.sites) site->addItem(QString::fromStdString(s.name));
    site->setCurrentText(QString::fromStdString(t.siteName));
    tasks_->setCellWidget(row, TaskSite, site);
    auto* task = new QComboBox;
    task->setEditable(true);
    task->setLineEdit(new ElidingLineEdit(task));
    for (const std::string& name : m2ai::risk::riskInputNames())
        if (name.rfind("duration.", 0) == 0 && name != "duration.userTask")
            task->addItem(QString::fromStdString(name.substr(9)));
    for (const m2ai::Site& s : portfolio_.sites)
        for (const m2ai::UserTask& u : s.plan.extraTasks)
            if (task->findText(QString::fromStdString(u.id)) < 0) task->addItem(QString::fromStdString(u.id));
    task->setCurrentText(QString::fromStdString(t.taskId));
    tasks_->setCellWidget(row, TaskId, task);
    tasks_->setCellWidget(row, TaskKind, kindCombo(t.durationMonths.kind, true));
    tasks_->setCellWidget(row, TaskMin, numberBox(t.durationMonths.min, 2));
    tasks_->setCellWidget(row, TaskMode, numberBox(t.durationMonths.mode, 2));
    tasks_->setCellWidget(row, TaskMax, numberBox(t.durationMonths.max, 2));
}

void RiskInputsDialog::resetDefaults() {
    m2ai::RiskInputs defaults;
    defaults.trials = trials_->value();
    defaults.seed = static_cast<std::uint64_t>(seed_->value());
    defaults.taskDurations = inputs().taskDurations;
    display(defaults);
}

m2ai::RiskInputs RiskInputsDialog::inputs() const {
    m2ai::RiskInputs r;
    r.trials = trials_->value();
    r.seed = static_cast<std::uint64_t>(seed_->value());
    if (rfsByEnabled_->isChecked()) r.rfsBy = m2ai::YearMonth{rfsByYear_->value(), rfsByMonth_->value()};
    // A seed the spin box cannot show (above 2³¹ − 1, from a file) is kept while it is not edited.
    if (portfolio_.risk.seed > static_cast<std::uint64_t>(std::numeric_limits<int>::max()) &&
        seed_->value() == std::numeric_limits<int>::max())
        r.seed = portfolio_.risk.seed;
    const m2ai::risk::RiskSettings defaults = m2ai::risk::defaultRiskSettings();
    for (int row = 0; row < distributions_->rowCount(); ++row) {
        const std::string name =
            distributions_->item(row, Label)->data(Qt::UserRole).toString().toStdString();
        Distribution d{kindAt(distributions_, row, Kind), valueAt(distributions_, row, Min),
                       valueAt(distributions_, row, Mode), valueAt(distributions_, row, Max),
                       valueAt(distributions_, row, Sigma)};
        if (d.kind == DistributionKind::Fixed) d = Distribution::fixed(d.mode);
        const Distribution* base = m2ai::risk::riskInput(defaults, name);
        // Stored only where it differs from the catalogue, so a corrected catalogue reaches the project.
        // As shown (the boxes round to their decimals): a row left alone is not an edit.
        const auto same = [](double a, double b) { return std::abs(a - b) < 0.5e-3; };
        if (base && base->kind == d.kind && same(base->min, d.min) && same(base->mode, d.mode) &&
            same(base->max, d.max) && same(base->sigma, d.sigma))
            continue;
        r.distributions.push_back({name, d});
    }
    for (int row = 0; row < tasks_->rowCount(); ++row) {
        m2ai::RiskTaskDuration t;
        t.siteName = qobject_cast<QComboBox*>(tasks_->cellWidget(row, TaskSite))->currentText().toStdString();
        t.taskId = qobject_cast<QComboBox*>(tasks_->cellWidget(row, TaskId))->currentText().toStdString();
        t.durationMonths = {kindAt(tasks_, row, TaskKind), valueAt(tasks_, row, TaskMin),
                            valueAt(tasks_, row, TaskMode), valueAt(tasks_, row, TaskMax), 0.0};
        if (t.durationMonths.kind == DistributionKind::Fixed)
            t.durationMonths = Distribution::fixed(t.durationMonths.mode);
        r.taskDurations.push_back(std::move(t));
    }
    return r;
}

QString RiskInputsDialog::humanize(const std::string& path) const {
    // risk.<input>.<field> or risk.taskDurations[i].durationMonths.<field> or risk.<field>.
    static const std::pair<const char*, const char*> kFields[] = {
        {"min", "Min"}, {"mode", "Most likely"}, {"max", "Max"}, {"sigma", "σ"}, {"kind", "Distribution"}};
    std::string rest = path.rfind("risk.", 0) == 0 ? path.substr(5) : path;
    QString field;
    for (const auto& [key, label] : kFields) {
        const std::string suffix = std::string(".") + key;
        if (rest.size() > suffix.size() &&
            rest.compare(rest.size() - suffix.size(), suffix.size(), suffix) == 0) {
            field = tr(label);
            rest.resize(rest.size() - suffix.size());
            break;
        }
    }
    QString what;
    if (rest.rfind("taskDurations[", 0) == 0) {
        const int index = std::atoi(rest.c_str() + 14);
        what = tr("Task row %1").arg(index + 1);
    } else if (rest == "trials") {
        what = tr("Trials");
    } else {
        what = inputLabel(rest);
    }
    return field.isEmpty() ? what : tr("%1: %2").arg(what, field);
}

QString RiskInputsDialog::refusalText() const {
    return refusal_->isVisible() || !refusal_->text().isEmpty() ? refusal_->text() : QString();
}

void RiskInputsDialog::accept() {
    const std::vector<m2ai::Problem> problems = m2ai::risk::validateRiskInputs(inputs());
    if (!problems.empty()) {
        const m2ai::Problem& p = problems.front();
        refusal_->setText(tr("Refused — %1 %2").arg(humanize(p.path), ProblemText::problemMessage(p)));
        refusal_->show();
        return;
    }
    refusal_->clear();
    refusal_->hide();
    QDialog::accept();
}
