#include "storage/SchemaV3.h"

namespace m2ai::storage {

const std::vector<const SchemaTopic*>& schemaV3Topics() {
    static const std::vector<const SchemaTopic*> topics{
        &leaseTopic(),    &financingTopic(), &scheduleTopic(), &climateTopic(),
        &scenarioTopic(), &riskTopic(),      &notesTopic(),    &designPercentileTopic()};
    return topics;
}

}  // namespace m2ai::storage
