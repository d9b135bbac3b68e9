// A chart saved as PNG at a chosen size and resolution (issue 15 §3): exactly those pixels, the
// resolution in the file, and not just a blown-up screenshot (the text is laid out for the DPI).
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "charts/ChartView.h"
#include "charts/SiteCharts.h"
#include "engines/Compute.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

TEST_CASE("Chart PNG at a chosen size and DPI", "[ui][charts]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = testsupport::fixturePortfolio();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    ChartView view(makeNpvBySiteChart(p, r));
    view.resize(640, 400);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("npv.png"));
    REQUIRE(view.savePng(path, QSize(1800, 1200), 300));
    if (qEnvironmentVariableIsSet("M2AI_KEEP_PNG")) QFile::copy(path, qEnvironmentVariable("M2AI_KEEP_PNG"));
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1800, 1200));
    CHECK(std::abs(image.dotsPerMeterX() * 0.0254 - 300.0) < 1.0);
    // Drawn, not blank: more than one colour.
    bool varied = false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height() && !varied; y += 37)
        for (int x = 0; x < image.width() && !varied; x += 41) varied = image.pixel(x, y) != first;
    CHECK(varied);
    // The chart on screen keeps its size.
    CHECK(view.size() == QSize(640, 400));
    CHECK_FALSE(view.savePng(path, QSize(0, 0), 300));
}
