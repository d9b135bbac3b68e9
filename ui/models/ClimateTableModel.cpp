#include "models/ClimateTableModel.h"

#include <QLocale>
#include <unordered_set>

#include "app/FieldLabels.h"
#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "import/TableClipboard.h"
#include "util/Format.h"
#include "validation/Validation.h"

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

bool ClimateTableModel::pasteBlock(int top, int left, const QList<QStringList>& cells, QString* error) {
    const int site = doc_->currentSite();
    if (site < 0 || site >= doc_->siteCount()) {
        if (error) *error = tr("No site selected");
        return false;
    }
    const m2ai::Site& original = doc_->portfolio().sites[static_cast<size_t>(site)];
    m2ai::Site edited = original;
    QStringList refused;
    for (int r = 0; r < cells.size(); ++r) {
        for (int c = 0; c < cells[r].size(); ++c) {
            const int row = top + r;
            const int column = left + c;
            const QString month = row >= 0 && row < 12
                                      ? QLocale().standaloneMonthName(row + 1, QLocale::ShortFormat)
                                      : QString();
            if (row < 0 || row >= 12 || column < 0 || column >= ColumnCount) {
                refused << tr("cell %1 of the block falls outside the 12 × 2 table")
                               .arg(r * int(cells[r].size()) + c + 1);
                continue;
            }
            const bool dry = column == DryBulbC;
            const std::optional<double> v = TableClipboard::parseNumber(cells[r][c]);
            if (!v) {
                const m2ai::FieldRange* range = m2ai::fieldRange(dry ? "dryBulbC" : "wetBulbC");
                refused << tr("%1: \"%2\" is not a number (allowed %3 – %4 °C)")
                               .arg(FieldLabels::label(QStringLiteral("climate.%1[%2]")
                                                           .arg(dry ? QStringLiteral("dryBulbC")
                                                                    : QStringLiteral("wetBulbC"))
                                                           .arg(row)),
                                    cells[r][c])
                               .arg(range ? range->min : 0.0)
                               .arg(range ? range->max : 0.0);
                continue;
            }
            (dry ? edited.climate.dryBulbC : edited.climate.wetBulbC)[static_cast<size_t>(row)] = *v;
        }
    }
    if (refused.isEmpty()) {
        std::unordered_set<std::string> before;
        const std::string prefix = "sites[" + std::to_string(site) + "]";
        for (const m2ai::Problem& p : m2ai::validateSite(original, prefix)) before.insert(p.toString());
        for (const m2ai::Problem& p : m2ai::validateSite(edited, prefix))
            if (!before.count(p.toString()))
                refused << FieldLabels::humanize(ProblemText::problem(p), doc_->portfolio());
    }
    if (!refused.isEmpty()) {
        if (error) *error = tr("Paste refused, nothing changed: %1").arg(refused.join(QStringLiteral("; ")));
        return false;
    }
    // One site, one edit: the whole block is one undo step by construction.
    QString why;
    if (!doc_->editSite(
            site, tr("Paste climate"), QStringLiteral("climate.paste"),
            [&edited](m2ai::Site& s) { s.climate = edited.climate; }, &why)) {
        if (error)
            *error =
                tr("Paste refused, nothing changed: %1").arg(FieldLabels::humanize(why, doc_->portfolio()));
        return false;
    }
    return true;
}
