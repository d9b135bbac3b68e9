#pragma once
// The portfolio at a glance: settings (name, start month, discount rate, horizon), the sortable
// site table with its Total row, and the two portfolio charts (capacity online, NPV by site).
#include <QWidget>

class ChartHost;
class PortfolioSortProxy;
class PortfolioTableModel;
class ProjectDocument;
class QSplitter;
class QTableView;

class PortfolioView : public QWidget {
    Q_OBJECT
public:
    explicit PortfolioView(ProjectDocument* doc, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    // The Total row, pinned below the site rows so that it stays visible however many sites.
    QTableView* totalTable() const { return totalTable_; }
    PortfolioSortProxy* proxy() const { return proxy_; }
    // Columns shown by default at 1280 px; the others (business model, IRR, payback, …) are one
    // right-click on the header away.
    static bool shownByDefault(int column);
    void setColumnShown(int column, bool shown);
    // A tab-separated block pasted at the current cell (visible columns from there): one undo step
    // or nothing. False and *error (refused cells by label, site and range) otherwise.
    bool pasteTsv(const QString& text, QString* error);
    PortfolioTableModel* model() const { return model_; }
    ChartHost* capacityChart() const { return capacity_; }
    ChartHost* npvChart() const { return npv_; }

signals:
    void siteActivated(int siteIndex);  // double-click or Enter on any cell: open the site view
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Charts pick their theme from the palette when built: rebuild them when it changes.
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildSettings();
    void buildTotalTable();
    void spanTotalLabel();
    void sizeSplit();  // once, when first shown
    void keepNamesReadable();
    void showHeaderMenu(const QPoint& pos);
    void refreshCharts();
    void refreshChartsOrMarkDirty();

    ProjectDocument* doc_;
    PortfolioTableModel* model_;
    PortfolioSortProxy* proxy_;
    PortfolioSortProxy* totalProxy_;
    QTableView* totalTable_ = nullptr;
    QTableView* table_ = nullptr;
    ChartHost* capacity_ = nullptr;
    ChartHost* npv_ = nullptr;
    QSplitter* split_ = nullptr;
    bool splitSized_ = false;
    bool chartsDirty_ = false;  // results changed while hidden
    // Columns are fitted to the first results after a load, not to every full recompute: fitting
    // measures up to 1,000 rows of every column (~QHeaderView::resizeContentsPrecision).
    bool fitColumnsPending_ = true;
};
