#include "import/SitesImportText.h"

#include <string>
#include <vector>

#include "app/ProblemText.h"
#include "io/SitesTable.h"

namespace SitesImportText {
namespace {

// A format core marked with M2AI_TR("SitesImport", …), translated, then filled in one pass (core's
// fillArgs), so "%2" inside a quoted cell stays as it is.
QString filled(const m2ai::MessageFormat& format, const std::vector<std::string>& args) {
    return ProblemText::message(m2ai::coreMessage(format, args));
}

}  // namespace

QString message(const m2ai::CellProblem& p) {
    // A CellProblem made without its Problem (only core's tests do): its English message.
    if (p.problem.message.empty()) return QString::fromStdString(p.message);
    QString text = ProblemText::problemMessage(p.problem);
    // A field of an extra task: its part of the cell first (CellProblem, "task %1: %2" in core).
    if (p.problem.path.empty()) return text;
    return filled(M2AI_TR("SitesImport", "task %1: %2"), {p.problem.path, text.toStdString()});
}

QString problem(const m2ai::CellProblem& p) {
    const std::string number = std::to_string(p.row);
    const std::string text = message(p).toStdString();
    if (p.column.empty()) return filled(p.frame(), {number, text});
    // A header is the file's own text; only a column without one is named in the user's language.
    const std::string column =
        p.unnamedColumn > 0
            ? filled(M2AI_TR("SitesImport", "column %1"), {std::to_string(p.unnamedColumn)}).toStdString()
            : p.column;
    return filled(p.frame(), {number, column, text});
}

QString error(const m2ai::SitesTableImport& imported) {
    if (imported.errorMessage.empty()) return QString::fromStdString(imported.error);
    return ProblemText::message(imported.errorMessage);
}

}  // namespace SitesImportText
