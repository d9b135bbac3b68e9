#pragma once
// Every change of the project's scenarios, each one undo step on the document's stack: the command
// keeps the scenario list before and after (a list of a few scenarios of a few overrides: cheap) and
// swaps it in through ProjectDocument::applyScenarios. An edit that would add a problem core's
// validateScenarios finds (an empty or repeated name, a field overridden twice) or a value core's
// checkOverrideValue refuses is not pushed: the function returns false with the reason, naming the
// field by its label.
#include <QString>
#include <QUndoCommand>
#include <vector>

#include "model/Portfolio.h"

class ProjectDocument;

namespace ScenarioEdits {

class ChangeScenarios : public QUndoCommand {
public:
    ChangeScenarios(ProjectDocument* doc, std::vector<m2ai::Scenario> before,
                    std::vector<m2ai::Scenario> after, const QString& text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument* doc_;
    std::vector<m2ai::Scenario> before_;
    std::vector<m2ai::Scenario> after_;
};

// A name no scenario has yet: "Scenario 1", "Scenario 2", …; "X (copy)" for a duplicate.
QString freshName(const m2ai::Portfolio& portfolio, const QString& stem);

// Each returns false and sets *error (one line) when refused; the document is then unchanged.
bool addScenario(ProjectDocument* doc, const QString& name, QString* error = nullptr);
bool renameScenario(ProjectDocument* doc, int index, const QString& name, QString* error = nullptr);
bool duplicateScenario(ProjectDocument* doc, int index, QString* error = nullptr);
bool removeScenario(ProjectDocument* doc, int index, QString* error = nullptr);
// Sets (adds, or replaces the one naming the same site and field) an override of scenario index.
bool setOverride(ProjectDocument* doc, int index, const m2ai::ScenarioOverride& override,
                 QString* error = nullptr);
bool removeOverride(ProjectDocument* doc, int index, int overrideIndex, QString* error = nullptr);
// Makes scenario index the base (core promoteScenario): its overrides are written into the
// portfolio and the old base becomes the scenario "Former base" in its place; every scenario still
// computes as before. One undo step (a macro of the settings edit and one edit per changed site).
bool makeBase(ProjectDocument* doc, int index, QString* error = nullptr);

}  // namespace ScenarioEdits
