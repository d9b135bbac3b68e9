#include "import/AllOrNothing.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace AllOrNothing {
namespace {

// Pushing a command discards every step above the stack's index; this one then deletes itself
// (obsolete after its redo, Qt >= 5.9), so the push drops the redo history and adds nothing.
class DropRedo : public QUndoCommand {
public:
    void redo() override { setObsolete(true); }
};

}  // namespace

void rollBack(QUndoStack* stack, int indexBefore) {
    if (stack->index() > indexBefore) stack->setIndex(indexBefore);
    stack->push(new DropRedo);
}

}  // namespace AllOrNothing
