#include "app/CatalogueText.h"

#include <QCoreApplication>
#include <string>

#include "catalogue/Catalogue.h"
#include "engines/Results.h"
#include "engines/schedule/TaskIds.h"

namespace {

// The English names core gives generated tasks (engines/schedule/Network.cpp, engines/Schedule.cpp).
constexpr const char* kTaskNames[] = {
    QT_TRANSLATE_NOOP("ScheduleTasks", "Design and permits"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Procure switchgear, transformers, UPS, generators"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Procure CDUs and heat rejection"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Procure CRAHs"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Procure GPU servers"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Decommission ASICs"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Electrical rebuild"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Cooling retrofit"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Facility works (sealing, fire suppression, BMS)"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Install GPU racks"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Commissioning (integrated systems test)"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Grid upgrade (queued interconnect)"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Ready for service"),
    QT_TRANSLATE_NOOP("ScheduleTasks", "Full capacity"),
};

// The catalogue's names (resources/catalogue/countries.json and cooling.json).
constexpr const char* kCatalogueNames[] = {
    QT_TRANSLATE_NOOP("Catalogue", "Norway (inland Trøndelag, price area NO3)"),
    QT_TRANSLATE_NOOP("Catalogue", "Bhutan (western hills, Gedu/Thimphu)"),
    QT_TRANSLATE_NOOP("Catalogue", "Ethiopia (Addis Ababa area, EEP grid)"),
    QT_TRANSLATE_NOOP("Catalogue", "United States (central Texas, ERCOT)"),
    QT_TRANSLATE_NOOP("Catalogue", "Canada (Alberta, Calgary area)"),
    QT_TRANSLATE_NOOP("Catalogue", "Air (as mined): airside economiser, fans, adiabatic assist"),
    QT_TRANSLATE_NOOP("Catalogue", "Hybrid: air plus rear-door heat exchangers on a tower water loop"),
    QT_TRANSLATE_NOOP("Catalogue",
                      "Direct-to-chip liquid (~75 % of heat to W32 warm water) + dry cooler / tower"),
    QT_TRANSLATE_NOOP("Catalogue", "Single-phase immersion with dry coolers"),
};

// What follows a GPU product name in gpus.json, in parentheses, and the custom entry's name.
constexpr const char* kGpuDescriptions[] = {
    QT_TRANSLATE_NOOP("Catalogue", "4 systems per rack, air"),
    QT_TRANSLATE_NOOP("Catalogue", "72 GPUs per rack, liquid"),
    QT_TRANSLATE_NOOP("Catalogue", "Custom platform"),
};

// english translated in context when it is one of names, else unchanged.
template <std::size_t N>
QString translated(const char* context, const char* const (&names)[N], const std::string& english) {
    for (const char* name : names)
        if (english == name) return QCoreApplication::translate(context, name);
    return QString::fromStdString(english);
}

}  // namespace

namespace CatalogueText {

QString taskName(const m2ai::ScheduledTask& task) {
    // A user task may be named like a generated one; its id is never a generated id (validation).
    if (!m2ai::schedule::generatedTask(task.id.view())) return QString::fromStdString(task.name);
    return translated("ScheduleTasks", kTaskNames, task.name);
}

QString countryName(const m2ai::CountryPreset& country) {
    return translated("Catalogue", kCatalogueNames, country.name);
}

QString coolingName(m2ai::CoolingTech tech) {
    return translated("Catalogue", kCatalogueNames, m2ai::defaultCatalogue().cooling(tech).name);
}

QString gpuName(const m2ai::GpuPlatform& platform) {
    const std::string& name = platform.name;
    const size_t open = name.rfind(" (");
    if (open == std::string::npos || name.back() != ')')
        return translated("Catalogue", kGpuDescriptions, name);
    const std::string description = name.substr(open + 2, name.size() - open - 3);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(name.substr(0, open)),
                                         translated("Catalogue", kGpuDescriptions, description));
}

}  // namespace CatalogueText
