#pragma once
// Hosts charts made by ui/charts in a view and swaps them on every recompute (the chart factories
// build a fresh QChart from a result; the old one is deleted here).
#include <QWidget>

class QChart;
class QChartView;
class QVBoxLayout;

class ChartHost : public QWidget {
    Q_OBJECT
public:
    explicit ChartHost(const QString& name, QWidget* parent = nullptr);
    // Takes ownership of chart (nullptr shows an empty chart). A chart equal to the one shown
    // (sameChart) is deleted and the shown one kept: nothing to lay out or repaint.
    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* view() const { return view_; }

private:
    QChartView* view_;
};
