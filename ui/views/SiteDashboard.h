#pragma once
// The current site's results: a KPI strip that is always visible (IT MW, GPUs, annual PUE, RFS,
// capex, NPV, NPV vs mining, incremental IRR, terminal value's share of NPV) and a line of details
// (NPV within the horizon, terminal value, curtailed mining months) above tabs of charts (power,
// schedule, economics) and the infeasibilities and warnings. An infeasible site shows "Infeasible"
// in place of its NPV figures. Everything shown comes from ProjectDocument::siteResult(). While hidden
// behind another page it only marks itself dirty and redraws when shown.
#include <QHash>
#include <QWidget>

class ChartHost;
class GanttWidget;
class ProjectDocument;
class QLabel;
class QListWidget;
class QTabWidget;

class SiteDashboard : public QWidget {
    Q_OBJECT
public:
    enum Kpi {
        ItMw,
        Gpus,
        AnnualPue,
        Rfs,
        Capex,
        Npv,
        IncrementalNpv,
        IncrementalIrr,
        TerminalShare,
        EquityIrr,  // tax and financing (engines/finance/TaxAndDebt)
        MinDscr,
        KpiCount
    };
    explicit SiteDashboard(ProjectDocument* doc, QWidget* parent = nullptr);

    QLabel* kpiLabel(Kpi kpi) const { return kpiValues_[kpi]; }
    QLabel* kpiCaption(Kpi kpi) const { return kpiCaptions_[kpi]; }
    QLabel* detailsLabel() const { return details_; }
    ChartHost* chartHost(const QString& name) const { return charts_.value(name); }
    QListWidget* warningsList() const { return warnings_; }
    QTabWidget* tabs() const { return tabs_; }
    GanttWidget* gantt() const { return gantt_; }

protected:
    // Charts pick their theme from the palette when built: rebuild them when it changes.
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshOrMarkDirty();
    void refreshTab(int tab);
    QWidget* buildKpiStrip();
    ChartHost* addChart(const QString& name);

    ProjectDocument* doc_;
    QLabel* kpiValues_[KpiCount] = {};
    QLabel* kpiCaptions_[KpiCount] = {};
    QLabel* details_ = nullptr;
    QLabel* title_ = nullptr;
    QHash<QString, ChartHost*> charts_;
    GanttWidget* gantt_ = nullptr;
    QListWidget* warnings_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    bool dirty_ = false;  // results changed while hidden
    static constexpr int kTabCount = 5;
    bool tabDirty_[kTabCount] = {true, true, true, true, true};  // a tab's charts wait for it to be shown
};
