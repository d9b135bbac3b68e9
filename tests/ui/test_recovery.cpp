// Autosave and recovery (issue 10): a modified project gets a recovery copy when the timer fires,
// never over the user's file; the copy goes on save, on undo to the saved state and on a clean
// close; and after the real GUI binary is killed (SIGKILL) the next start finds its copy.
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

#include "app/Autosave.h"
#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "storage/ProjectFile.h"
#include "support/Fixtures.h"
#include "support/QtApp.h"

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void editGrid(ProjectDocument& doc, double mw) {
    REQUIRE(doc.editSite(0, QStringLiteral("grid"), QStringLiteral("gridInterconnectMw"),
                         [mw](m2ai::Site& s) { s.gridInterconnectMw = mw; }));
}

}  // namespace

TEST_CASE("Autosave writes a recovery copy of a modified project and removes it when clean",
          "[ui][recovery]") {
    testsupport::qtApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString userFile = dir.filePath(QStringLiteral("user.m2ai"));
    REQUIRE(m2ai::saveProject(testsupport::fixturePortfolio(), userFile.toStdString()).ok);
    const QByteArray userBytes = readAll(userFile);
    const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));

    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), userFile);
    Autosave autosave(&doc, recoveryDir, 60);
    CHECK(autosave.timer()->isActive());
    CHECK(autosave.timer()->interval() == 60000);

    autosave.tick();  // what the timer does: nothing to save yet
    CHECK_FALSE(autosave.hasRecoveryCopy());

    editGrid(doc, 33.0);
    autosave.tick();
    REQUIRE(autosave.hasRecoveryCopy());
    const m2ai::OpenResult copy = m2ai::openProject(autosave.recoveryPath().toStdString());
    REQUIRE(copy.ok);
    CHECK(copy.portfolio == doc.portfolio());
    CHECK(readAll(userFile) == userBytes);  // never over the user's file
    // A live session's copy is not an orphan: another start must not offer it.
    CHECK(Autosave::findOrphans(recoveryDir).empty());

    // Saved: the copy goes.
    doc.markSaved();
    CHECK_FALSE(autosave.hasRecoveryCopy());
    // Modified again, then undone back to the saved state: the copy goes too.
    editGrid(doc, 34.0);
    autosave.tick();
    REQUIRE(autosave.hasRecoveryCopy());
    doc.undoStack()->undo();
    CHECK_FALSE(autosave.hasRecoveryCopy());
    // Clean close (the window calls discard): the copy and its lock go.
    editGrid(doc, 35.0);
    autosave.tick();
    REQUIRE(autosave.hasRecoveryCopy());
    autosave.discard();
    CHECK(QDir(recoveryDir).entryList(QDir::Files).isEmpty());
}

TEST_CASE("The main window removes its recovery copy on a clean close", "[ui][recovery]") {
    testsupport::qtApp();
    QString copyPath;
    {
        MainWindow window;
        window.document()->load(testsupport::fixturePortfolio(), QString());
        editGrid(*window.document(), 41.0);
        window.autosave()->tick();
        copyPath = window.autosave()->recoveryPath();
        REQUIRE(QFileInfo::exists(copyPath));
        window.document()->markSaved();  // as after a save: closing then asks nothing
        editGrid(*window.document(), 42.0);
        window.autosave()->tick();
        REQUIRE(QFileInfo::exists(copyPath));
        window.document()->undoStack()->undo();  // back to the saved state
        window.show();
        REQUIRE(window.close());
        CHECK_FALSE(QFileInfo::exists(copyPath));
    }
    {
        // Destroyed with changes (no close event): also a normal shutdown, nothing left behind.
        auto window = std::make_unique<MainWindow>();
        window->document()->load(testsupport::fixturePortfolio(), QString());
        editGrid(*window->document(), 43.0);
        window->autosave()->tick();
        copyPath = window->autosave()->recoveryPath();
        REQUIRE(QFileInfo::exists(copyPath));
        window.reset();
        CHECK_FALSE(QFileInfo::exists(copyPath));
    }
}

TEST_CASE("After the GUI is killed, the next start finds the recovery copy and recovers it",
          "[ui][recovery]") {
    testsupport::qtApp();
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString project = home.filePath(QStringLiteral("plan.m2ai"));
    REQUIRE(m2ai::saveProject(testsupport::fixturePortfolio(), project.toStdString()).ok);
    const QByteArray projectBytes = readAll(project);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The child's AppLocalDataLocation: $XDG_DATA_HOME/<organisation>/<application>.
    const QString recoveryDir = home.filePath(QStringLiteral("data/Mine2AI/Mine2AI Planner/recovery"));

    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::SeparateChannels);
    gui.start(QStringLiteral(M2AI_GUI_PATH), {project, QStringLiteral("--test-edit-and-autosave")});
    REQUIRE(gui.waitForStarted(30000));
    QByteArray line;
    while (!line.contains('\n') && gui.state() == QProcess::Running && gui.waitForReadyRead(60000))
        line += gui.readAllStandardOutput();
    const QString copyPath = QString::fromLocal8Bit(line).trimmed();
    INFO("GUI said: " << copyPath.toStdString() << " / " << gui.readAllStandardError().toStdString());
    REQUIRE(QFileInfo::exists(copyPath));
    CHECK(QFileInfo(copyPath).absolutePath() == QFileInfo(recoveryDir).absoluteFilePath());

    // No chance to clean up: SIGKILL.
    gui.kill();
    REQUIRE(gui.waitForFinished(30000));
    CHECK(gui.exitStatus() == QProcess::CrashExit);
    CHECK(readAll(project) == projectBytes);  // the user's file is as it was

    // The next start's detection: one orphan, naming the original file.
    const std::vector<RecoveryCandidate> orphans = Autosave::findOrphans(recoveryDir);
    REQUIRE(orphans.size() == 1);
    const RecoveryCandidate& c = orphans.front();
    CHECK(c.recoveryPath == copyPath);
    CHECK(QFileInfo(c.originalPath) == QFileInfo(project));
    CHECK(c.savedAt.isValid());
    CHECK(QString(c.projectName).endsWith(QStringLiteral(" (edited)")));

    // Recover: the edited project, modified, titled after the original; the orphan is adopted.
    MainWindow window;
    REQUIRE(window.recover(c));
    CHECK(window.document()->isModified());
    CHECK(QFileInfo(window.document()->filePath()) == QFileInfo(project));
    CHECK(QString::fromStdString(window.document()->portfolio().name).endsWith(QStringLiteral(" (edited)")));
    CHECK_FALSE(QFileInfo::exists(c.recoveryPath));
    CHECK(window.autosave()->hasRecoveryCopy());
    CHECK(Autosave::findOrphans(recoveryDir).empty());
    CHECK(readAll(project) == projectBytes);
}

namespace {

// An orphaned copy in directory, as a crashed session leaves it: written, lock released, files kept.
void leaveOrphan(const QString& directory, const QString& originalPath, double gridMw) {
    ProjectDocument doc;
    doc.load(testsupport::fixturePortfolio(), originalPath);
    auto autosave = std::make_unique<Autosave>(&doc, directory, 60);
    editGrid(doc, gridMw);
    autosave->tick();
    REQUIRE(autosave->hasRecoveryCopy());
    autosave->stop();
    autosave.reset();  // no discard(): the copy stays, its lock goes with the "process"
}

// Answers the next modal message box with the button whose text contains `button`; keeps its text.
// No Catch assertion in here: this runs inside the box's event loop, where an exception must not go.
void answerNextMessageBox(const QString& button, QString* text, int turnsLeft = 1000) {
    QTimer::singleShot(0, [button, text, turnsLeft] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            // Not shown yet: look again on the next event-loop turn (a bounded number of turns).
            if (turnsLeft > 0) answerNextMessageBox(button, text, turnsLeft - 1);
            return;
        }
        *text = box->text();
        for (QAbstractButton* b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).contains(button)) {
                b->click();
                return;
            }
        *text = QStringLiteral("no button ") + button;
        box->done(-1);
    });
}

}  // namespace

TEST_CASE("The start-up offer names the file and time, Recover opens it, Discard deletes it",
          "[ui][recovery]") {
    testsupport::qtApp();
    const QString directory = Autosave::defaultDirectory();
    for (const RecoveryCandidate& c : Autosave::findOrphans(directory)) Autosave::removeCandidate(c);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString original = dir.filePath(QStringLiteral("site-plan.m2ai"));

    leaveOrphan(directory, original, 44.0);
    REQUIRE(Autosave::findOrphans(directory).size() == 1);
    {
        MainWindow window;
        QString text;
        answerNextMessageBox(QStringLiteral("Discard"), &text);
        CHECK_FALSE(window.offerRecovery());
        CHECK(text.contains(QDir::toNativeSeparators(original)));
        CHECK(text.contains(QStringLiteral("did not close normally")));
        CHECK(Autosave::findOrphans(directory).empty());  // discarded: deleted
    }

    leaveOrphan(directory, original, 45.0);
    {
        MainWindow window;
        QString text;
        answerNextMessageBox(QStringLiteral("Recover"), &text);
        REQUIRE(window.offerRecovery());
        CHECK(text.contains(QStringLiteral("site-plan.m2ai")));
        CHECK(window.document()->portfolio().sites[0].gridInterconnectMw == 45.0);
        CHECK(window.document()->isModified());
        CHECK(window.isWindowModified());
        CHECK(window.windowTitle().startsWith(QStringLiteral("site-plan.m2ai")));
        CHECK(Autosave::findOrphans(directory).empty());  // adopted by this session
    }
    CHECK(Autosave::findOrphans(directory).empty());  // and removed on its clean shutdown
}
