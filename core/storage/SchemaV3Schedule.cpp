// Schema-4 topic: schedule links between user and generated tasks (issue 12). See storage/SchemaV3.h for the
// contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& scheduleTopic() {
    static const SchemaTopic topic{"schedule", {}, {}, nullptr, nullptr, nullptr, /*sinceSchema=*/4};
    return topic;
}

}  // namespace m2ai::storage
