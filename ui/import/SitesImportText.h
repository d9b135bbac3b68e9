#pragma once
// The sites import's problems (core io/SitesTable.h) in the user's language: the bad cell's message
// (the import's own sentence, or validateSite's problem, translated by ProblemText), framed by its
// row and column header ("row 3, Grid interconnect (MW): …"). The header is the file's own English
// text and stays as it is. In English every text is exactly core's. Qt Core only: mine2ai-cli
// prints the import's problems through it too.
#include <QString>

namespace m2ai {
struct CellProblem;
struct SitesTableImport;
}  // namespace m2ai

namespace SitesImportText {

// The message of a bad cell, without its row and column.
QString message(const m2ai::CellProblem& problem);
// "row %1, %2: %3" (CellProblem::toString) in the user's language.
QString problem(const m2ai::CellProblem& problem);
// The one line for a file that cannot be imported (SitesTableImport::error).
QString error(const m2ai::SitesTableImport& imported);

}  // namespace SitesImportText
