// Not run by default ("[.dialogshots]"): opens every dialog in each language, writes a PNG of each
// to M2AI_SHOT_DIR (dialog-<name>-<lang>.png) and lists, in clipped.txt there, every label, button
// and check box narrower than its text and every dialog larger than a 1280 x 800 screen. For
// looking at the layouts by eye (issue 16: "look at every dialog in each language"); run it under
// Xvfb at 1280x800 with QT_QPA_PLATFORM=xcb to see the window manager's limits too.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTextStream>
#include <QTimer>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

#include "app/InputNotesUi.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "document/ProjectDocument.h"
#include "editors/CostAssumptionsDialog.h"
#include "editors/SiteEditor.h"
#include "editors/TaxFinancingDialog.h"
#include "import/SitesImportDialog.h"
#include "io/SitesTable.h"
#include "sample/Sample.h"
#include "support/QtApp.h"
#include "views/RiskInputsDialog.h"
#include "views/SiteComparison.h"

namespace {

struct Shooter {
    QString dir;
    QString lang;
    QTextStream* log;

    // Saves the dialog's picture and notes every widget whose text does not fit.
    void shoot(QWidget* dialog, const QString& name) const {
        QApplication::processEvents();
        const QString file = QStringLiteral("%1/dialog-%2-%3.png").arg(dir, name, lang);
        dialog->grab().save(file);
        const QSize size = dialog->size();
        if (size.width() > 1280 || size.height() > 800)
            *log << lang << " " << name << ": dialog " << size.width() << "x" << size.height()
                 << " is larger than 1280x800\n";
        for (const QLabel* l : dialog->findChildren<QLabel*>()) {
            if (!l->isVisibleTo(dialog) || l->text().isEmpty() || l->wordWrap()) continue;
            if (l->width() < l->minimumSizeHint().width())
                *log << lang << " " << name << ": label '" << l->text().left(60) << "' " << l->width()
                     << " < " << l->minimumSizeHint().width() << "\n";
        }
        for (const QAbstractButton* b : dialog->findChildren<QAbstractButton*>()) {
            if (!b->isVisibleTo(dialog) || b->text().isEmpty()) continue;
            if (b->width() < b->sizeHint().width())
                *log << lang << " " << name << ": button '" << b->text() << "' " << b->width() << " < "
                     << b->sizeHint().width() << "\n";
        }
        for (const QComboBox* c : dialog->findChildren<QComboBox*>()) {
            if (!c->isVisibleTo(dialog)) continue;
            if (c->width() < c->sizeHint().width())
                *log << lang << " " << name << ": combo '" << c->currentText().left(60) << "' " << c->width()
                     << " < " << c->sizeHint().width() << "\n";
        }
    }

    // open() runs a modal dialog (exec); the first modal widget to appear is shot and closed.
    void shootModal(const QString& name, const std::function<void()>& open) const {
        QTimer poll;
        poll.setInterval(20);
        bool done = false;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget* w = QApplication::activeModalWidget();
            if (!w || done) return;
            done = true;
            shoot(w, name);
            if (auto* d = qobject_cast<QDialog*>(w))
                d->reject();
            else
                w->close();
        });
        poll.start();
        open();
        poll.stop();
        if (!done) *log << lang << " " << name << ": no dialog appeared\n";
    }
};

QAction* actionNamed(const QWidget& window, const QString& objectName) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->objectName() == objectName) return a;
    return nullptr;
}

}  // namespace

TEST_CASE("Dialog screenshots in each language", "[.dialogshots]") {
    testsupport::qtApp();
    const QString dir = qEnvironmentVariable("M2AI_SHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QFile logFile(dir + QStringLiteral("/clipped.txt"));
    REQUIRE(logFile.open(QIODevice::Append | QIODevice::Text));
    QTextStream log(&logFile);
    const QString csvPath = dir + QStringLiteral("/import-sites.csv");
    {
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(QByteArray::fromStdString(m2ai::sitesToCsv(m2ai::samplePortfolio().sites)));
    }
    // Some label tables are built once per process in the language of the day (FieldLabels): for
    // exact pictures run one language per process, M2AI_SHOT_LANG=fr.
    const QString only = qEnvironmentVariable("M2AI_SHOT_LANG");
    for (const char* code : {"en", "fr", "es", "zh_CN"}) {
        const QString lang = QString::fromLatin1(code);
        if (!only.isEmpty() && only != lang) continue;
        Translations::install(Translations::localeFor(lang));
        const Shooter s{dir, lang, &log};
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ProjectDocument* doc = window.document();
        doc->load(m2ai::samplePortfolio(), QString());
        const m2ai::Portfolio& p = doc->portfolio();

        {
            CostAssumptionsDialog d(p.costs, p.opex, &window);
            d.show();
            s.shoot(&d, QStringLiteral("cost-assumptions"));
        }
        {
            std::vector<std::string> names;
            for (const auto& site : p.sites) names.push_back(site.name);
            TaxFinancingDialog d(p.financing, names, &window);
            d.show();
            s.shoot(&d, QStringLiteral("tax-financing"));
        }
        {
            RiskInputsDialog d(p, &window);
            d.show();
            s.shoot(&d, QStringLiteral("risk-inputs"));
        }
        {
            SiteComparisonDialog d(doc, &window);
            d.show();
            s.shoot(&d, QStringLiteral("compare-sites"));
        }
        {
            SitesImportDialog d(csvPath, doc, &window);
            d.show();
            s.shoot(&d, QStringLiteral("import-sites"));
        }
        s.shootModal(QStringLiteral("input-note"), [&] {
            InputNotesUi::editNoteDialog(&window, *doc, QStringLiteral("sites[0].gridInterconnectMw"));
        });
        if (QAction* a = actionNamed(window, QStringLiteral("exportPdfAction")))
            s.shootModal(QStringLiteral("export-pdf"), [a] { a->trigger(); });
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text() == QCoreApplication::translate("MainWindow", "&About Mine2AI Planner"))
                s.shootModal(QStringLiteral("about"), [a] { a->trigger(); });
            if (a->text() == QCoreApplication::translate("MainWindow", "&User Guide")) {
                a->trigger();
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (qobject_cast<QDialog*>(w) && w->isVisible() && w->parentWidget() == &window) {
                        s.shoot(w, QStringLiteral("user-guide"));
                        w->close();
                    }
            }
        }
        // Site editor › Import from EPW weather file: the question about the station's location.
        const QString epw = dir + QStringLiteral("/station.epw");
        {
            std::ofstream out(epw.toStdString());
            out << "LOCATION,Hotville,TS,XX,Synthetic,000000,30.0,-97.0,-6.0,150.0\n";
            for (int i = 0; i < 7; ++i) out << "HEADER" << i << "\n";
            for (int m = 1; m <= 12; ++m)
                out << "1999," << m << ",1,1,0,flags," << (m + 20) << ".0,0.0,100,101325,0,0\n";
        }
        window.showSite(0);
        s.shootModal(QStringLiteral("epw-import"),
                     [&] { window.siteEditor()->importClimateFromEpw(epw, SiteEditor::EpwLocation::Ask); });
        // The windows themselves at 1280 x 800, for the views' layouts.
        window.showSite(0);
        QApplication::processEvents();
        window.grab().save(QStringLiteral("%1/window-site-%2.png").arg(dir, lang));
        window.showPortfolio();
        QApplication::processEvents();
        window.grab().save(QStringLiteral("%1/window-portfolio-%2.png").arg(dir, lang));
        log.flush();
    }
    Translations::install(Translations::localeFor(QStringLiteral("en")));
}
