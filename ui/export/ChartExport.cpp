#include "export/ChartExport.h"

#include <QChart>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <functional>
#include <memory>

#include "charts/ChartView.h"
#include "charts/GanttWidget.h"
#include "charts/SiteCharts.h"

namespace exporting {

QString slug(const QString& name) {
    QString out;
    bool dash = false;
    for (const QChar ch : name.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))) {
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

using Painter = std::function<void(QPainter&, const QRectF&)>;

bool writePng(const Painter& paint, const QString& path, QSize size, QString* error) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error) *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeSvg(const Painter& paint, const QString& path, QSize size, const QString& title, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    {
        QPainter p(&svg);
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!file.commit()) {
        if (error) *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace

bool exportCharts(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result, const QString& dir,
                  const ChartExportOptions& options, QStringList* written, QString* error) {
    if (!QDir().mkpath(dir)) {
        if (error) *error = QObject::tr("cannot create folder %1").arg(dir);
        return false;
    }
    auto emitFile = [&](const QString& stem, const QString& title, const Painter& paint) {
        if (options.png) {
            const QString path = QDir(dir).filePath(stem + QStringLiteral(".png"));
            if (!writePng(paint, path, options.size, error)) return false;
            if (written) *written << path;
        }
        if (options.svg) {
            const QString path = QDir(dir).filePath(stem + QStringLiteral(".svg"));
            if (!writeSvg(paint, path, options.size, title, error)) return false;
            if (written) *written << path;
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
    if (!chartFile(QStringLiteral("portfolio-capacity"), makePortfolioCapacityChart(portfolio, result, ChartTheme::Light)))
        return false;
    if (!chartFile(QStringLiteral("npv-by-site"), makeNpvBySiteChart(portfolio, result, ChartTheme::Light))) return false;
    QStringList used;
    for (const m2ai::SiteResult& s : result.sites) {
        QString stem = slug(QString::fromStdString(s.name));
        // Two sites whose names slug alike get "-2", "-3"… so no file overwrites another.
        for (int n = 2; used.contains(stem); ++n) stem = slug(QString::fromStdString(s.name)) + QStringLiteral("-%1").arg(n);
        used << stem;
        const m2ai::YearMonth start = portfolio.startMonth;
        if (!chartFile(stem + QStringLiteral("-power-budget"), makePowerBudgetChart(s, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-pue"), makePueChart(s, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-capacity-online"), makeCapacityOnlineChart(s, start, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-cash-flow"), makeCashFlowChart(s, start, ChartTheme::Light)) ||
            !chartFile(stem + QStringLiteral("-capex"), makeCapexChart(s, ChartTheme::Light)))
            return false;
        const auto gantt = [&](QPainter& p, const QRectF& r) {
            QFont f = p.font();
            f.setPixelSize(13);
            p.setFont(f);
            paintGantt(p, r.adjusted(10, 10, -10, -10), s.schedule, start);
        };
        if (!emitFile(stem + QStringLiteral("-gantt"), QObject::tr("%1 schedule").arg(QString::fromStdString(s.name)), gantt))
            return false;
    }
    return true;
}

}  // namespace exporting
