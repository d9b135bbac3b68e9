#pragma once
// core's validation problems and site warnings as mine2ai-cli prints them: in the CLI's language
// (--lang, LC_ALL / LC_MESSAGES / LANG) through the desktop app's formatting (ui/app/ProblemText),
// and in English exactly core's own text (Problem::toString(), SiteWarning::message), so English
// output and scripts reading it do not change. A build without the UI (M2AI_BUILD_UI=OFF) has no
// translations and prints English.
#include <string>

namespace m2ai {
struct CellProblem;
struct CoreMessage;
struct LoadedPortfolio;
struct Problem;
struct SiteWarning;
}  // namespace m2ai

namespace m2ai::cli {

// "path: message"; in another language than English the path is the field's translated label
// and site ("Raccordement actuel, site 1: …"), as the GUI shows it. English stays core's
// Problem::toString() exactly (scripts read it).
std::string problemLine(const Problem& problem);
// A bad cell of a sites spreadsheet: "row 3, Grid interconnect (MW): …" (CellProblem::toString).
std::string cellProblemLine(const CellProblem& problem);
std::string warningLine(const SiteWarning& warning);
// A core sentence marked with M2AI_TR (validation/CoreMessage.h), e.g. a file reader's error.
std::string messageLine(const CoreMessage& message);
// Why a portfolio file was not loaded (io/PortfolioFile.h): its errorMessage in the CLI's language,
// or its error as written when it has no sentence (standard input's, worded by the CLI itself).
std::string loadErrorLine(const LoadedPortfolio& loaded);

}  // namespace m2ai::cli
