#pragma once
// The one currency the model computes in. Every catalogue default, every engine and every label
// (`powerPriceUsdPerMwh`, "M USD") is US dollars, so a project currency other than USD would only
// relabel dollar amounts: instead it is refused on edit, and a file that names another code (older
// files, hand-written JSON) opens with a warning that its amounts are treated as USD
// (docs/file-format.md "currency", docs/user-guide.md "Currency").
#include <optional>
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "validation/CoreMessage.h"
#include "validation/Validation.h"

namespace m2ai {

inline constexpr const char* kModelCurrency = "USD";

bool isModelCurrency(const std::string& code);

// One line for the user when the portfolio names a currency other than USD, naming that code; none
// for USD.
// for USD. Translatable (context "Currency"): ui/ shows it with ProblemText::message, the CLI with
// messageLine; .english() is the English line.
std::optional<CoreMessage> foreignCurrencyWarning(const Portfolio& portfolio);

// The problem of an edit that sets the currency to anything but USD; none when the currency did not
// change (a file's NOK survives other edits) or became USD.
std::vector<Problem> validateCurrencyEdit(const Portfolio& before, const Portfolio& after);

}  // namespace m2ai
