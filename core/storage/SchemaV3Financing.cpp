// Schema-3 topic: tax and financing (issue 12). See storage/SchemaV3.h for the contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& financingTopic() {
    static const SchemaTopic topic{"financing", {}, {}, nullptr, nullptr, nullptr};
    return topic;
}

}  // namespace m2ai::storage
