// Schema-4 topic: risk inputs — three-point task durations and input distributions (issue 14). See
// storage/SchemaV3.h for the contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& riskTopic() {
    static const SchemaTopic topic{"risk", {}, {}, nullptr, nullptr, nullptr, /*sinceSchema=*/4};
    return topic;
}

}  // namespace m2ai::storage
