#include "scenarios/ScenarioEdits.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

#include "app/CoreErrorText.h"
#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "scenarios/ApplyScenario.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/PromoteScenario.h"
#include "scenarios/ScenarioComparison.h"
#include "scenarios/ScenarioFields.h"

namespace ScenarioEdits {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ScenarioEdits", text);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

bool refuse(QString* error, const QString& why) {
    if (error) *error = why;
    return false;
}

bool validIndex(const ProjectDocument* doc, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < doc->portfolio().scenarios.size();
}

// A problem of after that before did not have (compared as text: paths shift when a scenario is
// removed, but then no problem is new).
const m2ai::Problem* newProblem(const std::vector<m2ai::Problem>& before,
                                const std::vector<m2ai::Problem>& after) {
    for (const m2ai::Problem& p : after) {
        const bool old = std::any_of(before.begin(), before.end(),
                                     [&](const m2ai::Problem& b) { return b.toString() == p.toString(); });
        if (!old) return &p;
    }
    return nullptr;
}

// The scenario name problems in the user's words: "Scenario name: must not be empty".
QString describeProblem(const m2ai::Problem& p) {
    const QString path = qs(p.path);
    if (path.endsWith(QStringLiteral(".name")))
        return tr("Scenario name: %1").arg(ProblemText::problemMessage(p));
    return ProblemText::problemMessage(p);
}

bool push(ProjectDocument* doc, std::vector<m2ai::Scenario> after, const QString& text, QString* error) {
    const std::vector<m2ai::Scenario>& before = doc->portfolio().scenarios;
    if (after == before) return true;
    const std::vector<m2ai::Problem> had = m2ai::validateScenarios(before);
    const std::vector<m2ai::Problem> has = m2ai::validateScenarios(after);
    if (const m2ai::Problem* p = newProblem(had, has)) return refuse(error, describeProblem(*p));
    doc->undoStack()->push(new ChangeScenarios(doc, before, std::move(after), text));
    return true;
}

}  // namespace

ChangeScenarios::ChangeScenarios(ProjectDocument* doc, std::vector<m2ai::Scenario> before,
                                 std::vector<m2ai::Scenario> after, const QString& text)
    : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after)) {}

void ChangeScenarios::undo() {
    doc_->applyScenarios(before_);
}

void ChangeScenarios::redo() {
    doc_->applyScenarios(after_);
}

QString freshName(const m2ai::Portfolio& portfolio, const QString& stem) {
    const auto taken = [&](const QString& name) {
        return name == QLatin1String(m2ai::kBaseScenarioName) ||
               std::any_of(portfolio.scenarios.begin(), portfolio.scenarios.end(),
                           [&](const m2ai::Scenario& s) { return qs(s.name) == name; });
    };
    if (!stem.isEmpty() && !taken(stem)) return stem;
    const QString base = stem.isEmpty() ? tr("Scenario") : stem;
    for (int i = 1;; ++i) {
        QString name = tr("%1 %2").arg(base).arg(i);
        if (!taken(name)) return name;
    }
}

bool addScenario(ProjectDocument* doc, const QString& name, QString* error) {
    std::vector<m2ai::Scenario> after = doc->portfolio().scenarios;
    m2ai::Scenario s;
    s.name = name.trimmed().toStdString();
    after.push_back(std::move(s));
    return push(doc, std::move(after), tr("Add scenario %1").arg(name.trimmed()), error);
}

bool renameScenario(ProjectDocument* doc, int index, const QString& name, QString* error) {
    if (!validIndex(doc, index)) return refuse(error, tr("No scenario selected"));
    std::vector<m2ai::Scenario> after = doc->portfolio().scenarios;
    const QString old = qs(after[static_cast<std::size_t>(index)].name);
    after[static_cast<std::size_t>(index)].name = name.trimmed().toStdString();
    return push(doc, std::move(after), tr("Rename scenario %1 to %2").arg(old, name.trimmed()), error);
}

bool duplicateScenario(ProjectDocument* doc, int index, QString* error) {
    if (!validIndex(doc, index)) return refuse(error, tr("No scenario selected"));
    std::vector<m2ai::Scenario> after = doc->portfolio().scenarios;
    m2ai::Scenario copy = after[static_cast<std::size_t>(index)];
    const QString old = qs(copy.name);
    copy.name = freshName(doc->portfolio(), tr("%1 (copy)").arg(old)).toStdString();
    after.insert(after.begin() + index + 1, std::move(copy));
    return push(doc, std::move(after), tr("Duplicate scenario %1").arg(old), error);
}

bool removeScenario(ProjectDocument* doc, int index, QString* error) {
    if (!validIndex(doc, index)) return refuse(error, tr("No scenario selected"));
    std::vector<m2ai::Scenario> after = doc->portfolio().scenarios;
    const QString old = qs(after[static_cast<std::size_t>(index)].name);
    after.erase(after.begin() + index);
    return push(doc, std::move(after), tr("Delete scenario %1").arg(old), error);
}

bool setOverride(ProjectDocument* doc, int index, const m2ai::ScenarioOverride& override, QString* error) {
    if (!validIndex(doc, index)) return refuse(error, tr("No scenario selected"));
    const m2ai::OverridableField* field = m2ai::overridableField(override.fieldPath);
    if (!field) return refuse(error, tr("%1 cannot be overridden in a scenario").arg(qs(override.fieldPath)));
    const bool siteField = field->scope == m2ai::OverrideScope::Site;
    if (siteField && override.siteName.empty())
        return refuse(error, tr("%1: choose the site it applies to").arg(ScenarioFields::label(*field)));
    if (!siteField && !override.siteName.empty())
        return refuse(
            error,
            tr("%1 is a portfolio setting and applies to no one site").arg(ScenarioFields::label(*field)));
    if (const ScenarioFields::Parsed c = ScenarioFields::check(*field, override.value); !c.ok)
        return refuse(error, c.error);
    std::vector<m2ai::Scenario> after = doc->portfolio().scenarios;
    m2ai::Scenario& s = after[static_cast<std::size_t>(index)];
    const auto same =
        std::find_if(s.overrides.begin(), s.overrides.end(), [&](const m2ai::ScenarioOverride& o) {
            return o.siteName == override.siteName && o.fieldPath == override.fieldPath;
        });
    if (same != s.overrides.end())
        *same = override;
    else
        s.overrides.push_back(override);
    const QString what = override.siteName.empty()
                             ? ScenarioFields::label(*field)
                             : tr("%1, %2").arg(ScenarioFields::label(*field), qs(override.siteName));
    return push(doc, std::move(after), tr("Set %1 in scenario %2").arg(what, qs(s.name)), error);
}

bool removeOverride(ProjectDocument* doc, int index, int overrideIndex, QString* error) {
    if (!validIndex(doc, index)) return refuse(error, tr("No scenario selected"));
    std::vector<m2ai::Scenario> after = doc->portfolio().scenarios;
    m2ai::Scenario& s = after[static_cast<std::size_t>(index)];
    if (overrideIndex < 0 || static_cast<std::size_t>(overrideIndex) >= s.overrides.size())
        return refuse(error, tr("No override selected"));
    const m2ai::ScenarioOverride& o = s.overrides[static_cast<std::size_t>(overrideIndex)];
    const QString what = o.siteName.empty()
                             ? ScenarioFields::label(o.fieldPath)
                             : tr("%1, %2").arg(ScenarioFields::label(o.fieldPath), qs(o.siteName));
    const QString name = qs(s.name);
    s.overrides.erase(s.overrides.begin() + overrideIndex);
    return push(doc, std::move(after), tr("Remove %1 from scenario %2").arg(what, name), error);
}

bool makeBase(ProjectDocument* doc, int index, QString* error) {
    if (!validIndex(doc, index)) return refuse(error, tr("No scenario selected"));
    const m2ai::Portfolio& before = doc->portfolio();
    const QString name = qs(before.scenarios[static_cast<std::size_t>(index)].name);
    const QString former = freshName(before, tr("Former base"));
    m2ai::PromotedScenario promoted =
        m2ai::promoteScenario(before, static_cast<std::size_t>(index), former.toStdString());
    if (!promoted.ok) {
        const QString why =
            promoted.problems.empty()
                ? CoreErrorText::message(promoted.errorMessage, promoted.problems, promoted.error)
                : ScenarioFields::humanize(
                      ProblemText::problemMessage(promoted.problems.front()).toStdString());
        return refuse(error, tr("%1 cannot become the base: %2").arg(name, why));
    }
    QUndoStack* undo = doc->undoStack();
    const int start = undo->index();
    undo->beginMacro(tr("Make scenario %1 the base").arg(name));
    QString why;
    bool ok = doc->editPortfolio(
        tr("Scenario settings"), QStringLiteral("scenarios.base"),
        [&](m2ai::Portfolio& settings) {
            std::vector<m2ai::Site> none;
            settings = std::move(promoted.portfolio);
            std::swap(settings.sites, none);
            promoted.portfolio.sites = std::move(none);
        },
        &why);
    for (int i = 0; ok && i < doc->siteCount(); ++i) {
        const m2ai::Site& target = promoted.portfolio.sites[static_cast<std::size_t>(i)];
        if (doc->portfolio().sites[static_cast<std::size_t>(i)] == target) continue;
        ok = doc->editSite(
            i, tr("Scenario site"), QStringLiteral("scenarios.base"), [&](m2ai::Site& s) { s = target; },
            &why);
    }
    undo->endMacro();
    if (!ok) {
        // A refused step (validation) leaves a partial macro: take it back, whole.
        if (undo->index() > start) undo->undo();
        return refuse(error, tr("%1 cannot become the base: %2").arg(name, why));
    }
    return true;
}

}  // namespace ScenarioEdits
