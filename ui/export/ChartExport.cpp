#include "export/ChartExport.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <system_error>

#include "charts/ChartView.h"
#include "charts/GanttWidget.h"
#include "charts/ImageFiles.h"
#include "charts/SiteCharts.h"

namespace exporting {

QString slug(const QString& name) {
    QString out;
    bool dash = false;
    for (const QChar ch : name.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))) {
            if (dash && !out.isEmpty()) out += QLatin1Char('-');
            out += ch;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.isEmpty() ? QStringLiteral("site") : out;
}

namespace {

// Renames the staged files into dir; rename(2) replaces an existing file of the same name in one step.
bool moveIntoPlace(const QString& staging, const QString& dir, const QStringList& names, QStringList* written,
                   QString* error) {
    for (const QString& name : names) {
        const QString to = QDir(dir).filePath(name);
        std::error_code ec;
        std::filesystem::rename(
            std::filesystem::path(QFile::encodeName(QDir(staging).filePath(name)).toStdString()),
            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
        if (ec) {
            if (error)
                *error =
                    QObject::tr("cannot write %1: %2").arg(to, QString::fromLocal8Bit(ec.message().c_str()));
            return false;
        }
        if (written) *written << to;
    }
    return true;
}

}  // namespace

int chartCount(const m2ai::PortfolioResult& result) {
    return 2 + 6 * static_cast<int>(result.sites.size());
}

bool exportCharts(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result, const QString& dir,
                  const ChartExportOptions& options, QStringList* written, QString* error,
                  const ChartProgress& progress) {
    if (!QDir().mkpath(dir)) {
        if (error) *error = QObject::tr("cannot create folder %1").arg(dir);
        return false;
    }
    // Removed with everything in it on every return: a cancel or a failure leaves nothing behind.
    QTemporaryDir staging(QDir(dir).filePath(QStringLiteral(".mine2ai-charts-XXXXXX")));
    if (!staging.isValid()) {
        if (error) *error = QObject::tr("cannot write into folder %1").arg(dir);
        return false;
    }
    const int total = chartCount(result);
    int done = 0;
    QStringList names;
    auto emitFile = [&](const QString& stem, const QString& title, const PaintFunction& paint) {
        if (progress && !progress(done, total)) {
            if (error) *error = QObject::tr("Export cancelled");
            return false;
        }
        ++done;
        if (options.png) {
            const QString name = stem + QStringLiteral(".png");
            if (!writePaintingAsPng(paint, staging.filePath(name), options.size, error)) return false;
            names << name;
        }
        if (options.svg) {
            const QString name = stem + QStringLiteral(".svg");
            if (!writePaintingAsSvg(paint, staging.filePath(name), options.size, title, error)) return false;
            names << name;
        }
        return true;
    };
    auto chartFile = [&](const QString& stem, QChart* raw) {
        std::unique_ptr<QChart> chart(raw);
        const QString title = chart->title();
        // Fonts in proportion to the picture: 22 px title, 16 px labels at the default 1200 × 700.
        const double k = options.size.height() / 700.0;
        setChartPixelFonts(chart.get(), std::max(8, qRound(22 * k)), std::max(7, qRound(16 * k)));
        return emitFile(stem, title, [&](QPainter& p, const QRectF& r) { renderChart(p, r, chart.get()); });
    };
    if (!chartFile(QStringLiteral("portfolio-capacity"),
                   makePortfolioCapacityChart(portfolio, result, ChartTheme::Light)))
        return false;
    if (!chartFile(QStringLiteral("npv-by-site"), makeNpvBySiteChart(portfolio, result, ChartTheme::Light)))
        return false;
    QStringList used;
    for (const m2ai::SiteResult& s : result.sites) {
        QString stem = slug(QString::fromStdString(s.name));
        // Two sites whose names slug alike get "-2", "-3"… so no file overwrites another.
        for (int n = 2; used.contains(stem); ++n)
            stem = slug(QString::fromStdString(s.name)) + QStringLiteral("-%1").arg(n);
        used << stem;
        const m2ai::YearMonth start = portfolio.startMonth;
        if (!chartFile(stem + QStringLiteral("-power-budget"), makePowerBudgetChart(s, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-pue"), makePueChart(s, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-capacity-online"),
                       makeCapacityOnlineChart(s, start, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-cash-flow"), makeCashFlowChart(s, start, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-capex"), makeCapexChart(s, ChartTheme::Light)))
            return false;
        const auto gantt = [&](QPainter& p, const QRectF& r) {
            QFont f = p.font();
            f.setPixelSize(13);
            p.setFont(f);
            paintGantt(p, r.adjusted(10, 10, -10, -10), s.schedule, start);
        };
        if (!emitFile(stem + QStringLiteral("-gantt"),
                      QObject::tr("%1 schedule").arg(QString::fromStdString(s.name)), gantt))
            return false;
    }
    if (progress && !progress(done, total)) {
        if (error) *error = QObject::tr("Export cancelled");
        return false;
    }
    return moveIntoPlace(staging.path(), dir, names, written, error);
}

}  // namespace exporting
