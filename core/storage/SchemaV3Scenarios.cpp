// Schema-3 topic: scenarios (issue 14). See storage/SchemaV3.h for the contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& scenarioTopic() {
    static const SchemaTopic topic{"scenario", {}, {}, nullptr, nullptr, nullptr};
    return topic;
}

}  // namespace m2ai::storage
