// Memory of the document over edits of a large portfolio: each full recompute replaces the
// result, the old one is freed on a pool thread, and the freed pages go back to the system once
// edits pause (ProjectDocument::memoryReleasePending, util/HeapMemory.h). Measured as the heap in
// use, not RSS: deterministic enough to tell a leaked result from none.
#include <QCoreApplication>
#include <QThreadPool>
#include <catch2/catch.hpp>
#include <cstddef>

#include "document/ProjectDocument.h"
#include "support/PortfolioGenerator.h"
#include "support/QtApp.h"
#include "util/HeapMemory.h"

namespace {

// Every pending compute, the freeing of the old result and the release after it.
void settleMemory(ProjectDocument& doc) {
    doc.waitForCompute();
    while (doc.memoryReleasePending()) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QThreadPool::globalInstance()->waitForDone();
}

void editRate(ProjectDocument& doc, double pct) {
    REQUIRE(doc.editPortfolio(QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
                              [pct](m2ai::Portfolio& p) { p.discountRatePct = pct; }));
}

// Restores the default release delay whatever the test does.
struct ReleaseDelay {
    explicit ReleaseDelay(int ms) { ProjectDocument::setReleaseMemoryIdleMs(ms); }
    ~ReleaseDelay() { ProjectDocument::setReleaseMemoryIdleMs(-1); }
    ReleaseDelay(const ReleaseDelay&) = delete;
    ReleaseDelay& operator=(const ReleaseDelay&) = delete;
};

}  // namespace

TEST_CASE("A large portfolio's replaced results are freed: the heap stays level over settings edits",
          "[ui][memory]") {
    testsupport::qtApp();
    const ReleaseDelay immediately(0);
    m2ai::Portfolio big = m2ai::test::generatePortfolio(7, 200);
    big.horizonYears = 10;
    QThreadPool::globalInstance()->waitForDone();
    const std::size_t heapEmpty = heapmemory::heapInUseBytes();
    ProjectDocument doc;
    doc.load(big, QString());
    settleMemory(doc);
    REQUIRE(doc.result().sites.size() == 200);
    const std::size_t heapLoaded = heapmemory::heapInUseBytes();
    if (heapEmpty == 0 || heapLoaded <= heapEmpty) return;     // a C library that cannot tell
    const std::size_t oneResultOrSo = heapLoaded - heapEmpty;  // the portfolio and one result

    for (int i = 0; i < 3; ++i) {
        editRate(doc, 6.0 + i);
        doc.waitForCompute();
        // Every full compute of a large portfolio schedules the release of what it replaced.
        CHECK(doc.memoryReleasePending());
        settleMemory(doc);
    }
    const std::size_t heapAfter3 = heapmemory::heapInUseBytes();
    for (int i = 0; i < 9; ++i) {
        editRate(doc, 9.0 + 0.5 * i);
        settleMemory(doc);
    }
    const std::size_t heapAfter12 = heapmemory::heapInUseBytes();
    // Nine leaked results would be several times oneResultOrSo; undo steps of settings are small.
    CHECK(heapAfter12 < heapAfter3 + oneResultOrSo / 4);
    CHECK(doc.undoStack()->count() == 12);
}

TEST_CASE("A run of edits keeps the freed pages until it pauses and small portfolios schedule nothing",
          "[ui][memory]") {
    testsupport::qtApp();
    const ReleaseDelay defaultDelay(-1);
    m2ai::Portfolio big = m2ai::test::generatePortfolio(7, 80);
    big.horizonYears = 10;
    ProjectDocument doc;
    doc.load(big, QString());
    doc.waitForCompute();
    // The load replaced an empty result: nothing freed, nothing to release.
    CHECK_FALSE(doc.memoryReleasePending());
    editRate(doc, 7.0);
    doc.waitForCompute();
    CHECK(doc.memoryReleasePending());  // waits for the pause (kReleaseMemoryIdleMs)

    m2ai::Portfolio small = m2ai::test::generatePortfolio(7, ProjectDocument::kAsyncSiteThreshold);
    ProjectDocument smallDoc;
    smallDoc.load(small, QString());
    editRate(smallDoc, 7.0);
    CHECK_FALSE(smallDoc.memoryReleasePending());  // its results are freed on the UI thread, small
}
