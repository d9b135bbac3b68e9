#pragma once
// One renderer for every report output (style.md §11): it paints pages on any QPagedPaintDevice —
// QPrinter for print and print preview, QPdfWriter for PDF — so print, preview, the PDF dialog and
// `mine2ai-cli report` share one code path. Charts are drawn as vectors (QGraphicsScene::render).
//
// Pages, exactly: 1 title + 1 portfolio summary (optional) + 1 scenario comparison (optional,
// ReportScenarioPage.cpp) + 1 per selected site (2 for a site with
// hourly weather: its climate page follows, ReportClimatePage.cpp) + 1 risk page (optional) + 1
// appendix (optional). The painter works in points (1/72 in) whatever the device resolution; fonts
// are pixel-sized in that space so text measures the same on every device.
#include <QDate>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"

class QPainter;
class QPagedPaintDevice;
struct RiskReport;  // report/ReportRiskPage.h
namespace m2ai {
struct ScenarioComparison;  // scenarios/ScenarioComparison.h; report/ReportScenarioPage.h
}

struct ReportOptions {
    bool summary = true;
    std::optional<std::vector<int>> sites;  // site indices in report order; nullopt = every site
    bool appendix = true;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString scenario;  // empty: the portfolio name
    QDate date;        // invalid: today
    // A risk page after the site pages (report/ReportRiskPage.cpp) when set and its runs are ok.
    std::shared_ptr<const RiskReport> risk;
    // A scenario comparison page after the summary when set and it has scenarios (scenarioReportFor).
    std::shared_ptr<const m2ai::ScenarioComparison> scenarios;
};

class ReportRenderer {
public:
    enum class PageKind { Title, Summary, Scenarios, Site, Climate, Risk, Appendix };
    struct Page {
        PageKind kind;
        int siteIndex = -1;
    };

    ReportRenderer(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                   ReportOptions options = {});

    const std::vector<Page>& pages() const { return pages_; }
    int pageCount() const { return static_cast<int>(pages_.size()); }
    const ReportOptions& options() const { return options_; }

    // Called before each page with (pages painted so far, page count); returning false cancels.
    using PageProgress = std::function<bool(int pagesDone, int pageCount)>;

    // Paints every page on device. setPaper: apply options().paper (A4/Letter, no margins) first;
    // false keeps the device's own page layout (a QPrinter the user set up in the preview).
    // Returns false when progress cancelled (the device then holds the pages painted so far).
    bool render(QPagedPaintDevice& device, bool setPaper = true, const PageProgress& progress = {}) const;
    // Paints one page; painter is in points with (0,0) at the paper's top-left corner.
    void paintPage(QPainter& painter, const QSizeF& pagePt, int pageIndex) const;

    // PDF via QPdfWriter into a QSaveFile (atomic). false + error on failure; a cancelled export
    // (progress returned false) leaves no file.
    bool writePdf(const QString& path, QString* error = nullptr, const PageProgress& progress = {}) const;

private:
    void paintFrame(QPainter& p, const QSizeF& pagePt, int pageIndex, const QString& section) const;
    void paintTitle(QPainter& p, const QRectF& content) const;
    void paintSummary(QPainter& p, const QRectF& content) const;
    void paintSite(QPainter& p, const QRectF& content, int siteIndex) const;
    void paintClimate(QPainter& p, const QRectF& content, int siteIndex) const;
    void paintAppendix(QPainter& p, const QRectF& content) const;
    void paintRisk(QPainter& p, const QRectF& content) const;       // ReportRiskPage.cpp
    void paintScenarios(QPainter& p, const QRectF& content) const;  // ReportScenarioPage.cpp
    void paintScheduleOverview(QPainter& p, const QRectF& area) const;
    QString scenario() const;
    QDate date() const;

    const m2ai::Portfolio& portfolio_;
    const m2ai::PortfolioResult& result_;
    ReportOptions options_;
    std::vector<Page> pages_;
};

// Charts are laid out kChartScale times larger than printed, with fonts to match, because Qt Charts'
// fixed paddings (in pixels) would otherwise eat a half-page chart. Printed: ~8.7 pt titles, 6.7 pt labels.
inline constexpr double kChartScale = 1.5;
inline constexpr int kChartTitlePx = 13;
inline constexpr int kChartLabelPx = 10;

// Report fonts: pixel sizes in points (see above).
QFont reportFont(int px, bool bold = false);
