#pragma once
// Undo commands over ProjectDocument (Tiled's ChangeValue idea: store before/after, swap on
// undo/redo, merge consecutive edits of one field). Widgets never construct these: they call the
// ProjectDocument edit functions, which validate first and then push one of these.
#include <QString>
#include <QUndoCommand>

#include "model/Portfolio.h"

class ProjectDocument;

namespace Commands {

// QUndoCommand::id() of the commands that may merge. None: never merges (discrete edits: a rename, a
// dialog's OK, a checkbox, a table cell). The others merge only with a command of the same id, the
// same field (and site) and the same continuous-edit session (ProjectDocument::mergeSession()):
// typing or stepping in one spin box until it finishes editing.
enum class UndoId : int { None = -1, SiteField = 1, PortfolioField = 2 };

// Sets one field (or a group, e.g. a country preset) of one site. The whole Site value is kept
// before/after, which makes the command exact whatever the mutator touched.
class ChangeSite : public QUndoCommand {
public:
    ChangeSite(ProjectDocument* doc, int index, m2ai::Site before, m2ai::Site after, const QString& text,
               QString fieldKey, UndoId id = UndoId::None, quint64 session = 0);
    void undo() override;
    void redo() override;
    int id() const override { return static_cast<int>(id_); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* doc_;
    int index_;
    m2ai::Site before_;
    m2ai::Site after_;
    QString fieldKey_;
    UndoId id_;
    quint64 session_;
};

// Portfolio-level settings (name, start month, discount rate, horizon, costs). before/after hold the
// settings only (their sites are empty): a settings edit of 10,000 sites copies no site.
class ChangePortfolio : public QUndoCommand {
public:
    ChangePortfolio(ProjectDocument* doc, m2ai::Portfolio before, m2ai::Portfolio after, const QString& text,
                    QString fieldKey, UndoId id = UndoId::None, quint64 session = 0);
    void undo() override;
    void redo() override;
    int id() const override { return static_cast<int>(id_); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* doc_;
    m2ai::Portfolio before_;
    m2ai::Portfolio after_;
    QString fieldKey_;
    UndoId id_;
    quint64 session_;
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
    m2ai::InputNotes notes_;  // before the removal, which drops the site's notes
};

}  // namespace Commands
