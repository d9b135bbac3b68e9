#pragma once
// One row per site plus a final "Total" row; numbers from the last PortfolioResult. Qt::DisplayRole
// gives formatted text with units, SortRole the raw number. An infeasible site shows "Infeasible" in
// place of its NPV figures (tooltip: why) and the Total row says how many sites it leaves out. Name and grid
// MW are editable in place; the edit goes through ProjectDocument (validated, undoable) like every other
// edit.
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <vector>

class ProjectDocument;

class PortfolioTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Country,
        Business,
        ConvertedShare,
        GridMw,           // today's interconnect (editable)
        GridWithQueueMw,  // today + queued upgrade: what IT MW is sized against
        ItMw,
        Gpus,
        AnnualPue,
        Rfs,
        Capex,
        GpuPurchase,         // owned GPUs (GPU cloud), apart from the facility
        FacilityUsdPerMwIt,  // facility capex ÷ IT MW, GPUs excluded
        Npv,                 // "Infeasible" for an infeasible site (SortRole: below every figure)
        IncrementalNpv,      // likewise
        IncrementalIrr,
        Irr,      // the converting plan's own IRR (optional column)
        Payback,  // first month the cumulative net is >= 0 (optional column)
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IsTotalRole = Qt::UserRole + 2;

    explicit PortfolioTableModel(ProjectDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int totalRow() const { return rows_; }

    // A block pasted from a spreadsheet: one text per (site row, column). Every cell is checked
    // first (an input column, a number in range, no new validation problem) and the block is applied
    // as one undo step, or not at all: false and *error names every refused cell by its label,
    // site and allowed range.
    struct PasteCell {
        int row = 0;
        int column = 0;
        QString text;
    };
    bool pasteCells(const std::vector<PasteCell>& cells, QString* error);

private:
    QVariant siteValue(int row, int column, int role) const;
    QVariant totalValue(int column, int role) const;
    void reset();
    void totalChanged();
    int documentRow(int row) const;  // -1: the row being removed

    ProjectDocument* doc_;
    int rows_ = 0;             // site rows, cached so row counts change only inside begin/end
    int totalLabelSites_ = 0;  // the count the Total row's label shows
    int pendingInsert_ = -1;   // row being inserted, between beginInsertRows and its end
    int pendingRemove_ = -1;   // row being removed, between beginRemoveRows and its end
};

// Sorting that keeps the Total row at the bottom whatever the order. The portfolio view shows the
// sites in one view and the Total row in a second one pinned below it (always visible however many
// sites scroll above), each through a proxy that keeps only its rows.
class PortfolioSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Rows { All, SitesOnly, TotalOnly };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setRows(Rows rows);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Rows rows_ = Rows::All;
};
