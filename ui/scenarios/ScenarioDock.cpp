#include "scenarios/ScenarioDock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "document/ProjectDocument.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/ScenarioEdits.h"
#include "scenarios/ScenarioFields.h"
#include "scenarios/ScenarioOverridesModel.h"

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QPushButton* button(const QString& text, const QString& name, const QString& tip) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

}  // namespace

ScenarioDock::ScenarioDock(ProjectDocument* doc, QWidget* parent)
    : QDockWidget(tr("Scenarios"), parent), doc_(doc) {
    setObjectName(QStringLiteral("scenarioDock"));
    toggleViewAction()->setText(tr("Scenari&os"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    auto* intro =
        new QLabel(tr("The base is the portfolio as edited. A scenario names only what it "
                      "changes; everything else follows the base."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    list_ = new QListWidget;
    list_->setObjectName(QStringLiteral("scenarioList"));
    list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    list_->setMaximumHeight(140);
    layout->addWidget(list_);
    auto* listButtons = new QGridLayout;
    add_ = button(tr("&Add"), QStringLiteral("scenarioAdd"), tr("Add a scenario with no overrides"));
    duplicate_ = button(tr("D&uplicate"), QStringLiteral("scenarioDuplicate"),
                        tr("Copy the selected scenario with its overrides"));
    rename_ = button(tr("Re&name"), QStringLiteral("scenarioRename"), tr("Rename the selected scenario"));
    remove_ = button(tr("De&lete"), QStringLiteral("scenarioDelete"),
                     tr("Delete the selected scenario (Undo brings it back)"));
    makeBase_ = button(tr("Make &Base"), QStringLiteral("scenarioMakeBase"),
                       tr("Write the selected scenario's changes into the portfolio; the old base "
                          "becomes the scenario \"Former base\". Every scenario computes as before."));
    compare_ = button(tr("Com&pare"), QStringLiteral("scenarioCompare"),
                      tr("Show the base and every scenario side by side"));
    // Two buttons a row: the site view already takes ~1,020 of 1,280 pixels, so the dock must fit
    // in ~250 for the window to fit the screen with it open.
    const QList<QPushButton*> buttons{add_, duplicate_, rename_, remove_, makeBase_, compare_};
    for (int i = 0; i < buttons.size(); ++i) listButtons->addWidget(buttons[i], i / 2, i % 2);
    layout->addLayout(listButtons);

    model_ = new ScenarioOverridesModel(doc_, this);
    overrides_ = new QTableView;
    overrides_->setObjectName(QStringLiteral("scenarioOverrides"));
    overrides_->setModel(model_);
    overrides_->setSelectionBehavior(QAbstractItemView::SelectRows);
    overrides_->setSelectionMode(QAbstractItemView::SingleSelection);
    overrides_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    overrides_->verticalHeader()->hide();
    // Every column readable in a 420-pixel dock: the field's label takes what the figures leave.
    overrides_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    overrides_->horizontalHeader()->setSectionResizeMode(ScenarioOverridesModel::Field, QHeaderView::Stretch);
    overrides_->setWordWrap(false);
    layout->addWidget(new QLabel(tr("Overrides of the selected scenario:")));
    layout->addWidget(overrides_, 1);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    target_ = new QComboBox;
    target_->setObjectName(QStringLiteral("scenarioTarget"));
    target_->setMinimumContentsLength(10);
    target_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    field_ = new QComboBox;
    field_->setObjectName(QStringLiteral("scenarioField"));
    field_->setMinimumContentsLength(10);
    field_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    valueText_ = new QLineEdit;
    valueText_->setObjectName(QStringLiteral("scenarioValue"));
    valueChoice_ = new QComboBox;
    valueChoice_->setObjectName(QStringLiteral("scenarioValueChoice"));
    valueChoice_->setMinimumContentsLength(10);
    valueChoice_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* valueRow = new QHBoxLayout;
    valueRow->setContentsMargins(0, 0, 0, 0);
    valueRow->addWidget(valueText_, 1);
    valueRow->addWidget(valueChoice_, 1);
    form->addRow(tr("Applies to:"), target_);
    form->addRow(tr("Field:"), field_);
    form->addRow(tr("Value:"), valueRow);
    layout->addLayout(form);
    auto* overrideButtons = new QHBoxLayout;
    set_ = button(tr("&Set Override"), QStringLiteral("scenarioSetOverride"),
                  tr("Set this field to this value in the selected scenario"));
    removeOverride_ = button(tr("&Remove Override"), QStringLiteral("scenarioRemoveOverride"),
                             tr("The scenario follows the base for this field again"));
    overrideButtons->addWidget(set_);
    overrideButtons->addWidget(removeOverride_);
    overrideButtons->addStretch(1);
    layout->addLayout(overrideButtons);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("scenarioStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    setWidget(body);

    connect(add_, &QPushButton::clicked, this, &ScenarioDock::addScenario);
    connect(duplicate_, &QPushButton::clicked, this, &ScenarioDock::duplicateScenario);
    connect(remove_, &QPushButton::clicked, this, &ScenarioDock::removeScenario);
    connect(makeBase_, &QPushButton::clicked, this, &ScenarioDock::makeBase);
    connect(rename_, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = list_->currentItem()) list_->editItem(item);
    });
    connect(compare_, &QPushButton::clicked, this, &ScenarioDock::compareRequested);
    connect(set_, &QPushButton::clicked, this, &ScenarioDock::applyForm);
    connect(removeOverride_, &QPushButton::clicked, this, &ScenarioDock::removeOverride);
    connect(valueText_, &QLineEdit::returnPressed, this, &ScenarioDock::applyForm);
    connect(list_, &QListWidget::itemChanged, this, &ScenarioDock::onItemChanged);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (reloading_) return;
        model_->setScenario(row);
        updateButtons();
    });
    connect(target_, &QComboBox::currentIndexChanged, this, &ScenarioDock::reloadFields);
    connect(field_, &QComboBox::currentIndexChanged, this, &ScenarioDock::showValueEditor);
    connect(overrides_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) loadOverrideIntoForm(current.row());
                updateButtons();
            });
    connect(doc_, &ProjectDocument::scenariosChanged, this, &ScenarioDock::reloadList);
    // Make Base changes the scenarios with the settings (one ChangePortfolio step).
    connect(doc_, &ProjectDocument::portfolioSettingsChanged, this, &ScenarioDock::reloadList);
    connect(doc_, &ProjectDocument::projectReset, this, [this] {
        reloadList();
        reloadTargets();
    });
    connect(doc_, &ProjectDocument::siteInserted, this, &ScenarioDock::reloadTargets);
    connect(doc_, &ProjectDocument::siteRemoved, this, &ScenarioDock::reloadTargets);
    // A site edit can only rename that one site: no list rebuild of every site per keystroke.
    connect(doc_, &ProjectDocument::siteChanged, this, [this](int index) {
        const QString name = qs(doc_->portfolio().sites[static_cast<std::size_t>(index)].name);
        if (index + 1 < target_->count() && target_->itemData(index + 1).toString() != name) reloadTargets();
    });
    reloadList();
    reloadTargets();
}

int ScenarioDock::currentScenario() const {
    return list_->currentRow();
}

void ScenarioDock::setCurrentScenario(int index) {
    list_->setCurrentRow(index);
}

void ScenarioDock::reloadList() {
    const int keep = list_->currentRow();
    const auto& scenarios = doc_->portfolio().scenarios;
    {
        reloading_ = true;
        const QSignalBlocker block(list_);
        list_->clear();
        for (const m2ai::Scenario& s : scenarios) {
            auto* item = new QListWidgetItem(qs(s.name), list_);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setToolTip(tr("%n override(s)", nullptr, static_cast<int>(s.overrides.size())));
        }
        const int count = list_->count();
        list_->setCurrentRow(count == 0 ? -1 : std::min(std::max(keep, 0), count - 1));
        reloading_ = false;
    }
    model_->setScenario(list_->currentRow());
    updateButtons();
}

void ScenarioDock::reloadTargets() {
    const QString keep = target_->currentData().toString();
    {
        const QSignalBlocker block(target_);
        target_->clear();
        target_->addItem(tr("Portfolio and costs"), QString());
        for (const m2ai::Site& s : doc_->portfolio().sites) target_->addItem(qs(s.name), qs(s.name));
        const int at = target_->findData(keep);
        target_->setCurrentIndex(at >= 0 ? at : 0);
    }
    reloadFields();
}

void ScenarioDock::reloadFields() {
    const bool site = !target_->currentData().toString().isEmpty();
    const QString keep = field_->currentData().toString();
    {
        const QSignalBlocker block(field_);
        field_->clear();
        for (const m2ai::OverridableField& f : m2ai::overridableFields())
            if ((f.scope == m2ai::OverrideScope::Site) == site)
                field_->addItem(ScenarioFields::labelWithUnit(f), qs(f.path));
        const int at = field_->findData(keep);
        field_->setCurrentIndex(at >= 0 ? at : 0);
    }
    showValueEditor();
}

void ScenarioDock::showValueEditor() {
    const m2ai::OverridableField* f = m2ai::overridableField(field_->currentData().toString().toStdString());
    if (!f) return;
    const bool choice = f->kind == m2ai::OverrideKind::Choice || f->kind == m2ai::OverrideKind::Flag;
    valueText_->setVisible(!choice);
    valueChoice_->setVisible(choice);
    // Start from the base's value, so the user edits a real figure rather than typing one blind.
    const m2ai::Portfolio& p = doc_->portfolio();
    const m2ai::Site* site = nullptr;
    const QString siteName = target_->currentData().toString();
    for (const m2ai::Site& s : p.sites)
        if (qs(s.name) == siteName) site = &s;
    if (f->scope == m2ai::OverrideScope::Site && !site) return;
    const m2ai::OverrideValue base = f->get(p, site);
    if (choice) {
        const QSignalBlocker block(valueChoice_);
        valueChoice_->clear();
        if (f->kind == m2ai::OverrideKind::Flag) {
            valueChoice_->addItem(tr("Yes"), tr("yes"));
            valueChoice_->addItem(tr("No"), tr("no"));
        } else {
            for (const std::string& c : f->choices) valueChoice_->addItem(qs(c), qs(c));
        }
        valueChoice_->setCurrentIndex(valueChoice_->findData(ScenarioFields::editText(*f, base)));
    } else {
        valueText_->setText(ScenarioFields::editText(*f, base));
        valueText_->setPlaceholderText(f->unit.empty() ? QString() : tr("in %1").arg(qs(f->unit)));
    }
}

void ScenarioDock::setForm(const QString& target, const QString& path, const QString& valueText) {
    const int t = target_->findData(target);
    if (t >= 0) target_->setCurrentIndex(t);
    const int f = field_->findData(path);
    if (f >= 0) field_->setCurrentIndex(f);
    const m2ai::OverridableField* field = m2ai::overridableField(path.toStdString());
    if (field && (field->kind == m2ai::OverrideKind::Choice || field->kind == m2ai::OverrideKind::Flag)) {
        const int v = valueChoice_->findData(valueText);
        if (v >= 0) valueChoice_->setCurrentIndex(v);
    } else {
        valueText_->setText(valueText);
    }
}

void ScenarioDock::loadOverrideIntoForm(int row) {
    const int s = currentScenario();
    if (s < 0) return;
    const auto& overrides = doc_->portfolio().scenarios[static_cast<std::size_t>(s)].overrides;
    if (row < 0 || static_cast<std::size_t>(row) >= overrides.size()) return;
    const m2ai::ScenarioOverride& o = overrides[static_cast<std::size_t>(row)];
    const m2ai::OverridableField* f = m2ai::overridableField(o.fieldPath);
    // A removed site is not in the target list: the form cannot show it, the table row still does.
    if (!f || target_->findData(qs(o.siteName)) < 0) return;
    setForm(qs(o.siteName), qs(o.fieldPath), ScenarioFields::editText(*f, o.value));
}

bool ScenarioDock::addScenario() {
    QString error;
    const QString name = ScenarioEdits::freshName(doc_->portfolio(), QString());
    const bool ok = ScenarioEdits::addScenario(doc_, name, &error);
    if (ok) setCurrentScenario(list_->count() - 1);
    report(ok, error);
    return ok;
}

bool ScenarioDock::duplicateScenario() {
    QString error;
    const int at = currentScenario();
    const bool ok = ScenarioEdits::duplicateScenario(doc_, at, &error);
    if (ok) setCurrentScenario(at + 1);
    report(ok, error);
    return ok;
}

bool ScenarioDock::removeScenario() {
    QString error;
    const bool ok = ScenarioEdits::removeScenario(doc_, currentScenario(), &error);
    report(ok, error);
    return ok;
}

bool ScenarioDock::makeBase() {
    QString error;
    const bool ok = ScenarioEdits::makeBase(doc_, currentScenario(), &error);
    report(ok, error);
    return ok;
}

bool ScenarioDock::applyForm() {
    QString error;
    const m2ai::OverridableField* f = m2ai::overridableField(field_->currentData().toString().toStdString());
    if (!f) {
        report(false, tr("Choose a field"));
        return false;
    }
    const bool choice = f->kind == m2ai::OverrideKind::Choice || f->kind == m2ai::OverrideKind::Flag;
    const ScenarioFields::Parsed parsed =
        ScenarioFields::parse(*f, choice ? valueChoice_->currentData().toString() : valueText_->text());
    if (!parsed.ok) {
        report(false, parsed.error);
        return false;
    }
    m2ai::ScenarioOverride o;
    o.siteName = target_->currentData().toString().toStdString();
    o.fieldPath = f->path;
    o.value = parsed.value;
    const bool ok = ScenarioEdits::setOverride(doc_, currentScenario(), o, &error);
    report(ok, error);
    return ok;
}

bool ScenarioDock::removeOverride() {
    QString error;
    const bool ok =
        ScenarioEdits::removeOverride(doc_, currentScenario(), overrides_->currentIndex().row(), &error);
    report(ok, error);
    return ok;
}

void ScenarioDock::onItemChanged(QListWidgetItem* item) {
    if (reloading_) return;
    const int row = list_->row(item);
    QString error;
    const bool ok = ScenarioEdits::renameScenario(doc_, row, item->text(), &error);
    report(ok, error);
    // Refused: show the name the scenario still has (not by rebuilding the list: this item is the
    // one emitting the signal).
    if (!ok && row >= 0 && static_cast<std::size_t>(row) < doc_->portfolio().scenarios.size()) {
        const QSignalBlocker block(list_);
        item->setText(qs(doc_->portfolio().scenarios[static_cast<std::size_t>(row)].name));
    }
}

void ScenarioDock::report(bool ok, const QString& error) {
    lastError_ = ok ? QString() : error;
    status_->setText(ok ? QString() : tr("Refused: %1").arg(error));
    if (!ok) emit message(tr("Refused: %1").arg(error));
}

void ScenarioDock::updateButtons() {
    const bool any = currentScenario() >= 0;
    for (QPushButton* b : {duplicate_, rename_, remove_, makeBase_, set_}) b->setEnabled(any);
    removeOverride_->setEnabled(any && overrides_->currentIndex().isValid());
}
