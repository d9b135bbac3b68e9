#pragma once
// Hosts charts made by ui/charts in a view. The chart factories build a fresh QChart from every
// result; one of the same structure as the chart shown is copied into it (points, bars, labels,
// ranges) and deleted, any other is swapped in and the old one deleted. (The portfolio charts are
// filled in place without a fresh chart: charts/SiteCharts.h update*Chart, PortfolioView.)
#include <QWidget>

class QChart;
class QChartView;
class QVBoxLayout;

class ChartHost : public QWidget {
    Q_OBJECT
public:
    explicit ChartHost(const QString& name, QWidget* parent = nullptr);
    // Takes ownership of chart (nullptr shows an empty chart). A chart of the same structure as the
    // one shown updates it in place (updateChartInPlace) and is deleted: chart() stays the same
    // object, and an equal one changes nothing to lay out or repaint.
    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* view() const { return view_; }

private:
    QChartView* view_;
};
