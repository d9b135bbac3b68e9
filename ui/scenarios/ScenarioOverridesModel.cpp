#include "scenarios/ScenarioOverridesModel.h"

#include <QBrush>
#include <QColor>

#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/ScenarioFields.h"

ScenarioOverridesModel::ScenarioOverridesModel(ProjectDocument* doc, QObject* parent)
    : QAbstractTableModel(parent), doc_(doc) {
    // Any of these can change what an override means or whether its site still exists.
    for (auto signal : {&ProjectDocument::scenariosChanged, &ProjectDocument::projectReset,
                        &ProjectDocument::portfolioSettingsChanged})
        connect(doc_, signal, this, &ScenarioOverridesModel::reload);
    connect(doc_, &ProjectDocument::siteChanged, this, &ScenarioOverridesModel::reload);
    connect(doc_, &ProjectDocument::siteInserted, this, &ScenarioOverridesModel::reload);
    connect(doc_, &ProjectDocument::siteRemoved, this, &ScenarioOverridesModel::reload);
}

void ScenarioOverridesModel::setScenario(int index) {
    scenario_ = index;
    reload();
}

void ScenarioOverridesModel::reload() {
    beginResetModel();
    problems_.clear();
    const auto& scenarios = doc_->portfolio().scenarios;
    if (scenario_ >= static_cast<int>(scenarios.size())) scenario_ = scenarios.empty() ? -1 : 0;
    if (scenario_ >= 0)
        problems_ = m2ai::scenarioProblems(doc_->portfolio(), scenarios[static_cast<std::size_t>(scenario_)],
                                           static_cast<std::size_t>(scenario_));
    endResetModel();
}

int ScenarioOverridesModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || scenario_ < 0) return 0;
    return static_cast<int>(
        doc_->portfolio().scenarios[static_cast<std::size_t>(scenario_)].overrides.size());
}

int ScenarioOverridesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScenarioOverridesModel::problemOf(int row) const {
    const std::string path =
        "scenarios[" + std::to_string(scenario_) + "].overrides[" + std::to_string(row) + "]";
    for (const m2ai::Problem& p : problems_)
        if (p.path == path) return ProblemText::problemMessage(p);
    return {};
}

bool ScenarioOverridesModel::applies(int row) const {
    return problemOf(row).isEmpty();
}

QVariant ScenarioOverridesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || scenario_ < 0) return {};
    const auto& portfolio = doc_->portfolio();
    const m2ai::ScenarioOverride& o = portfolio.scenarios[static_cast<std::size_t>(scenario_)]
                                          .overrides[static_cast<std::size_t>(index.row())];
    const m2ai::OverridableField* field = m2ai::overridableField(o.fieldPath);
    const QString problem = problemOf(index.row());
    const m2ai::Site* site = nullptr;
    for (const m2ai::Site& s : portfolio.sites)
        if (s.name == o.siteName) site = &s;
    if (role == Qt::ToolTipRole && !problem.isEmpty()) return tr("Not applied: %1").arg(problem);
    if (role == Qt::ForegroundRole && !problem.isEmpty() && index.column() == Status)
        return QBrush(QColor(0xd6, 0x27, 0x28));
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Site:
            return o.siteName.empty() ? tr("Portfolio") : QString::fromStdString(o.siteName);
        case Field:
            return ScenarioFields::label(o.fieldPath);
        case Value:
            return field ? ScenarioFields::valueText(*field, o.value)
                         : QString::fromStdString(m2ai::overrideValueText(o.value));
        case BaseValue: {
            if (!field || !problem.isEmpty() || (field->scope == m2ai::OverrideScope::Site && !site))
                return QStringLiteral("—");
            return ScenarioFields::valueText(*field, field->get(portfolio, site));
        }
        case Status:
            if (problem.isEmpty()) return tr("Applied");
            if (!o.siteName.empty() && !site) return tr("Site not in portfolio: not applied");
            return tr("Not applied");
        default:
            return {};
    }
}

QVariant ScenarioOverridesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Site:
            return tr("Applies to");
        case Field:
            return tr("Field");
        case Value:
            return tr("Scenario");
        case BaseValue:
            return tr("Base");
        case Status:
            return tr("Status");
        default:
            return {};
    }
}
