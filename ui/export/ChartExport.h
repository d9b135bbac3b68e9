#pragma once
// Every chart of a portfolio as image files: portfolio-capacity, npv-by-site and, per site,
// <site>-power-budget, -pue, -capacity-online, -cash-flow, -capex and -gantt. PNG (pixels) and/or
// SVG (vectors), each written atomically. Used by the "Export all charts" dialog and the CLI.
#include <QSize>
#include <QString>
#include <QStringList>

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

// Writes into dir (created if missing). written lists every file. false + error at the first failure.
bool exportCharts(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result, const QString& dir,
                  const ChartExportOptions& options, QStringList* written = nullptr,
                  QString* error = nullptr);

}  // namespace exporting
