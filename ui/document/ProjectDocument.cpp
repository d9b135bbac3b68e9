#include "document/ProjectDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_set>
#include <utility>

#include "app/ProblemText.h"
#include "commands/Commands.h"
#include "engines/Compute.h"
#include "io/PortfolioFile.h"
#include "storage/ProjectFile.h"
#include "util/HeapMemory.h"
#include "validation/Currency.h"

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent) {
    releaseTimer_.setSingleShot(true);
    connect(&releaseTimer_, &QTimer::timeout, this, [] {
        // After the pool thread has freed the old result (it was queued first; a trim that runs
        // before it only returns less).
        (void)QtConcurrent::run([] { heapmemory::releaseFreedMemory(); });
    });
    // Undo can never empty a project: the stack starts at the loaded portfolio, and commands only
    // swap between values that passed validation.
    undo_.setUndoLimit(0);
    problems_ = m2ai::validate(portfolio_);
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

void ProjectDocument::startChange() {
    if (!inEdit_) changeTimer_.start();
}

void ProjectDocument::load(m2ai::Portfolio portfolio, const QString& path) {
    changeTimer_.start();
    ++mergeSession_;
    portfolio_ = std::move(portfolio);
    problems_ = m2ai::validate(portfolio_);
    result_ = {};  // the previous project's numbers must not show against this one
    undo_.clear();
    undo_.setClean();
    currentSite_ = portfolio_.sites.empty() ? -1 : 0;
    setFilePath(path);
    emit projectReset();
    emit currentSiteChanged(currentSite_);
    recompute();
}

ProjectDocument::OpenResult ProjectDocument::openFile(const QString& path) {
    OpenResult out;
    m2ai::LoadedPortfolio loaded = m2ai::loadPortfolioFile(QFile::encodeName(path).toStdString());
    if (!loaded.ok) {
        out.error = loaded.errorMessage.empty() ? QString::fromStdString(loaded.error)
                                                : ProblemText::message(loaded.errorMessage);
        out.problemCount = loaded.problemCount;
        out.problems = std::move(loaded.problems);
        return out;
    }
    const QString name = QFileInfo(path).fileName();
    out.ok = true;
    if (const auto warning = m2ai::foreignCurrencyWarning(loaded.portfolio))
        out.warning = ProblemText::message(*warning);
    if (loaded.kind == m2ai::PortfolioFileKind::Json) {
        out.imported = true;
        load(std::move(loaded.portfolio), QString());
        out.message = tr("Imported %1").arg(name);
        return out;
    }
    load(std::move(loaded.portfolio), QFileInfo(path).absoluteFilePath());
    out.message = loaded.migrated
                      ? tr("Opened %1 (upgraded from file version %2; saving writes the new version)")
                            .arg(name)
                            .arg(loaded.fileSchemaVersion)
                      : tr("Opened %1").arg(name);
    return out;
}

ProjectDocument::SaveOutcome ProjectDocument::saveAs(const QString& path) {
    const m2ai::SaveResult saved = m2ai::saveProject(portfolio_, QFile::encodeName(path).toStdString());
    if (!saved.ok) return {false, ProblemText::message(saved.message)};
    setFilePath(QFileInfo(path).absoluteFilePath());
    markSaved();
    return {true, {}};
}

ProjectDocument::OpenResult ProjectDocument::openRecovery(const QString& recoveryPath,
                                                          const QString& originalPath) {
    OpenResult out;
    m2ai::OpenResult opened = m2ai::openProject(QFile::encodeName(recoveryPath).toStdString());
    if (!opened.ok) {
        out.error = ProblemText::message(opened.message);
        return out;
    }
    load(std::move(opened.portfolio), originalPath);
    undo_.resetClean();
    out.ok = true;
    return out;
}

void ProjectDocument::setCurrentSite(int index) {
    if (index < -1 || index >= siteCount()) return;
    if (index == currentSite_) return;
    currentSite_ = index;
    emit currentSiteChanged(index);
}

// The problems after has that the portfolio has not: an edit is refused only for what it broke,
// so a project that was opened with a problem can still be edited elsewhere.
bool ProjectDocument::refuseNew(const std::vector<m2ai::Problem>& after, QString* error) const {
    std::unordered_set<std::string> before;
    for (const auto& problem : problems_) before.insert(problem.toString());
    for (const auto& problem : after) {
        const std::string text = problem.toString();
        if (before.count(text)) continue;
        if (error) *error = ProblemText::problem(problem);  // path + reason: a dialog edits many fields
        return true;
    }
    return false;
}

m2ai::Portfolio ProjectDocument::settingsCopy() {
    // Everything but the sites, without copying them: settings edits must not cost the portfolio.
    std::vector<m2ai::Site> sites = std::move(portfolio_.sites);
    m2ai::Portfolio settings = portfolio_;
    portfolio_.sites = std::move(sites);
    return settings;
}

bool ProjectDocument::editSite(int index, const QString& text, const QString& fieldKey,
                               const SiteMutator& mutate, QString* error, EditKind kind) {
    if (index < 0 || index >= siteCount()) {
        if (error) *error = tr("No site selected");
        return false;
    }
    changeTimer_.start();
    const auto i = static_cast<size_t>(index);
    m2ai::Site edited = portfolio_.sites[i];
    mutate(edited);
    if (edited == portfolio_.sites[i]) return true;  // nothing to record
    // Validate in place (no copy of the portfolio): swap the edited site in and back out.
    const std::string nameBefore = portfolio_.sites[i].name;
    std::swap(portfolio_.sites[i], edited);
    const std::vector<m2ai::Problem> after = m2ai::revalidateSite(portfolio_, problems_, i, nameBefore);
    std::swap(portfolio_.sites[i], edited);
    if (refuseNew(after, error)) return false;
    const bool continuous = kind == EditKind::Continuous;
    inEdit_ = true;
    undo_.push(new Commands::ChangeSite(this, index, portfolio_.sites[i], std::move(edited), text, fieldKey,
                                        continuous ? Commands::UndoId::SiteField : Commands::UndoId::None,
                                        mergeSession_));
    inEdit_ = false;
    if (!continuous) ++mergeSession_;
    return true;
}

bool ProjectDocument::editPortfolio(const QString& text, const QString& fieldKey,
                                    const PortfolioMutator& mutate, QString* error, EditKind kind) {
    changeTimer_.start();
    m2ai::Portfolio before = settingsCopy();
    m2ai::Portfolio edited = before;
    mutate(edited);
    if (!edited.sites.empty()) {
        // Site lists change only through the site commands, so indices in views stay right.
        if (error) *error = tr("Internal error: portfolio edit touched the sites");
        return false;
    }
    if (edited == before) return true;
    if (refuseNew(m2ai::validateCurrencyEdit(before, edited), error)) return false;
    if (refuseNew(m2ai::revalidateSettings(edited, problems_), error)) return false;
    const bool continuous = kind == EditKind::Continuous;
    inEdit_ = true;
    undo_.push(new Commands::ChangePortfolio(
        this, std::move(before), std::move(edited), text, fieldKey,
        continuous ? Commands::UndoId::PortfolioField : Commands::UndoId::None, mergeSession_));
    inEdit_ = false;
    if (!continuous) ++mergeSession_;
    return true;
}

bool ProjectDocument::addSite(const m2ai::Site& site, QString* error) {
    changeTimer_.start();
    portfolio_.sites.push_back(site);
    const std::vector<m2ai::Problem> after = m2ai::revalidateAppendedSite(portfolio_, problems_);
    portfolio_.sites.pop_back();
    if (refuseNew(after, error)) return false;
    inEdit_ = true;
    undo_.push(new Commands::InsertSite(this, siteCount(), site,
                                        tr("Add site %1").arg(QString::fromStdString(site.name))));
    inEdit_ = false;
    ++mergeSession_;
    return true;
}

bool ProjectDocument::duplicateSite(int index, QString* error) {
    if (index < 0 || index >= siteCount()) {
        if (error) *error = tr("No site selected");
        return false;
    }
    changeTimer_.start();
    m2ai::Site copy = portfolio_.sites[static_cast<size_t>(index)];
    copy.name = tr("%1 (copy)").arg(QString::fromStdString(copy.name)).toStdString();
    // Inserting shifts every later site's index in the problem paths: core renumbers them and
    // checks the copy and the names, not every site.
    portfolio_.sites.insert(portfolio_.sites.begin() + index + 1, copy);
    const std::vector<m2ai::Problem> after =
        m2ai::revalidateInsertedSite(portfolio_, problems_, static_cast<size_t>(index) + 1);
    portfolio_.sites.erase(portfolio_.sites.begin() + index + 1);
    if (refuseNew(after, error)) return false;
    inEdit_ = true;
    undo_.push(new Commands::InsertSite(
        this, index + 1, copy,
        tr("Duplicate site %1")
            .arg(QString::fromStdString(portfolio_.sites[static_cast<size_t>(index)].name))));
    inEdit_ = false;
    ++mergeSession_;
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
    changeTimer_.start();
    inEdit_ = true;
    undo_.push(new Commands::RemoveSite(this, index, portfolio_.sites[static_cast<size_t>(index)]));
    inEdit_ = false;
    ++mergeSession_;
    return true;
}

void ProjectDocument::applySite(int index, const m2ai::Site& site) {
    if (!inEdit_) ++mergeSession_;  // undo/redo: the next edit starts a new step
    startChange();
    const auto i = static_cast<size_t>(index);
    const std::string nameBefore = portfolio_.sites[i].name;
    portfolio_.sites[i] = site;
    problems_ = m2ai::revalidateSite(portfolio_, problems_, i, nameBefore);
    emit siteChanged(index);
    recomputeSiteNow(index);
}

void ProjectDocument::applySettings(const m2ai::Portfolio& settings) {
    if (!inEdit_) ++mergeSession_;
    startChange();
    std::vector<m2ai::Site> sites = std::move(portfolio_.sites);
    portfolio_ = settings;
    portfolio_.sites = std::move(sites);
    problems_ = m2ai::revalidateSettings(portfolio_, problems_);
    emit portfolioSettingsChanged();
    recompute();  // every site depends on the settings
}

void ProjectDocument::applyScenarios(std::vector<m2ai::Scenario> scenarios) {
    if (!inEdit_) ++mergeSession_;
    startChange();
    portfolio_.scenarios = std::move(scenarios);
    emit scenariosChanged();
}

void ProjectDocument::applyInsertSite(int index, const m2ai::Site& site) {
    if (!inEdit_) ++mergeSession_;
    startChange();
    portfolio_.sites.insert(portfolio_.sites.begin() + index, site);
    if (index + 1 < siteCount())
        m2ai::renumberNotesAfterInsertedSite(portfolio_.notes, static_cast<size_t>(index));
    problems_ = index + 1 == siteCount()
                    ? m2ai::revalidateAppendedSite(portfolio_, problems_)
                    : m2ai::revalidateInsertedSite(portfolio_, problems_, static_cast<size_t>(index));
    const bool aligned = pending_.isEmpty() && result_.sites.size() + 1 == portfolio_.sites.size();
    // The old result no longer lines up with the sites: views see no result until it does.
    m2ai::PortfolioResult old = std::move(result_);
    result_ = {};
    emit siteInserted(index);
    currentSite_ = -2;  // force the notification below
    setCurrentSite(index);
    if (!aligned) {
        recompute();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const m2ai::ComputeStatus inserted = m2ai::insertSiteResult(portfolio_, static_cast<size_t>(index), old);
    if (!inserted.ok) {
        emit computeFailed(QString::fromStdString(inserted.error));
        recompute();
        return;
    }
    finishCompute(std::move(old), timer.nsecsElapsed() / 1000, -1);
}

void ProjectDocument::applyRemoveSite(int index) {
    if (!inEdit_) ++mergeSession_;
    startChange();
    portfolio_.sites.erase(portfolio_.sites.begin() + index);
    m2ai::renumberNotesAfterRemovedSite(portfolio_.notes, static_cast<size_t>(index));
    problems_ = m2ai::revalidateRemovedSite(portfolio_, problems_, static_cast<size_t>(index));
    const bool aligned = pending_.isEmpty() && result_.sites.size() == portfolio_.sites.size() + 1;
    m2ai::PortfolioResult old = std::move(result_);
    result_ = {};
    emit siteRemoved(index);
    currentSite_ = -2;
    setCurrentSite(std::min(index, siteCount() - 1));
    if (!aligned) {
        recompute();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (!m2ai::eraseSiteResult(portfolio_, static_cast<size_t>(index), old).ok) {
        recompute();
        return;
    }
    finishCompute(std::move(old), timer.nsecsElapsed() / 1000, -1);
}

void ProjectDocument::recomputeSiteNow(int index) {
    // A full compute on its way holds results for other settings: let a new full one replace it.
    if (!pending_.isEmpty() || result_.sites.size() != portfolio_.sites.size()) {
        recompute();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const m2ai::ComputeStatus computed = m2ai::recomputeSite(portfolio_, static_cast<size_t>(index), result_);
    if (!computed.ok) {
        emit computeFailed(QString::fromStdString(computed.error));
        return;
    }
    lastComputeUs_ = timer.nsecsElapsed() / 1000;
    changedResultSite_ = index;
    emit resultChanged();
    emit recomputed(lastComputeUs_);
}

namespace {
std::atomic<std::size_t> computeThreadsOverride{0};
std::atomic<int> releaseIdleMs{ProjectDocument::kReleaseMemoryIdleMs};
}  // namespace

void ProjectDocument::setReleaseMemoryIdleMs(int ms) {
    releaseIdleMs.store(ms >= 0 ? ms : kReleaseMemoryIdleMs);
}

std::size_t ProjectDocument::computeThreads() {
    const std::size_t set = computeThreadsOverride.load();
    // hardware_concurrency() may report 0 when unknown: then one thread.
    return set > 0 ? set : std::max(1u, std::thread::hardware_concurrency());
}

void ProjectDocument::setComputeThreads(std::size_t threads) {
    computeThreadsOverride.store(threads);
}

void ProjectDocument::recompute() {
    ++generation_;
    if (siteCount() <= kAsyncSiteThreshold) {
        QElapsedTimer timer;
        timer.start();
        m2ai::ComputeOutcome computed = m2ai::tryComputePortfolio(portfolio_, m2ai::defaultCatalogue(), 1);
        if (computed.ok)
            finishCompute(std::move(computed.result), timer.nsecsElapsed() / 1000, -1);
        else
            emit computeFailed(QString::fromStdString(computed.error));
        return;
    }
    // Large portfolio: compute a copy off the UI thread; the generation tag lets the newest win.
    const quint64 generation = generation_;
    auto* watcher = new QFutureWatcher<AsyncResult>(this);
    pending_.append(watcher);
    connect(watcher, &QFutureWatcher<AsyncResult>::finished, this, [this, watcher] {
        pending_.removeAll(watcher);
        watcher->deleteLater();
        AsyncResult r = watcher->future().takeResult();
        if (r.generation != generation_) return;  // a newer edit is already being computed
        if (!r.error.isEmpty()) {
            emit computeFailed(r.error);
            return;
        }
        finishCompute(std::move(r.result), r.us, -1);
    });
    watcher->setFuture(QtConcurrent::run([copy = portfolio_, generation]() mutable {
        AsyncResult out;
        out.generation = generation;
        QElapsedTimer timer;
        timer.start();
        // The worker fans the sites out over every core (std::thread inside core); the UI
        // thread only waits for the event that delivers the result.
        m2ai::ComputeOutcome computed =
            m2ai::tryComputePortfolio(copy, m2ai::defaultCatalogue(), computeThreads());
        if (computed.ok)
            out.result = std::move(computed.result);
        else
            out.error = QString::fromStdString(computed.error);
        out.us = timer.nsecsElapsed() / 1000;
        // Freed here, before the result is delivered, so that the trim after it (finishCompute)
        // returns these pages too; the task object would free it later. (Freeing it after the
        // delivery instead doubled the page faults of a settings edit at 10,000 sites.)
        { m2ai::Portfolio gone = std::move(copy); }
        return out;
    }));
}

void ProjectDocument::waitForCompute() {
    while (!pending_.isEmpty()) {
        QFutureWatcher<AsyncResult>* w = pending_.first();
        w->waitForFinished();
        // Deliver the finished signal now rather than on the next event loop turn.
        pending_.removeFirst();
        w->disconnect(this);
        w->deleteLater();
        AsyncResult r = w->future().takeResult();
        if (r.generation == generation_ && r.error.isEmpty()) finishCompute(std::move(r.result), r.us, -1);
    }
}

void ProjectDocument::finishCompute(m2ai::PortfolioResult&& result, qint64 us, int changedSite) {
    m2ai::PortfolioResult old = std::exchange(result_, std::move(result));
    // Freeing the old result of 10,000 sites (a dozen vectors each) takes 25-45 ms of CPU: let a
    // pool thread do it, after the views have the new one. Nothing refers to it any more. The new
    // result was built on the compute threads' malloc arenas while this one was still shown: the
    // pages of both that are now free go back to the system when edits pause, or the process
    // stays at that high-water mark (util/HeapMemory.h).
    if (old.sites.size() > static_cast<std::size_t>(kAsyncSiteThreshold)) {
        (void)QtConcurrent::run(
            [dead = std::move(old)]() mutable { m2ai::PortfolioResult gone = std::move(dead); });
        // Not at once: the next compute of a run of edits would fault all those pages back in
        // (~7,500 page faults, ~25 ms of CPU per settings edit at 1,000 sites). Once edits pause.
        releaseTimer_.start(releaseIdleMs.load());
    }
    lastComputeUs_ = us;
    changedResultSite_ = changedSite;
    emit resultChanged();
    emit recomputed(us);
}
