// Schema-3 topic: hourly climate and site location (issue 13). See storage/SchemaV3.h for the contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& climateTopic() {
    static const SchemaTopic topic{"climate", {}, {}, nullptr, nullptr, nullptr};
    return topic;
}

}  // namespace m2ai::storage
