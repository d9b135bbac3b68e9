#pragma once
// core's problems, infeasibilities and warnings in the user's language. core (no Qt) returns each
// as a code with named parameters (validation/ProblemCode.h, engines/SiteWarning.h,
// engines/Results.h InfeasibilityCode) beside its English sentence; the text here is the code's
// translated format filled with the parameters (numbers in the locale's format). In English it is
// exactly core's sentence. A Formatted problem carries its marked English format and arguments
// (validation/CoreMessage.h) and is translated by that format; a problem with the generic code is
// shown as core wrote it. Depends on Qt Core only: mine2ai-cli prints problems through it too.
#include <QString>
#include <QStringList>
#include <string>

namespace m2ai {
struct CoreMessage;
struct Infeasibility;
struct Problem;
struct SiteWarning;
enum class ProblemCode;
enum class WarningCode;
}  // namespace m2ai

namespace ProblemText {

QString infeasibility(const m2ai::Infeasibility& reason);
// A core sentence marked with M2AI_TR (validation/CoreMessage.h): its translated format, filled.
QString message(const m2ai::CoreMessage& message);
QString warning(const m2ai::SiteWarning& warning);
// The message of a problem, without its path.
QString problemMessage(const m2ai::Problem& problem);
// "path: message", as core's Problem::toString() but translated (FieldLabels::humanize then
// replaces the path by the field's label).
QString problem(const m2ai::Problem& problem);

// The English source formats (translation msgids, context "ProblemText") a code's message is
// formatted from; empty for the codes shown as core wrote them (Generic, HourlyClimate) and for
// Formatted (each such problem carries its own format).
QStringList formats(m2ai::ProblemCode code);
QStringList formats(m2ai::WarningCode code);

}  // namespace ProblemText
