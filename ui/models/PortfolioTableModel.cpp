#include "models/PortfolioTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <limits>
#include <map>
#include <unordered_set>

#include "app/FieldLabels.h"
#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "import/AllOrNothing.h"
#include "import/TableClipboard.h"
#include "util/Format.h"
#include "util/PlainText.h"
#include "validation/Validation.h"

PortfolioTableModel::PortfolioTableModel(ProjectDocument* doc, QObject* parent)
    : QAbstractTableModel(parent), doc_(doc), rows_(doc->siteCount()), totalLabelSites_(rows_) {
    connect(doc_, &ProjectDocument::projectReset, this, &PortfolioTableModel::reset);
    // Row changes by what changed: a reset would make the view (and the sort proxy) rebuild every
    // row of a 10,000-site table and lose the selection.
    connect(doc_, &ProjectDocument::siteInserted, this, [this](int row) {
        if (row < 0 || row > rows_ || doc_->siteCount() != rows_ + 1) return reset();
        // The document already holds the new site: until the view knows, serve the old rows.
        pendingInsert_ = row;
        beginInsertRows({}, row, row);
        pendingInsert_ = -1;
        rows_ = doc_->siteCount();
        endInsertRows();
        totalChanged();
    });
    connect(doc_, &ProjectDocument::siteRemoved, this, [this](int row) {
        if (row < 0 || row >= rows_ || doc_->siteCount() != rows_ - 1) return reset();
        pendingRemove_ = row;
        beginRemoveRows({}, row, row);
        pendingRemove_ = -1;
        rows_ = doc_->siteCount();
        endRemoveRows();
        totalChanged();
    });
    connect(doc_, &ProjectDocument::siteChanged, this, [this](int row) {
        if (row < rows_) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(doc_, &ProjectDocument::resultChanged, this, [this] {
        const int changed = doc_->changedResultSite();
        if (changed >= 0 && changed < rows_) {
            // One site recomputed: its row and the Total row.
            emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
            emit dataChanged(index(rows_, 0), index(rows_, ColumnCount - 1));
            return;
        }
        if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void PortfolioTableModel::reset() {
    beginResetModel();
    rows_ = doc_->siteCount();
    totalLabelSites_ = rows_;
    endResetModel();
}

void PortfolioTableModel::totalChanged() {
    // The Total row keeps its label through the row insertion (views and proxies expect the rows
    // around an insertion unchanged), then changes like any other data.
    totalLabelSites_ = rows_;
    emit dataChanged(index(rows_, 0), index(rows_, ColumnCount - 1));
}

int PortfolioTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_ + 1;
}
int PortfolioTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
            case Name:
                return tr("Site");
            case Country:
                return tr("Country");
            case Business:
                return tr("Business");
            case ConvertedShare:
                return tr("Converted");
            case GridMw:
                return tr("Grid today");
            case GridWithQueueMw:
                return tr("Grid with queue");
            case ItMw:
                return tr("IT MW");
            case Gpus:
                return tr("GPUs");
            case AnnualPue:
                return tr("Annual PUE");
            case Rfs:
                return tr("RFS");
            case Capex:
                return tr("Capex");
            case GpuPurchase:
                return tr("GPU purchase");
            case FacilityUsdPerMwIt:
                return tr("Facility per MW IT");
            case Npv:
                return tr("NPV");
            case IncrementalNpv:
                return tr("NPV vs mining");
            case IncrementalIrr:
                return tr("Incremental IRR");
            case Irr:
                return tr("IRR");
            case Payback:
                return tr("Payback");
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Business:
                return tr("How the AI hall earns: colocation lease or GPU cloud");
            case ConvertedShare:
                return tr("Share of the grid (with the queue) given to the AI hall; the rest keeps mining");
            case GridMw:
                return tr("Grid interconnect available today");
            case GridWithQueueMw:
                return tr("Grid interconnect today plus the queued upgrade, when there is one");
            case ItMw:
                return tr("Critical IT load the power chain and grid (with the queue) allow");
            case AnnualPue:
                return tr("Energy-weighted power usage effectiveness over the year");
            case Rfs:
                return tr("First full month in service (critical path of the schedule)");
            case Capex:
                return tr("Conversion capex: facility (with contingency) + GPU purchase − ASIC resale");
            case GpuPurchase:
                return tr("Owned GPUs of a GPU cloud, first fleet (vendor price, no contingency)");
            case FacilityUsdPerMwIt:
                return tr("Facility capex per MW of IT, GPUs excluded");
            case Npv:
                return tr("Net present value of converting, over the portfolio horizon");
            case IncrementalNpv:
                return tr("NPV of converting minus NPV of keeping the whole site mining");
            case IncrementalIrr:
                return tr(
                    "Incremental IRR vs keep mining: the IRR of converting's monthly net minus "
                    "keep-mining's");
            case Irr:
                return tr("IRR of the converting plan's own monthly net, before tax, unlevered");
            case Payback:
                return tr("First month the converting plan's cumulative net cash is positive");
            default:
                return {};
        }
    }
    return {};
}

Qt::ItemFlags PortfolioTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() < rows_ && (index.column() == Name || index.column() == GridMw)) f |= Qt::ItemIsEditable;
    return f;
}

QVariant PortfolioTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() > rows_ || index.column() >= ColumnCount)
        return {};
    const bool total = index.row() == rows_;
    if (role == IsTotalRole) return total;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() <= Country ? Qt::AlignLeft | Qt::AlignVCenter
                                                             : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont f = QApplication::font();
        f.setBold(true);
        return f;
    }
    if (total) return totalValue(index.column(), role);
    const int row = documentRow(index.row());
    return row < 0 ? QVariant() : siteValue(row, index.column(), role);
}

int PortfolioTableModel::documentRow(int row) const {
    // Inside begin/end of a row insertion or removal the model still has the old rows while the
    // document already has the new sites.
    if (pendingInsert_ >= 0 && row >= pendingInsert_) return row + 1;
    if (pendingRemove_ >= 0 && row >= pendingRemove_) return row == pendingRemove_ ? -1 : row - 1;
    return row;
}

QVariant PortfolioTableModel::siteValue(int row, int column, int role) const {
    if (row >= doc_->siteCount()) return {};
    const m2ai::Site& site = doc_->portfolio().sites[static_cast<size_t>(row)];
    if (role == Qt::EditRole) {
        if (column == Name) return Format::qs(site.name);
        if (column == GridMw) return site.gridInterconnectMw;
        return {};
    }
    const m2ai::SiteResult* r = doc_->siteResult(row);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortRole) {
        if (role == Qt::ForegroundRole && r && !r->feasible &&
            (column == Npv || column == IncrementalNpv || column == IncrementalIrr || column == Irr ||
             column == Payback))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (role == Qt::ToolTipRole && r && (!r->warnings.empty() || !r->feasible)) {
            QStringList lines;
            if (!r->feasible) lines << Format::infeasibleTooltip(*r);
            for (const auto& w : r->warnings) lines << ProblemText::warning(w);
            return PlainText::plainTextForAutoDetect(lines.join(QLatin1Char('\n')));
        }
        return {};
    }
    switch (column) {
        case Name:
            return Format::qs(site.name);
        case Country:
            return Format::qs(site.country);
        case Business:
            return Format::businessModelName(site.plan.business.model);
        case ConvertedShare:
            return display ? QVariant(Format::percent(site.plan.convertedSharePct, 0))
                           : QVariant(site.plan.convertedSharePct);
        case GridMw:
            return display ? QVariant(Format::mw(site.gridInterconnectMw))
                           : QVariant(site.gridInterconnectMw);
        default:
            break;
    }
    if (!r) return display ? QVariant(tr("…")) : QVariant();
    const m2ai::YearMonth start = doc_->portfolio().startMonth;
    // An infeasible plan's NPV is not a figure: shown as "Infeasible", sorted below every figure.
    if (!r->feasible && (column == Npv || column == IncrementalNpv || column == IncrementalIrr ||
                         column == Irr || column == Payback))
        return display ? QVariant(Format::infeasible()) : QVariant(-std::numeric_limits<double>::max());
    switch (column) {
        case GridWithQueueMw:
            return display ? QVariant(Format::mw(r->power.gridWithQueueMw))
                           : QVariant(r->power.gridWithQueueMw);
        case ItMw:
            return display ? QVariant(Format::mw(r->power.itMw)) : QVariant(r->power.itMw);
        case Gpus:
            return display ? QVariant(Format::count(r->power.gpus)) : QVariant(r->power.gpus);
        case AnnualPue:
            return display ? QVariant(Format::pue(r->power.pue.annual)) : QVariant(r->power.pue.annual);
        case Rfs:
            return display ? QVariant(Format::yearMonth(start.plusMonths(r->schedule.rfsMonthIndex)))
                           : QVariant(r->schedule.rfsMonthIndex);
        case Capex:
            return display ? QVariant(Format::usdMillions(r->economics.capexUsd))
                           : QVariant(r->economics.capexUsd);
        case GpuPurchase:
            return display ? QVariant(Format::usdMillions(r->economics.gpuPurchaseUsd))
                           : QVariant(r->economics.gpuPurchaseUsd);
        case FacilityUsdPerMwIt:
            return display ? QVariant(Format::usdMillions(r->economics.facilityCapexUsdPerMwIt))
                           : QVariant(r->economics.facilityCapexUsdPerMwIt);
        case Npv:
            return display ? QVariant(Format::usdMillions(r->economics.npvUsd))
                           : QVariant(r->economics.npvUsd);
        case IncrementalNpv:
            return display ? QVariant(Format::usdMillions(r->economics.incrementalNpvUsd))
                           : QVariant(r->economics.incrementalNpvUsd);
        case IncrementalIrr:
            if (display) return Format::irr(r->economics.incrementalIrr);
            return r->economics.incrementalIrr ? QVariant(*r->economics.incrementalIrr)
                                               : QVariant(-std::numeric_limits<double>::max() / 2);
        case Irr:
            if (display) return Format::irr(r->economics.convertingIrr);
            return r->economics.convertingIrr ? QVariant(*r->economics.convertingIrr)
                                              : QVariant(-std::numeric_limits<double>::max() / 2);
        case Payback:
            // Never paying back sorts after every month.
            if (display)
                return r->economics.paybackMonthIndex
                           ? QVariant(Format::yearMonth(start.plusMonths(*r->economics.paybackMonthIndex)))
                           : QVariant(tr("—"));
            return r->economics.paybackMonthIndex ? QVariant(*r->economics.paybackMonthIndex)
                                                  : QVariant(std::numeric_limits<int>::max());
        default:
            return {};
    }
}

QVariant PortfolioTableModel::totalValue(int column, int role) const {
    if (role == Qt::ToolTipRole && column == Name) {
        const m2ai::PortfolioResult& res = doc_->result();
        if (res.sites.size() != static_cast<size_t>(doc_->siteCount())) return {};
        return tr("Totals over feasible sites: %1")
            .arg(Format::siteCountWithInfeasible(rows_, res.infeasibleSiteCount));
    }
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool display = role == Qt::DisplayRole;
    const m2ai::PortfolioResult& r = doc_->result();
    const bool fresh = r.sites.size() == static_cast<size_t>(doc_->siteCount());
    switch (column) {
        case Name:
            // Core's totals leave infeasible sites out; say so where the totals are read.
            if (fresh && r.infeasibleSiteCount > 0)
                return tr("Total (%1 sites, %2 infeasible excluded)")
                    .arg(Format::count(totalLabelSites_), Format::count(r.infeasibleSiteCount));
            return tr("Total (%Ln sites)", nullptr, totalLabelSites_);
        case Country:
            return QString();
        case GridMw:
            return fresh ? (display ? QVariant(Format::mw(r.gridMw)) : QVariant(r.gridMw)) : QVariant();
        case ItMw:
            return fresh ? (display ? QVariant(Format::mw(r.itMw)) : QVariant(r.itMw)) : QVariant();
        case Gpus:
            return fresh ? (display ? QVariant(Format::count(r.gpus)) : QVariant(r.gpus)) : QVariant();
        case Capex:
            return fresh ? (display ? QVariant(Format::usdMillions(r.capexUsd)) : QVariant(r.capexUsd))
                         : QVariant();
        case GpuPurchase:
        case FacilityUsdPerMwIt: {
            if (!fresh) return QVariant();
            // Over feasible sites, like core's totals.
            double gpusUsd = 0.0, facilityUsd = 0.0, itMw = 0.0;
            for (const m2ai::SiteResult& s : r.sites) {
                if (!s.feasible) continue;
                gpusUsd += s.economics.gpuPurchaseUsd;
                facilityUsd += s.economics.facilityCapexUsd;
                itMw += s.power.itMw;
            }
            const double v = column == GpuPurchase ? gpusUsd : (itMw > 0.0 ? facilityUsd / itMw : 0.0);
            return display ? QVariant(Format::usdMillions(v)) : QVariant(v);
        }
        case Npv:
            return fresh ? (display ? QVariant(Format::usdMillions(r.npvUsd)) : QVariant(r.npvUsd))
                         : QVariant();
        case IncrementalNpv:
            return fresh ? (display ? QVariant(Format::usdMillions(r.incrementalNpvUsd))
                                    : QVariant(r.incrementalNpvUsd))
                         : QVariant();
        default:
            return QString();  // PUE and RFS do not add up across sites
    }
}

bool PortfolioTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rows_) return false;
    const int row = index.row();
    if (index.column() == Name) {
        const std::string name = value.toString().trimmed().toStdString();
        return doc_->editSite(row, tr("Rename site"), QStringLiteral("name"),
                              [&](m2ai::Site& s) { s.name = name; });
    }
    if (index.column() == GridMw) {
        bool ok = false;
        const double mw = value.toDouble(&ok);
        if (!ok) return false;
        return doc_->editSite(row, tr("Change grid interconnect"), QStringLiteral("gridInterconnectMw"),
                              [&](m2ai::Site& s) { s.gridInterconnectMw = mw; });
    }
    return false;
}

bool PortfolioTableModel::pasteCells(const std::vector<PasteCell>& cells, QString* error) {
    QStringList refused;
    // The edited sites, by row, each with every pasted cell applied.
    std::map<int, m2ai::Site> edited;
    for (const PasteCell& cell : cells) {
        if (cell.row < 0 || cell.row >= rows_) {
            refused << tr("the Total row is computed");
            continue;
        }
        const m2ai::Site& original = doc_->portfolio().sites[static_cast<std::size_t>(cell.row)];
        auto [it, inserted] = edited.try_emplace(cell.row, original);
        m2ai::Site& site = it->second;
        const QString header = headerData(cell.column, Qt::Horizontal).toString();
        if (cell.column == Name) {
            site.name = cell.text.trimmed().toStdString();
        } else if (cell.column == GridMw) {
            const std::optional<double> mw = TableClipboard::parseNumber(cell.text);
            if (!mw) {
                const m2ai::FieldRange* range = m2ai::fieldRange("gridInterconnectMw");
                refused << tr("%1, %2: \"%3\" is not a number (allowed %4 – %5 %6)")
                               .arg(FieldLabels::label(QStringLiteral("gridInterconnectMw")),
                                    Format::qs(original.name), cell.text)
                               .arg(range ? range->min : 0.0)
                               .arg(range ? range->max : 0.0)
                               .arg(range ? Format::qs(range->unit) : QString());
                continue;
            }
            site.gridInterconnectMw = *mw;
        } else {
            refused << tr("%1, %2: computed, not an input (paste into Site or Grid today)")
                           .arg(header, Format::qs(original.name));
        }
    }
    if (refused.isEmpty() && !edited.empty()) {
        // Validate the portfolio as it would be: refused if it adds any problem (ranges, unique
        // names), exactly what a single edit is checked against.
        m2ai::Portfolio after = doc_->portfolio();
        for (const auto& [row, site] : edited) after.sites[static_cast<std::size_t>(row)] = site;
        std::unordered_set<std::string> before;
        for (const m2ai::Problem& p : doc_->problems()) before.insert(p.toString());
        for (const m2ai::Problem& p : m2ai::validate(after))
            if (!before.count(p.toString()))
                refused << FieldLabels::humanize(ProblemText::problem(p), doc_->portfolio());
    }
    if (!refused.isEmpty()) {
        if (error) *error = tr("Paste refused, nothing changed: %1").arg(refused.join(QStringLiteral("; ")));
        return false;
    }
    QUndoStack* stack = doc_->undoStack();
    const int indexBefore = stack->index();
    stack->beginMacro(tr("Paste %n cell(s)", nullptr, static_cast<int>(cells.size())));
    QString why;
    bool ok = true;
    for (const auto& [row, site] : edited) {
        const m2ai::Site value = site;
        ok = doc_->editSite(
            row, tr("Paste"), QStringLiteral("paste"), [&value](m2ai::Site& s) { s = value; }, &why);
        if (!ok) break;
    }
    stack->endMacro();
    if (!ok) {
        // A name swap between two pasted rows passes as a block but not one site at a time.
        AllOrNothing::rollBack(stack, indexBefore);
        if (error)
            *error =
                tr("Paste refused, nothing changed: %1").arg(FieldLabels::humanize(why, doc_->portfolio()));
        return false;
    }
    return true;
}

bool PortfolioSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const bool lt = left.data(PortfolioTableModel::IsTotalRole).toBool();
    const bool rt = right.data(PortfolioTableModel::IsTotalRole).toBool();
    if (lt || rt) {
        // The Total row sorts last in ascending order and first in descending, i.e. always at the
        // bottom of the view.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (lt && rt) return false;
        return ascending ? rt : lt;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void PortfolioSortProxy::setRows(Rows rows) {
    rows_ = rows;
    invalidateFilter();
}

bool PortfolioSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (rows_ == Rows::All) return true;
    const auto* model = qobject_cast<const PortfolioTableModel*>(sourceModel());
    // Without the source's row count at hand, ask the row itself.
    const bool total = model ? sourceRow == model->totalRow()
                             : sourceModel()
                                   ->index(sourceRow, 0, sourceParent)
                                   .data(PortfolioTableModel::IsTotalRole)
                                   .toBool();
    return rows_ == Rows::TotalOnly ? total : !total;
}
