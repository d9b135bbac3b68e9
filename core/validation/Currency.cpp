#include "validation/Currency.h"

namespace m2ai {

bool isModelCurrency(const std::string& code) {
    return code == kModelCurrency;
}

std::optional<CoreMessage> foreignCurrencyWarning(const Portfolio& portfolio) {
    if (isModelCurrency(portfolio.currency)) return std::nullopt;
    return coreMessage(
        M2AI_TR("Currency",
                "Currency %1: this planner computes in USD only, so every amount in this project "
                "is treated as USD (prices, costs and results are not converted); the next edit "
                "of the currency accepts only USD"),
        {portfolio.currency});
}

std::vector<Problem> validateCurrencyEdit(const Portfolio& before, const Portfolio& after) {
    if (after.currency == before.currency || isModelCurrency(after.currency)) return {};
    // Cut to a line: the code may come from a hand-edited file.
    const std::string got = after.currency.size() > 12 ? after.currency.substr(0, 12) + "…" : after.currency;
    return {{"currency", "must be USD (the model computes in US dollars only), got \"" + got + "\"",
             ProblemCode::CurrencyNotUsd, MessageParams{{}, {{"got", got}}}}};
}

}  // namespace m2ai
