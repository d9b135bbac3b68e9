#include "app/FieldLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace FieldLabels {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("FieldLabels", text);
}

// Labels as the editors show them (ui/editors), without units: the message that follows a label
// carries the unit with the allowed range.
const QHash<QString, QString>& labels() {
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        // Site inputs
        t[QStringLiteral("name")] = tr("Site name");
        t[QStringLiteral("country")] = tr("Country");
        t[QStringLiteral("latitudeDeg")] = tr("Latitude");
        t[QStringLiteral("longitudeDeg")] = tr("Longitude");
        t[QStringLiteral("gridInterconnectMw")] = tr("Grid interconnect today");
        t[QStringLiteral("gridQueue.extraMw")] = tr("Queued grid upgrade");
        t[QStringLiteral("gridQueue.availableMonth")] = tr("Queued upgrade available");
        t[QStringLiteral("energySource")] = tr("Energy source");
        t[QStringLiteral("powerPriceUsdPerMwh")] = tr("Power price");
        t[QStringLiteral("powerPriceEscalationPctPerYear")] = tr("Power price escalation");
        t[QStringLiteral("gridCarbonGPerKwh")] = tr("Grid carbon intensity");
        t[QStringLiteral("climate.dryBulbC")] = tr("Dry-bulb");
        t[QStringLiteral("climate.wetBulbC")] = tr("Wet-bulb");
        t[QStringLiteral("siteClimate.elevationM")] = tr("Elevation");
        t[QStringLiteral("siteClimate.designPercentile")] = tr("Design percentile");
        t[QStringLiteral("siteClimate.design.dryBulbC")] = tr("Design dry-bulb");
        t[QStringLiteral("siteClimate.design.wetBulbC")] = tr("Design wet-bulb");
        t[QStringLiteral("mining.asicModel")] = tr("ASIC model");
        t[QStringLiteral("mining.units")] = tr("Miners");
        t[QStringLiteral("mining.kwPerUnit")] = tr("Power per miner");
        t[QStringLiteral("mining.thPerSecondPerUnit")] = tr("Hash rate per miner");
        t[QStringLiteral("mining.miningPue")] = tr("Mining PUE");
        t[QStringLiteral("mining.hashpriceUsdPerPhDay")] = tr("Hashprice");
        t[QStringLiteral("mining.hashpriceChangePctPerYear")] = tr("Hashprice change");
        t[QStringLiteral("mining.uptimePct")] = tr("Mining uptime");
        // Conversion plan
        t[QStringLiteral("plan.convertedSharePct")] = tr("Converted share");
        t[QStringLiteral("plan.scheduleMode")] = tr("Schedule");
        t[QStringLiteral("plan.business.model")] = tr("Business model");
        t[QStringLiteral("plan.business.colocationUsdPerKwMonth")] = tr("Colocation price");
        t[QStringLiteral("plan.business.gpuUsdPerHour")] = tr("GPU-hour price");
        t[QStringLiteral("plan.business.gpuUtilisationPct")] = tr("GPU utilisation");
        t[QStringLiteral("plan.business.gpuPriceDeclinePctPerYear")] = tr("GPU price decline");
        t[QStringLiteral("plan.gpu.platformId")] = tr("GPU platform");
        t[QStringLiteral("plan.gpu.kwPerRack")] = tr("Power per rack");
        t[QStringLiteral("plan.gpu.gpusPerRack")] = tr("GPUs per rack");
        t[QStringLiteral("plan.gpu.priceUsdPerGpu")] = tr("Price per GPU");
        t[QStringLiteral("plan.electrical.redundancy")] = tr("Redundancy");
        t[QStringLiteral("plan.electrical.blockSizeMw")] = tr("Block size");
        t[QStringLiteral("plan.electrical.installedBlocks")] = tr("Installed blocks");
        t[QStringLiteral("plan.cooling.technology")] = tr("Cooling technology");
        t[QStringLiteral("plan.facility.certification")] = tr("Certification");
        t[QStringLiteral("plan.energisationPhases")] = tr("Energisation phases");
        t[QStringLiteral("plan.monthsBetweenPhases")] = tr("Months between phases");
        t[QStringLiteral("plan.gpuDeliveryMonthIndex")] = tr("GPU delivery month");
        // Portfolio settings
        t[QStringLiteral("portfolio.name")] = tr("Portfolio name");
        t[QStringLiteral("startMonth")] = tr("Start month");
        t[QStringLiteral("currency")] = tr("Currency");
        t[QStringLiteral("discountRatePct")] = tr("Discount rate");
        t[QStringLiteral("horizonYears")] = tr("Horizon");
        t[QStringLiteral("exitCapRatePct")] = tr("Exit cap rate");
        t[QStringLiteral("costs.gpuFitOutUsdPerMwIt")] = tr("GPU hall fit-out");
        t[QStringLiteral("costs.electricalUsdPerInstalledMw")] = tr("Electrical");
        t[QStringLiteral("costs.coolingUsdPerMwIt")] = tr("Cooling");
        t[QStringLiteral("costs.sealingUsdPerMwIt")] = tr("Building sealing");
        t[QStringLiteral("costs.fireSuppressionUsdPerMwIt")] = tr("Fire suppression");
        t[QStringLiteral("costs.monitoringUsdPerMwIt")] = tr("Monitoring");
        t[QStringLiteral("costs.tierIiiUsdPerMwIt")] = tr("Tier III premium");
        t[QStringLiteral("costs.tierIvUsdPerMwIt")] = tr("Tier IV premium");
        t[QStringLiteral("costs.contingencyPct")] = tr("Contingency");
        t[QStringLiteral("costs.omUsdPerMwItYear")] = tr("AI hall O&M");
        t[QStringLiteral("costs.miningOmUsdPerMwYear")] = tr("Mining O&M");
        t[QStringLiteral("costs.asicResaleUsdPerTh")] = tr("ASIC resale");
        t[QStringLiteral("costs.gpuDepreciationYears")] = tr("GPU depreciation");
        t[QStringLiteral("costs.facilityLifeYears")] = tr("Facility life");
        return t;
    }();
    return table;
}

}  // namespace

QString label(const QString& relativePath) {
    // An element of a list ("climate.dryBulbC[3]", "costs.coolingUsdPerMwIt[1]"): the list's label,
    // then the month for the climate normals.
    static const QRegularExpression element(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch m = element.match(relativePath);
    if (m.hasMatch()) {
        const QString base = labels().value(m.captured(1));
        if (base.isEmpty()) return {};
        const int i = m.captured(2).toInt();
        if (m.captured(1).startsWith(QStringLiteral("climate.")) && i >= 0 && i < 12)
            return QStringLiteral("%1 %2").arg(base,
                                               QLocale().standaloneMonthName(i + 1, QLocale::ShortFormat));
        return QStringLiteral("%1 %2").arg(base).arg(i + 1);
    }
    return labels().value(relativePath);
}

QString describe(const QString& path, const m2ai::Portfolio& portfolio) {
    static const QRegularExpression sitePath(QStringLiteral("^sites\\[(\\d+)\\]\\.(.+)$"));
    const QRegularExpressionMatch m = sitePath.match(path);
    if (m.hasMatch()) {
        const QString what = label(m.captured(2));
        if (what.isEmpty()) return path;
        const auto index = m.captured(1).toULongLong();
        // A file that did not open: no site names to show, but the row the user can find.
        if (index >= portfolio.sites.size()) return tr("%1, site %2").arg(what).arg(index + 1);
        return tr("%1, %2").arg(what, QString::fromStdString(portfolio.sites[index].name));
    }
    if (path == QStringLiteral("name")) return labels().value(QStringLiteral("portfolio.name"));
    const QString what = label(path);
    return what.isEmpty() ? path : what;
}

QString humanize(const QString& message, const m2ai::Portfolio& portfolio) {
    // A path is followed by ": " in core's Problem::toString(); only those are replaced, so words in
    // the message itself are never taken for paths.
    static const QRegularExpression pathColon(
        QStringLiteral("(?<![\\w.\\]])([A-Za-z][\\w]*(?:\\[\\d+\\])?(?:\\.[A-Za-z]\\w*(?:\\[\\d+\\])?)*): "));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pathColon.globalMatch(message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString path = m.captured(1);
        const QString described = describe(path, portfolio);
        out += message.mid(last, m.capturedStart(1) - last);
        // A plain word before a colon ("Refused: ") is not a path: keep it.
        out += described;
        last = m.capturedEnd(1);
    }
    out += message.mid(last);
    return out;
}

}  // namespace FieldLabels
