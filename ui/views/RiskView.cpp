#include "views/RiskView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <thread>

#include "app/CoreErrorText.h"
#include "charts/RiskCharts.h"
#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "report/ReportRenderer.h"
#include "report/ReportRiskPage.h"
#include "views/ChartHost.h"
#include "views/RiskInputsDialog.h"

RiskView::RiskView(ProjectDocument* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    setObjectName(QStringLiteral("riskView"));
    auto* controls = new QHBoxLayout;
    trials_ = new QSpinBox;
    trials_->setObjectName(QStringLiteral("riskTrials"));
    trials_->setRange(100, 200000);
    trials_->setSingleStep(1000);
    trials_->setValue(10000);
    trials_->setGroupSeparatorShown(true);
    seed_ = new QSpinBox;
    seed_->setObjectName(QStringLiteral("riskSeed"));
    seed_->setRange(0, 999999);
    seed_->setValue(1);
    pct_ = new QSpinBox;
    pct_->setObjectName(QStringLiteral("riskPct"));
    pct_->setRange(1, 90);
    pct_->setValue(20);
    pct_->setSuffix(tr(" %"));
    target_ = new QComboBox;
    target_->setObjectName(QStringLiteral("riskTarget"));
    target_->setMinimumContentsLength(18);
    run_ = new QPushButton(tr("&Run"));
    run_->setObjectName(QStringLiteral("riskRun"));
    cancel_ = new QPushButton(tr("&Cancel"));
    cancel_->setObjectName(QStringLiteral("riskCancel"));
    cancel_->setEnabled(false);
    inputs_ = new QPushButton(tr("Risk &inputs…"));
    inputs_->setObjectName(QStringLiteral("riskInputs"));
    inputs_->setToolTip(
        tr("Three-point task durations and the distributions of prices, capex and "
           "utilisation, saved with the project"));
    pdf_ = new QPushButton(tr("Report &PDF…"));
    pdf_->setObjectName(QStringLiteral("riskPdf"));
    pdf_->setToolTip(tr("Write the report's title and risk pages of this run as a PDF"));
    pdf_->setEnabled(false);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("riskProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    controls->addWidget(new QLabel(tr("Trials")));
    controls->addWidget(trials_);
    controls->addWidget(new QLabel(tr("Seed")));
    controls->addWidget(seed_);
    controls->addWidget(new QLabel(tr("Sensitivity ±")));
    controls->addWidget(pct_);
    controls->addWidget(inputs_);
    controls->addWidget(run_);
    controls->addWidget(cancel_);
    controls->addWidget(pdf_);
    controls->addStretch(1);
    // Progress and the chart target on a row of their own: one row of everything made the page
    // (and so the window, whose pages share one minimum) wider than 1280 pixels.
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(new QLabel(tr("Show")));
    progressRow->addWidget(target_);

    status_ = new QLabel(tr("Run to see how the inputs move the answer and how likely it is."));
    status_->setObjectName(QStringLiteral("riskStatus"));
    status_->setWordWrap(true);

    tornado_ = new ChartHost(QStringLiteral("riskTornado"));
    spider_ = new ChartHost(QStringLiteral("riskSpider"));
    histogram_ = new ChartHost(QStringLiteral("riskHistogram"));
    sCurve_ = new ChartHost(QStringLiteral("riskSCurve"));
    auto* grid = new QGridLayout;
    grid->addWidget(tornado_, 0, 0);
    grid->addWidget(spider_, 0, 1);
    grid->addWidget(histogram_, 1, 0);
    grid->addWidget(sCurve_, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(progressRow);
    layout->addWidget(status_);
    layout->addLayout(grid, 1);

    connect(run_, &QPushButton::clicked, this, &RiskView::run);
    connect(cancel_, &QPushButton::clicked, this, &RiskView::cancel);
    connect(pdf_, &QPushButton::clicked, this, &RiskView::savePdf);
    connect(inputs_, &QPushButton::clicked, this, &RiskView::editInputs);
    syncRunControls();
    connect(target_, &QComboBox::currentIndexChanged, this, &RiskView::refreshCharts);
    connect(&watcher_, &QFutureWatcher<m2ai::risk::RiskResult>::finished, this, &RiskView::onFinished);
    connect(doc_, &ProjectDocument::resultChanged, this, [this] {
        syncRunControls();
        if (risk_.ok && !(doc_->portfolio() == runPortfolio_))
            status_->setText(tr("The inputs changed since this run: Run again for current figures."));
    });
}

RiskView::~RiskView() {
    if (cancelFlag_) *cancelFlag_ = true;
    watcher_.waitForFinished();
}

bool RiskView::isRunning() const {
    return watcher_.isRunning();
}

void RiskView::cancel() {
    if (cancelFlag_) *cancelFlag_ = true;
}

void RiskView::run() {
    if (isRunning()) return;
    runPortfolio_ = doc_->portfolio();
    sensitivity_ = m2ai::risk::runSensitivity(runPortfolio_, pct_->value());
    m2ai::risk::RiskSettings settings = m2ai::risk::riskSettingsFor(runPortfolio_.risk);
    settings.trials = trials_->value();
    settings.seed = static_cast<std::uint64_t>(seed_->value());
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    progress_->setValue(0);
    run_->setEnabled(false);
    cancel_->setEnabled(true);
    pdf_->setEnabled(false);
    status_->setText(tr("Running %1 trials…").arg(QLocale().toString(settings.trials)));
    // The destructor waits for the run before the bar (a child) is destroyed, so the worker may
    // post to it; a post that arrives after the bar is gone is dropped by Qt with its context.
    QProgressBar* bar = progress_;
    watcher_.setFuture(QtConcurrent::run([portfolio = runPortfolio_, settings, flag = cancelFlag_, bar] {
        m2ai::risk::RiskRunControl control;
        control.threads = std::max(1u, std::thread::hardware_concurrency());
        control.cancel = flag.get();
        control.progress = [bar](int done, int total) {
            const int permille = total > 0 ? static_cast<int>(1000LL * done / total) : 0;
            // Queued to the UI thread; QPointer drops it if the view is gone.
            QMetaObject::invokeMethod(
                bar,
                [bar, permille] {
                    if (bar) bar->setValue(permille);
                },
                Qt::QueuedConnection);
        };
        return m2ai::risk::runRisk(portfolio, settings, control);
    }));
}

void RiskView::onFinished() {
    risk_ = watcher_.result();
    showRun();
    emit finished();
}

void RiskView::adoptRun(const m2ai::Portfolio& portfolio, const RiskReport& report) {
    if (isRunning()) return;
    runPortfolio_ = portfolio;
    sensitivity_ = report.sensitivity;
    risk_ = report.risk;
    showRun();
}

void RiskView::showRun() {
    run_->setEnabled(true);
    cancel_->setEnabled(false);
    if (risk_.cancelled) {
        status_->setText(tr("Cancelled after %1 of %2 trials.")
                             .arg(QLocale().toString(risk_.trialsCompleted))
                             .arg(QLocale().toString(risk_.trialsRequested)));
    } else if (!risk_.ok) {
        status_->setText(tr("The run failed: %1")
                             .arg(CoreErrorText::message(risk_.errorMessage, risk_.problems, risk_.error)));
    } else {
        progress_->setValue(progress_->maximum());
        const auto& p = risk_.portfolio;
        status_->setText(tr("%1 trials, seed %2. Portfolio incremental NPV P10 / P50 / P90: %3 / %4 / %5 USD "
                            "M; converting "
                            "beats mining in %6 % of trials.")
                             .arg(QLocale().toString(risk_.trialsCompleted))
                             .arg(risk_.seed)
                             .arg(QLocale().toString(p.incrementalNpvUsd.p10 / 1e6, 'f', 0))
                             .arg(QLocale().toString(p.incrementalNpvUsd.p50 / 1e6, 'f', 0))
                             .arg(QLocale().toString(p.incrementalNpvUsd.p90 / 1e6, 'f', 0))
                             .arg(QLocale().toString(100.0 * p.probConvertBeatsMining, 'f', 0)));
    }
    pdf_->setEnabled(risk_.ok && sensitivity_.ok);
    refreshTargets();
    refreshCharts();
}

void RiskView::refreshTargets() {
    const QSignalBlocker block(target_);
    const int current = target_->currentIndex();
    target_->clear();
    target_->addItem(tr("Portfolio"));
    for (const auto& site : sensitivity_.sites) target_->addItem(QString::fromStdString(site.name));
    target_->setCurrentIndex(current >= 0 && current < target_->count() ? current : 0);
}

void RiskView::refreshCharts() {
    const int index = target_->currentIndex();
    if (sensitivity_.ok) {
        const auto& t =
            index <= 0 ? sensitivity_.portfolio : sensitivity_.sites[static_cast<std::size_t>(index - 1)];
        tornado_->setChart(makeTornadoChart(t, sensitivity_.pct));
        spider_->setChart(makeSpiderChart(t, sensitivity_.spiderPct));
    }
    if (risk_.ok) {
        const std::size_t site = static_cast<std::size_t>(index - 1);
        const auto& t = index <= 0 || site >= risk_.sites.size() ? risk_.portfolio : risk_.sites[site];
        histogram_->setChart(makeNpvHistogramChart(t));
        sCurve_->setChart(makeRfsSCurveChart(t, runPortfolio_.startMonth, risk_.rfsByMonthIndex));
    } else {
        histogram_->setChart(nullptr);
        sCurve_->setChart(nullptr);
    }
}

std::shared_ptr<const RiskReport> RiskView::riskReport() const {
    if (!risk_.ok || !sensitivity_.ok) return nullptr;
    auto report = std::make_shared<RiskReport>();
    report->sensitivity = sensitivity_;
    report->risk = risk_;
    return report;
}

bool RiskView::writeReportPdf(const QString& path, QString* error) const {
    std::shared_ptr<const RiskReport> report = riskReport();
    if (!report) {
        if (error) *error = tr("Run the risk analysis first.");
        return false;
    }
    // The run's own portfolio and results: the document may have changed since.
    const m2ai::PortfolioResult result = m2ai::computePortfolio(runPortfolio_);
    if (!result.ok) {
        if (error) *error = QString::fromStdString(result.error);
        return false;
    }
    ReportOptions options;
    options.summary = false;
    options.sites = std::vector<int>{};
    options.appendix = false;
    options.risk = report;
    return ReportRenderer(runPortfolio_, result, options).writePdf(path, error);
}

void RiskView::savePdf() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Risk report"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    QString error;
    if (!writeReportPdf(path, &error)) QMessageBox::warning(this, tr("Risk report"), error);
}

void RiskView::syncRunControls() {
    // The project's trials and seed (saved with it) are what Run uses unless changed here.
    const m2ai::RiskInputs& r = doc_->portfolio().risk;
    if (r == shownInputs_) return;
    shownInputs_ = r;
    trials_->setValue(std::clamp(r.trials, trials_->minimum(), trials_->maximum()));
    seed_->setValue(
        static_cast<int>(std::min<std::uint64_t>(r.seed, static_cast<std::uint64_t>(seed_->maximum()))));
}

bool RiskView::applyInputs(const m2ai::RiskInputs& inputs, QString* error) {
    if (inputs == doc_->portfolio().risk) return true;
    const bool ok = doc_->editPortfolio(
        tr("Edit risk inputs"), QStringLiteral("portfolio.risk"),
        [inputs](m2ai::Portfolio& p) { p.risk = inputs; }, error);
    syncRunControls();
    return ok;
}

void RiskView::editInputs() {
    RiskInputsDialog dialog(doc_->portfolio(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!applyInputs(dialog.inputs(), &error)) QMessageBox::warning(this, tr("Risk inputs refused"), error);
    syncRunControls();
}
