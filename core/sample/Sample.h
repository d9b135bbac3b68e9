#pragma once
#include "model/Portfolio.h"

namespace m2ai {

// The built-in sample portfolio (resources/sample/sample-portfolio.json, compiled in).
Portfolio samplePortfolio();

}  // namespace m2ai
