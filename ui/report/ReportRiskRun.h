#pragma once
// The report's risk page when the Risk page holds no run of the portfolio being reported (issue 14):
// a sensitivity and a Monte Carlo run with the project's own risk inputs (trials, seed,
// distributions), on a worker thread, behind a progress dialog with Cancel. Cancel leaves the risk
// page out of the report and lets the export or print go on (docs/user-guide.md "Reports").
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

#include "model/Portfolio.h"
#include "report/ReportRiskPage.h"

class QWidget;

// What the export and print actions know about the report's risk page.
struct ReportRiskSource {
    // The Risk page's last run, when it is of this portfolio (RiskView::riskReport); reused as is.
    std::shared_ptr<const RiskReport> current;
    // Told about a run made for the report, so the Risk page shows it and the next report reuses it.
    std::function<void(const std::shared_ptr<const RiskReport>&)> keep;
};

// A project "has risk settings" when its risk inputs are not all the defaults: someone set trials,
// a seed, a date or a distribution, so its reports carry the risk page without being asked.
bool hasRiskSettings(const m2ai::Portfolio& portfolio);

// The sensitivity's ± percentage of a run made for a report (the Risk page's default).
inline constexpr double kReportSensitivityPct = 20.0;

// One run; the UI thread starts it and gets progress and finished as queued signals.
class ReportRiskRun : public QObject {
    Q_OBJECT
public:
    explicit ReportRiskRun(m2ai::Portfolio portfolio, QObject* parent = nullptr);
    ~ReportRiskRun() override;  // cancels a run and waits for it (it stops within a trial)

    void start();
    void cancel();
    bool isRunning() const;
    // finished has been emitted for the last start (the worker may be done a moment before it).
    bool hasFinished() const { return finished_; }
    // After finished: the report, or nullptr when cancelled or failed (then error() says why).
    std::shared_ptr<const RiskReport> report() const { return report_; }
    bool cancelled() const { return cancelled_; }
    QString error() const { return error_; }
    int trials() const;

signals:
    void progress(int done, int total);  // trials
    void finished();

private:
    void onFinished();

    m2ai::Portfolio portfolio_;
    QFutureWatcher<RiskReport> watcher_;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
    std::shared_ptr<const RiskReport> report_;
    bool cancelled_ = false;
    bool finished_ = false;
    QString error_;
};

// Runs the risk analysis of portfolio for a report with a modal progress dialog over parent. Returns
// the report; nullptr when the user cancelled (the report goes without its risk page) or the run
// failed (after a message box saying why, and the report goes without it too).
std::shared_ptr<const RiskReport> runRiskForReport(QWidget* parent, const m2ai::Portfolio& portfolio);

// The report's risk page: source.current when there is one; otherwise, when run is true, a run made
// now (runRiskForReport) and handed to source.keep. nullptr = no risk page.
std::shared_ptr<const RiskReport> riskForReport(QWidget* parent, const m2ai::Portfolio& portfolio,
                                                const ReportRiskSource& source, bool run);
