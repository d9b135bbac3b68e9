#include "engines/CashFlowComponents.h"

namespace m2ai {

const std::vector<CashFlowComponent>& cashFlowComponents() {
    static const std::vector<CashFlowComponent> components(kCashFlowComponents.begin(),
                                                           kCashFlowComponents.end());
    return components;
}

}  // namespace m2ai
