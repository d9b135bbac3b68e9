// A report's risk page without a run on the Risk page (issue 14): ReportRiskRun runs the project's
// risk inputs off the UI thread; Cancel gives no page (and no message); a current run is reused
// as is; a run made for a report is what the Risk page then shows.
#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <catch2/catch.hpp>

#include "document/ProjectDocument.h"
#include "report/ReportRiskRun.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "views/ChartHost.h"
#include "views/RiskView.h"

namespace {

m2ai::Portfolio sampleWithTrials(int trials) {
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.risk.trials = trials;
    p.risk.seed = 7;
    return p;
}

}  // namespace

TEST_CASE("report risk run: the project's risk inputs, run on a worker, the same figures as core",
          "[ui][risk][reportrisk]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = sampleWithTrials(400);
    CHECK(hasRiskSettings(p));
    CHECK_FALSE(hasRiskSettings(m2ai::samplePortfolio()));  // every risk input at its default

    ReportRiskRun run(p);
    CHECK(run.trials() == 400);
    QSignalSpy finished(&run, &ReportRiskRun::finished);
    QSignalSpy progress(&run, &ReportRiskRun::progress);
    run.start();
    REQUIRE((finished.count() == 1 || finished.wait(60000)));
    CHECK(run.hasFinished());
    CHECK_FALSE(run.cancelled());
    REQUIRE(run.report());
    CHECK(riskPageReady(*run.report()));
    CHECK(run.report()->risk.trialsCompleted == 400);
    CHECK(run.report()->risk.seed == 7);
    CHECK(run.report()->sensitivity.pct == kReportSensitivityPct);
    CHECK_FALSE(progress.isEmpty());
    // The same seed gives the same run as core's own call on the calling thread.
    const m2ai::risk::RiskResult direct = m2ai::risk::runRisk(p, m2ai::risk::riskSettingsFor(p.risk));
    CHECK(run.report()->risk.portfolio.incrementalNpvUsd.p50 == direct.portfolio.incrementalNpvUsd.p50);
    CHECK(run.report()->risk.portfolio.equityIrr.p50 == direct.portfolio.equityIrr.p50);
}

TEST_CASE("report risk run: Cancel in the progress dialog gives no risk page and no message",
          "[ui][risk][reportrisk]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = sampleWithTrials(200000);  // minutes of work if it did not stop
    bool dialogSeen = false;
    // Once the run's event loop is going: the dialog is up (modal over no window), press Cancel.
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<QProgressDialog*>(w);
                d && d->objectName() == QStringLiteral("reportRiskProgress")) {
                // Its Cancel button, as a user presses it (QProgressDialog::cancel() alone does not
                // emit canceled()).
                if (auto* button = d->findChild<QPushButton*>()) {
                    dialogSeen = true;
                    button->click();
                }
            }
    });
    const std::shared_ptr<const RiskReport> page = runRiskForReport(nullptr, p);
    CHECK(dialogSeen);
    CHECK_FALSE(page);
}

TEST_CASE("report risk run: a current run is reused, a new one goes to the Risk page",
          "[ui][risk][reportrisk]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = sampleWithTrials(300);
    ProjectDocument doc;
    doc.load(p, QString());
    doc.waitForCompute();
    RiskView view(&doc);
    CHECK_FALSE(view.riskReport());

    ReportRiskSource source;
    int kept = 0;
    source.keep = [&](const std::shared_ptr<const RiskReport>& report) {
        ++kept;
        view.adoptRun(p, *report);
    };
    // No run and not asked to make one: no page, nothing run.
    CHECK_FALSE(riskForReport(nullptr, p, source, false));
    CHECK(kept == 0);
    // Asked: a run, handed to the Risk page, which now holds it for the portfolio as it is.
    const std::shared_ptr<const RiskReport> made = riskForReport(nullptr, p, source, true);
    REQUIRE(made);
    CHECK(kept == 1);
    REQUIRE(view.riskReport());
    CHECK(view.runPortfolio() == doc.portfolio());
    CHECK(view.riskResult().trialsCompleted == 300);
    CHECK(view.riskResult().portfolio.npvUsd.p50 == made->risk.portfolio.npvUsd.p50);
    CHECK(view.histogramChart()->chart() != nullptr);

    // The next report takes the Risk page's run as it is, without running again.
    source.current = view.riskReport();
    const std::shared_ptr<const RiskReport> reused = riskForReport(nullptr, p, source, true);
    CHECK(reused == source.current);
    CHECK(kept == 1);
}
