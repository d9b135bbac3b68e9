#pragma once
// Field paths as the user reads them. Core names fields by path ("sites[0].gridInterconnectMw",
// "costs.contingencyPct"); the status bar and dialogs name them by the label the editor shows and
// the site they belong to ("Grid interconnect today, Tydal"). This is the one table from path to
// label in ui/.
#include <QString>

#include "model/Portfolio.h"

namespace FieldLabels {

// The label of a field path relative to a site ("gridInterconnectMw", "climate.dryBulbC[3]") or
// of a portfolio-level path ("discountRatePct", "costs.contingencyPct"). Empty when unknown.
QString label(const QString& relativePath);
// A full core path as "Label, Site name" (or "Label" for portfolio fields); an unknown path is
// returned unchanged rather than guessed at.
QString describe(const QString& path, const m2ai::Portfolio& portfolio);
// A message with core paths in it ("sites[0].gridInterconnectMw: must be …") with every path
// replaced by describe().
QString humanize(const QString& message, const m2ai::Portfolio& portfolio);

}  // namespace FieldLabels
