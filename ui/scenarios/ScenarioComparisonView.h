#pragma once
// Scenarios side by side (issue 14): a table of the figures an investment committee compares (NPV,
// incremental NPV, equity IRR, first RFS, full capacity, IT MW, GPUs, capex, PUE, CO₂) with one
// column per scenario, for the portfolio or one site, and a chart of NPV per scenario. The numbers
// are core's compareScenarios, which computes the base and every scenario in full — (scenarios + 1)
// portfolio computes, tens of milliseconds for the sample and far more for large portfolios — so it
// always runs on a worker (QtConcurrent). At most one runs; changes during a run queue one more,
// whose result replaces it. While hidden, the view only notes that it is out of date.
#include <QFutureWatcher>
#include <QWidget>

#include "scenarios/ScenarioComparison.h"

class ChartHost;
class ProjectDocument;
class QComboBox;
class QLabel;
class QTableView;
class ScenarioComparisonModel;

class ScenarioComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioComparisonView(ProjectDocument* doc, QWidget* parent = nullptr);
    ~ScenarioComparisonView() override;  // waits for a running comparison

    // Compare now (also while hidden; tests and the report).
    void refresh();
    // Blocks until the newest requested comparison is shown (tests).
    void waitForComparison();
    bool isComputing() const { return delivered_ != started_; }

    ScenarioComparisonModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QComboBox* targetCombo() const { return target_; }
    ChartHost* npvChart() const { return chart_; }
    QLabel* problemsLabel() const { return problems_; }

signals:
    void compared();  // a new comparison is shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    void requestCompare();
    void start();
    void onFinished();
    void showComparison(m2ai::ScenarioComparison comparison);
    void refreshTargets();
    void refreshChart();

    ProjectDocument* doc_;
    ScenarioComparisonModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QComboBox* target_ = nullptr;
    ChartHost* chart_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* problems_ = nullptr;
    QFutureWatcher<m2ai::ScenarioComparison> watcher_;
    bool again_ = false;     // the inputs changed while a comparison was running
    quint64 started_ = 0;    // comparisons started
    quint64 delivered_ = 0;  // … and finished and handled (shown, or superseded by a newer one)
    bool dirty_ = true;      // hidden and out of date
};
