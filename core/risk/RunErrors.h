#pragma once
// How the risk and sensitivity runs word what stops them: the run's error as a marked sentence
// (validation/CoreMessage.h), which ui/ and the CLI translate, beside its English. Shared by
// MonteCarlo.cpp and Sensitivity.cpp, whose results carry the same error / errorMessage pair.
#include "validation/CoreMessage.h"

namespace m2ai::risk {

// The run's error, in English (error) and as its marked sentence (errorMessage).
template <typename Result>
void setRunError(Result& result, const CoreMessage& message) {
    result.error = message.english();
    result.errorMessage = message;
}

}  // namespace m2ai::risk
