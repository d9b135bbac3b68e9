#pragma once
// The human-readable table `mine2ai-cli compute` prints: formatting only, every number from core.
#include <ostream>

#include "engines/Results.h"
#include "model/Portfolio.h"

void printPortfolioTable(std::ostream& out, const m2ai::Portfolio& portfolio,
                         const m2ai::PortfolioResult& result);
