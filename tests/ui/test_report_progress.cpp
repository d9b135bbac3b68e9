// Progress and cancel of long reports: the renderer's page loop reports every page and stops when
// told to; a cancelled PDF export leaves no file.
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <vector>

#include "engines/Compute.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "support/QtApp.h"

TEST_CASE("The PDF report reports each page and can be cancelled", "[report][progress]") {
    testsupport::qtApp();
    const m2ai::Portfolio portfolio = m2ai::samplePortfolio();
    const m2ai::PortfolioResult result = m2ai::computePortfolio(portfolio);
    const ReportRenderer renderer(portfolio, result);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    std::vector<int> seen;
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    REQUIRE(renderer.writePdf(full, nullptr, [&](int done, int pages) {
        CHECK(pages == renderer.pageCount());
        seen.push_back(done);
        return true;
    }));
    // 0, 1, …, pageCount: before each page, and once when done.
    REQUIRE(static_cast<int>(seen.size()) == renderer.pageCount() + 1);
    for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(i));
    CHECK(QFile::exists(full));

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    int calls = 0;
    CHECK_FALSE(renderer.writePdf(cancelled, &error, [&](int done, int) {
        ++calls;
        return done < 2;  // cancel before the third page
    }));
    CHECK(calls == 3);
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(cancelled));
}
