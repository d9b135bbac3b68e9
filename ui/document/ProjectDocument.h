#pragma once
// ProjectDocument: the one owner of the open project in the UI. It holds the core Portfolio, the
// last PortfolioResult, the validation problems of the portfolio, the file path and the QUndoStack.
// Widgets never mutate the portfolio: they call editSite()/editPortfolio()/addSite()/… which
// validate the edit with core validation and, only when it adds no problem, push an undo command
// (ui/commands). Commands call the apply*() primitives below, which change the model, emit a typed
// notification and bring the results up to date.
//
// The incremental path (docs/architecture.md): an edit of one site re-validates that site plus the
// unique-name rule (core revalidateSite) and recomputes that site only (core recomputeSite), on the
// UI thread: one site costs well under a millisecond whatever the portfolio size. Edits of
// portfolio-wide settings and loads recompute every site: synchronously up to kAsyncSiteThreshold
// sites, above it on a worker thread via QtConcurrent that splits the sites over all cores; only the newest
// request's result is kept (a generation counter drops stale ones) and it is moved, not copied, into the
// document.
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>
#include <cstddef>
#include <functional>
#include <vector>

#include "engines/Results.h"
#include "model/Portfolio.h"
#include "validation/Validation.h"

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    static constexpr int kAsyncSiteThreshold = 50;

    // Continuous edits (typing in or stepping a spin box) of one field merge into one undo step
    // until endContinuousEdit() (the spin box's editingFinished) or any other change; discrete
    // edits (a rename, a dialog's OK, a checkbox) are always their own step.
    enum class EditKind { Discrete, Continuous };

    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const m2ai::Portfolio& portfolio() const { return portfolio_; }
    const m2ai::PortfolioResult& result() const { return result_; }
    // The result for site index, or nullptr while a recompute for a changed site count is pending.
    const m2ai::SiteResult* siteResult(int index) const;
    int siteCount() const { return static_cast<int>(portfolio_.sites.size()); }
    // validate(portfolio()), kept up to date incrementally.
    const std::vector<m2ai::Problem>& problems() const { return problems_; }

    QUndoStack* undoStack() { return &undo_; }
    QString filePath() const { return filePath_; }
    void setFilePath(const QString& path);
    // "name.m2ai" or "Untitled" for the title bar.
    QString displayName() const;
    bool isModified() const { return !undo_.isClean(); }
    void markSaved() { undo_.setClean(); }

    // Replace the whole project (new/open/revert/import): clears the undo stack.
    void load(m2ai::Portfolio portfolio, const QString& path);

    // Opens a project (.m2ai) or portfolio JSON by content, not by name (core loadPortfolioFile,
    // the loader `mine2ai-cli` uses, with the same size limit). A JSON file is an import: the
    // project stays untitled until saved. On failure the document is unchanged.
    struct OpenResult {
        bool ok = false;
        QString error;    // one line for the user when !ok
        QString message;  // for the status bar when ok ("Opened x.m2ai", "Imported y.json")
        std::vector<m2ai::Problem> problems;  // the first ones (core caps the list)
        std::size_t problemCount = 0;         // all of them
        bool imported = false;                // JSON: no file path kept
        QString warning;  // when ok: what the user must know (a currency other than USD), else empty
    };
    OpenResult openFile(const QString& path);

    // Saves the project file (core saveProject: validated, atomic) at path; on success path is the
    // document's file and the undo stack is clean. On failure nothing changes but the file on disk,
    // which saveProject leaves as it was.
    struct SaveOutcome {
        bool ok = false;
        QString error;  // one line for the user when !ok
    };
    SaveOutcome saveAs(const QString& path);
    // Opens an autosave recovery copy as the project originally at originalPath, modified (its
    // changes are not in that file yet). On failure the document is unchanged.
    OpenResult openRecovery(const QString& recoveryPath, const QString& originalPath);

    int currentSite() const { return currentSite_; }
    void setCurrentSite(int index);

    // Edits. Each returns false and sets *error (one line for the status bar) when the edit adds a
    // validation problem; the model is then unchanged. fieldKey names the field: with
    // EditKind::Continuous, consecutive edits of the same field of the same site merge.
    using SiteMutator = std::function<void(m2ai::Site&)>;
    using PortfolioMutator = std::function<void(m2ai::Portfolio&)>;
    bool editSite(int index, const QString& text, const QString& fieldKey, const SiteMutator& mutate,
                  QString* error = nullptr, EditKind kind = EditKind::Discrete);
    // mutate sees the portfolio-wide settings only (sites empty) and must leave the sites alone.
    bool editPortfolio(const QString& text, const QString& fieldKey, const PortfolioMutator& mutate,
                       QString* error = nullptr, EditKind kind = EditKind::Discrete);
    bool addSite(const m2ai::Site& site, QString* error = nullptr);
    bool duplicateSite(int index, QString* error = nullptr);
    bool removeSite(int index, QString* error = nullptr);
    // Ends the current run of continuous edits: the next edit is a new undo step.
    void endContinuousEdit() { ++mergeSession_; }
    quint64 mergeSession() const { return mergeSession_; }

    // Primitives for the undo commands only.
    void applySite(int index, const m2ai::Site& site);
    // settings: a Portfolio whose sites are ignored (commands keep them empty).
    void applySettings(const m2ai::Portfolio& settings);
    void applyInsertSite(int index, const m2ai::Site& site);
    void applyRemoveSite(int index);
    // Notes follow their site's index when sites are inserted or removed; RemoveSite's undo puts
    // the removed site's notes back with this (notes need no recompute).
    void applyNotes(const m2ai::InputNotes& notes) { portfolio_.notes = notes; }
    // Scenarios are what-ifs over the portfolio and change none of its results: no recompute
    // (ui/scenarios, whose undo commands call this, compare them on their own).
    void applyScenarios(std::vector<m2ai::Scenario> scenarios);

    // Run the engines on every site now (synchronously or queued, see above).
    void recompute();
    // Threads of a background full compute: every core (std::thread::hardware_concurrency()),
    // unless set (benchmarks compare 1 thread with all; 0 restores the default).
    static std::size_t computeThreads();
    static void setComputeThreads(std::size_t threads);
    // Waits for a pending background compute (tests and shutdown). A compute the pool has not
    // started yet then runs on the calling thread (QFuture::waitForFinished takes it over).
    void waitForCompute();
    // After a full compute replaced a large result, the freed heap pages are returned to the
    // system (util/HeapMemory.h) once no new result has arrived for this long: a run of edits
    // reuses them instead of faulting them back in. Settable for tests and benchmarks (a negative
    // value restores the default).
    static constexpr int kReleaseMemoryIdleMs = 1500;
    static void setReleaseMemoryIdleMs(int ms);
    // That release is scheduled and has not been handed to the pool yet.
    bool memoryReleasePending() const { return releaseTimer_.isActive(); }
    // A background compute is on its way (its result arrives as an event).
    bool computePending() const { return !pending_.isEmpty(); }
    qint64 lastComputeUs() const { return lastComputeUs_; }
    // The site whose result the last resultChanged() changed, or -1 when it may be any (a full
    // compute, an inserted or removed site).
    int changedResultSite() const { return changedResultSite_; }
    // Nanoseconds since the current change began (edit call, undo/redo or load): the status bar
    // reads it once the new results are painted.
    qint64 nsSinceChange() const { return changeTimer_.isValid() ? changeTimer_.nsecsElapsed() : 0; }

signals:
    void projectReset();          // whole portfolio replaced
    void siteChanged(int index);  // one site's inputs changed
    void siteInserted(int index);
    void siteRemoved(int index);
    void portfolioSettingsChanged();  // name, start month, rates, costs
    void scenariosChanged();          // portfolio().scenarios
    void currentSiteChanged(int index);
    void resultChanged();                  // result() holds fresh numbers (changedResultSite() says which)
    void recomputed(qint64 microseconds);  // engine time of the last result
    void filePathChanged(const QString& path);
    void computeFailed(const QString& message);

private:
    void startChange();
    bool refuseNew(const std::vector<m2ai::Problem>& after, QString* error) const;
    void recomputeSiteNow(int index);
    void finishCompute(m2ai::PortfolioResult&& result, qint64 us, int changedSite);
    m2ai::Portfolio settingsCopy();

    m2ai::Portfolio portfolio_;
    m2ai::PortfolioResult result_;
    std::vector<m2ai::Problem> problems_;
    QString filePath_;
    QUndoStack undo_;
    int currentSite_ = 0;
    qint64 lastComputeUs_ = 0;
    int changedResultSite_ = -1;
    quint64 generation_ = 0;
    quint64 mergeSession_ = 0;
    bool inEdit_ = false;
    QElapsedTimer changeTimer_;
    QTimer releaseTimer_;  // returns freed heap pages once edits pause (finishCompute)
    struct AsyncResult {
        quint64 generation = 0;
        m2ai::PortfolioResult result;
        qint64 us = 0;
        QString error;
    };
    QList<QFutureWatcher<AsyncResult>*> pending_;  // one watcher per request; the newest wins
};
