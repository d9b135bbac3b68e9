#pragma once
// The NPV / incremental-NPV bar pair that the portfolio's NPV-by-site chart and the scenario
// comparison both draw: two bar sets in the project's colours, one category per bar group, and a
// USD M axis padded around the bars and zero. One place, so the two charts keep the same look.
#include <QString>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

class NpvBars {
public:
    // npvName / incrementalName: the legend entries (each chart keeps its own, stable names).
    NpvBars(const QString& npvName, const QString& incrementalName);
    NpvBars(const NpvBars&) = delete;
    NpvBars& operator=(const NpvBars&) = delete;
    ~NpvBars();  // deletes the sets and the axis unless attachTo handed them to a chart

    // One group of bars, in USD (drawn in USD millions).
    void append(double npvUsd, double incrementalNpvUsd, const QString& category);
    // An empty group (an infeasible plan's NPV is not a figure: the category says why).
    void appendEmpty(const QString& category);
    // Adds the grouped bar series to chart with the categories below and the USD M axis on the left;
    // the chart then owns everything. Call once.
    void attachTo(QChart* chart);
    // Copies the bars, categories and axis range into shown, a chart whose bars attachTo made
    // (one bar series of the two sets, categories below, USD M on the left), without building
    // anything Qt draws. False, and shown untouched, for a chart of any other structure.
    bool updateInPlace(QChart* shown) const;

private:
    QValueAxis* usdAxis() const;  // detached: the range, padded and rounded
    void colour();                // NPV blue, increment green, whatever the chart theme

    QBarSet* npv_;
    QBarSet* incremental_;
    QBarCategoryAxis* categories_;
    double loM_ = 0.0;
    double hiM_ = 0.0;
    bool attached_ = false;
};
