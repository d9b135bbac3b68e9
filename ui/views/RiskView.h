#pragma once
// "How sure is the decision?" (issue 14): the sensitivity tornado and spider and a Monte Carlo run
// (histogram of incremental NPV, S-curve of first RFS) for the portfolio or one site. The run goes
// on a worker thread (QtConcurrent) with a progress bar and Cancel; core/risk checks the cancel
// flag before every trial, so Cancel stops it within a trial's time. The sensitivity is cheap
// (~12 ms for the sample) and runs on the UI thread with each Run.
#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

#include "model/Portfolio.h"
#include "risk/MonteCarlo.h"
#include "risk/Sensitivity.h"

class ChartHost;
struct RiskReport;
class ProjectDocument;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

class RiskView : public QWidget {
    Q_OBJECT
public:
    explicit RiskView(ProjectDocument* doc, QWidget* parent = nullptr);
    ~RiskView() override;  // cancels a run and waits for it

    void run();
    void cancel();
    bool isRunning() const;

    const m2ai::risk::RiskResult& riskResult() const { return risk_; }
    const m2ai::risk::SensitivityResult& sensitivityResult() const { return sensitivity_; }
    const m2ai::Portfolio& runPortfolio() const { return runPortfolio_; }
    // The last run for the report's risk page; nullptr before a finished run.
    std::shared_ptr<const RiskReport> riskReport() const;
    // Shows a run made elsewhere (a report's, report/ReportRiskRun.h) of portfolio as this page's
    // last run, so the page and the next report use it. Ignored while a run of its own is going.
    void adoptRun(const m2ai::Portfolio& portfolio, const RiskReport& report);
    // A PDF of the title page and the risk page of the last run (ReportRenderer). false + error
    // when there is no finished run or the file cannot be written.
    bool writeReportPdf(const QString& path, QString* error = nullptr) const;
    ChartHost* tornadoChart() const { return tornado_; }
    ChartHost* spiderChart() const { return spider_; }
    ChartHost* histogramChart() const { return histogram_; }
    ChartHost* sCurveChart() const { return sCurve_; }
    QProgressBar* progressBar() const { return progress_; }
    QComboBox* targetCombo() const { return target_; }
    QSpinBox* trialsSpin() const { return trials_; }
    QSpinBox* seedSpin() const { return seed_; }
    // One undoable edit of the project's risk inputs (what the Risk inputs dialog's OK does).
    bool applyInputs(const m2ai::RiskInputs& inputs, QString* error = nullptr);
    void editInputs();

signals:
    void finished();  // a run ended (done, cancelled or failed)

private:
    void onFinished();
    void showRun();  // the status, buttons and charts for risk_ and sensitivity_
    void refreshTargets();
    void refreshCharts();
    void savePdf();
    void syncRunControls();

    ProjectDocument* doc_;
    QSpinBox* trials_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* pct_ = nullptr;
    QComboBox* target_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* pdf_ = nullptr;
    QPushButton* inputs_ = nullptr;
    m2ai::RiskInputs shownInputs_;  // the project's inputs the spin boxes were last set from
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    ChartHost* tornado_ = nullptr;
    ChartHost* spider_ = nullptr;
    ChartHost* histogram_ = nullptr;
    ChartHost* sCurve_ = nullptr;
    QFutureWatcher<m2ai::risk::RiskResult> watcher_;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
    m2ai::Portfolio runPortfolio_;  // the portfolio the shown results are of
    m2ai::risk::RiskResult risk_;
    m2ai::risk::SensitivityResult sensitivity_;
};
