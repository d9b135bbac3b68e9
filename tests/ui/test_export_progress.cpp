// Progress and cancel of "Export › All charts": the export reports every chart and stops when
// told to; a cancelled export leaves no file (not even a staging folder) and keeps what was there.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <vector>

#include "engines/Compute.h"
#include "export/ChartExport.h"
#include "sample/Sample.h"
#include "support/QtApp.h"

namespace {

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

TEST_CASE("Export all charts reports each chart and a cancel leaves no file", "[export][progress]") {
    testsupport::qtApp();
    m2ai::Portfolio portfolio = m2ai::samplePortfolio();
    portfolio.sites.resize(2);  // two sites: 14 charts
    const m2ai::PortfolioResult result = m2ai::computePortfolio(portfolio);
    const int total = exporting::chartCount(result);
    REQUIRE(total == 14);
    exporting::ChartExportOptions options;
    options.svg = false;
    options.size = QSize(300, 200);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString full = dir.filePath(QStringLiteral("full"));
    std::vector<int> seen;
    QStringList written;
    REQUIRE(exporting::exportCharts(portfolio, result, full, options, &written, nullptr,
                                    [&](int done, int count) {
                                        CHECK(count == total);
                                        seen.push_back(done);
                                        return true;
                                    }));
    // 0, 1, …, total: before each chart, and once when all are drawn.
    REQUIRE(static_cast<int>(seen.size()) == total + 1);
    for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(i));
    CHECK(written.size() == total);
    CHECK(entries(full).size() == total);  // no staging folder left
    for (const QString& path : written) CHECK(QFile::exists(path));

    // Cancel in the middle, into a folder that already holds a file of the same name.
    const QString cancelled = dir.filePath(QStringLiteral("cancelled"));
    REQUIRE(QDir().mkpath(cancelled));
    const QString existing = QDir(cancelled).filePath(QStringLiteral("portfolio-capacity.png"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("earlier export");
    }
    int calls = 0;
    QString error;
    QStringList none;
    CHECK_FALSE(
        exporting::exportCharts(portfolio, result, cancelled, options, &none, &error, [&](int done, int) {
            ++calls;
            return done < 5;  // cancel before the sixth chart
        }));
    CHECK(calls == 6);
    CHECK_FALSE(error.isEmpty());
    CHECK(none.isEmpty());
    CHECK(entries(cancelled) == QStringList{QStringLiteral("portfolio-capacity.png")});
    QFile f(existing);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "earlier export");

    // Cancel after the last chart is drawn, before the files move into place: still nothing.
    const QString late = dir.filePath(QStringLiteral("late"));
    CHECK_FALSE(exporting::exportCharts(portfolio, result, late, options, nullptr, nullptr,
                                        [&](int done, int count) { return done < count; }));
    CHECK(entries(late).isEmpty());
}
