#pragma once
// The "Notes on inputs" list of the report's appendix (issue 15): every input note and source
// of the portfolio, naming the input by its label and site, in the order of their field paths.
#include <QString>
#include <QStringList>

#include "model/Portfolio.h"

namespace ReportNotes {

// The heading the appendix shows above the list.
QString heading();
// One line per note, "• Grid interconnect today, Tydal: per the utility's letter (source: Statnett
// queue list)"; empty when the portfolio has no notes. Line breaks in a note become spaces.
QStringList lines(const m2ai::Portfolio& portfolio);

}  // namespace ReportNotes
