#pragma once
// Ranges, units and tooltips for the editor fields. The allowed range comes from core validation
// (the same bounds validate() enforces), so a spin box can never offer a value core would refuse.
#include <QString>

class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace FieldHints {

// fieldPath is relative to a site, e.g. "gridInterconnectMw", "plan.gpu.kwPerRack"; portfolio-level
// fields start with "portfolio." (e.g. "portfolio.discountRatePct").
void apply(QDoubleSpinBox* spin, const QString& fieldPath, const QString& unitSuffix, int decimals);
void apply(QSpinBox* spin, const QString& fieldPath, const QString& unitSuffix);
// "Allowed: 0 – 10,000 MW. Default 3.01 kW: S19 XP spec (domain.md §3.2)." for any widget.
QString tooltip(const QString& fieldPath, const QString& unitSuffix);

}  // namespace FieldHints
