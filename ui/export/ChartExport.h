#pragma once
// Every chart of a portfolio as image files: portfolio-capacity, npv-by-site and, per site,
// <site>-power-budget, -pue, -capacity-online, -cash-flow, -capex and -gantt. PNG (pixels) and/or
// SVG (vectors), each written atomically. Used by the "Export all charts" dialog and the CLI.
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>

#include "engines/Results.h"
#include "model/Portfolio.h"

namespace exporting {

struct ChartExportOptions {
    bool png = true;
    bool svg = true;
    QSize size{1200, 700};  // pixels for PNG, user units for SVG
};

// File-name stem for a site: lower case, ASCII letters/digits and '-' only ("Akaki (Addis Ababa)" →
// "akaki-addis-ababa").
QString slug(const QString& name);

// Called before each chart with (charts done, chart count), and once more with (count, count) when
// every chart is drawn; returning false cancels the export.
using ChartProgress = std::function<bool(int chartsDone, int chartCount)>;

// 2 portfolio charts + 6 per site.
int chartCount(const m2ai::PortfolioResult& result);

// Writes into dir (created if missing). written lists every file. false + error at the first
// failure or on cancel. The files are drawn into a hidden staging folder inside dir and renamed
// into place only when all are drawn, so a cancelled export, or one that fails while drawing,
// leaves no new file and overwrites none.
bool exportCharts(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result, const QString& dir,
                  const ChartExportOptions& options, QStringList* written = nullptr, QString* error = nullptr,
                  const ChartProgress& progress = {});

}  // namespace exporting
