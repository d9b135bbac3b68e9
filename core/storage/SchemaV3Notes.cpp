// Schema-3 topic: a note and a source for any input (issue 15). See storage/SchemaV3.h for the
// contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& notesTopic() {
    static const SchemaTopic topic{"notes", {}, {}, nullptr, nullptr, nullptr};
    return topic;
}

}  // namespace m2ai::storage
