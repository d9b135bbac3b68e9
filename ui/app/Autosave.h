#pragma once
// Autosave: a periodic recovery copy of a modified project, so a crash or a killed process loses at
// most one interval of work. Never written over the user's file: the copy is a separate .m2ai in
// the recovery folder (QStandardPaths::AppLocalDataLocation/recovery), written atomically by core's
// saveProject, with a small JSON note beside it (the original file, the time). A QLockFile held by
// the running session marks the copy as alive; a copy whose lock holder is gone is an orphan that
// the next start offers to recover (MainWindow::offerRecovery). The copy is removed when the
// project becomes clean (saved, or undone to its saved state), when another project is loaded and
// on a clean close.
//
// Listens to the document's undo stack only; ProjectDocument knows nothing about it.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

class ProjectDocument;
class QLockFile;

// A recovery copy left behind by a session that did not close normally.
struct RecoveryCandidate {
    QString id;
    QString recoveryPath;  // the .m2ai copy
    QString notePath;      // its JSON note
    QString originalPath;  // the user's file; empty for an untitled project
    QString projectName;
    QDateTime savedAt;  // UTC
};

class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalSeconds = 60;
    // QSettings "autosave/intervalSeconds" (default 60; 0 turns autosave off).
    static int intervalSecondsSetting();
    // AppLocalDataLocation/recovery.
    static QString defaultDirectory();
    // Orphaned copies in directory, newest first. A copy whose session is still running (another
    // window, another instance) is never listed.
    static std::vector<RecoveryCandidate> findOrphans(const QString& directory);
    static void removeCandidate(const RecoveryCandidate& candidate);

    Autosave(ProjectDocument* doc, const QString& directory, int intervalSeconds, QObject* parent = nullptr);
    ~Autosave() override;

    QString recoveryPath() const;
    bool hasRecoveryCopy() const;
    // Writes the copy now if the project is modified (the timer calls this). false + error when the
    // write failed; true when written or when there was nothing to write.
    bool writeNow(QString* error = nullptr);
    // Removes this session's copy and note (clean save, clean close, another project loaded).
    void discard();
    // Stops listening and writing (window shutdown).
    void stop();
    QTimer* timer() { return &timer_; }
    // What the timer does on each timeout: write the copy if anything changed since the last one.
    void tick();

signals:
    void written(const QString& path);
    void failed(const QString& message);

private:
    ProjectDocument* doc_;
    QString directory_;
    QString id_;
    QTimer timer_;
    std::unique_ptr<QLockFile> lock_;
    bool dirty_ = false;  // edits since the last copy
    bool stopped_ = false;
};
