#include "scenarios/ScenarioComparisonView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/CoreErrorText.h"
#include "app/FieldLabels.h"
#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "scenarios/ScenarioCharts.h"
#include "scenarios/ScenarioComparisonModel.h"
#include "scenarios/ScenarioFields.h"
#include "views/ChartHost.h"

ScenarioComparisonView::ScenarioComparisonView(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent), doc_(doc) {
    setObjectName(QStringLiteral("scenarioComparisonView"));
    model_ = new ScenarioComparisonModel(this);
    target_ = new QComboBox;
    target_->setObjectName(QStringLiteral("scenarioComparisonTarget"));
    target_->setMinimumContentsLength(18);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("scenarioComparisonStatus"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Scenarios side by side for")));
    controls->addWidget(target_);
    controls->addWidget(status_, 1);

    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("scenarioComparisonTable"));
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setMinimumSectionSize(110);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setWordWrap(false);
    // As tall as its ten rows, so the chart gets the rest of the page.
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    problems_ = new QLabel;
    problems_->setObjectName(QStringLiteral("scenarioComparisonProblems"));
    problems_->setWordWrap(true);
    problems_->setTextFormat(Qt::PlainText);
    chart_ = new ChartHost(QStringLiteral("scenarioNpvChart"));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(table_);
    topLayout->addWidget(problems_);
    topLayout->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(chart_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(target_, &QComboBox::currentIndexChanged, this, [this](int i) {
        model_->setTarget(i - 1);
        refreshChart();
    });
    connect(&watcher_, &QFutureWatcher<m2ai::ScenarioComparison>::finished, this,
            &ScenarioComparisonView::onFinished);
    // The base's results and the scenarios both change what is compared.
    connect(doc_, &ProjectDocument::resultChanged, this, &ScenarioComparisonView::requestCompare);
    connect(doc_, &ProjectDocument::scenariosChanged, this, &ScenarioComparisonView::requestCompare);
    connect(doc_, &ProjectDocument::projectReset, this, &ScenarioComparisonView::requestCompare);
}

ScenarioComparisonView::~ScenarioComparisonView() {
    watcher_.waitForFinished();
}

void ScenarioComparisonView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_) refresh();
}

void ScenarioComparisonView::requestCompare() {
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    refresh();
}

void ScenarioComparisonView::refresh() {
    dirty_ = false;
    if (watcher_.isRunning()) {
        again_ = true;
        return;
    }
    start();
}

void ScenarioComparisonView::start() {
    again_ = false;
    ++started_;
    status_->setText(tr("Computing every scenario…"));
    // The worker compares a copy: the document may change meanwhile (then again_ asks for another).
    watcher_.setFuture(
        QtConcurrent::run([portfolio = doc_->portfolio()] { return m2ai::compareScenarios(portfolio); }));
}

void ScenarioComparisonView::onFinished() {
    // waitForComparison() may have handled this one already; the queued signal then finds nothing.
    if (delivered_ == started_ || !watcher_.isFinished()) return;
    delivered_ = started_;
    if (again_) {
        start();  // this result is of inputs that changed since
        return;
    }
    showComparison(watcher_.result());
}

void ScenarioComparisonView::waitForComparison() {
    while (delivered_ != started_) {
        watcher_.waitForFinished();
        onFinished();  // delivers it now rather than on the next event loop turn
    }
}

void ScenarioComparisonView::showComparison(m2ai::ScenarioComparison comparison) {
    const auto& portfolio = doc_->portfolio();
    if (!comparison.ok) {
        status_->setText(
            tr("Cannot compare: %1")
                .arg(FieldLabels::humanize(
                    CoreErrorText::message(comparison.errorMessage, comparison.problems, comparison.error),
                    portfolio)));
    } else if (comparison.outcomes.size() <= 1) {
        status_->setText(tr("No scenarios yet: add them in the Scenarios dock (View ▸ Scenarios)."));
    } else {
        status_->setText(
            tr("Base and %n scenario(s)", nullptr, static_cast<int>(comparison.outcomes.size() - 1)));
    }
    QStringList notes;
    for (const m2ai::ScenarioOutcome& o : comparison.outcomes)
        for (const m2ai::Problem& p : o.problems)
            notes << tr("%1: %2").arg(ScenarioFields::outcomeName(o),
                                      ScenarioFields::humanize(ProblemText::problemMessage(p).toStdString()));
    problems_->setText(notes.isEmpty() ? QString() : tr("⚠ %1").arg(notes.join(QStringLiteral("\n⚠ "))));
    problems_->setVisible(!notes.isEmpty());
    model_->setComparison(std::move(comparison), portfolio.startMonth);
    refreshTargets();
    refreshChart();
    emit compared();
}

void ScenarioComparisonView::refreshTargets() {
    const QSignalBlocker block(target_);
    const QString keep = target_->currentText();
    target_->clear();
    target_->addItem(tr("Portfolio"));
    for (const std::string& name : model_->comparison().siteNames)
        target_->addItem(QString::fromStdString(name));
    const int at = target_->findText(keep);
    target_->setCurrentIndex(at >= 0 ? at : 0);
    model_->setTarget(target_->currentIndex() - 1);
}

void ScenarioComparisonView::refreshChart() {
    chart_->setChart(model_->comparison().ok ? makeScenarioNpvChart(model_->comparison(), model_->target())
                                             : nullptr);
}
