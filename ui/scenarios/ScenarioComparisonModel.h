#pragma once
// The scenario comparison as a table: one row per figure, one column per scenario (the base first),
// for the portfolio or one site. Every number is a field of core's ScenarioComparison
// (scenarios/ScenarioComparison.h); this model only formats it. Qt::UserRole gives the number itself
// (USD, MW, months from the start, …) or an invalid QVariant where core has none.
#include <QAbstractTableModel>

#include "model/YearMonth.h"
#include "scenarios/ScenarioComparison.h"

class ScenarioComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Rows (the columns are the scenarios, so the figures are the enum here).
    enum Figure {
        Npv,
        IncrementalNpv,
        EquityIrr,
        FirstRfs,
        FullCapacity,
        ItMw,
        Gpus,
        Capex,
        Pue,
        Co2,
        FigureCount
    };
    explicit ScenarioComparisonModel(QObject* parent = nullptr);

    // start names the months; target -1 = the portfolio, else a site index of the comparison.
    void setComparison(m2ai::ScenarioComparison comparison, m2ai::YearMonth start);
    void setTarget(int target);
    int target() const { return target_; }
    const m2ai::ScenarioComparison& comparison() const { return comparison_; }
    // The figures shown in column (scenario) col, or nullptr.
    const m2ai::ScenarioFigures* figures(int col) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString figureName(Figure figure);
    // The figure as the table shows it ("USD 123.4 M", "Mar 2028", "—").
    static QString text(const m2ai::ScenarioFigures& f, Figure figure, m2ai::YearMonth start, bool site);
    static QVariant value(const m2ai::ScenarioFigures& f, Figure figure);

private:
    m2ai::ScenarioComparison comparison_;
    m2ai::YearMonth start_;
    int target_ = -1;
};
