#pragma once
// ProjectDocument: the one owner of the open project in the UI. It holds the core Portfolio, the
// last PortfolioResult, the file path and the QUndoStack. Widgets never mutate the portfolio: they
// call editSite()/editPortfolio()/addSite()/… which validate an edited COPY with core validation
// and, only when it is valid, push an undo command (ui/commands). Commands call the apply*()
// primitives below, which change the model, emit a typed notification and trigger a recompute.
//
// Recompute: small portfolios are computed synchronously (the sample takes a few ms); above
// kAsyncSiteThreshold sites the engines run on a worker thread via QtConcurrent and only the
// result of the latest request is kept (a generation counter drops stale ones).
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <functional>

#include "engines/Results.h"
#include "model/Portfolio.h"

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    static constexpr int kAsyncSiteThreshold = 50;

    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const m2ai::Portfolio& portfolio() const { return portfolio_; }
    const m2ai::PortfolioResult& result() const { return result_; }
    // The result for site index, or nullptr while a recompute for a changed site count is pending.
    const m2ai::SiteResult* siteResult(int index) const;
    int siteCount() const { return static_cast<int>(portfolio_.sites.size()); }

    QUndoStack* undoStack() { return &undo_; }
    QString filePath() const { return filePath_; }
    void setFilePath(const QString& path);
    // "name.m2ai" or "Untitled" for the title bar.
    QString displayName() const;
    bool isModified() const { return !undo_.isClean(); }
    void markSaved() { undo_.setClean(); }

    // Replace the whole project (new/open/revert/import): clears the undo stack.
    void load(const m2ai::Portfolio& portfolio, const QString& path);

    int currentSite() const { return currentSite_; }
    void setCurrentSite(int index);

    // Edits. Each returns false and sets *error (one line for the status bar) when the edited copy
    // fails validation; the model is then unchanged. fieldKey names the field: consecutive edits
    // of the same field of the same site merge into one undo step (typing in a spin box).
    using SiteMutator = std::function<void(m2ai::Site&)>;
    using PortfolioMutator = std::function<void(m2ai::Portfolio&)>;
    bool editSite(int index, const QString& text, const QString& fieldKey, const SiteMutator& mutate,
                  QString* error = nullptr);
    bool editPortfolio(const QString& text, const QString& fieldKey, const PortfolioMutator& mutate,
                       QString* error = nullptr);
    bool addSite(const m2ai::Site& site, QString* error = nullptr);
    bool duplicateSite(int index, QString* error = nullptr);
    bool removeSite(int index, QString* error = nullptr);

    // Primitives for the undo commands only.
    void applySite(int index, const m2ai::Site& site);
    void applyPortfolio(const m2ai::Portfolio& portfolio);
    void applyInsertSite(int index, const m2ai::Site& site);
    void applyRemoveSite(int index);

    // Run the engines now (synchronously or queued, see above).
    void recompute();
    // Waits for a pending background compute (tests and shutdown).
    void waitForCompute();
    qint64 lastComputeUs() const { return lastComputeUs_; }

signals:
    void projectReset();          // whole portfolio replaced
    void siteChanged(int index);  // one site's inputs changed
    void siteInserted(int index);
    void siteRemoved(int index);
    void portfolioSettingsChanged();  // name, start month, rates, costs
    void currentSiteChanged(int index);
    void resultChanged();  // result() holds fresh numbers
    void recomputed(qint64 microseconds);
    void filePathChanged(const QString& path);
    void computeFailed(const QString& message);

private:
    void finishCompute(const m2ai::PortfolioResult& result, qint64 us);

    m2ai::Portfolio portfolio_;
    m2ai::PortfolioResult result_;
    QString filePath_;
    QUndoStack undo_;
    int currentSite_ = 0;
    qint64 lastComputeUs_ = 0;
    quint64 generation_ = 0;
    struct AsyncResult {
        quint64 generation = 0;
        m2ai::PortfolioResult result;
        qint64 us = 0;
        QString error;
    };
    QList<QFutureWatcher<AsyncResult>*> pending_;  // one watcher per request; the newest wins
};
