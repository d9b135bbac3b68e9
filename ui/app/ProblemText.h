#pragma once
// core's problems, infeasibilities and warnings in the user's language. core (no Qt) returns
// them in English; infeasibilities are structured (code, numbers, texts: engines/Results.h) and
// are formatted here from their parameters. Validation problems and site warnings are still one
// English sentence each, built by core from a fixed set of templates: message() recognises those
// templates, takes their parameters out and formats the translated template with them (numbers in
// the locale's format). A sentence no template matches is shown as core wrote it, so a new core
// message is never lost, only untranslated until it gets a template here (tests/ui/
// test_translations.cpp feeds core's real messages through it to catch a template that drifted).
#include <QString>
#include <string>

namespace m2ai {
struct Infeasibility;
struct Problem;
}  // namespace m2ai

namespace ProblemText {

QString infeasibility(const m2ai::Infeasibility& reason);
// A validation message or a site warning from core.
QString message(const std::string& english);
// "path: message", as core's Problem::toString() but translated (FieldLabels::humanize then
// replaces the path by the field's label).
QString problem(const m2ai::Problem& problem);

}  // namespace ProblemText
