// MainWindow's spreadsheet habits: File › New from Template and Import Sites from Spreadsheet,
// Edit › Copy / Paste of table blocks, and reopening the last project on start. Split from
// MainWindow.cpp to keep each file to one job.
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>

#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "document/ProjectDocument.h"
#include "import/SitesImportDialog.h"
#include "import/TableClipboard.h"
#include "io/SitesTable.h"
#include "models/ClimateTableModel.h"
#include "sample/Sample.h"
#include "util/Format.h"
#include "util/PlainText.h"
#include "views/PortfolioView.h"

bool MainWindow::reopenLastProject() {
    if (!AppSettings::reopenLastProject()) return false;
    const QStringList files = AppSettings::recentFiles();
    if (files.isEmpty() || !QFileInfo::exists(files.first())) return false;
    // Not interactive: a project that no longer opens says why in the status bar, not a dialog in
    // the way of the start.
    return openFile(files.first(), false);
}

void MainWindow::importSites() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import sites from a spreadsheet"), QString(),
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty()) importSitesFrom(path);
}

bool MainWindow::importSitesFrom(const QString& path) {
    SitesImportDialog dialog(path, doc_, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    showMessage(tr("Imported %Ln site(s) from %1", nullptr, dialog.lastResult().added)
                    .arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::newFromTemplate() {
    QString path = QFileDialog::getSaveFileName(this, tr("New sites spreadsheet from the template"),
                                                QStringLiteral("sites.xlsx"),
                                                tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (!writeTemplateTo(path, &path)) return;
    // Opened in the user's spreadsheet program: fill it in, then File › Import Sites.
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool MainWindow::writeTemplateTo(const QString& chosen, QString* written) {
    QString path = chosen;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (written) *written = path;
    // The sample's sites are the example rows (docs/file-format.md "Sites spreadsheet").
    const m2ai::SaveResult saved =
        m2ai::writeSitesTemplate(m2ai::samplePortfolio().sites, path.toStdString());
    if (!saved.ok) {
        const QString text = tr("Could not write the template: %1").arg(Format::qs(saved.error));
        showMessage(text);
        if (isVisible())
            QMessageBox::warning(this, tr("Sites template"), PlainText::plainTextForAutoDetect(text));
        return false;
    }
    showMessage(tr("Template written to %1: fill in one row per site, then File › Import Sites from "
                   "Spreadsheet…")
                    .arg(QFileInfo(path).fileName()));
    return true;
}

QAbstractItemView* MainWindow::focusedTable() const {
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) return view;
    return nullptr;
}

void MainWindow::copy() {
    QWidget* focus = QApplication::focusWidget();
    if (auto* line = qobject_cast<QLineEdit*>(focus)) return line->copy();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focus)) {
        if (QLineEdit* line = spin->findChild<QLineEdit*>()) line->copy();
        return;
    }
    QAbstractItemView* view = focusedTable();
    if (!view) view = stack_->currentWidget() == portfolioView_ ? portfolioView_->table() : nullptr;
    if (!view) {
        showMessage(tr("Nothing to copy: select cells of a table"));
        return;
    }
    const QString text = TableClipboard::toTsv(view);
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("Copied %Ln row(s) as tab-separated text", nullptr,
                   static_cast<int>(text.count(QLatin1Char('\n')))));
}

void MainWindow::paste() {
    QWidget* focus = QApplication::focusWidget();
    if (auto* line = qobject_cast<QLineEdit*>(focus)) return line->paste();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focus)) {
        if (QLineEdit* line = spin->findChild<QLineEdit*>()) line->paste();
        return;
    }
    pasteInto(focusedTable(), QGuiApplication::clipboard()->text());
}

bool MainWindow::pasteInto(QAbstractItemView* view, const QString& text) {
    QString error;
    bool ok = false;
    if (view && view == portfolioView_->table()) {
        ok = portfolioView_->pasteTsv(text, &error);
    } else if (auto* climate = view ? qobject_cast<ClimateTableModel*>(view->model()) : nullptr) {
        const QModelIndex at = view->currentIndex().isValid() ? view->currentIndex() : climate->index(0, 0);
        ok = climate->pasteBlock(at.row(), at.column(), TableClipboard::parseTsv(text), &error);
    } else {
        error = tr("Paste works in the portfolio table and the climate table");
    }
    if (ok)
        showMessage(
            tr("Pasted %Ln row(s)", nullptr, static_cast<int>(TableClipboard::parseTsv(text).size())));
    else
        showMessage(error);
    return ok;
}
