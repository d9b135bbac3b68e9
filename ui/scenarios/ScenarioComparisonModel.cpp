#include "scenarios/ScenarioComparisonModel.h"

#include <QFont>

#include "scenarios/ScenarioFields.h"
#include "util/Format.h"

ScenarioComparisonModel::ScenarioComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioComparisonModel::setComparison(m2ai::ScenarioComparison comparison, m2ai::YearMonth start) {
    beginResetModel();
    comparison_ = std::move(comparison);
    start_ = start;
    if (target_ >= static_cast<int>(comparison_.siteNames.size())) target_ = -1;
    endResetModel();
}

void ScenarioComparisonModel::setTarget(int target) {
    if (target == target_) return;
    beginResetModel();
    target_ = target >= 0 && target < static_cast<int>(comparison_.siteNames.size()) ? target : -1;
    endResetModel();
}

const m2ai::ScenarioFigures* ScenarioComparisonModel::figures(int col) const {
    if (col < 0 || col >= static_cast<int>(comparison_.outcomes.size())) return nullptr;
    const m2ai::ScenarioOutcome& o = comparison_.outcomes[static_cast<std::size_t>(col)];
    if (target_ < 0) return &o.portfolio;
    if (static_cast<std::size_t>(target_) >= o.sites.size()) return nullptr;
    return &o.sites[static_cast<std::size_t>(target_)];
}

int ScenarioComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FigureCount;
}

int ScenarioComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(comparison_.outcomes.size());
}

QString ScenarioComparisonModel::figureName(Figure figure) {
    switch (figure) {
        case Npv:
            return tr("NPV, converting");
        case IncrementalNpv:
            return tr("Incremental NPV vs keep mining");
        case EquityIrr:
            return tr("Equity IRR");
        case FirstRfs:
            return tr("First ready for service");
        case FullCapacity:
            return tr("Full capacity");
        case ItMw:
            return tr("IT load");
        case Gpus:
            return tr("GPUs");
        case Capex:
            return tr("Capex");
        case Pue:
            return tr("PUE (annual)");
        case Co2:
            return tr("CO₂ (t/year)");
        case FigureCount:
            break;
    }
    return {};
}

QVariant ScenarioComparisonModel::value(const m2ai::ScenarioFigures& f, Figure figure) {
    switch (figure) {
        case Npv:
            return f.npvUsd;
        case IncrementalNpv:
            return f.incrementalNpvUsd;
        case EquityIrr:
            return f.equityIrr ? QVariant(*f.equityIrr) : QVariant();
        case FirstRfs:
            return f.firstRfsMonthIndex ? QVariant(*f.firstRfsMonthIndex) : QVariant();
        case FullCapacity:
            return f.fullCapacityMonthIndex ? QVariant(*f.fullCapacityMonthIndex) : QVariant();
        case ItMw:
            return f.itMw;
        case Gpus:
            return static_cast<qlonglong>(f.gpus);
        case Capex:
            return f.capexUsd;
        case Pue:
            return f.pue ? QVariant(*f.pue) : QVariant();
        case Co2:
            return f.co2TonnesPerYear;
        case FigureCount:
            break;
    }
    return {};
}

QString ScenarioComparisonModel::text(const m2ai::ScenarioFigures& f, Figure figure, m2ai::YearMonth start,
                                      bool site) {
    // An infeasible site's money figures are not figures (Format::infeasible, as in the other views).
    const bool money = figure == Npv || figure == IncrementalNpv || figure == EquityIrr;
    if (site && !f.feasible && money) return Format::infeasible();
    switch (figure) {
        case Npv:
            return Format::usdMillions(f.npvUsd);
        case IncrementalNpv:
            return Format::usdMillions(f.incrementalNpvUsd);
        case EquityIrr:
            return Format::irr(f.equityIrr);
        case FirstRfs:
            return f.firstRfsMonthIndex ? Format::yearMonth(start.plusMonths(*f.firstRfsMonthIndex))
                                        : QStringLiteral("—");
        case FullCapacity:
            return Format::optionalMonthIndex(start, f.fullCapacityMonthIndex);
        case ItMw:
            return Format::mw(f.itMw);
        case Gpus:
            return Format::count(f.gpus);
        case Capex:
            return Format::usdMillions(f.capexUsd);
        case Pue:
            return f.pue ? Format::pue(*f.pue) : QStringLiteral("—");
        case Co2:
            return Format::number(f.co2TonnesPerYear, 0);
        case FigureCount:
            break;
    }
    return {};
}

QVariant ScenarioComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const m2ai::ScenarioFigures* f = figures(index.column());
    if (!f) return {};
    const auto figure = static_cast<Figure>(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return text(*f, figure, start_, target_ >= 0);
        case Qt::UserRole:
            return value(*f, figure);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (index.column() == 0) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole: {
            const auto& o = comparison_.outcomes[static_cast<std::size_t>(index.column())];
            if (o.problems.empty()) return {};
            return tr("%n override(s) of this scenario not applied; see below the table", nullptr,
                      static_cast<int>(o.problems.size()));
        }
        default:
            return {};
    }
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return figureName(static_cast<Figure>(section));
    if (section < 0 || section >= static_cast<int>(comparison_.outcomes.size())) return {};
    const m2ai::ScenarioOutcome& o = comparison_.outcomes[static_cast<std::size_t>(section)];
    const QString name = ScenarioFields::outcomeName(o);
    return o.problems.empty() ? name : tr("%1 ⚠").arg(name);
}
