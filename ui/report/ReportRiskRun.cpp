#include "report/ReportRiskRun.h"

#include <QEventLoop>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <thread>

#include "app/CoreErrorText.h"
#include "risk/MonteCarlo.h"
#include "risk/RiskSettings.h"
#include "risk/Sensitivity.h"
#include "util/PlainText.h"

bool hasRiskSettings(const m2ai::Portfolio& portfolio) {
    return !(portfolio.risk == m2ai::RiskInputs{});
}

ReportRiskRun::ReportRiskRun(m2ai::Portfolio portfolio, QObject* parent)
    : QObject(parent), portfolio_(std::move(portfolio)) {
    connect(&watcher_, &QFutureWatcher<RiskReport>::finished, this, &ReportRiskRun::onFinished);
}

ReportRiskRun::~ReportRiskRun() {
    if (cancelFlag_) *cancelFlag_ = true;
    watcher_.waitForFinished();
}

int ReportRiskRun::trials() const {
    return m2ai::risk::riskSettingsFor(portfolio_.risk).trials;
}

bool ReportRiskRun::isRunning() const {
    return watcher_.isRunning();
}

void ReportRiskRun::cancel() {
    if (cancelFlag_) *cancelFlag_ = true;
}

void ReportRiskRun::start() {
    if (isRunning()) return;
    report_.reset();
    cancelled_ = false;
    finished_ = false;
    error_.clear();
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    // The destructor waits for the worker, so `this` outlives every progress emit; a signal
    // emitted on the worker thread reaches the UI thread queued.
    watcher_.setFuture(QtConcurrent::run([this, portfolio = portfolio_, flag = cancelFlag_] {
        RiskReport out;
        out.sensitivity = m2ai::risk::runSensitivity(portfolio, kReportSensitivityPct);
        if (!out.sensitivity.ok || flag->load()) return out;
        m2ai::risk::RiskRunControl control;
        control.threads = std::max(1u, std::thread::hardware_concurrency());
        control.cancel = flag.get();
        control.progress = [this](int done, int total) { emit progress(done, total); };
        out.risk = m2ai::risk::runRisk(portfolio, m2ai::risk::riskSettingsFor(portfolio.risk), control);
        return out;
    }));
}

void ReportRiskRun::onFinished() {
    const RiskReport out = watcher_.result();
    cancelled_ = cancelFlag_ && cancelFlag_->load();
    if (cancelled_) {
        report_.reset();
    } else if (!out.sensitivity.ok) {
        error_ = CoreErrorText::message(out.sensitivity.errorMessage, out.sensitivity.problems,
                                        out.sensitivity.error);
    } else if (!out.risk.ok) {
        error_ = CoreErrorText::message(out.risk.errorMessage, out.risk.problems, out.risk.error);
    } else {
        report_ = std::make_shared<const RiskReport>(out);
    }
    finished_ = true;
    emit finished();
}

std::shared_ptr<const RiskReport> runRiskForReport(QWidget* parent, const m2ai::Portfolio& portfolio) {
    ReportRiskRun run(portfolio);
    QProgressDialog dialog(QObject::tr("Running the risk analysis for the report: %1 trials…\n"
                                       "Cancel leaves the risk page out of the report.")
                               .arg(QLocale().toString(run.trials())),
                           QObject::tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("reportRiskProgress"));
    dialog.setWindowTitle(QObject::tr("Risk analysis"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);  // reaching the maximum must not reset the canceled state
    dialog.setAutoClose(false);
    dialog.setMinimumDuration(300);
    QObject::connect(&run, &ReportRiskRun::progress, &dialog, [&dialog](int done, int total) {
        if (!dialog.wasCanceled() && total > 0) dialog.setValue(static_cast<int>(1000LL * done / total));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &run, &ReportRiskRun::cancel);
    QEventLoop loop;
    QObject::connect(&run, &ReportRiskRun::finished, &loop, &QEventLoop::quit);
    run.start();
    dialog.setValue(0);
    if (!run.hasFinished()) loop.exec();
    dialog.close();
    if (!run.cancelled() && !run.report())
        QMessageBox::warning(parent, QObject::tr("Risk analysis"),
                             PlainText::plainTextForAutoDetect(
                                 QObject::tr("The risk analysis failed, so the report has no risk page: %1")
                                     .arg(run.error())));
    return run.report();
}

std::shared_ptr<const RiskReport> riskForReport(QWidget* parent, const m2ai::Portfolio& portfolio,
                                                const ReportRiskSource& source, bool run) {
    if (source.current) return source.current;
    if (!run) return nullptr;
    std::shared_ptr<const RiskReport> made = runRiskForReport(parent, portfolio);
    if (made && source.keep) source.keep(made);
    return made;
}
