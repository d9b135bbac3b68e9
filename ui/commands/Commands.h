#pragma once
// Undo commands over ProjectDocument (Tiled's ChangeValue idea: store before/after, swap on
// undo/redo, merge consecutive edits of one field). Widgets never construct these: they call the
// ProjectDocument edit functions, which validate first and then push one of these.
#include <QString>
#include <QUndoCommand>

#include "model/Portfolio.h"

class ProjectDocument;

namespace Commands {

enum UndoId { SiteFieldId = 1, PortfolioFieldId = 2 };

// Sets one field (or a group, e.g. a country preset) of one site. The whole Site value is kept
// before/after, which makes the command exact whatever the mutator touched.
class ChangeSite : public QUndoCommand {
public:
    ChangeSite(ProjectDocument* doc, int index, m2ai::Site before, m2ai::Site after, const QString& text,
               QString fieldKey);
    void undo() override;
    void redo() override;
    int id() const override { return fieldKey_.isEmpty() ? -1 : SiteFieldId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* doc_;
    int index_;
    m2ai::Site before_;
    m2ai::Site after_;
    QString fieldKey_;
};

// Portfolio-level settings (name, start month, discount rate, horizon, costs).
class ChangePortfolio : public QUndoCommand {
public:
    ChangePortfolio(ProjectDocument* doc, m2ai::Portfolio before, m2ai::Portfolio after, const QString& text,
                    QString fieldKey);
    void undo() override;
    void redo() override;
    int id() const override { return fieldKey_.isEmpty() ? -1 : PortfolioFieldId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* doc_;
    m2ai::Portfolio before_;
    m2ai::Portfolio after_;
    QString fieldKey_;
};

// Inserts a site (Add Site and Duplicate Site).
class InsertSite : public QUndoCommand {
public:
    InsertSite(ProjectDocument* doc, int index, m2ai::Site site, const QString& text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument* doc_;
    int index_;
    m2ai::Site site_;
};

class RemoveSite : public QUndoCommand {
public:
    RemoveSite(ProjectDocument* doc, int index, m2ai::Site site);
    void undo() override;
    void redo() override;

private:
    ProjectDocument* doc_;
    int index_;
    m2ai::Site site_;
};

}  // namespace Commands
