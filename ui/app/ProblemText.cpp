#include "ProblemText.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

#include "engines/Results.h"
#include "validation/Validation.h"

namespace ProblemText {

namespace {

using m2ai::ProblemCode;
using m2ai::WarningCode;

QString tr(const char* text) {
    return QCoreApplication::translate("ProblemText", text);
}

// In the user's locale ("3,5" in French), without digit grouping so years and ids stay as typed.
// Whole numbers print in full and others with 10 significant digits, as core's validation writes
// them, so the English text is core's own.
QString localNumber(double v) {
    if (std::isnan(v)) return QStringLiteral("NaN");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (v == std::floor(v) && std::fabs(v) < 1e15) return locale.toString(static_cast<qlonglong>(v));
    return locale.toString(v, 'g', 10);
}

// Figures in warnings: 4 significant digits, as core's siteWarnings() writes them.
QString shortNumber(double v) {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 4);
}

// Counts, grouped as the tables show them ("320,000", "320 000").
QString count(double v) {
    return QLocale().toString(static_cast<qlonglong>(std::llround(std::clamp(v, -9.0e15, 9.0e15))));
}

// "USD 267 million", "USD 1.2 billion", "USD 45,000", rounded as core's warning rounds them.
QString usd(double v) {
    if (std::fabs(v) >= 1.0e9) return tr("USD %1 billion").arg(shortNumber(std::round(v / 1.0e8) / 10.0));
    if (std::fabs(v) >= 1.0e6) return tr("USD %1 million").arg(shortNumber(std::round(v / 1.0e5) / 10.0));
    return QStringLiteral("USD ") + count(v);
}

// The labels core puts inside its sentences ("must not be empty (site name)", enum names).
QString label(const std::string& english) {
    static const char* const known[] = {
        QT_TRANSLATE_NOOP("ProblemText", "site name"),
        QT_TRANSLATE_NOOP("ProblemText", "task name"),
        QT_TRANSLATE_NOOP("ProblemText", "task id"),
        QT_TRANSLATE_NOOP("ProblemText", "ASIC model"),
        QT_TRANSLATE_NOOP("ProblemText", "portfolio name"),
        QT_TRANSLATE_NOOP("ProblemText", "GPU platform id, or \"custom\""),
    };
    for (const char* k : known)
        if (english == k) return tr(k);
    return QString::fromStdString(english);
}

// The units of validation's ranges that are words; symbols (MW, %, °C, USD/MWh) stay as they are.
QString unit(const std::string& english) {
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("ProblemText", "years"),      QT_TRANSLATE_NOOP("ProblemText", "year"),
        QT_TRANSLATE_NOOP("ProblemText", "months"),     QT_TRANSLATE_NOOP("ProblemText", "degrees"),
        QT_TRANSLATE_NOOP("ProblemText", "units"),      QT_TRANSLATE_NOOP("ProblemText", "GPUs"),
        QT_TRANSLATE_NOOP("ProblemText", "blocks"),     QT_TRANSLATE_NOOP("ProblemText", "phases"),
        QT_TRANSLATE_NOOP("ProblemText", "%/year"),     QT_TRANSLATE_NOOP("ProblemText", "USD/MW/year"),
        QT_TRANSLATE_NOOP("ProblemText", "USD/PH/day"), QT_TRANSLATE_NOOP("ProblemText", "USD/kW/month"),
    };
    for (const char* w : words)
        if (english == w) return tr(w);
    return QString::fromStdString(english);
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

// The format of a problem (QT_TRANSLATE_NOOP so lupdate sees each); nullptr: shown as core wrote it.
const char* problemFormat(ProblemCode code, bool withUnit) {
    switch (code) {
        case ProblemCode::Generic:
        case ProblemCode::Formatted:
            return nullptr;
        case ProblemCode::NumberOutOfRange:
            return withUnit ? QT_TRANSLATE_NOOP("ProblemText", "must be between %1 and %2 %3, got %4")
                            : QT_TRANSLATE_NOOP("ProblemText", "must be between %1 and %2, got %3");
        case ProblemCode::Empty:
            return QT_TRANSLATE_NOOP("ProblemText", "must not be empty (%1)");
        case ProblemCode::MonthOutOfRange:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "must be a month between %1-01 and %2-12, got year %3 month %4");
        case ProblemCode::UnknownEnumValue:
            return QT_TRANSLATE_NOOP("ProblemText", "unknown value %1, allowed: %2");
        case ProblemCode::NPlus1Blocks:
            return QT_TRANSLATE_NOOP("ProblemText", "N+1 needs at least 2 blocks (one is the spare), got %1");
        case ProblemCode::TwoNBlocks:
            return QT_TRANSLATE_NOOP("ProblemText", "2N needs an even number of blocks, at least 2, got %1");
        case ProblemCode::TwoNPlus1Blocks:
            return QT_TRANSLATE_NOOP(
                "ProblemText",
                "2(N+1) needs an even number of blocks, at least 4 (two sides of N+1), got %1");
        case ProblemCode::DistributedRedundantBlocks:
            return QT_TRANSLATE_NOOP(
                "ProblemText",
                "distributed-redundant needs a multiple of 3 blocks (\"3 to make 2\"), got %1");
        case ProblemCode::WetBulbAboveDryBulb:
            return QT_TRANSLATE_NOOP("ProblemText", "wet-bulb must not exceed dry-bulb (%1 °C), got %2");
        case ProblemCode::DesignPercentile:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "must be one of the ASHRAE annual percentiles 0.4, 1 or 2 (%), got %1");
        case ProblemCode::DuplicateSiteName:
            return QT_TRANSLATE_NOOP("ProblemText", "duplicate site name \"%1\" (also %2)");
        case ProblemCode::DuplicateTaskId:
            return QT_TRANSLATE_NOOP("ProblemText", "duplicate task id \"%1\" (also %2)");
        case ProblemCode::GeneratedTaskId:
            return QT_TRANSLATE_NOOP("ProblemText", "\"%1\" is a generated task id; choose another");
        case ProblemCode::LinkListedTwice:
            return QT_TRANSLATE_NOOP("ProblemText", "\"%1\" is listed twice");
        case ProblemCode::DependsOnMilestone:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "cannot depend on \"%1\" (the milestones close the network)");
        case ProblemCode::DependsOnItself:
            return QT_TRANSLATE_NOOP("ProblemText", "a task cannot depend on itself");
        case ProblemCode::PrecedesItself:
            return QT_TRANSLATE_NOOP("ProblemText", "a task cannot precede itself");
        case ProblemCode::PrecedesGridUpgrade:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "cannot precede \"grid-upgrade\" (the queued grid's date is set by the "
                                     "queue, gridQueue.availableMonth; make the task precede "
                                     "\"commissioning\" instead)");
        case ProblemCode::UnknownTaskId:
            return QT_TRANSLATE_NOOP(
                "ProblemText", "unknown task id \"%1\"; use a generated id (%2) or another user task's id");
        case ProblemCode::DependencyCycle:
            return QT_TRANSLATE_NOOP("ProblemText", "dependency cycle: %1");
        case ProblemCode::CurrencyNotIso:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "must be a three-letter ISO 4217 code such as USD, got \"%1\"");
        case ProblemCode::CurrencyNotUsd:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "must be USD (the model computes in US dollars only), got \"%1\"");
    }
    return nullptr;
}

const char* warningFormat(WarningCode code) {
    switch (code) {
        case WarningCode::QueuedGridAfterHorizon:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "The queued %1 MW of grid arrives %2, after the planning horizon");
        case WarningCode::QueuedGridAddsNoIt:
            return QT_TRANSLATE_NOOP(
                "ProblemText",
                "The queued %1 MW of grid adds no IT load: the electrical capacity, not the "
                "grid, limits IT — add electrical blocks or drop the queue");
        case WarningCode::NoItLoadFits:
            return QT_TRANSLATE_NOOP("ProblemText",
                                     "No IT load fits: check the electrical blocks and the converted share");
        case WarningCode::RfsAfterHorizon:
            return QT_TRANSLATE_NOOP(
                "ProblemText",
                "Ready for service in month %1, after the planning horizon: the conversion "
                "earns nothing within it");
        case WarningCode::IdleGpus:
            return QT_TRANSLATE_NOOP(
                "ProblemText",
                "GPUs arrive before the hall is ready: %1 idle GPU-months cost about %2 of NPV");
        case WarningCode::NoGpusInstalled:
            return QT_TRANSLATE_NOOP("ProblemText", "The GPU step installs no GPUs: check the GPUs per rack");
        case WarningCode::DscrBelowCovenant:
            return QT_TRANSLATE_NOOP(
                "ProblemText",
                "The minimum DSCR is %1, below the covenant of %2: less debt, a longer tenor or "
                "a lower rate");
    }
    return nullptr;
}

}  // namespace

QStringList formats(ProblemCode code) {
    QStringList out;
    for (const bool withUnit : {true, false})
        if (const char* f = problemFormat(code, withUnit); f && !out.contains(QLatin1String(f)))
            out << QString::fromUtf8(f);
    return out;
}

QStringList formats(WarningCode code) {
    const char* f = warningFormat(code);
    return f ? QStringList{QString::fromUtf8(f)} : QStringList{};
}

QString message(const m2ai::CoreMessage& m) {
    if (m.context.empty()) return QString::fromStdString(m.english());
    const QString format = QCoreApplication::translate(m.context.c_str(), m.format.c_str());
    // One pass over the translated format (core's fillArgs), so "%2" inside an argument stays.
    return QString::fromStdString(m2ai::fillArgs(format.toStdString(), m.args));
}

QString problemMessage(const m2ai::Problem& p) {
    if (p.code == ProblemCode::Formatted) return message(m2ai::formattedText(p));
    const m2ai::MessageParams& m = p.params;
    const std::string unitName = m.text("unit");
    const char* format = problemFormat(p.code, !unitName.empty());
    if (!format) return QString::fromStdString(p.message);
    QString f = tr(format);  // not const: returned as is for the codes without parameters
    const auto number = [&](const char* key) { return localNumber(m.number(key)); };
    const auto text = [&](const char* key) { return QString::fromStdString(m.text(key)); };
    switch (p.code) {
        case ProblemCode::Generic:
        case ProblemCode::Formatted:
            break;
        case ProblemCode::NumberOutOfRange:
            if (unitName.empty()) return f.arg(number("min"), number("max"), number("got"));
            return f.arg(number("min"), number("max"), unit(unitName), number("got"));
        case ProblemCode::Empty:
            return f.arg(label(m.text("what")));
        case ProblemCode::MonthOutOfRange:
            return f.arg(number("minYear"), number("maxYear"), number("year"), number("month"));
        case ProblemCode::UnknownEnumValue:
            return f.arg(number("value"), text("allowed"));
        case ProblemCode::NPlus1Blocks:
        case ProblemCode::TwoNBlocks:
        case ProblemCode::TwoNPlus1Blocks:
        case ProblemCode::DistributedRedundantBlocks:
            return f.arg(number("blocks"));
        case ProblemCode::WetBulbAboveDryBulb:
            return f.arg(number("dryBulbC"), number("wetBulbC"));
        case ProblemCode::DesignPercentile:
            return f.arg(number("got"));
        case ProblemCode::DuplicateSiteName:
            return f.arg(text("name"), text("also"));
        case ProblemCode::DuplicateTaskId:
            return f.arg(text("id"), text("also"));
        case ProblemCode::GeneratedTaskId:
        case ProblemCode::LinkListedTwice:
        case ProblemCode::DependsOnMilestone:
            return f.arg(text("id"));
        case ProblemCode::DependsOnItself:
        case ProblemCode::PrecedesItself:
        case ProblemCode::PrecedesGridUpgrade:
            return f;
        case ProblemCode::UnknownTaskId:
            return f.arg(text("id"), text("generated"));
        case ProblemCode::DependencyCycle:
            return f.arg(text("cycle"));
        case ProblemCode::CurrencyNotIso:
        case ProblemCode::CurrencyNotUsd:
            return f.arg(text("got"));
    }
    return QString::fromStdString(p.message);
}

QString problem(const m2ai::Problem& p) {
    return QString::fromStdString(p.path) + QStringLiteral(": ") + problemMessage(p);
}

QString warning(const m2ai::SiteWarning& w) {
    const char* format = warningFormat(w.code);
    if (!format) return QString::fromStdString(w.message);
    QString f = tr(format);  // not const: returned as is for the codes without parameters
    const m2ai::MessageParams& m = w.params;
    switch (w.code) {
        case WarningCode::QueuedGridAfterHorizon:
            return f.arg(shortNumber(m.number("extraMw")), QString::fromStdString(m.text("month")));
        case WarningCode::QueuedGridAddsNoIt:
            return f.arg(shortNumber(m.number("extraMw")));
        case WarningCode::RfsAfterHorizon:
            return f.arg(localNumber(m.number("month")));
        case WarningCode::IdleGpus:
            return f.arg(count(m.number("idleGpuMonths")), usd(m.number("costUsd")));
        case WarningCode::DscrBelowCovenant:
            return f.arg(shortNumber(m.number("minDscr")), shortNumber(m.number("covenant")));
        case WarningCode::NoItLoadFits:
        case WarningCode::NoGpusInstalled:
            return f;
    }
    return QString::fromStdString(w.message);
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
