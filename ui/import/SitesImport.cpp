#include "import/SitesImport.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <set>

#include "app/FieldLabels.h"
#include "document/ProjectDocument.h"
#include "import/AllOrNothing.h"

namespace SitesImport {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("SitesImport", text, disambiguation, n);
}

// A name no site in the project nor in the import has, for the one old site that stays while the
// imported ones are added (a portfolio keeps at least one site).
std::string placeholderName(const ProjectDocument* doc, const std::vector<m2ai::Site>& sites) {
    std::set<std::string> taken;
    for (const auto& s : doc->portfolio().sites) taken.insert(s.name);
    for (const auto& s : sites) taken.insert(s.name);
    std::string name = "Replaced site";
    for (int i = 2; taken.count(name); ++i) name = "Replaced site " + std::to_string(i);
    return name;
}

}  // namespace

std::vector<std::string> existingNames(const ProjectDocument* doc, Mode mode) {
    std::vector<std::string> names;
    if (mode == Mode::Append)
        for (const auto& s : doc->portfolio().sites) names.push_back(s.name);
    return names;
}

Result apply(ProjectDocument* doc, const std::vector<m2ai::Site>& sites, Mode mode) {
    Result result;
    if (sites.empty()) {
        result.error = tr("The file holds no site rows");
        return result;
    }
    QUndoStack* stack = doc->undoStack();
    const int before = stack->index();
    const int oldCount = doc->siteCount();
    stack->beginMacro(mode == Mode::Append
                          ? tr("Import %Ln site(s)", nullptr, static_cast<int>(sites.size()))
                          : tr("Replace sites with %Ln imported", nullptr, static_cast<int>(sites.size())));
    QString error;
    bool ok = true;
    if (mode == Mode::Replace && oldCount > 0) {
        // Remove all but the first old site, rename it out of the way, add the new ones, then
        // remove it: the portfolio never has zero sites and never two of one name.
        for (int i = oldCount - 1; i >= 1 && ok; --i) ok = doc->removeSite(i, &error);
        const std::string placeholder = placeholderName(doc, sites);
        if (ok)
            ok = doc->editSite(
                0, tr("Rename site"), QStringLiteral("name"), [&](m2ai::Site& s) { s.name = placeholder; },
                &error);
    }
    for (std::size_t i = 0; i < sites.size() && ok; ++i) {
        ok = doc->addSite(sites[i], &error);
        if (!ok) error = QStringLiteral("%1: %2").arg(QString::fromStdString(sites[i].name), error);
    }
    if (ok && mode == Mode::Replace && oldCount > 0) ok = doc->removeSite(0, &error);
    stack->endMacro();
    if (!ok) {
        // All or nothing: undo the partial macro and drop it from the history, so that Redo cannot
        // bring back half an import.
        AllOrNothing::rollBack(stack, before);
        result.error = FieldLabels::humanize(error, doc->portfolio());
        return result;
    }
    result.ok = true;
    result.added = static_cast<int>(sites.size());
    return result;
}

}  // namespace SitesImport
