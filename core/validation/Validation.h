#pragma once
// Every problem in a portfolio, each with the path of the field and a message that names the allowed
// range, e.g. {"sites[2].gridInterconnectMw", "must be between 0 and 10000 MW, got -5"}.
#include <string>
#include <vector>

#include "model/Portfolio.h"

namespace m2ai {

struct Problem {
    std::string path;
    std::string message;
    std::string toString() const { return path + ": " + message; }
};

std::vector<Problem> validate(const Portfolio& portfolio);
// The problems of one site, paths prefixed with prefix (e.g. "sites[2]").
std::vector<Problem> validateSite(const Site& site, const std::string& prefix);

}  // namespace m2ai
