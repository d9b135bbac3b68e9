#pragma once
// The portfolio at a glance: settings (name, start month, discount rate, horizon), the sortable
// site table with its Total row, and the two portfolio charts (capacity online, NPV by site).
#include <QWidget>

class ChartHost;
class PortfolioSortProxy;
class PortfolioTableModel;
class ProjectDocument;
class QTableView;

class PortfolioView : public QWidget {
    Q_OBJECT
public:
    explicit PortfolioView(ProjectDocument* doc, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    PortfolioTableModel* model() const { return model_; }
    ChartHost* capacityChart() const { return capacity_; }
    ChartHost* npvChart() const { return npv_; }

signals:
    void siteActivated(int siteIndex);  // double-click: open the site view
    void message(const QString& text);

protected:
    // Charts pick their theme from the palette when built: rebuild them when it changes.
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildSettings();
    void refreshCharts();
    void refreshChartsOrMarkDirty();

    ProjectDocument* doc_;
    PortfolioTableModel* model_;
    PortfolioSortProxy* proxy_;
    QTableView* table_ = nullptr;
    ChartHost* capacity_ = nullptr;
    ChartHost* npv_ = nullptr;
    bool chartsDirty_ = false;  // results changed while hidden
    // Columns are fitted to the first results after a load, not to every full recompute: fitting
    // measures up to 1,000 rows of every column (~QHeaderView::resizeContentsPrecision).
    bool fitColumnsPending_ = true;
};
