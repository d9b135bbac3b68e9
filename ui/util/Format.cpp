#include "util/Format.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <cmath>

#include "app/ProblemText.h"
#include "engines/Feasibility.h"

namespace Format {

QString number(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    return QLocale().toString(value, 'f', decimals);
}

QString mw(double value) {
    return QObject::tr("%1 MW").arg(number(value, 1));
}

QString count(long long value) {
    return QLocale().toString(value);
}

QString pue(double value) {
    return number(value, 2);
}

QString usdMillions(double usd) {
    return QObject::tr("USD %1 M").arg(number(usd / 1e6, 1));
}

QString percent(double value, int decimals) {
    return QObject::tr("%1 %").arg(number(value, decimals));
}

QString yearMonth(const m2ai::YearMonth& ym) {
    return QLocale().toString(QDate(ym.year, ym.month, 1), QStringLiteral("MMM yyyy"));
}

QString monthIndex(const m2ai::YearMonth& start, int index) {
    return QObject::tr("%1 (month %2)").arg(yearMonth(start.plusMonths(index))).arg(index);
}

QString optionalMonthIndex(const m2ai::YearMonth& start, const std::optional<int>& index) {
    return index ? yearMonth(start.plusMonths(*index)) : QObject::tr("never");
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString irr(const std::optional<double>& fraction) {
    return fraction ? percent(*fraction * 100.0, 1) : QStringLiteral("—");
}

QString infeasible() {
    return QObject::tr("Infeasible");
}

QStringList infeasibilityReasons(const m2ai::SiteResult& result) {
    QStringList out;
    for (const m2ai::Infeasibility& i : result.infeasibilities) out << ProblemText::infeasibility(i);
    return out;
}

QString infeasibleTooltip(const m2ai::SiteResult& result) {
    QString text = QObject::tr(
        "Infeasible — the plan cannot work, so it earns no AI revenue and is left "
        "out of the portfolio totals:");
    for (const QString& reason : infeasibilityReasons(result)) text += QStringLiteral("\n• ") + reason;
    return text;
}

QString siteCountWithInfeasible(int sites, int infeasibleSites) {
    // Counts in the locale's digit grouping ("10,000 sites"), as every other figure on screen.
    QString siteCount = sites == 1 ? QObject::tr("1 site") : QObject::tr("%1 sites").arg(count(sites));
    if (infeasibleSites <= 0) return siteCount;
    return QObject::tr("%1, %2 infeasible — excluded from totals").arg(siteCount, count(infeasibleSites));
}

QString businessModelName(m2ai::BusinessModel model) {
    switch (model) {
        case m2ai::BusinessModel::Colocation:
            return QObject::tr("Colocation");
        case m2ai::BusinessModel::GpuCloud:
            return QObject::tr("GPU cloud");
    }
    return {};
}

QString certificationName(m2ai::Certification certification) {
    switch (certification) {
        case m2ai::Certification::None:
            return QObject::tr("no certification");
        case m2ai::Certification::TierIII:
            return QObject::tr("Uptime Tier III");
        case m2ai::Certification::TierIV:
            return QObject::tr("Uptime Tier IV");
    }
    return {};
}

QString redundancyName(m2ai::Redundancy redundancy) {
    switch (redundancy) {
        case m2ai::Redundancy::N:
            return QObject::tr("N (no redundancy)");
        case m2ai::Redundancy::NPlus1:
            return QObject::tr("N+1");
        case m2ai::Redundancy::TwoN:
            return QObject::tr("2N");
        case m2ai::Redundancy::TwoNPlus1:
            return QObject::tr("2(N+1)");
        case m2ai::Redundancy::DistributedRedundant:
            return QObject::tr("distributed redundant");
    }
    return {};
}

QString energySourceName(m2ai::EnergySource source) {
    switch (source) {
        case m2ai::EnergySource::Hydro:
            return QObject::tr("hydro");
        case m2ai::EnergySource::NaturalGas:
            return QObject::tr("natural gas");
        case m2ai::EnergySource::GridMix:
            return QObject::tr("grid mix");
        case m2ai::EnergySource::Nuclear:
            return QObject::tr("nuclear");
        case m2ai::EnergySource::Other:
            return QObject::tr("other");
    }
    return {};
}

QString scheduleModeName(m2ai::ScheduleMode mode) {
    switch (mode) {
        case m2ai::ScheduleMode::Sequential:
            return QObject::tr("sequential");
        case m2ai::ScheduleMode::FastTrack:
            return QObject::tr("fast track");
    }
    return {};
}

}  // namespace Format
