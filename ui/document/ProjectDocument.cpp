#include "document/ProjectDocument.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>
#include <set>

#include "commands/Commands.h"
#include "engines/Compute.h"
#include "validation/Validation.h"

namespace {

std::set<std::string> problemSet(const m2ai::Portfolio& p) {
    std::set<std::string> out;
    for (const auto& problem : m2ai::validate(p)) out.insert(problem.toString());
    return out;
}

// The problems edited has that original had not: an edit is refused only for what it broke, so a
// project that was opened with a warning-level problem can still be edited elsewhere.
bool newProblems(const m2ai::Portfolio& original, const m2ai::Portfolio& edited, QString* error) {
    const auto before = problemSet(original);
    for (const auto& problem : m2ai::validate(edited)) {
        if (before.count(problem.toString())) continue;
        if (error)
            *error = QString::fromStdString(problem.toString());  // path + reason: a dialog edits many fields
        return true;
    }
    return false;
}

}  // namespace

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent) {
    // Undo can never empty a project: the stack starts at the loaded portfolio, and commands only
    // swap between values that passed validation.
    undo_.setUndoLimit(0);
}

ProjectDocument::~ProjectDocument() {
    waitForCompute();
}

const m2ai::SiteResult* ProjectDocument::siteResult(int index) const {
    if (index < 0 || index >= static_cast<int>(result_.sites.size())) return nullptr;
    if (result_.sites.size() != portfolio_.sites.size()) return nullptr;
    return &result_.sites[static_cast<size_t>(index)];
}

void ProjectDocument::setFilePath(const QString& path) {
    if (path == filePath_) return;
    filePath_ = path;
    emit filePathChanged(path);
}

QString ProjectDocument::displayName() const {
    return filePath_.isEmpty() ? tr("Untitled") : QFileInfo(filePath_).fileName();
}

void ProjectDocument::load(const m2ai::Portfolio& portfolio, const QString& path) {
    portfolio_ = portfolio;
    undo_.clear();
    undo_.setClean();
    currentSite_ = portfolio_.sites.empty() ? -1 : 0;
    setFilePath(path);
    emit projectReset();
    emit currentSiteChanged(currentSite_);
    recompute();
}

void ProjectDocument::setCurrentSite(int index) {
    if (index < -1 || index >= siteCount()) return;
    if (index == currentSite_) return;
    currentSite_ = index;
    emit currentSiteChanged(index);
}

bool ProjectDocument::editSite(int index, const QString& text, const QString& fieldKey,
                               const SiteMutator& mutate, QString* error) {
    if (index < 0 || index >= siteCount()) {
        if (error) *error = tr("No site selected");
        return false;
    }
    m2ai::Portfolio edited = portfolio_;
    mutate(edited.sites[static_cast<size_t>(index)]);
    const m2ai::Site& after = edited.sites[static_cast<size_t>(index)];
    if (after == portfolio_.sites[static_cast<size_t>(index)]) return true;  // nothing to record
    if (newProblems(portfolio_, edited, error)) return false;
    undo_.push(new Commands::ChangeSite(this, index, portfolio_.sites[static_cast<size_t>(index)], after,
                                        text, fieldKey));
    return true;
}

bool ProjectDocument::editPortfolio(const QString& text, const QString& fieldKey,
                                    const PortfolioMutator& mutate, QString* error) {
    m2ai::Portfolio edited = portfolio_;
    mutate(edited);
    if (edited.sites != portfolio_.sites) {
        // Site lists change only through the site commands, so indices in views stay right.
        if (error) *error = tr("Internal error: portfolio edit touched the sites");
        return false;
    }
    if (edited == portfolio_) return true;
    if (newProblems(portfolio_, edited, error)) return false;
    undo_.push(new Commands::ChangePortfolio(this, portfolio_, edited, text, fieldKey));
    return true;
}

bool ProjectDocument::addSite(const m2ai::Site& site, QString* error) {
    m2ai::Portfolio edited = portfolio_;
    edited.sites.push_back(site);
    if (newProblems(portfolio_, edited, error)) return false;
    undo_.push(new Commands::InsertSite(this, siteCount(), site,
                                        tr("Add site %1").arg(QString::fromStdString(site.name))));
    return true;
}

bool ProjectDocument::duplicateSite(int index, QString* error) {
    if (index < 0 || index >= siteCount()) {
        if (error) *error = tr("No site selected");
        return false;
    }
    m2ai::Site copy = portfolio_.sites[static_cast<size_t>(index)];
    copy.name = tr("%1 (copy)").arg(QString::fromStdString(copy.name)).toStdString();
    m2ai::Portfolio edited = portfolio_;
    edited.sites.insert(edited.sites.begin() + index + 1, copy);
    if (newProblems(portfolio_, edited, error)) return false;
    undo_.push(new Commands::InsertSite(
        this, index + 1, copy,
        tr("Duplicate site %1")
            .arg(QString::fromStdString(portfolio_.sites[static_cast<size_t>(index)].name))));
    return true;
}

bool ProjectDocument::removeSite(int index, QString* error) {
    if (index < 0 || index >= siteCount()) {
        if (error) *error = tr("No site selected");
        return false;
    }
    if (siteCount() == 1) {
        if (error) *error = tr("A portfolio keeps at least one site");
        return false;
    }
    undo_.push(new Commands::RemoveSite(this, index, portfolio_.sites[static_cast<size_t>(index)]));
    return true;
}

void ProjectDocument::applySite(int index, const m2ai::Site& site) {
    portfolio_.sites[static_cast<size_t>(index)] = site;
    // Results are index-aligned with sites; keep the name visible at once even before recompute.
    emit siteChanged(index);
    recompute();
}

void ProjectDocument::applyPortfolio(const m2ai::Portfolio& portfolio) {
    portfolio_ = portfolio;
    emit portfolioSettingsChanged();
    recompute();
}

void ProjectDocument::applyInsertSite(int index, const m2ai::Site& site) {
    portfolio_.sites.insert(portfolio_.sites.begin() + index, site);
    // The old result no longer lines up with the sites: drop it until the recompute lands.
    result_.sites.clear();
    emit siteInserted(index);
    currentSite_ = -2;  // force the notification below
    setCurrentSite(index);
    recompute();
}

void ProjectDocument::applyRemoveSite(int index) {
    portfolio_.sites.erase(portfolio_.sites.begin() + index);
    result_.sites.clear();
    emit siteRemoved(index);
    currentSite_ = -2;
    setCurrentSite(std::min(index, siteCount() - 1));
    recompute();
}

void ProjectDocument::recompute() {
    ++generation_;
    if (siteCount() <= kAsyncSiteThreshold) {
        QElapsedTimer timer;
        timer.start();
        try {
            m2ai::PortfolioResult r = m2ai::computePortfolio(portfolio_);
            finishCompute(r, timer.nsecsElapsed() / 1000);
        } catch (const std::exception& e) {
            emit computeFailed(QString::fromUtf8(e.what()));
        }
        return;
    }
    // Large portfolio: compute a copy off the UI thread; the generation tag lets the newest win.
    const quint64 generation = generation_;
    const m2ai::Portfolio copy = portfolio_;
    auto* watcher = new QFutureWatcher<AsyncResult>(this);
    pending_.append(watcher);
    connect(watcher, &QFutureWatcher<AsyncResult>::finished, this, [this, watcher] {
        pending_.removeAll(watcher);
        watcher->deleteLater();
        const AsyncResult r = watcher->result();
        if (r.generation != generation_) return;  // a newer edit is already being computed
        if (!r.error.isEmpty()) {
            emit computeFailed(r.error);
            return;
        }
        finishCompute(r.result, r.us);
    });
    watcher->setFuture(QtConcurrent::run([copy, generation] {
        AsyncResult out;
        out.generation = generation;
        QElapsedTimer timer;
        timer.start();
        try {
            out.result = m2ai::computePortfolio(copy);
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
        }
        out.us = timer.nsecsElapsed() / 1000;
        return out;
    }));
}

void ProjectDocument::waitForCompute() {
    while (!pending_.isEmpty()) {
        QFutureWatcher<AsyncResult>* w = pending_.first();
        w->waitForFinished();
        // Deliver the finished signal now rather than on the next event loop turn.
        pending_.removeFirst();
        const AsyncResult r = w->result();
        w->disconnect(this);
        w->deleteLater();
        if (r.generation == generation_ && r.error.isEmpty()) finishCompute(r.result, r.us);
    }
}

void ProjectDocument::finishCompute(const m2ai::PortfolioResult& result, qint64 us) {
    result_ = result;
    lastComputeUs_ = us;
    emit resultChanged();
    emit recomputed(us);
}
