#pragma once
// Report and export entry points for the main window's menus. Each opens its dialog(s), renders with
// ReportRenderer / ui/export and reports failures in a message box. The caller passes the current
// portfolio and its computed result (no recomputation here).
#include <memory>

#include "engines/Results.h"
#include "model/Portfolio.h"

class QWidget;
struct RiskReport;  // report/ReportRiskPage.h

// risk: the Risk page's last run of this portfolio (RiskView::riskReport), or nullptr when there is
// none or the inputs changed since; with one the report has its risk page.
// Print preview (QPrintPreviewDialog) of the full report; printing from the preview.
void printPortfolio(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                    std::shared_ptr<const RiskReport> risk = nullptr);
// Asks for sections (summary, which sites, risk, appendix) and paper size (remembered in QSettings),
// then a file name, and writes the PDF. With scenarios in the portfolio it has their comparison page.
void exportPdfReport(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                     const std::shared_ptr<const RiskReport>& risk = nullptr);
// Asks for a folder; writes every chart as PNG and SVG.
void exportAllCharts(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result);
// Asks for a folder; writes one CSV per table and tables.xlsx with a sheet per table.
void exportTables(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result);
