#include "commands/Commands.h"

#include <QCoreApplication>
#include <utility>

#include "document/ProjectDocument.h"

namespace Commands {

ChangeSite::ChangeSite(ProjectDocument* doc, int index, m2ai::Site before, m2ai::Site after,
                       const QString& text, QString fieldKey, UndoId id, quint64 session)
    : QUndoCommand(text),
      doc_(doc),
      index_(index),
      before_(std::move(before)),
      after_(std::move(after)),
      fieldKey_(std::move(fieldKey)),
      id_(id),
      session_(session) {}

void ChangeSite::undo() {
    doc_->applySite(index_, before_);
}
void ChangeSite::redo() {
    doc_->applySite(index_, after_);
}

bool ChangeSite::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const ChangeSite*>(other);
    if (id_ == UndoId::None || o->id_ != id_ || o->session_ != session_ || o->index_ != index_ ||
        o->fieldKey_ != fieldKey_)
        return false;
    after_ = o->after_;
    // Stepping back to the original value within one session leaves nothing to undo.
    setObsolete(after_ == before_);
    return true;
}

ChangePortfolio::ChangePortfolio(ProjectDocument* doc, m2ai::Portfolio before, m2ai::Portfolio after,
                                 const QString& text, QString fieldKey, UndoId id, quint64 session)
    : QUndoCommand(text),
      doc_(doc),
      before_(std::move(before)),
      after_(std::move(after)),
      fieldKey_(std::move(fieldKey)),
      id_(id),
      session_(session) {
    before_.sites.clear();
    after_.sites.clear();
}

void ChangePortfolio::undo() {
    doc_->applySettings(before_);
}
void ChangePortfolio::redo() {
    doc_->applySettings(after_);
}

bool ChangePortfolio::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const ChangePortfolio*>(other);
    if (id_ == UndoId::None || o->id_ != id_ || o->session_ != session_ || o->fieldKey_ != fieldKey_)
        return false;
    after_ = o->after_;
    setObsolete(after_ == before_);
    return true;
}

InsertSite::InsertSite(ProjectDocument* doc, int index, m2ai::Site site, const QString& text)
    : QUndoCommand(text), doc_(doc), index_(index), site_(std::move(site)) {}

void InsertSite::undo() {
    doc_->applyRemoveSite(index_);
}
void InsertSite::redo() {
    doc_->applyInsertSite(index_, site_);
}

RemoveSite::RemoveSite(ProjectDocument* doc, int index, m2ai::Site site)
    : QUndoCommand(
          QCoreApplication::translate("Commands", "Remove site %1").arg(QString::fromStdString(site.name))),
      doc_(doc),
      index_(index),
      site_(std::move(site)),
      notes_(doc->portfolio().notes) {}

void RemoveSite::undo() {
    doc_->applyInsertSite(index_, site_);
    doc_->applyNotes(notes_);  // the removed site's notes come back with it
}
void RemoveSite::redo() {
    doc_->applyRemoveSite(index_);
}

}  // namespace Commands
