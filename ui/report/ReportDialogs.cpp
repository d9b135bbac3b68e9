#include "report/ReportDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

#include "export/ChartExport.h"
#include "export/TableExport.h"
#include "report/ReportRenderer.h"
#include "report/ReportRiskRun.h"
#include "report/ReportScenarioPage.h"
#include "risk/RiskSettings.h"
#include "util/PlainText.h"

namespace {

// QSettings keys (co-located, style.md §8).
const QString kPaperKey = QStringLiteral("report/paper");  // "a4" | "letter"
const QString kSummaryKey = QStringLiteral("report/summary");
const QString kAppendixKey = QStringLiteral("report/appendix");
const QString kLastDirKey = QStringLiteral("report/lastDir");

QPageSize::PageSizeId rememberedPaper() {
    return QSettings().value(kPaperKey).toString() == QStringLiteral("letter") ? QPageSize::Letter
                                                                               : QPageSize::A4;
}

QString lastDir() {
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}
void rememberDir(const QString& path) {
    QSettings().setValue(kLastDirKey, path);
}

// Message boxes guess the text format; paths and errors may hold anything a user typed.
void warn(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, PlainText::plainTextForAutoDetect(text));
}
void inform(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parent, title, PlainText::plainTextForAutoDetect(text));
}

// A portfolio name as a suggested file name: no folder separators or control characters, so the
// suggestion stays in the chosen folder ("../x" or "a/b" in a name is a name, not a path).
QString fileStem(const std::string& name) {
    QString stem = QString::fromStdString(name);
    for (QChar& c : stem)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            c = QLatin1Char('_');
    stem = stem.trimmed();
    while (stem.startsWith(QLatin1Char('.'))) stem.remove(0, 1);
    return stem.isEmpty() ? QObject::tr("report") : stem;
}

// The sections dialog. Returns nullopt when cancelled; *wantRisk: the risk section is ticked.
std::optional<ReportOptions> askSections(QWidget* parent, const m2ai::Portfolio& portfolio,
                                         const m2ai::PortfolioResult& result,
                                         const std::shared_ptr<const RiskReport>& risk, bool* wantRisk) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Export PDF report"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* summary = new QCheckBox(QObject::tr("Portfolio summary"));
    summary->setChecked(QSettings().value(kSummaryKey, true).toBool());
    auto* appendix = new QCheckBox(QObject::tr("Appendix: assumptions and sources"));
    appendix->setChecked(QSettings().value(kAppendixKey, true).toBool());
    auto* riskPage = new QCheckBox(
        risk ? QObject::tr("Risk: sensitivity and Monte Carlo (the Risk page's last run)")
             : QObject::tr("Risk: sensitivity and Monte Carlo (runs %1 trials first)")
                   .arg(QLocale().toString(m2ai::risk::riskSettingsFor(portfolio.risk).trials)));
    riskPage->setObjectName(QStringLiteral("reportRiskPage"));
    riskPage->setChecked(risk != nullptr || hasRiskSettings(portfolio));
    if (!risk)
        riskPage->setToolTip(
            QObject::tr("No run of the portfolio as it is now: the export runs one with the project's risk "
                        "inputs (Cancel leaves the page out)"));
    auto* sites = new QListWidget;
    for (const m2ai::SiteResult& s : result.sites) {
        auto* item = new QListWidgetItem(QString::fromStdString(s.name), sites);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* paper = new QComboBox;
    paper->addItem(QObject::tr("A4"), QStringLiteral("a4"));
    paper->addItem(QObject::tr("US Letter"), QStringLiteral("letter"));
    paper->setCurrentIndex(rememberedPaper() == QPageSize::Letter ? 1 : 0);
    auto* sections = new QGroupBox(QObject::tr("Sections (the title page is always included)"));
    auto* sl = new QVBoxLayout(sections);
    sl->addWidget(summary);
    sl->addWidget(new QLabel(QObject::tr("One page per site:")));
    sl->addWidget(sites);
    sl->addWidget(riskPage);
    sl->addWidget(appendix);
    layout->addWidget(sections);
    auto* form = new QFormLayout;
    form->addRow(QObject::tr("Paper size:"), paper);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;

    ReportOptions options;
    options.summary = summary->isChecked();
    options.appendix = appendix->isChecked();
    *wantRisk = riskPage->isChecked();
    std::vector<int> chosen;
    for (int i = 0; i < sites->count(); ++i)
        if (sites->item(i)->checkState() == Qt::Checked) chosen.push_back(i);
    options.sites = chosen;
    options.paper =
        paper->currentData().toString() == QStringLiteral("letter") ? QPageSize::Letter : QPageSize::A4;
    QSettings settings;
    settings.setValue(kPaperKey, paper->currentData().toString());
    settings.setValue(kSummaryKey, options.summary);
    settings.setValue(kAppendixKey, options.appendix);
    return options;
}

}  // namespace

void printPortfolio(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                    const ReportRiskSource& risk) {
    // Before the preview: the preview paints on demand and cannot wait for a run.
    std::shared_ptr<const RiskReport> riskPage =
        riskForReport(parent, portfolio, risk, hasRiskSettings(portfolio));
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);  // the renderer draws its own margins, header and footer
    printer.setPageSize(QPageSize(rememberedPaper()));
    printer.setDocName(QString::fromStdString(portfolio.name));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QObject::tr("Print preview — %1").arg(QString::fromStdString(portfolio.name)));
    // The preview paints every page before it shows (and again after a page setup change): at 1,000
    // sites that takes tens of seconds, so show the pages and let the user cancel the preview.
    ReportOptions options;
    options.scenarios = scenarioReportFor(portfolio);
    options.risk = std::move(riskPage);
    const ReportRenderer renderer(portfolio, result, options);
    bool cancelled = false;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter* p) {
        QProgressDialog progress(QObject::tr("Preparing the print preview…"), QObject::tr("Cancel"), 0,
                                 renderer.pageCount(), parent);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        const bool complete = renderer.render(*p, false, [&](int done, int pages) {
            progress.setValue(done);
            progress.setLabelText(
                QObject::tr("Preparing the print preview: page %1 of %2").arg(done + 1).arg(pages));
            return !progress.wasCanceled();
        });
        if (!complete && !cancelled) {
            cancelled = true;
            // Closing from inside paintRequested would re-enter the preview widget: close after it.
            QMetaObject::invokeMethod(&preview, &QDialog::reject, Qt::QueuedConnection);
        }
    });
    preview.exec();
}

void exportPdfReport(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                     const ReportRiskSource& risk) {
    bool wantRisk = false;
    std::optional<ReportOptions> options = askSections(parent, portfolio, result, risk.current, &wantRisk);
    if (!options) return;
    options->scenarios = scenarioReportFor(portfolio);
    const QString suggested = QDir(lastDir()).filePath(fileStem(portfolio.name) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export PDF report"), suggested,
                                                QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) path += QStringLiteral(".pdf");
    rememberDir(QFileInfo(path).absolutePath());
    // After the file name, so a user who cancels the run can still cancel the export there.
    if (wantRisk) options->risk = riskForReport(parent, portfolio, risk, true);
    QString error;
    // A report of 1,000 sites takes tens of seconds: show the pages and let the user cancel.
    const ReportRenderer renderer(portfolio, result, *options);
    QProgressDialog progress(QObject::tr("Writing the PDF report…"), QObject::tr("Cancel"), 0,
                             renderer.pageCount(), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const bool written = renderer.writePdf(path, &error, [&](int done, int pages) {
        progress.setValue(done);
        progress.setLabelText(QObject::tr("Writing the PDF report: page %1 of %2").arg(done + 1).arg(pages));
        return !progress.wasCanceled();
    });
    if (!written && !progress.wasCanceled()) warn(parent, QObject::tr("Export PDF report"), error);
}

void exportAllCharts(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result) {
    const QString dir =
        QFileDialog::getExistingDirectory(parent, QObject::tr("Export all charts to folder"), lastDir());
    if (dir.isEmpty()) return;
    rememberDir(dir);
    QString error;
    QStringList written;
    // Six charts per site: at 1,000 sites several minutes. A cancelled export leaves no file.
    const int charts = exporting::chartCount(result);
    QProgressDialog progress(QObject::tr("Exporting the charts…"), QObject::tr("Cancel"), 0, charts, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool cancelled = false;
    const bool ok =
        exporting::exportCharts(portfolio, result, dir, {}, &written, &error, [&](int done, int total) {
            progress.setValue(done);
            progress.setLabelText(QObject::tr("Exporting the charts: chart %1 of %2")
                                      .arg(std::min(done + 1, total))
                                      .arg(total));
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
    if (cancelled) return;
    if (!ok)
        warn(parent, QObject::tr("Export charts"), error);
    else
        inform(parent, QObject::tr("Export charts"),
               QObject::tr("Wrote %1 files (PNG and SVG) to %2.").arg(written.size()).arg(dir));
}

void exportTables(QWidget* parent, const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result) {
    const QString dir =
        QFileDialog::getExistingDirectory(parent, QObject::tr("Export tables to folder"), lastDir());
    if (dir.isEmpty()) return;
    rememberDir(dir);
    const auto tables = exporting::buildTables(portfolio, result);
    QString error;
    QStringList written;
    const QString xlsx = QDir(dir).filePath(QStringLiteral("tables.xlsx"));
    const exporting::WorkbookContext context{&portfolio, &result, true};
    if (!exporting::writeCsvTables(tables, dir, &written, &error) ||
        !exporting::writeXlsx(tables, xlsx, &error, &context)) {
        warn(parent, QObject::tr("Export tables"), error);
        return;
    }
    inform(parent, QObject::tr("Export tables"),
           QObject::tr("Wrote %1 CSV files and tables.xlsx to %2.").arg(written.size()).arg(dir));
}
