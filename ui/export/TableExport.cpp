#include "export/TableExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <charconv>
#include <cmath>

#include "engines/CashFlowComponents.h"

namespace exporting {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
QString ym(const m2ai::YearMonth& start, int index) {
    return qs(start.plusMonths(index).toString());
}

const char* taskKindName(m2ai::TaskKind k) {
    switch (k) {
        case m2ai::TaskKind::Design:
            return "design";
        case m2ai::TaskKind::Procurement:
            return "procurement";
        case m2ai::TaskKind::Decommission:
            return "decommission";
        case m2ai::TaskKind::Electrical:
            return "electrical";
        case m2ai::TaskKind::Cooling:
            return "cooling";
        case m2ai::TaskKind::Facility:
            return "facility";
        case m2ai::TaskKind::GpuInstall:
            return "gpu-install";
        case m2ai::TaskKind::Commissioning:
            return "commissioning";
        case m2ai::TaskKind::GridUpgrade:
            return "grid-upgrade";
        case m2ai::TaskKind::Milestone:
            return "milestone";
        case m2ai::TaskKind::User:
            return "user";
    }
    return "?";
}

Cell opt(const std::optional<double>& v) {
    return v ? Cell(*v) : Cell();
}
Cell opt(const std::optional<int>& v) {
    return v ? Cell(static_cast<double>(*v)) : Cell();
}

Table kpis(const m2ai::Portfolio& p, const m2ai::PortfolioResult& r) {
    Table t;
    t.name = QStringLiteral("portfolio-kpis");
    t.headers = {QStringLiteral("Site"),
                 QStringLiteral("Country"),
                 QStringLiteral("Grid with queue (MW)"),
                 QStringLiteral("Converted grid (MW)"),
                 QStringLiteral("IT (MW)"),
                 QStringLiteral("Racks"),
                 QStringLiteral("GPUs"),
                 QStringLiteral("Annual PUE"),
                 QStringLiteral("Peak PUE"),
                 QStringLiteral("RFS month index"),
                 QStringLiteral("RFS month"),
                 QStringLiteral("Capex (USD)"),
                 QStringLiteral("NPV (USD)"),
                 QStringLiteral("NPV keep mining (USD)"),
                 QStringLiteral("Incremental NPV (USD)"),
                 QStringLiteral("IRR (fraction per year)"),
                 QStringLiteral("Payback month index"),
                 QStringLiteral("Delay cost (USD per month)"),
                 QStringLiteral("CO2 (t per year)"),
                 QStringLiteral("Water (m3 per year)"),
                 QStringLiteral("GPU purchase (USD)"),
                 QStringLiteral("Facility capex (USD)"),
                 QStringLiteral("Facility capex per MW IT (USD)")};
    for (const m2ai::SiteResult& s : r.sites) {
        t.rows.push_back({qs(s.name),
                          qs(s.country),
                          s.power.gridWithQueueMw,
                          s.power.convertedGridMw,
                          s.power.itMw,
                          static_cast<double>(s.power.racks),
                          static_cast<double>(s.power.gpus),
                          s.power.pue.annual,
                          s.power.pue.peak,
                          static_cast<double>(s.schedule.rfsMonthIndex),
                          ym(p.startMonth, s.schedule.rfsMonthIndex),
                          s.economics.capexUsd,
                          s.economics.npvUsd,
                          s.economics.npvKeepMiningUsd,
                          s.economics.incrementalNpvUsd,
                          opt(s.economics.irr),
                          opt(s.economics.paybackMonthIndex),
                          s.economics.delayCostUsdPerMonth,
                          s.environment.co2TonnesPerYear,
                          s.environment.waterM3PerYear,
                          s.economics.gpuPurchaseUsd,
                          s.economics.facilityCapexUsd,
                          s.economics.facilityCapexUsdPerMwIt});
    }
    t.rows.push_back({QStringLiteral("Portfolio total"),
                      Cell(),
                      r.gridMw,
                      Cell(),
                      r.itMw,
                      Cell(),
                      static_cast<double>(r.gpus),
                      Cell(),
                      Cell(),
                      Cell(),
                      Cell(),
                      r.capexUsd,
                      r.npvUsd,
                      r.npvKeepMiningUsd,
                      r.incrementalNpvUsd,
                      Cell(),
                      Cell(),
                      Cell(),
                      Cell(),
                      Cell(),
                      Cell(),
                      Cell(),
                      Cell()});
    return t;
}

Table schedules(const m2ai::Portfolio& p, const m2ai::PortfolioResult& r) {
    Table t;
    t.name = QStringLiteral("schedule");
    t.headers = {QStringLiteral("Site"),
                 QStringLiteral("Task id"),
                 QStringLiteral("Task"),
                 QStringLiteral("Kind"),
                 QStringLiteral("Duration (months)"),
                 QStringLiteral("Early start (month)"),
                 QStringLiteral("Early finish (month)"),
                 QStringLiteral("Late start (month)"),
                 QStringLiteral("Late finish (month)"),
                 QStringLiteral("Total float (months)"),
                 QStringLiteral("Critical"),
                 QStringLiteral("Driving predecessor"),
                 QStringLiteral("Start month")};
    for (const m2ai::SiteResult& s : r.sites)
        for (const m2ai::ScheduledTask& k : s.schedule.tasks)
            t.rows.push_back({qs(s.name), qs(k.id), qs(k.name), QString::fromLatin1(taskKindName(k.kind)),
                              k.durationMonths, k.earlyStartMonth, k.earlyFinishMonth, k.lateStartMonth,
                              k.lateFinishMonth, k.totalFloatMonths,
                              k.critical ? QStringLiteral("yes") : QStringLiteral("no"),
                              qs(k.drivingPredecessor),
                              ym(p.startMonth, static_cast<int>(std::floor(k.earlyStartMonth)))});
    return t;
}

// One column per component of net cash (engines/CashFlowComponents.h), signed, so the columns of
// every row add up to its net.
Table cashFlow(const m2ai::Portfolio& p, const m2ai::PortfolioResult& r) {
    const std::vector<m2ai::CashFlowComponent>& components = m2ai::cashFlowComponents();
    Table t;
    t.name = QStringLiteral("monthly-cash-flow");
    t.headers = {QStringLiteral("Site"), QStringLiteral("Month index"), QStringLiteral("Month")};
    for (const m2ai::CashFlowComponent& c : components)
        t.headers.push_back(QString::fromUtf8(c.label.data(), static_cast<qsizetype>(c.label.size())));
    // After the components that sum to Net: tax and financing, signed like the components, so that
    // Equity net = Net + Income tax + Debt drawdown + Debt service (engines/finance/TaxAndDebt).
    for (const char* h : {"Net (USD)", "Cumulative net (USD)", "Income tax (USD)", "Debt drawdown (USD)",
                          "Debt service (USD)", "Equity net (USD)", "Keep mining net (USD)",
                          "Cumulative keep mining (USD)", "IT online (MW)"})
        t.headers.push_back(QString::fromLatin1(h));
    for (const m2ai::SiteResult& s : r.sites) {
        const m2ai::EconomicsResult& e = s.economics;
        for (size_t i = 0; i < e.monthly.size(); ++i) {
            auto at = [i](const std::vector<double>& v) { return i < v.size() ? Cell(v[i]) : Cell(); };
            // An outflow as a negative cell; 0.0 − x keeps a zero positive (no "-0" in the CSV).
            auto outflow = [i](const std::vector<double>& v) {
                return i < v.size() ? Cell(0.0 - v[i]) : Cell();
            };
            const m2ai::MonthlyCashFlow& m = e.monthly[i];
            std::vector<Cell> row{qs(s.name), static_cast<double>(i), ym(p.startMonth, static_cast<int>(i))};
            // Signed (outflows negative), so the component columns sum to net.
            for (const m2ai::CashFlowComponent& c : components) row.emplace_back(c.signedUsd(m));
            row.emplace_back(m.netUsd);
            row.push_back(at(e.cumulativeNetUsd));
            row.push_back(outflow(e.financing.taxUsdByMonth));
            row.push_back(at(e.financing.drawdownUsdByMonth));
            row.push_back(outflow(e.financing.debtServiceUsdByMonth));
            row.push_back(at(e.financing.equityNetUsdByMonth));
            row.push_back(at(e.keepMiningNetUsdByMonth));
            row.push_back(at(e.cumulativeKeepMiningUsd));
            row.push_back(at(s.schedule.itOnlineMwByMonth));
            t.rows.push_back(std::move(row));
        }
    }
    return t;
}

Table pueByMonth(const m2ai::PortfolioResult& r) {
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    Table t;
    t.name = QStringLiteral("pue-by-month");
    t.headers = {QStringLiteral("Site"),         QStringLiteral("Month"),
                 QStringLiteral("PUE"),          QStringLiteral("IT (MW)"),
                 QStringLiteral("Cooling (MW)"), QStringLiteral("Electrical losses (MW)"),
                 QStringLiteral("Misc (MW)"),    QStringLiteral("Facility (MW)")};
    for (const m2ai::SiteResult& s : r.sites)
        for (size_t m = 0; m < 12; ++m) {
            const m2ai::PowerBreakdownMw& b = s.power.pue.monthlyBreakdown[m];
            t.rows.push_back({qs(s.name), QString::fromLatin1(months[m]), s.power.pue.monthly[m], b.itMw,
                              b.coolingMw, b.electricalLossMw, b.miscMw, b.facilityMw()});
        }
    return t;
}

}  // namespace

std::vector<Table> buildTables(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result) {
    return {kpis(portfolio, result), schedules(portfolio, result), cashFlow(portfolio, result),
            pueByMonth(result)};
}

QString csvNumber(double value) {
    if (!std::isfinite(value)) return QString();
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest round-trip form
    if (ec != std::errc()) return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer, end - buffer);
}

QString csvTextCell(const QString& s) {
    // OWASP "CSV Injection": a text cell a spreadsheet would read as a formula (= + - @, or a tab or
    // carriage return that some importers strip first) gets a leading single quote, which makes it
    // text in Excel, LibreOffice and Google Sheets, and is quoted. The full-width forms are included
    // because some spreadsheets normalise them to the ASCII ones.
    static const QString triggers = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    const bool formulaLike = !s.isEmpty() && triggers.contains(s.front());
    QString text = formulaLike ? QLatin1Char('\'') + s : s;
    // RFC 4180: a field holding a separator, a quote or ANY line break (CR alone too: several readers
    // end a row on a bare CR) is quoted, so it can never start a new row.
    const bool needsQuotes = formulaLike || text.contains(QLatin1Char(',')) ||
                             text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
                             text.contains(QLatin1Char('\r'));
    if (!needsQuotes) return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray toCsv(const Table& table) {
    QString out;
    QStringList header;
    for (const QString& h : table.headers) header << csvTextCell(h);
    out += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const Cell& c : row) {
            if (const double* d = std::get_if<double>(&c))
                cells << csvNumber(*d);
            else if (const QString* s = std::get_if<QString>(&c))
                cells << csvTextCell(*s);
            else
                cells << QString();
        }
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool writeCsvTables(const std::vector<Table>& tables, const QString& dir, QStringList* written,
                    QString* error) {
    if (!QDir().mkpath(dir)) {
        if (error) *error = QObject::tr("cannot create folder %1").arg(dir);
        return false;
    }
    for (const Table& t : tables) {
        const QString path = QDir(dir).filePath(t.name + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(t)) < 0 || !file.commit()) {
            if (error) *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        if (written) *written << path;
    }
    return true;
}

}  // namespace exporting
