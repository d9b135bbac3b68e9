#pragma once
// The links of a plan's user tasks (dependsOn and precedes): every id known, none listed twice, no
// task linked to itself, and no cycle — neither among user tasks nor through the generated network
// (a task that depends on "gpu-install" but must finish before "electrical" waits for itself).
#include <string>
#include <vector>

#include "model/Portfolio.h"
#include "validation/Validation.h"

namespace m2ai {

// Appends the problems to out, paths prefixed with prefix (e.g. "sites[2].plan.extraTasks"). The
// checks of the ids themselves (empty, duplicate, a generated id) stay in Validation.cpp.
void checkScheduleLinks(std::vector<Problem>& out, const ConversionPlan& plan, const std::string& prefix);

}  // namespace m2ai
