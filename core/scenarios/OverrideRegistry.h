#pragma once
// The fields a scenario may override (model/Scenario.h): each with its stable path, a label and unit
// for the editor, its allowed range or choices, and how to read and write it. One table, so the
// editor, the JSON and project-file readers and applyScenario agree on what exists. Numeric ranges
// come from validation's table (validation/Validation.h fieldRange), so an override accepts exactly
// what a hand edit of the field would.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Portfolio.h"
#include "validation/CoreMessage.h"

namespace m2ai {

enum class OverrideScope { Portfolio, Site };  // Site: the override names its site
enum class OverrideKind { Number, WholeNumber, Flag, Choice };

struct OverridableField {
    std::string
        path;  // "discountRatePct", "costs.contingencyPct", "plan.gpu.kwPerRack" (relative to the site)
    std::string label;  // "GPU rack power"
    std::string unit;   // "kW", "" when dimensionless
    OverrideScope scope = OverrideScope::Portfolio;
    OverrideKind kind = OverrideKind::Number;
    double min = 0.0;  // Number / WholeNumber
    double max = 0.0;
    std::vector<std::string> choices;  // Choice: the file names of the enumeration
    // site is null for a Portfolio field. set() takes a value checkOverrideValue accepted.
    std::function<OverrideValue(const Portfolio&, const Site*)> get;
    std::function<void(Portfolio&, Site*, const OverrideValue&)> set;
};

// In the editor's order: portfolio, costs, then site fields.
const std::vector<OverridableField>& overridableFields();
const OverridableField* overridableField(std::string_view path);

struct OverrideCheck {
    bool ok = false;
    std::string error;    // "plan.gpu.kwPerRack must be between 1 and 300 kW, got 500"
    CoreMessage message;  // error as a marked sentence (context "ScenarioInputs"), for translation
};
// Whether value has the field's type and lies in its range (or is one of its choices). notApplied
// words the refusal as applyScenario reports it ("…, got 500; not applied"): one whole sentence per
// format, so a translator never sees a glued fragment.
OverrideCheck checkOverrideValue(const OverridableField& field, const OverrideValue& value,
                                 bool notApplied = false);

// "500", "true", "direct-to-chip": for messages and the CLI table.
std::string overrideValueText(const OverrideValue& value);

}  // namespace m2ai
