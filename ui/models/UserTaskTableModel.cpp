#include "models/UserTaskTableModel.h"

#include "document/ProjectDocument.h"
#include "util/Format.h"

UserTaskTableModel::UserTaskTableModel(ProjectDocument* doc, QObject* parent)
    : QAbstractTableModel(parent), doc_(doc), rows_(taskCount()) {
    connect(doc_, &ProjectDocument::siteChanged, this, [this](int i) {
        if (i == doc_->currentSite()) sync();
    });
    connect(doc_, &ProjectDocument::currentSiteChanged, this, [this] {
        beginResetModel();
        rows_ = taskCount();
        endResetModel();
    });
    connect(doc_, &ProjectDocument::projectReset, this, [this] {
        beginResetModel();
        rows_ = taskCount();
        endResetModel();
    });
}

int UserTaskTableModel::taskCount() const {
    const int site = doc_->currentSite();
    if (site < 0 || site >= doc_->siteCount()) return 0;
    return static_cast<int>(doc_->portfolio().sites[static_cast<size_t>(site)].plan.extraTasks.size());
}

void UserTaskTableModel::sync() {
    const int n = taskCount();
    if (n != rows_) {
        beginResetModel();
        rows_ = n;
        endResetModel();
    } else if (rows_ > 0) {
        emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
    }
}

int UserTaskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int UserTaskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == DependsOn)
        return tr("Comma-separated task ids this task starts after, e.g. design, grid-upgrade");
    if (role == Qt::ToolTipRole && section == Precedes)
        return tr(
            "Comma-separated task ids that start only after this task, e.g. gpu-install, commissioning");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Id:
            return tr("Id");
        case Name:
            return tr("Task");
        case Months:
            return tr("Months");
        case DependsOn:
            return tr("Depends on");
        case Precedes:
            return tr("Must finish before");
        default:
            return {};
    }
}

Qt::ItemFlags UserTaskTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant UserTaskTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_ || index.row() >= taskCount()) return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    const auto& t = doc_->portfolio()
                        .sites[static_cast<size_t>(doc_->currentSite())]
                        .plan.extraTasks[static_cast<size_t>(index.row())];
    switch (index.column()) {
        case Id:
            return Format::qs(t.id);
        case Name:
            return Format::qs(t.name);
        case Months:
            return role == Qt::EditRole ? QVariant(t.durationMonths)
                                        : QVariant(Format::number(t.durationMonths, 1));
        case DependsOn:
        case Precedes: {
            QStringList ids;
            for (const auto& d : index.column() == DependsOn ? t.dependsOn : t.precedes) ids << Format::qs(d);
            return ids.join(QStringLiteral(", "));
        }
        default:
            return {};
    }
}

bool UserTaskTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_) return false;
    const auto row = static_cast<size_t>(index.row());
    const int column = index.column();
    std::vector<std::string> deps;
    double months = 0.0;
    if (column == Months) {
        bool ok = false;
        months = value.toDouble(&ok);
        if (!ok) {
            lastError_ = tr("Not a number");
            return false;
        }
    }
    if (column == DependsOn || column == Precedes) {
        for (const QString& part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!id.isEmpty()) deps.push_back(id.toStdString());
        }
    }
    const std::string text = value.toString().trimmed().toStdString();
    lastError_.clear();
    const bool ok = doc_->editSite(
        doc_->currentSite(), tr("Edit schedule task"), QStringLiteral("task.%1.%2").arg(row).arg(column),
        [&](m2ai::Site& s) {
            auto& t = s.plan.extraTasks[row];
            switch (column) {
                case Id:
                    t.id = text;
                    break;
                case Name:
                    t.name = text;
                    break;
                case Months:
                    t.durationMonths = months;
                    break;
                case DependsOn:
                    t.dependsOn = deps;
                    break;
                case Precedes:
                    t.precedes = deps;
                    break;
                default:
                    break;
            }
        },
        &lastError_);
    if (!ok) emit refused(lastError_);
    return ok;
}

bool UserTaskTableModel::addTask(QString* error) {
    const int site = doc_->currentSite();
    if (site < 0) return false;
    // A fresh id the user can rename: task-1, task-2, … whichever is free.
    const auto& tasks = doc_->portfolio().sites[static_cast<size_t>(site)].plan.extraTasks;
    int n = static_cast<int>(tasks.size()) + 1;
    auto taken = [&](const std::string& id) {
        for (const auto& t : tasks)
            if (t.id == id) return true;
        return false;
    };
    auto idFor = [](int k) { return QStringLiteral("task-%1").arg(k).toStdString(); };
    while (taken(idFor(n))) ++n;
    m2ai::UserTask task;
    task.id = idFor(n);
    task.name = tr("New task").toStdString();
    task.durationMonths = 1.0;
    return doc_->editSite(
        site, tr("Add schedule task"), QString(), [&](m2ai::Site& s) { s.plan.extraTasks.push_back(task); },
        error);
}

bool UserTaskTableModel::removeTask(int row, QString* error) {
    const int site = doc_->currentSite();
    if (site < 0 || row < 0 || row >= taskCount()) return false;
    return doc_->editSite(
        site, tr("Remove schedule task"), QString(),
        [&](m2ai::Site& s) { s.plan.extraTasks.erase(s.plan.extraTasks.begin() + row); }, error);
}
