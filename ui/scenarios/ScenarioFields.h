#pragma once
// The overridable fields (core scenarios/OverrideRegistry) as the scenario editor shows them: their
// label (ui FieldLabels, the editors' wording, else the registry's), a value as text, and a typed
// value parsed from what the user typed. Checking a value is core's checkOverrideValue; the message
// here only names the field by its label instead of its path.
#include <QString>
#include <optional>

#include "model/Portfolio.h"
#include "scenarios/OverrideRegistry.h"
#include "scenarios/ScenarioComparison.h"

namespace ScenarioFields {

QString label(const m2ai::OverridableField& field);
// "Power price (USD/MWh)"
QString labelWithUnit(const m2ai::OverridableField& field);
// The label of a path, or the path itself for a field the registry does not know (a newer file).
QString label(const std::string& path);

// A value for display: "45.5 USD/MWh", "Yes", "direct-to-chip".
QString valueText(const m2ai::OverridableField& field, const m2ai::OverrideValue& value);
// A value for the editor's text box (no unit, the user's locale): "45.5".
QString editText(const m2ai::OverridableField& field, const m2ai::OverrideValue& value);

struct Parsed {
    bool ok = false;
    QString error;  // "Power price: must be between 0 and 2000 USD/MWh, got 5000"
    m2ai::OverrideValue value;
};
// Reads text as the field's kind (numbers in the user's locale or with a dot; flags yes/no/true/
// false; choices by their file name) and checks it with core; refused values name the field.
Parsed parse(const m2ai::OverridableField& field, const QString& text);
// core's check of value, its message with the label in place of the path.
Parsed check(const m2ai::OverridableField& field, const m2ai::OverrideValue& value);

// A core message about an override ("… (removed or renamed?); plan.gpu.kwPerRack not applied") with
// every registry path in it replaced by its label.
QString humanize(const std::string& message);

// A compared scenario's name for display: the base in the user's language ("Base", "Référence"),
// a user scenario as its user named it (core keeps "Base" as the base's fixed name in files and JSON).
QString outcomeName(const m2ai::ScenarioOutcome& outcome);

}  // namespace ScenarioFields
