// The risk view: a run on the worker fills the tornado, spider, histogram and S-curve from
// core/risk's results; Cancel stops a long run; the charts draw exactly core's numbers.
// M2AI_RISK_VIEW_PNG=path saves a picture of the view after the run (to look at it).
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "charts/RiskCharts.h"
#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "views/ChartHost.h"
#include "views/RiskView.h"

namespace {

template <typename T>
T* firstSeries(QChart* chart) {
    for (QAbstractSeries* s : chart->series())
        if (auto* t = qobject_cast<T*>(s)) return t;
    return nullptr;
}

}  // namespace

TEST_CASE("risk view: a run fills the four charts from core's results", "[ui][risk]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::samplePortfolio(), QString());
    doc.waitForCompute();
    RiskView view(&doc);
    view.resize(1400, 900);
    view.show();
    view.trialsSpin()->setValue(500);
    QSignalSpy finished(&view, &RiskView::finished);
    view.run();
    CHECK(view.isRunning() == (finished.count() == 0));
    REQUIRE((finished.count() == 1 || finished.wait(60000)));
    REQUIRE(view.riskResult().ok);
    CHECK(view.riskResult().trialsCompleted == 500);
    CHECK(view.progressBar()->value() == view.progressBar()->maximum());
    CHECK(view.targetCombo()->count() == 7);  // the portfolio and six sites

    // The tornado's largest bar is the sensitivity's first input, drawn as a change from the base.
    const auto& sens = view.sensitivityResult().portfolio;
    auto* tornado = firstSeries<QHorizontalStackedBarSeries>(view.tornadoChart()->chart());
    REQUIRE(tornado != nullptr);
    REQUIRE(tornado->barSets().size() == 2);
    const QBarSet* high = tornado->barSets()[1];
    const int top = high->count() - 1;  // the largest swing is the last (top) category
    CHECK(high->at(top) ==
          Approx((sens.byIncrementalNpv[0].highIncrementalNpvUsd - sens.baseIncrementalNpvUsd) / 1e6));
    CHECK(view.spiderChart()->chart()->series().size() == 5);
    // The histogram is a step line: two points per bin at the bin's count.
    auto* histogram = firstSeries<QAreaSeries>(view.histogramChart()->chart());
    REQUIRE(histogram != nullptr);
    const auto& counts = view.riskResult().portfolio.incrementalNpvHistogram.counts;
    REQUIRE(histogram->upperSeries()->count() == 2 * static_cast<int>(counts.size()));
    int trials = 0;
    for (std::size_t b = 0; b < counts.size(); ++b) {
        CHECK(histogram->upperSeries()->at(static_cast<int>(2 * b)).y() == counts[b]);
        trials += counts[b];
    }
    CHECK(trials == 500);
    auto* sCurve = firstSeries<QLineSeries>(view.sCurveChart()->chart());
    REQUIRE(sCurve != nullptr);
    CHECK(sCurve->at(sCurve->count() - 1).y() == Approx(100.0));

    // Another target redraws the charts for that site.
    view.targetCombo()->setCurrentIndex(4);  // Gedu
    CHECK(view.tornadoChart()->chart()->title().contains(QStringLiteral("±20")));
    const QByteArray png = qgetenv("M2AI_RISK_VIEW_PNG");
    if (!png.isEmpty()) view.grab().save(QString::fromLocal8Bit(png));

    // The report: title + risk page, and a PDF of them.
    const m2ai::PortfolioResult result = m2ai::computePortfolio(view.runPortfolio());
    ReportOptions options;
    options.summary = false;
    options.sites = std::vector<int>{};
    options.appendix = false;
    options.risk = view.riskReport();
    const ReportRenderer renderer(view.runPortfolio(), result, options);
    REQUIRE(renderer.pageCount() == 2);
    CHECK(renderer.pages()[1].kind == ReportRenderer::PageKind::Risk);
    QImage page(595 * 2, 842 * 2, QImage::Format_ARGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.scale(2.0, 2.0);
        renderer.paintPage(painter, QSizeF(595, 842), 1);
    }
    // Something was drawn in the chart area (lower half of the page).
    int dark = 0;
    for (int yPix = page.height() / 2; yPix < page.height(); yPix += 7)
        for (int xPix = 0; xPix < page.width(); xPix += 7) dark += qGray(page.pixel(xPix, yPix)) < 128;
    CHECK(dark > 100);
    const QByteArray pagePng = qgetenv("M2AI_RISK_PAGE_PNG");
    if (!pagePng.isEmpty()) page.save(QString::fromLocal8Bit(pagePng));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("risk.pdf"));
    QString error;
    REQUIRE(view.writeReportPdf(pdf, &error));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    // Without a run (or a cancelled one) there is no risk page.
    ReportOptions none = options;
    none.risk.reset();
    CHECK(ReportRenderer(view.runPortfolio(), result, none).pageCount() == 1);
}

TEST_CASE("risk view: Cancel stops a long run", "[ui][risk]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::samplePortfolio(), QString());
    doc.waitForCompute();
    RiskView view(&doc);
    view.trialsSpin()->setValue(200000);
    QSignalSpy finished(&view, &RiskView::finished);
    view.run();
    view.cancel();
    REQUIRE((finished.count() == 1 || finished.wait(60000)));
    CHECK(view.riskResult().cancelled);
    CHECK(view.riskReport() == nullptr);
    CHECK(view.riskResult().trialsCompleted < 200000);
    CHECK_FALSE(view.isRunning());
}
