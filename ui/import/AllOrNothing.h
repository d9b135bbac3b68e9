#pragma once
// Edits of several sites (an import, a pasted block) are one QUndoStack macro of the document's
// own commands. When one of them is refused half-way, the macro is undone and removed from the
// history, so that neither the project nor Redo keeps half of it.
class QUndoStack;

namespace AllOrNothing {

// After endMacro(): undo back to indexBefore and drop the undone steps from the redo history.
void rollBack(QUndoStack* stack, int indexBefore);

}  // namespace AllOrNothing
