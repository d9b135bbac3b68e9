// GUI benchmark (run by hand; figures and command in docs/performance.md): opens generated
// portfolios in the real MainWindow on the offscreen platform, applies edits the way a user does
// and measures edit → new results painted, key-press echo in a spin box, and memory.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/mine2ai_gui_bench [sites...]
//   build/release/tests/bench/mine2ai_gui_bench --write 10000 big.m2ai   (a project to open in the app)
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/mine2ai_gui_bench --threads 1 10000
//                                                   (background compute on one thread, as before)
//
// "Painted" means: the edit call returned and every event it posted (update requests, i.e. the
// repaints of the table, charts and dashboard) has been processed, so the frame is in the backing
// store. Background computes (settings edits of large portfolios) are waited for and included.
#include <sys/resource.h>
#include <unistd.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "editors/SiteEditor.h"
#include "io/AtomicWrite.h"
#include "io/JsonIo.h"
#include "models/PortfolioTableModel.h"
#include "sample/Sample.h"
#include "storage/ProjectFile.h"
#include "support/PortfolioGenerator.h"
#include "util/HeapMemory.h"
#include "views/PortfolioView.h"

namespace {

double rssMiB() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Process everything the edit posted, including a background compute's result and the repaints.
// The event loop waits for the result as the app's does: waitForCompute() would run a compute the
// pool had not started yet on this (UI) thread and count it as UI time.
void settle(ProjectDocument* doc) {
    for (int pass = 0; pass < 3; ++pass) {
        while (doc->computePending()) QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

// CPU time of the process (all threads): on a machine shared with other jobs the wall time also
// counts waiting for a core, so both are reported.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// CPU time of the calling (UI) thread only: what of an edit runs on the UI thread, the rest of
// the process CPU is the compute worker's.
double uiThreadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Minor page faults of the process so far (all threads): memory touched for the first time since
// it was mapped, or again after malloc gave it back. Each costs kernel time on the thread that
// touches it.
double minorFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_minflt);
}

// Heap in use (allocated, not freed), MiB: what the process holds, against RSS, which also counts
// freed pages malloc has not returned yet.
double heapMiB() {
    return static_cast<double>(heapmemory::heapInUseBytes()) / (1024.0 * 1024.0);
}

// Memory at rest: the document frees an old result on a pool thread after the new one is shown,
// and returns the freed pages to the system once edits pause (ProjectDocument::
// memoryReleasePending); both are waited for, as a user pausing would.
struct Memory {
    double rssMiB = 0, heapMiB = 0;
};
Memory memoryNow(const ProjectDocument* doc) {
    QThreadPool::globalInstance()->waitForDone();
    while (doc && doc->memoryReleasePending()) QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QThreadPool::globalInstance()->waitForDone();
    // The baseline (no window yet): the previous window's freed pages returned too, or the next
    // window would reuse them and look smaller than it is.
    if (!doc) heapmemory::releaseFreedMemory();
    return {rssMiB(), heapMiB()};
}

struct Stats {
    double medianMs = 0, maxMs = 0, medianCpuMs = 0, medianUiCpuMs = 0, medianEngineMs = 0;
    double medianMinorFaults = 0;
};
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
Stats stats(const std::vector<double>& ms, const std::vector<double>& cpu) {
    return {median(ms), *std::max_element(ms.begin(), ms.end()), median(cpu), 0, 0};
}

// afterPause: each edit starts from an app at rest, as a user's edit a few seconds after the last
// one does (the previous result freed and its pages returned, memoryNow); otherwise edits follow
// each other at once and each also pays the freeing of the result before it, which runs on a pool
// thread after the new one is shown (ProjectDocument::finishCompute).
template <typename Edit>
Stats measure(ProjectDocument* doc, int repeats, Edit edit, bool afterPause = false) {
    std::vector<double> ms, cpu, ui, engine, faults;
    for (int i = 0; i < repeats; ++i) {
        if (afterPause) memoryNow(doc);
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        const double u0 = uiThreadCpuMs();
        const double f0 = minorFaults();
        edit(i);
        settle(doc);
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
        ui.push_back(uiThreadCpuMs() - u0);
        faults.push_back(minorFaults() - f0);
        engine.push_back(static_cast<double>(doc->lastComputeUs()) / 1e3);
    }
    Stats out = stats(ms, cpu);
    out.medianUiCpuMs = median(ui);
    out.medianEngineMs = median(engine);
    out.medianMinorFaults = median(faults);
    return out;
}

void run(const char* label, const m2ai::Portfolio& portfolio) {
    const Memory before = memoryNow(nullptr);
    auto* window = new MainWindow;
    window->resize(1280, 800);
    window->show();
    ProjectDocument* doc = window->document();
    QElapsedTimer open;
    open.start();
    doc->load(portfolio, QString());
    settle(doc);
    const double openMs = static_cast<double>(open.nsecsElapsed()) / 1e6;
    const Memory loaded = memoryNow(doc);
    const int n = doc->siteCount();
    const int site = n / 2;
    const int repeats = 8;

    // 1. Portfolio view on screen, grid MW of one site typed into the table (a discrete edit).
    window->showPortfolio();
    settle(doc);
    QAbstractItemModel* table = window->portfolioView()->model();
    const Stats tableEdit = measure(doc, repeats, [&](int i) {
        table->setData(table->index(site, PortfolioTableModel::GridMw), 30.0 + i);
    });

    // 2. Site view on screen (editor + dashboard), a field of the current site (spin-box commit).
    window->showSite(site);
    settle(doc);
    const Stats siteEdit = measure(doc, repeats, [&](int i) {
        doc->editSite(
            site, QStringLiteral("price"), QStringLiteral("powerPriceUsdPerMwh"),
            [i](m2ai::Site& s) { s.powerPriceUsdPerMwh = 40.0 + i; }, nullptr,
            ProjectDocument::EditKind::Continuous);
        doc->endContinuousEdit();
    });

    // 3. A portfolio-wide setting: every site recomputes (background above the threshold).
    window->showPortfolio();
    settle(doc);
    const Stats settingsEdit = measure(doc, 4, [&](int i) {
        doc->editPortfolio(QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
                           [i](m2ai::Portfolio& p) { p.discountRatePct = 8.0 + 0.5 * i; });
    });

    // 3a. The same after a pause (docs/performance.md "Issue 11 targets": both are reported).
    const Stats settingsAfterPause = measure(
        doc, 4,
        [&](int i) {
            doc->editPortfolio(QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
                               [i](m2ai::Portfolio& p) { p.discountRatePct = 10.0 + 0.5 * i; });
        },
        /*afterPause=*/true);

    // 3b. Duplicate Site and Remove Site (undo of the duplicate is a removal too).
    QString refused;
    // Four different sites (each duplicate lands after its original, below the next one), so
    // that no copy's name repeats an earlier copy's.
    const Stats duplicate = measure(doc, 4, [&](int i) {
        if (!doc->duplicateSite(site - i, &refused))
            std::printf("  duplicate refused: %s\n", qPrintable(refused));
    });
    const Stats remove = measure(doc, 4, [&](int) {
        if (!doc->removeSite(site + 1, &refused)) std::printf("  remove refused: %s\n", qPrintable(refused));
    });

    // 4. Key-press echo: a digit typed into a spin box of the site editor is drawn.
    window->showSite(site);
    settle(doc);
    std::vector<double> echo;
    auto* spin = window->siteEditor()->findChild<QDoubleSpinBox*>();
    if (spin) {
        spin->setFocus();
        for (int i = 0; i < 8; ++i) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(spin, Qt::Key_1);
            QApplication::processEvents();
            echo.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        QTest::keyClick(spin, Qt::Key_Escape);
    }
    const Stats echoStats = echo.empty() ? Stats{} : stats(echo, echo);

    // Memory steady after repeated edits: 24 more edits, RSS again.
    const Memory after12 = memoryNow(doc);
    measure(doc, 24, [&](int i) {
        doc->editSite(site, QStringLiteral("price"), QStringLiteral("powerPriceUsdPerMwh"),
                      [i](m2ai::Site& s) { s.powerPriceUsdPerMwh = 60.0 + i; });
    });
    const Memory after36 = memoryNow(doc);

    std::printf(
        "%s (%d sites): open %.0f ms\n"
        "  table edit (portfolio view)  %7.1f ms wall median, %7.1f max, %7.1f ms CPU\n"
        "  site edit (site view)        %7.1f ms wall median, %7.1f max, %7.1f ms CPU\n"
        "  settings edit (all sites)    %7.1f ms wall median, %7.1f max, %7.1f ms CPU"
        " (UI thread %.1f ms, engines %.1f ms wall on %d threads)\n"
        "  settings edit after a pause  %7.1f ms wall median, %7.1f max, %7.1f ms CPU (UI thread %.1f ms)\n"
        "  duplicate site               %7.1f ms wall median, %7.1f ms CPU\n"
        "  remove site                  %7.1f ms wall median, %7.1f ms CPU\n"
        "  key echo in a spin box       %7.2f ms median, %7.2f max\n"
        "  RSS +%.1f MiB loaded (%.1f KB/site), +%.1f after 12 edits, +%.1f after 36\n"
        "  heap in use +%.1f MiB loaded (%.1f KB/site), +%.1f after 12 edits, +%.1f after 36 (%.1f "
        "KB/site)\n",
        label, n, openMs, tableEdit.medianMs, tableEdit.maxMs, tableEdit.medianCpuMs, siteEdit.medianMs,
        siteEdit.maxMs, siteEdit.medianCpuMs, settingsEdit.medianMs, settingsEdit.maxMs,
        settingsEdit.medianCpuMs, settingsEdit.medianUiCpuMs, settingsEdit.medianEngineMs,
        static_cast<int>(ProjectDocument::computeThreads()), settingsAfterPause.medianMs,
        settingsAfterPause.maxMs, settingsAfterPause.medianCpuMs, settingsAfterPause.medianUiCpuMs,
        duplicate.medianMs, duplicate.medianCpuMs, remove.medianMs, remove.medianCpuMs, echoStats.medianMs,
        echoStats.maxMs, loaded.rssMiB - before.rssMiB, (loaded.rssMiB - before.rssMiB) * 1024.0 / n,
        after12.rssMiB - before.rssMiB, after36.rssMiB - before.rssMiB, loaded.heapMiB - before.heapMiB,
        (loaded.heapMiB - before.heapMiB) * 1024.0 / n, after12.heapMiB - before.heapMiB,
        after36.heapMiB - before.heapMiB, (after36.heapMiB - before.heapMiB) * 1024.0 / n);
    std::fflush(stdout);
    delete window;
    QApplication::processEvents();
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QApplication app(argc, argv);
    // --threads N first: the background compute on N threads instead of every core (1 = as before).
    if (argc >= 3 && std::string(argv[1]) == "--threads") {
        ProjectDocument::setComputeThreads(static_cast<std::size_t>(std::atoi(argv[2])));
        argv[2] = argv[0];
        argv += 2;
        argc -= 2;
    }
    // --write N FILE: save the generated N-site project (to look at it in the app) and stop.
    if (argc == 4 && std::string(argv[1]) == "--write") {
        m2ai::Portfolio p = m2ai::test::generatePortfolio(42, std::atoi(argv[2]));
        p.horizonYears = 10;
        const m2ai::SaveResult saved = m2ai::saveProject(p, argv[3]);
        std::printf("%s\n", saved.ok ? "written" : saved.error.c_str());
        return saved.ok ? 0 : 1;
    }
    // --write-json N FILE: portfolioToJson(generatePortfolio(42, N)) at its generated horizon, the
    // input of the `compute --json` figures in docs/performance.md (tests/bench/issue11-targets.sh).
    if (argc == 4 && std::string(argv[1]) == "--write-json") {
        const m2ai::Portfolio p = m2ai::test::generatePortfolio(42, std::atoi(argv[2]));
        const m2ai::SaveResult saved = m2ai::writeFileAtomically(argv[3], m2ai::portfolioToJson(p) + "\n");
        std::printf("%s\n", saved.ok ? "written" : saved.error.c_str());
        return saved.ok ? 0 : 1;
    }
    // --profile-settings N SITES: only N settings edits of a SITES-site portfolio, to run under
    // `perf record` (the UI thread's share of a settings edit, docs/performance.md).
    if (argc == 4 && std::string(argv[1]) == "--profile-settings") {
        m2ai::Portfolio p = m2ai::test::generatePortfolio(42, std::atoi(argv[3]));
        p.horizonYears = 10;
        auto* window = new MainWindow;
        window->resize(1280, 800);
        window->show();
        ProjectDocument* doc = window->document();
        doc->load(p, QString());
        settle(doc);
        window->showPortfolio();
        settle(doc);
        const Stats s = measure(doc, std::atoi(argv[2]), [&](int i) {
            doc->editPortfolio(QStringLiteral("rate"), QStringLiteral("portfolio.discountRatePct"),
                               [i](m2ai::Portfolio& q) { q.discountRatePct = 8.0 + 0.5 * (i % 8); });
        });
        std::printf("settings edit: %.1f ms wall, %.1f ms CPU, UI thread %.1f ms CPU, %.0f minor faults\n",
                    s.medianMs, s.medianCpuMs, s.medianUiCpuMs, s.medianMinorFaults);
        delete window;
        return 0;
    }
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
    if (sizes.empty()) sizes = {1000, 10000};
    std::printf("Qt platform %s, %d threads\n", qPrintable(QApplication::platformName()),
                QThread::idealThreadCount());
    run("sample", m2ai::samplePortfolio());
    for (int n : sizes) {
        m2ai::Portfolio p = m2ai::test::generatePortfolio(42, n);
        p.horizonYears = 10;  // the common case; generated horizons are random (1-40 years)
        run(("generated " + std::to_string(n)).c_str(), p);
    }
    return 0;
}
