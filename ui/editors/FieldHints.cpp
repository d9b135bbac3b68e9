#include "editors/FieldHints.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHash>
#include <QLocale>
#include <QSpinBox>
#include <algorithm>
#include <limits>

#include "validation/Validation.h"

namespace {

// Where each default comes from (docs/model.md, /work/shared/reference/domain.md). Shown in the
// tooltip so an analyst can judge a number before changing it.
QString sourceOf(const QString& path) {
    static const QHash<QString, const char*> sources{
        {QStringLiteral("mining.kwPerUnit"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 3.01 kW: Antminer S19 XP spec (domain.md §3.2)")},
        {QStringLiteral("mining.thPerSecondPerUnit"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 140 TH/s: Antminer S19 XP spec (domain.md §3.2)")},
        {QStringLiteral("mining.miningPue"),
         QT_TRANSLATE_NOOP(
             "FieldHints",
             "Default 1.05: direct outside-air mining hall, fans count as IT (domain.md §2.2)")},
        {QStringLiteral("mining.hashpriceUsdPerPhDay"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 45 USD/PH/day: 2024–2026 base case (domain.md §3.3)")},
        {QStringLiteral("mining.hashpriceChangePctPerYear"),
         QT_TRANSLATE_NOOP("FieldHints", "Default −10 %/yr: difficulty growth erodes hashprice (estimate)")},
        {QStringLiteral("plan.gpu.kwPerRack"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 57.2 kW: 4 × DGX B200 at 14.3 kW (domain.md §3.1)")},
        {QStringLiteral("plan.business.colocationUsdPerKwMonth"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 150 USD/kW-month: colocation base case (domain.md §4.3)")},
        {QStringLiteral("plan.business.gpuUsdPerHour"),
         QT_TRANSLATE_NOOP("FieldHints",
                           "Default 2.95 USD/h: H100 median of 58 providers, May 2026 (domain.md §4.3)")},
        {QStringLiteral("plan.business.gpuUtilisationPct"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 70 %: share of GPU-hours sold (estimate)")},
        {QStringLiteral("plan.business.gpuPriceDeclinePctPerYear"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 15 %/yr: new GPU generations push prices down (estimate)")},
        {QStringLiteral("powerPriceUsdPerMwh"),
         QT_TRANSLATE_NOOP("FieldHints", "Country presets: industrial tariffs (domain.md §6.4)")},
        {QStringLiteral("gridCarbonGPerKwh"),
         QT_TRANSLATE_NOOP("FieldHints", "Country presets: grid carbon intensity (domain.md §6.4)")},
        {QStringLiteral("siteClimate.elevationM"),
         QT_TRANSLATE_NOOP("FieldHints",
                           "Thinner air costs fan power; country presets: their station's elevation "
                           "(docs/model.md \"Altitude\")")},
        {QStringLiteral("siteClimate.design.dryBulbC"),
         QT_TRANSLATE_NOOP("FieldHints",
                           "ASHRAE 0.4 % annual cooling dry-bulb; country presets: docs/model.md "
                           "\"Design temperature defaults\"")},
        {QStringLiteral("siteClimate.design.wetBulbC"),
         QT_TRANSLATE_NOOP("FieldHints",
                           "ASHRAE 0.4 % evaporation wet-bulb, at most the design dry-bulb; country "
                           "presets: docs/model.md \"Design temperature defaults\"")},
        {QStringLiteral("portfolio.discountRatePct"),
         QT_TRANSLATE_NOOP("FieldHints", "Default 10 %: financial parameters (domain.md §4.2)")},
    };
    const auto it = sources.find(path);
    return it == sources.end() ? QString() : QCoreApplication::translate("FieldHints", it.value());
}

struct Range {
    double min = -1e12;
    double max = 1e12;
    bool known = false;
};

Range rangeOf(const QString& path) {
    Range r;
    // fieldRange() is core's table of the bounds validate() enforces.
    // fieldRange() is core's table of the bounds validate() enforces, keyed by the leaf name.
    const QString leaf = path.section(QLatin1Char('.'), -1);
    if (const m2ai::FieldRange* fr = m2ai::fieldRange(leaf.toStdString())) {
        r.min = fr->min;
        r.max = fr->max;
        r.known = true;
    }
    return r;
}

}  // namespace

namespace FieldHints {

QString tooltip(const QString& fieldPath, const QString& unitSuffix) {
    const Range r = rangeOf(fieldPath);
    QString tip;
    if (r.known)
        tip = QCoreApplication::translate("FieldHints", "Allowed: %1 to %2%3")
                  .arg(QLocale().toString(r.min, 'g', 10), QLocale().toString(r.max, 'g', 10), unitSuffix);
    const QString source = sourceOf(fieldPath);
    if (!source.isEmpty()) tip += (tip.isEmpty() ? QString() : QStringLiteral("<br>")) + source;
    return tip;
}

void apply(QDoubleSpinBox* spin, const QString& fieldPath, const QString& unitSuffix, int decimals) {
    const Range r = rangeOf(fieldPath);
    spin->setDecimals(decimals);
    spin->setRange(r.min, r.max);
    spin->setSuffix(unitSuffix);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    spin->setToolTip(tooltip(fieldPath, unitSuffix));
    spin->setProperty("m2aiBaseToolTip", spin->toolTip());
    spin->setProperty("m2aiFieldPath", fieldPath);  // its note and source (app/InputNotesUi.h)
    spin->setAlignment(Qt::AlignRight);
}

void apply(QSpinBox* spin, const QString& fieldPath, const QString& unitSuffix) {
    const Range r = rangeOf(fieldPath);
    const double lo = std::max(r.min, static_cast<double>(std::numeric_limits<int>::min()));
    const double hi = std::min(r.max, static_cast<double>(std::numeric_limits<int>::max()));
    spin->setRange(static_cast<int>(lo), static_cast<int>(hi));
    spin->setSuffix(unitSuffix);
    spin->setGroupSeparatorShown(true);
    spin->setToolTip(tooltip(fieldPath, unitSuffix));
    spin->setProperty("m2aiBaseToolTip", spin->toolTip());
    spin->setProperty("m2aiFieldPath", fieldPath);  // its note and source (app/InputNotesUi.h)
    spin->setAlignment(Qt::AlignRight);
}

}  // namespace FieldHints
