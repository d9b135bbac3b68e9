#include "ProblemText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

#include "engines/Results.h"
#include "validation/Validation.h"

namespace ProblemText {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ProblemText", text);
}

// core writes numbers in the C locale ("3.5", "10000"); shown in the user's ("3,5"), without digit
// grouping so years and ids stay as typed.
QString localNumber(double v) {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 10);
}

QString localized(const QString& capture) {
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!plain.match(capture).hasMatch()) return capture;
    return localNumber(capture.toDouble());
}

// The labels core puts inside its sentences ("must not be empty (site name)", enum names).
QString label(const QString& english) {
    static const char* const known[] = {
        QT_TRANSLATE_NOOP("ProblemText", "site name"),
        QT_TRANSLATE_NOOP("ProblemText", "task name"),
        QT_TRANSLATE_NOOP("ProblemText", "task id"),
        QT_TRANSLATE_NOOP("ProblemText", "ASIC model"),
        QT_TRANSLATE_NOOP("ProblemText", "portfolio name"),
        QT_TRANSLATE_NOOP("ProblemText", "GPU platform id, or \"custom\""),
        QT_TRANSLATE_NOOP("ProblemText", "air cooling"),
        QT_TRANSLATE_NOOP("ProblemText", "hybrid (rear-door) cooling"),
        QT_TRANSLATE_NOOP("ProblemText", "direct-to-chip cooling"),
        QT_TRANSLATE_NOOP("ProblemText", "immersion cooling"),
        QT_TRANSLATE_NOOP("ProblemText", "Uptime Tier III"),
        QT_TRANSLATE_NOOP("ProblemText", "Uptime Tier IV"),
        QT_TRANSLATE_NOOP("ProblemText", "none"),
        QT_TRANSLATE_NOOP("ProblemText", "GPU cloud"),
        QT_TRANSLATE_NOOP("ProblemText", "colocation"),
        QT_TRANSLATE_NOOP("ProblemText", "distributed redundant"),
        QT_TRANSLATE_NOOP("ProblemText", "a custom GPU"),
    };
    for (const char* k : known)
        if (english == QLatin1String(k)) return tr(k);
    return english;
}

// The enum names of Infeasibility texts, as core's describeInfeasibility() words them.
QString enumLabel(const std::string& name) {
    if (name == "air") return tr("air cooling");
    if (name == "hybrid") return tr("hybrid (rear-door) cooling");
    if (name == "direct-to-chip") return tr("direct-to-chip cooling");
    if (name == "immersion") return tr("immersion cooling");
    if (name == "tier-iii") return tr("Uptime Tier III");
    if (name == "tier-iv") return tr("Uptime Tier IV");
    if (name == "none") return tr("none");
    if (name == "gpu-cloud") return tr("GPU cloud");
    if (name == "colocation") return tr("colocation");
    if (name == "distributed-redundant") return tr("distributed redundant");
    return QString::fromStdString(name);  // "n", "n+1", "2n": the same in every language
}

struct Template {
    QRegularExpression english;
    const char* translated;  // its %1 … are the english pattern's captures, in order
    bool labels = false;     // captures are labels (label()), not numbers
};

const std::vector<Template>& templates() {
    static const std::vector<Template> list = [] {
        auto re = [](const char* pattern) {
            return QRegularExpression(QStringLiteral("^") + QString::fromUtf8(pattern) + QStringLiteral("$"));
        };
        std::vector<Template> t;
        // core/validation/Validation.cpp
        t.push_back({re("must be between (\\S+) and (\\S+) (.+), got (\\S+)"),
                     QT_TRANSLATE_NOOP("ProblemText", "must be between %1 and %2 %3, got %4")});
        t.push_back({re("must be between (\\S+) and (\\S+), got (\\S+)"),
                     QT_TRANSLATE_NOOP("ProblemText", "must be between %1 and %2, got %3")});
        t.push_back({re("must not be empty \\((.+)\\)"),
                     QT_TRANSLATE_NOOP("ProblemText", "must not be empty (%1)"), true});
        t.push_back({re("must be a month between (\\d+)-01 and (\\d+)-12, got year (-?\\d+) month (-?\\d+)"),
                     QT_TRANSLATE_NOOP("ProblemText",
                                       "must be a month between %1-01 and %2-12, got year %3 month %4")});
        t.push_back({re("unknown value (-?\\d+), allowed: (.+)"),
                     QT_TRANSLATE_NOOP("ProblemText", "unknown value %1, allowed: %2")});
        t.push_back(
            {re("N\\+1 needs at least 2 blocks \\(one is the spare\\), got (\\d+)"),
             QT_TRANSLATE_NOOP("ProblemText", "N+1 needs at least 2 blocks (one is the spare), got %1")});
        t.push_back(
            {re("2N needs an even number of blocks, at least 2, got (\\d+)"),
             QT_TRANSLATE_NOOP("ProblemText", "2N needs an even number of blocks, at least 2, got %1")});
        t.push_back({re("2\\(N\\+1\\) needs an even number of blocks, at least 4 \\(two sides of N\\+1\\), "
                        "got (\\d+)"),
                     QT_TRANSLATE_NOOP(
                         "ProblemText",
                         "2(N+1) needs an even number of blocks, at least 4 (two sides of N+1), got %1")});
        t.push_back(
            {re("distributed-redundant needs a multiple of 3 blocks \\(\"3 to make 2\"\\), got (\\d+)"),
             QT_TRANSLATE_NOOP(
                 "ProblemText",
                 "distributed-redundant needs a multiple of 3 blocks (\"3 to make 2\"), got %1")});
        t.push_back({re("wet-bulb must not exceed dry-bulb \\((\\S+) °C\\), got (\\S+)"),
                     QT_TRANSLATE_NOOP("ProblemText", "wet-bulb must not exceed dry-bulb (%1 °C), got %2")});
        t.push_back({re("duplicate site name \"(.*)\" \\(also (.+)\\)"),
                     QT_TRANSLATE_NOOP("ProblemText", "duplicate site name \"%1\" (also %2)")});
        t.push_back({re("duplicate task id \"(.*)\" \\(also (.+)\\)"),
                     QT_TRANSLATE_NOOP("ProblemText", "duplicate task id \"%1\" (also %2)")});
        t.push_back({re("\"(.*)\" is a generated task id; choose another"),
                     QT_TRANSLATE_NOOP("ProblemText", "\"%1\" is a generated task id; choose another")});
        t.push_back(
            {re("\"(.*)\" is listed twice"), QT_TRANSLATE_NOOP("ProblemText", "\"%1\" is listed twice")});
        t.push_back(
            {re("cannot depend on \"(.*)\" \\(the milestones close the network\\)"),
             QT_TRANSLATE_NOOP("ProblemText", "cannot depend on \"%1\" (the milestones close the network)")});
        t.push_back({re("a task cannot depend on itself"),
                     QT_TRANSLATE_NOOP("ProblemText", "a task cannot depend on itself")});
        t.push_back({re("a task cannot precede itself"),
                     QT_TRANSLATE_NOOP("ProblemText", "a task cannot precede itself")});
        t.push_back(
            {re("cannot precede \"grid-upgrade\" \\(the queued grid's date is set by the queue, "
                "gridQueue.availableMonth; make the task precede \"commissioning\" instead\\)"),
             QT_TRANSLATE_NOOP("ProblemText",
                               "cannot precede \"grid-upgrade\" (the queued grid's date is set by the "
                               "queue, gridQueue.availableMonth; make the task precede "
                               "\"commissioning\" instead)")});
        t.push_back(
            {re("unknown task id \"(.*)\"; use a generated id \\((.*)\\) or another user task's id"),
             QT_TRANSLATE_NOOP("ProblemText",
                               "unknown task id \"%1\"; use a generated id (%2) or another user task's id")});
        t.push_back({re("dependency cycle: (.*)"), QT_TRANSLATE_NOOP("ProblemText", "dependency cycle: %1")});
        t.push_back({re("must be a three-letter ISO 4217 code such as USD, got \"(.*)\""),
                     QT_TRANSLATE_NOOP("ProblemText",
                                       "must be a three-letter ISO 4217 code such as USD, got \"%1\"")});
        // core/engines/Compute.cpp siteWarnings()
        t.push_back({re("The queued (\\S+) MW of grid arrives (\\S+), after the planning horizon"),
                     QT_TRANSLATE_NOOP("ProblemText",
                                       "The queued %1 MW of grid arrives %2, after the planning horizon")});
        t.push_back(
            {re("The queued (\\S+) MW of grid adds no IT load: the electrical capacity, not the grid, "
                "limits IT — add electrical blocks or drop the queue"),
             QT_TRANSLATE_NOOP("ProblemText",
                               "The queued %1 MW of grid adds no IT load: the electrical capacity, not the "
                               "grid, limits IT — add electrical blocks or drop the queue")});
        t.push_back(
            {re("No IT load fits: check the electrical blocks and the converted share"),
             QT_TRANSLATE_NOOP("ProblemText",
                               "No IT load fits: check the electrical blocks and the converted share")});
        t.push_back(
            {re("Ready for service in month (\\d+), after the planning horizon: the conversion earns "
                "nothing within it"),
             QT_TRANSLATE_NOOP("ProblemText",
                               "Ready for service in month %1, after the planning horizon: the conversion "
                               "earns nothing within it")});
        t.push_back({re("GPUs arrive before the hall is ready: (.+) idle GPU-months cost about (.+) of NPV"),
                     QT_TRANSLATE_NOOP(
                         "ProblemText",
                         "GPUs arrive before the hall is ready: %1 idle GPU-months cost about %2 of NPV")});
        t.push_back(
            {re("The GPU step installs no GPUs: check the GPUs per rack"),
             QT_TRANSLATE_NOOP("ProblemText", "The GPU step installs no GPUs: check the GPUs per rack")});
        t.push_back(
            {re("The minimum DSCR is (\\S+), below the covenant of (\\S+): less debt, a longer tenor or a "
                "lower rate"),
             QT_TRANSLATE_NOOP(
                 "ProblemText",
                 "The minimum DSCR is %1, below the covenant of %2: less debt, a longer tenor or "
                 "a lower rate")});
        return t;
    }();
    return list;
}

}  // namespace

QString message(const std::string& english) {
    QString text = QString::fromStdString(english);
    for (const Template& t : templates()) {
        const QRegularExpressionMatch m = t.english.match(text);
        if (!m.hasMatch()) continue;
        QString out = tr(t.translated);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            out = out.arg(t.labels ? label(m.captured(i)) : localized(m.captured(i)));
        return out;
    }
    return text;
}

QString problem(const m2ai::Problem& p) {
    return QString::fromStdString(p.path) + QStringLiteral(": ") + message(p.message);
}

QString infeasibility(const m2ai::Infeasibility& f) {
    using Code = m2ai::InfeasibilityCode;
    const auto number = [&](const char* key) { return localNumber(f.number(key)); };
    const auto text = [&](const char* key) { return enumLabel(f.text(key)); };
    const QString platformName = QString::fromStdString(f.text("platformName"));
    const QString platform = platformName.isEmpty() ? tr("a custom GPU") : platformName;
    switch (f.code) {
        case Code::RackDenserThanCooling:
            return tr("Racks draw %1 kW; %2 removes at most %3 kW per rack")
                .arg(number("kwPerRack"), text("cooling"), number("maxRackKw"));
        case Code::PlatformNeedsLiquidCooling:
            return tr("%1 requires liquid cooling, but the plan uses %2").arg(platform, text("cooling"));
        case Code::AiHallWithoutGpuStep:
            return tr("The GPU step is disabled: there is no AI hall (%1) to earn from")
                .arg(text("businessModel"));
        case Code::LeaseNeedsRedundancy:
            return tr("A colocation lease needs at least %1 electrical redundancy; the plan has %2")
                .arg(text("required"), text("planned"));
        case Code::LeaseNeedsCertification:
            return tr("A colocation lease needs %1 certification; the plan has %2")
                .arg(text("required"), text("planned"));
        case Code::FleetExceedsGrid:
            return tr("The mining fleet draws %1 MW, more than the %2 MW grid interconnect")
                .arg(number("fleetMw"), number("gridMw"));
        case Code::RackPowerTooLowForGpus:
            return tr("Racks give %1 kW per GPU; %2 needs at least %3")
                .arg(number("kwPerGpu"), platform, number("minKwPerGpu"));
        case Code::StepsEnabledWithNothingConverted:
            return tr("Nothing is converted (0 %), but these steps are enabled and paid for: %1")
                .arg(QString::fromStdString(f.text("steps")));
        case Code::GpuCloudNeedsProtectedHall: {
            // core lists the missing steps in English, joined by ", ".
            QStringList missing;
            for (const QString& step : QString::fromStdString(f.text("missing")).split(QStringLiteral(", ")))
                missing << (step == QLatin1String("electrical rebuild") ? tr("electrical rebuild")
                            : step == QLatin1String("facility works")   ? tr("facility works")
                                                                        : step);
            return tr("A GPU cloud's own servers need a protected hall (UPS and generators, sealing and fire "
                      "suppression); the plan lacks: %1")
                .arg(missing.join(QStringLiteral(", ")));
        }
    }
    return tr("Infeasible plan");
}

}  // namespace ProblemText
