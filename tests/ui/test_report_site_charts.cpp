// The report's site page (issue 15 §3, issue 12 §10): chart titles are whole (word-wrapped above
// each chart, not elided) and the capex chart names every conversion step in full.
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "engines/Compute.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"

TEST_CASE("Report site page: whole chart titles and capex step names", "[report][sitecharts]") {
    testsupport::qtApp();
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.sites[0].name = "Tydal hydro campus north, phase two extension";  // long: the titles must wrap
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("site.pdf"));
    ReportOptions options;
    options.summary = false;
    options.appendix = false;
    options.sites = std::vector<int>{0};
    QString error;
    REQUIRE(ReportRenderer(p, r, options).writePdf(pdf, &error));
    const auto out = m2ai::test::runProcess("/bin/sh", {"-c", "pdftotext '" + pdf.toStdString() + "' -"});
    QString text = QString::fromStdString(out.out).simplified();
    if (text.isEmpty()) {
        WARN("pdftotext not installed: the page text was not checked");
        return;
    }
    for (const char* step :
         {"GPU install", "Electrical", "Cooling", "Facility", "Contingency", "ASIC resale", "Total"})
        CHECK(text.contains(QString::fromLatin1(step)));
    CHECK(text.contains(QStringLiteral("Capex by conversion step")));
    CHECK(text.contains(QStringLiteral("Cumulative net cash: converting vs keep mining")));
    CHECK(text.contains(QStringLiteral("phase two extension")));  // the site name is not cut from titles
    CHECK(text.contains(ReportFormat::number(r.sites[0].economics.capexUsd / 1e6, 1)));
    CHECK_FALSE(text.contains(QStringLiteral("Cumulative...")));  // the cash chart's axis title
    CHECK_FALSE(text.contains(QStringLiteral("ASIC re...")));
}
