#include "app/Autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>
#include <algorithm>

#include "app/ProblemText.h"
#include "document/ProjectDocument.h"
#include "storage/ProjectFile.h"

namespace {

// QSettings keys (co-located, style.md §8).
const QString kIntervalKey = QStringLiteral("autosave/intervalSeconds");

const QString kCopySuffix = QStringLiteral(".m2ai");
const QString kNoteSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

QString pathOf(const QString& dir, const QString& id, const QString& suffix) {
    return QDir(dir).filePath(id + suffix);
}

}  // namespace

int Autosave::intervalSecondsSetting() {
    bool ok = false;
    const int seconds = QSettings().value(kIntervalKey, kDefaultIntervalSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : kDefaultIntervalSeconds;
}

QString Autosave::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

Autosave::Autosave(ProjectDocument* doc, const QString& directory, int intervalSeconds, QObject* parent)
    : QObject(parent),
      doc_(doc),
      directory_(directory),
      id_(QStringLiteral("recovery-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QUndoStack* undo = doc_->undoStack();
    connect(undo, &QUndoStack::indexChanged, this, [this] { dirty_ = true; });
    connect(undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) discard();  // the user's file (or the saved state) holds exactly this project
    });
    connect(doc_, &ProjectDocument::projectReset, this, [this] {
        discard();
        dirty_ = false;
    });
    connect(&timer_, &QTimer::timeout, this, &Autosave::tick);
    if (intervalSeconds > 0) {
        timer_.setInterval(intervalSeconds * 1000);
        timer_.start();
    }
}

Autosave::~Autosave() {
    stop();
}

QString Autosave::recoveryPath() const {
    return pathOf(directory_, id_, kCopySuffix);
}

bool Autosave::hasRecoveryCopy() const {
    return QFileInfo::exists(recoveryPath());
}

void Autosave::tick() {
    if (!dirty_) return;
    QString error;
    if (!writeNow(&error)) emit failed(error);
}

bool Autosave::writeNow(QString* error) {
    if (stopped_ || !doc_->isModified()) return true;
    auto fail = [&](const QString& why) {
        if (error) *error = tr("Autosave failed: %1").arg(why);
        return false;
    };
    if (!QDir().mkpath(directory_)) return fail(tr("cannot create %1").arg(directory_));
    if (!lock_) {
        // Held for as long as this session owns a copy: a running session's copy is never an orphan.
        auto lock = std::make_unique<QLockFile>(pathOf(directory_, id_, kLockSuffix));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) return fail(tr("cannot lock %1").arg(lock->fileName()));
        lock_ = std::move(lock);
    }
    const m2ai::SaveResult saved = m2ai::saveProject(doc_->portfolio(), recoveryPath().toStdString());
    if (!saved.ok) return fail(ProblemText::message(saved.message));
    QJsonObject note;
    note.insert(QStringLiteral("originalPath"), doc_->filePath());
    note.insert(QStringLiteral("projectName"), QString::fromStdString(doc_->portfolio().name));
    note.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(pathOf(directory_, id_, kNoteSuffix));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(note).toJson()) < 0 || !file.commit())
        return fail(file.errorString());
    dirty_ = false;
    emit written(recoveryPath());
    return true;
}

void Autosave::discard() {
    QFile::remove(recoveryPath());
    QFile::remove(pathOf(directory_, id_, kNoteSuffix));
    lock_.reset();  // unlocks and removes the lock file
}

void Autosave::stop() {
    if (stopped_) return;
    stopped_ = true;
    timer_.stop();
    disconnect(doc_, nullptr, this, nullptr);
    disconnect(doc_->undoStack(), nullptr, this, nullptr);
}

std::vector<RecoveryCandidate> Autosave::findOrphans(const QString& directory) {
    std::vector<RecoveryCandidate> out;
    const QDir dir(directory);
    const QStringList notes = dir.entryList({QStringLiteral("recovery-*") + kNoteSuffix}, QDir::Files);
    for (const QString& noteName : notes) {
        const QString id = noteName.chopped(kNoteSuffix.size());
        QLockFile lock(pathOf(directory, id, kLockSuffix));
        lock.setStaleLockTime(0);        // only a dead process makes a lock stale, never its age
        if (!lock.tryLock(0)) continue;  // its session is alive
        RecoveryCandidate c;
        c.id = id;
        c.recoveryPath = pathOf(directory, id, kCopySuffix);
        c.notePath = dir.filePath(noteName);
        QFile file(c.notePath);
        const QJsonObject note = file.open(QIODevice::ReadOnly)
                                     ? QJsonDocument::fromJson(file.read(1 << 20)).object()
                                     : QJsonObject();
        if (!QFileInfo::exists(c.recoveryPath) || note.isEmpty()) {
            // A note without its copy (or unreadable) recovers nothing: clear it away.
            QFile::remove(c.notePath);
            continue;
        }
        c.originalPath = note.value(QStringLiteral("originalPath")).toString();
        c.projectName = note.value(QStringLiteral("projectName")).toString();
        c.savedAt =
            QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        out.push_back(c);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryCandidate& a, const RecoveryCandidate& b) { return a.savedAt > b.savedAt; });
    return out;
}

void Autosave::removeCandidate(const RecoveryCandidate& candidate) {
    QFile::remove(candidate.recoveryPath);
    QFile::remove(candidate.notePath);
    QFile::remove(QFileInfo(candidate.recoveryPath).dir().filePath(candidate.id + kLockSuffix));
}
