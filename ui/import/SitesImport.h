#pragma once
// Putting sites read from a spreadsheet (core io/SitesTable.h) into the open project as ONE undo
// step: appended after the existing sites, or replacing them. The step is a QUndoStack macro of the
// document's own site commands, so validation, the incremental recompute and the views' row
// signals are the ones every Add / Remove Site uses.
#include <QString>
#include <vector>

#include "model/Portfolio.h"

class ProjectDocument;

namespace SitesImport {

enum class Mode { Append, Replace };

struct Result {
    bool ok = false;
    QString error;  // one line for the user when !ok; the project is then unchanged
    int added = 0;
};

// Refuses (and changes nothing) when a site would add a validation problem, e.g. a name the project
// already has (Append).
Result apply(ProjectDocument* doc, const std::vector<m2ai::Site>& sites, Mode mode);

// The names a new import must not repeat in this mode (SitesTableOptions::existingNames).
std::vector<std::string> existingNames(const ProjectDocument* doc, Mode mode);

}  // namespace SitesImport
