#pragma once
// Report and export entry points for the main window's menus. Each opens its dialog(s), renders with
// ReportRenderer / ui/export and reports failures in a message box. The caller passes the current
// portfolio and its computed result (no recomputation here).
#include <memory>

#include "engines/Results.h"
#include "model/Portfolio.h"
#include "report/ReportRiskRun.h"

class QWidget;

// risk: the Risk page's last run of this portfolio (RiskView::riskReport) when it is current, and
// where to keep a run made for the report. Without a current run, a report that has its risk page
// runs the analysis first (report/ReportRiskRun.h: progress dialog; Cancel = no risk page).
// Print preview (QPrintPreviewDialog) of the full report; printing from the preview. The risk page
// is in it with a current run, or (after a run) when the project has risk settings.
void printPortfolio(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                    const ReportRiskSource& risk = {});
// Asks for sections (summary, which sites, risk, appendix) and paper size (remembered in QSettings),
// then a file name, and writes the PDF. With scenarios in the portfolio it has their comparison page.
// The risk section is ticked when there is a current run or the project has risk settings.
void exportPdfReport(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                     const ReportRiskSource& risk = {});
// Asks for a folder; writes every chart as PNG and SVG.
void exportAllCharts(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result);
// Asks for a folder; writes one CSV per table and tables.xlsx with a sheet per table.
void exportTables(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result);
