// Schema-3 topic: colocation lease terms and operating costs (issue 12). See storage/SchemaV3.h for the
// contract.
#include "storage/SchemaV3.h"

namespace m2ai::storage {

const SchemaTopic& leaseTopic() {
    static const SchemaTopic topic{"lease", {}, {}, nullptr, nullptr, nullptr};
    return topic;
}

}  // namespace m2ai::storage
