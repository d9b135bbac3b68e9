#include "models/ClimateTableModel.h"

#include <QLocale>

#include "document/ProjectDocument.h"
#include "util/Format.h"

ClimateTableModel::ClimateTableModel(ProjectDocument* doc, QObject* parent)
    : QAbstractTableModel(parent), doc_(doc) {
    auto refresh = [this] { emit dataChanged(index(0, 0), index(11, ColumnCount - 1)); };
    connect(doc_, &ProjectDocument::siteChanged, this, [this, refresh](int i) {
        if (i == doc_->currentSite()) refresh();
    });
    connect(doc_, &ProjectDocument::currentSiteChanged, this, refresh);
    connect(doc_, &ProjectDocument::projectReset, this, refresh);
}

int ClimateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 12;
}
int ClimateTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClimateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return QLocale().standaloneMonthName(section + 1, QLocale::ShortFormat);
    return section == DryBulbC ? tr("Dry-bulb °C") : tr("Wet-bulb °C");
}

Qt::ItemFlags ClimateTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ClimateTableModel::data(const QModelIndex& index, int role) const {
    const int site = doc_->currentSite();
    if (!index.isValid() || site < 0 || site >= doc_->siteCount()) return {};
    const auto& c = doc_->portfolio().sites[static_cast<size_t>(site)].climate;
    const double v = index.column() == DryBulbC ? c.dryBulbC[static_cast<size_t>(index.row())]
                                                : c.wetBulbC[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) return Format::number(v, 1);
    if (role == Qt::EditRole) return v;
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool ClimateTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole) return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok) {
        lastError_ = tr("Not a number");
        return false;
    }
    const auto row = static_cast<size_t>(index.row());
    const bool dry = index.column() == DryBulbC;
    const QString key =
        QStringLiteral("climate.%1.%2").arg(dry ? QStringLiteral("dry") : QStringLiteral("wet")).arg(row);
    lastError_.clear();
    const bool ok2 = doc_->editSite(
        doc_->currentSite(), tr("Edit climate"), key,
        [&](m2ai::Site& s) { (dry ? s.climate.dryBulbC : s.climate.wetBulbC)[row] = v; }, &lastError_);
    if (!ok2) emit refused(lastError_);
    return ok2;
}
