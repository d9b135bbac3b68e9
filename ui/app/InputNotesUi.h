#pragma once
// Per-input notes and sources in the editors (issue 15). Every input that FieldHints set up names
// its field path (the "m2aiFieldPath" property: relative to the current site, or "portfolio.…");
// one application-wide event filter then shows the field's note in its tooltip and adds "Note and
// source…" to its context menu. Edits go through ProjectDocument::editPortfolio, so each is one
// undo step and is refused, naming the field, when the text is not plain text within the limits.
#include <QObject>
#include <QString>

#include "model/InputNotes.h"

class ProjectDocument;
class QWidget;

namespace InputNotesUi {

// The property FieldHints::apply sets on every input it configures.
inline constexpr const char* kFieldPathProperty = "m2aiFieldPath";

// Marks a non-number input (a combo box, check box or name field) as editing fieldPath, so it gets
// the note tooltip and menu too; an input that already names a path keeps it.
void tagInput(QWidget* w, const QString& fieldPath);

// The core path of the input `w` (or the spin box it is the line edit of) edits, for the document's
// current site: "sites[2].gridInterconnectMw", "costs.contingencyPct". Empty for other widgets.
QString notePath(const QWidget* w, const ProjectDocument& doc);
// A tooltip with the note and source appended, as plain text (escaped): base is rich text.
QString toolTipWithNote(const QString& base, const m2ai::InputNote& note);
// The tooltip `w` shows now: its own, plus its field's note when it has one.
QString toolTip(const QWidget* w, const ProjectDocument& doc);
// Sets (empty = removes) the note of `path` as one undo step. false with *error naming the field
// by its label ("Refused: the note for Contingency is longer than 2000 bytes") when refused.
bool setNote(ProjectDocument& doc, const QString& path, const m2ai::InputNote& note, QString* error);
// Opens the "Note and source" dialog for `path`; true when the user changed the note.
bool editNoteDialog(QWidget* parent, ProjectDocument& doc, const QString& path);

// The application-wide filter (tooltips and context menus); one per document, owned by it.
class Filter : public QObject {
    Q_OBJECT
public:
    explicit Filter(ProjectDocument* doc);
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void message(const QString& text);  // a refusal, for the status bar

private:
    ProjectDocument* doc_;
};

// Installs the filter on the application for `doc`; its messages go to `onMessage`'s receiver.
Filter* install(ProjectDocument* doc);

}  // namespace InputNotesUi
