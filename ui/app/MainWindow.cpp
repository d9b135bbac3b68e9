#include "app/MainWindow.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

#include "app/AppSettings.h"
#include "app/Autosave.h"
#include "app/FieldLabels.h"
#include "app/Icons.h"
#include "app/InputNotesUi.h"
#include "app/ProblemText.h"
#include "app/Theme.h"
#include "app/Translations.h"
#include "catalogue/Catalogue.h"
#include "document/ProjectDocument.h"
#include "editors/ConversionPanel.h"
#include "editors/CostAssumptionsDialog.h"
#include "editors/SiteEditor.h"
#include "editors/TaxFinancingDialog.h"
#include "import/SitesImportDialog.h"
#include "import/TableClipboard.h"
#include "io/JsonIo.h"
#include "io/SitesTable.h"
#include "models/ClimateTableModel.h"
#include "report/ReportDialogs.h"
#include "sample/Sample.h"
#include "sample/SiteTemplate.h"
#include "scenarios/ScenarioComparisonView.h"
#include "scenarios/ScenarioDock.h"
#include "storage/ProjectFile.h"
#include "util/ElidingStyle.h"
#include "util/Format.h"
#include "util/PlainText.h"
#include "views/PortfolioView.h"
#include "views/RiskView.h"
#include "views/SiteComparison.h"
#include "views/SiteDashboard.h"

// resources/mine2ai.qrc is compiled into the static mine2ai_ui library; a static library's resource
// initialiser must be called explicitly or the linker drops it. Outside any namespace (Qt rule).
static void initResources() {
    Q_INIT_RESOURCE(mine2ai);
}

namespace {

// The editors scroll vertically only, so nothing inside may demand more width than the pane has:
// long combo texts ("Fast-track (overlap design, procurement…)") would otherwise widen the form
// past the pane and push right-aligned values out of sight. The full text stays in the drop-down.
QScrollArea* scrolled(QWidget* w) {
    for (QComboBox* combo : w->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto* area = new QScrollArea;
    area->setWidget(w);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// problemCount counts every problem; core hands over only the first ones.
QString problemsText(const std::vector<m2ai::Problem>& problems, std::size_t problemCount) {
    constexpr std::size_t kShown = 12;
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < kShown; ++i)
        lines << FieldLabels::humanize(ProblemText::problem(problems[i]), m2ai::Portfolio{});
    const std::size_t total = std::max(problemCount, problems.size());
    if (total > kShown) lines << QObject::tr("… and %1 more").arg(total - kShown);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QRect MainWindow::defaultGeometry(const QRect& available) {
    // The window manager adds a title bar and borders outside the geometry set here; leave room
    // for them so that the frame, not only the client area, fits.
    const QSize frameAllowance(16, 48);
    const QSize room = (available.size() - frameAllowance).expandedTo(QSize(640, 480));
    QRect r(QPoint(0, 0), kPreferredSize.boundedTo(room));
    r.moveCenter(available.center());
    // The title bar sits above the client area: keep it on screen.
    r.moveTop(std::max(r.top(), available.top() + frameAllowance.height() - 8));
    return r;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), doc_(new ProjectDocument(this)) {
    initResources();
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/mine2ai.svg")));
    buildActions();
    buildCentral();
    buildMenus();
    buildToolBar();
    connect(InputNotesUi::install(doc_), &InputNotesUi::Filter::message, this, &MainWindow::showMessage);

    computeLabel_ = new QLabel;
    computeLabel_->setObjectName(QStringLiteral("computeLabel"));
    statusBar()->addPermanentWidget(computeLabel_);

    connect(doc_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(doc_, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    // Edit-to-screen time: from the edit (or undo, or load) until the views have repainted. A
    // zero timer runs after the update requests the result handlers posted.
    connect(doc_, &ProjectDocument::recomputed, this, [this](qint64 engineUs) {
        QTimer::singleShot(0, this, [this, engineUs] {
            const double screenMs = static_cast<double>(doc_->nsSinceChange()) / 1.0e6;
            computeLabel_->setText(
                tr("Updated on screen in %1 ms (engines %2 ms)")
                    .arg(QLocale().toString(screenMs, 'f', 1),
                         QLocale().toString(static_cast<double>(engineUs) / 1000.0, 'f', 1)));
        });
    });
    connect(doc_, &ProjectDocument::computeFailed, this,
            [this](const QString& m) { showMessage(tr("Computation failed: %1").arg(m)); });
    // The site combo changes by what changed: rebuilding 10,000 items per edit would cost more
    // than the edit.
    connect(doc_, &ProjectDocument::projectReset, this, &MainWindow::updateSiteCombo);
    connect(doc_, &ProjectDocument::siteInserted, this, [this](int i) {
        const QSignalBlocker block(siteCombo_);
        siteCombo_->insertItem(i, Format::qs(doc_->portfolio().sites[static_cast<size_t>(i)].name));
    });
    connect(doc_, &ProjectDocument::siteRemoved, this, [this](int i) {
        const QSignalBlocker block(siteCombo_);
        siteCombo_->removeItem(i);
    });
    connect(doc_, &ProjectDocument::siteChanged, this, [this](int i) {
        const QString name = Format::qs(doc_->portfolio().sites[static_cast<size_t>(i)].name);
        if (siteCombo_->itemText(i) != name) siteCombo_->setItemText(i, name);
    });
    connect(doc_, &ProjectDocument::currentSiteChanged, this, [this](int i) {
        const QSignalBlocker block(siteCombo_);
        if (siteCombo_->count() != doc_->siteCount())
            updateSiteCombo();
        else
            siteCombo_->setCurrentIndex(i);
        updateActions();
    });
    connect(doc_->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    const QByteArray geometry = AppSettings::windowGeometry();
    // restoreGeometry() moves a saved geometry onto a screen that is smaller now.
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        if (screen)
            setGeometry(defaultGeometry(screen->availableGeometry()));
        else
            resize(kPreferredSize);
    }
    restoreState(AppSettings::windowState());
    if (AppSettings::darkTheme()) {
        darkAct_->setChecked(true);
        Theme::apply(true);
    }
    ElidingStyle::install();  // combo boxes elide at words with a tooltip, in either theme
    updateRecentMenu();
    updateTitle();
    installAutosave();
}

MainWindow::~MainWindow() {
    // doc_ is a child QObject: ~QObject deletes it only after this class (and QMainWindow) are
    // already destroyed, and QUndoStack's destructor emits cleanChanged/indexChanged on the way out.
    // Those signals must not reach slots of this half-destroyed window (UBSan: member call on an
    // object of the wrong dynamic type), so cut every connection from the document to the window
    // while the window is still whole. A window destroyed normally is a clean shutdown: no
    // recovery copy stays behind.
    if (autosave_) {
        autosave_->stop();
        autosave_->discard();
    }
    disconnect(doc_->undoStack(), nullptr, this, nullptr);
    disconnect(doc_, nullptr, this, nullptr);
}

// ---- actions, menus, toolbar ----------------------------------------------------------------

void MainWindow::buildActions() {
    auto make = [this](const QString& text, const QKeySequence& shortcut, const QString& themeIcon,
                       auto slot) {
        auto* a = new QAction(Icons::action(themeIcon), text, this);
        if (!shortcut.isEmpty()) a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    newAct_ = make(tr("&New"), QKeySequence::New, QStringLiteral("document-new"), [this] {
        if (maybeSave()) newProject();
    });
    openAct_ = make(tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"), [this] { open(); });
    saveAct_ = make(tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"), [this] { save(); });
    // Explicit keys: QKeySequence::SaveAs is empty on some platforms (Windows, some themes).
    saveAsAct_ = make(tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("document-save-as"),
                      [this] { saveAs(); });
    closeAct_ = make(tr("&Close"), QKeySequence(tr("Ctrl+W")), QStringLiteral("document-close"), [this] {
        // One project per window: closing it leaves a new untitled one, as KMyMoney and Calc do.
        if (maybeSave()) newProject();
    });
    templateAct_ = make(tr("New from &Template…"), QKeySequence(), QStringLiteral("x-office-spreadsheet"),
                        [this] { newFromTemplate(); });
    importSitesAct_ = make(tr("Import Sites from Spreads&heet…"), QKeySequence(tr("Ctrl+Shift+I")),
                           QStringLiteral("document-import-sites"), [this] { importSites(); });
    importAct_ = make(tr("&Import JSON…"), QKeySequence(tr("Ctrl+I")), QStringLiteral("document-import"),
                      [this] { importJson(); });
    exportJsonAct_ = make(tr("Export &JSON…"), QKeySequence(tr("Ctrl+E")), QStringLiteral("document-export"),
                          [this] { exportJson(); });
    printAct_ = new QAction(Icons::action(QStringLiteral("document-print")), tr("&Print…"), this);
    printAct_->setShortcut(QKeySequence::Print);
    quitAct_ = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"), [this] { close(); });

    undoAct_ = doc_->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAct_->setShortcut(QKeySequence(tr("Ctrl+Z")));
    undoAct_->setIcon(Icons::action(QStringLiteral("edit-undo")));
    redoAct_ = doc_->undoStack()->createRedoAction(this, tr("&Redo"));
    // Both habits: Ctrl+Y (Windows, Calc) and Ctrl+Shift+Z (GNOME, KDE, macOS).
    redoAct_->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence(tr("Ctrl+Shift+Z"))});
    redoAct_->setIcon(Icons::action(QStringLiteral("edit-redo")));
    copyAct_ = make(tr("&Copy"), QKeySequence(tr("Ctrl+C")), QStringLiteral("edit-copy"), [this] { copy(); });
    copyAct_->setObjectName(QStringLiteral("copyAction"));
    pasteAct_ =
        make(tr("&Paste"), QKeySequence(tr("Ctrl+V")), QStringLiteral("edit-paste"), [this] { paste(); });
    pasteAct_->setObjectName(QStringLiteral("pasteAction"));

    addSiteAct_ = make(tr("&Add Site"), QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("list-add"), [this] {
        QString error;
        if (!doc_->addSite(m2ai::newSiteTemplate(tr("Site %1").arg(doc_->siteCount() + 1).toStdString()),
                           &error))
            showMessage(tr("Refused: %1").arg(error));
    });
    duplicateSiteAct_ =
        make(tr("&Duplicate Site"), QKeySequence(tr("Ctrl+D")), QStringLiteral("site-duplicate"), [this] {
            QString error;
            if (!doc_->duplicateSite(doc_->currentSite(), &error)) showMessage(tr("Refused: %1").arg(error));
        });
    removeSiteAct_ =
        make(tr("Re&move Site"), QKeySequence(tr("Ctrl+Del")), QStringLiteral("list-remove"), [this] {
            QString error;
            if (!doc_->removeSite(doc_->currentSite(), &error)) showMessage(tr("Refused: %1").arg(error));
        });

    portfolioViewAct_ = make(tr("&Portfolio"), QKeySequence(tr("Ctrl+1")),
                             QStringLiteral("view-list-details"), [this] { showPortfolio(); });
    siteViewAct_ = make(tr("&Site"), QKeySequence(tr("Ctrl+2")), QStringLiteral("view-statistics"),
                        [this] { showSite(doc_->currentSite()); });
    riskViewAct_ = make(tr("&Risk"), QKeySequence(tr("Ctrl+3")), QStringLiteral("view-risk"), [this] {
        stack_->setCurrentWidget(riskView_);
        riskViewAct_->setChecked(true);
    });
    scenarioViewAct_ = make(tr("Sc&enario Comparison"), QKeySequence(tr("Ctrl+4")),
                            QStringLiteral("view-scenarios"), [this] {
                                stack_->setCurrentWidget(scenarioView_);
                                scenarioViewAct_->setChecked(true);
                            });
    scenarioViewAct_->setCheckable(true);
    portfolioViewAct_->setCheckable(true);
    siteViewAct_->setCheckable(true);
    riskViewAct_->setCheckable(true);
    auto* views = new QActionGroup(this);
    views->addAction(portfolioViewAct_);
    views->addAction(siteViewAct_);
    views->addAction(riskViewAct_);
    views->addAction(scenarioViewAct_);
    portfolioViewAct_->setChecked(true);
    darkAct_ = new QAction(Icons::action(QStringLiteral("view-dark-theme")), tr("&Dark Theme"), this);
    darkAct_->setCheckable(true);
    connect(darkAct_, &QAction::toggled, this, [](bool on) {
        AppSettings::setDarkTheme(on);
        Theme::apply(on);
        ElidingStyle::install();
    });

    guideAct_ = make(tr("&User Guide"), QKeySequence::HelpContents, QStringLiteral("help-contents"),
                     [this] { showUserGuide(); });
    aboutAct_ = make(tr("&About Mine2AI Planner"), QKeySequence(), QStringLiteral("help-about"),
                     [this] { showAbout(); });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAct_);
    file->addAction(templateAct_);
    file->addAction(openAct_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(closeAct_);
    file->addSeparator();
    file->addAction(saveAct_);
    file->addAction(saveAsAct_);
    file->addSeparator();
    file->addAction(importSitesAct_);
    file->addAction(importAct_);
    file->addAction(exportJsonAct_);
    exportMenu_ = file->addMenu(tr("E&xport"));
    exportMenu_->setObjectName(QStringLiteral("exportMenu"));
    // Reports and exports render the current portfolio and its newest result (ui/report, ui/export).
    auto withResult = [this](auto exporter) {
        return [this, exporter] {
            doc_->waitForCompute();
            exporter(this, doc_->portfolio(), doc_->result());
        };
    };
    auto* pdf = exportMenu_->addAction(tr("PDF report…"));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    // The report's risk page: the Risk page's last run, when it is of the portfolio as it is now;
    // else a run made for the report (report/ReportRiskRun.h), which the Risk page then shows.
    auto withRisk = [this](auto exporter) {
        return [this, exporter] {
            doc_->waitForCompute();
            ReportRiskSource risk;
            if (riskView_->runPortfolio() == doc_->portfolio()) risk.current = riskView_->riskReport();
            risk.keep = [view = QPointer<RiskView>(riskView_),
                         portfolio = doc_->portfolio()](const std::shared_ptr<const RiskReport>& report) {
                if (view && report) view->adoptRun(portfolio, *report);
            };
            exporter(this, doc_->portfolio(), doc_->result(), risk);
        };
    };
    connect(pdf, &QAction::triggered, this, withRisk(&exportPdfReport));
    auto* images = exportMenu_->addAction(tr("All charts (PNG and SVG)…"));
    connect(images, &QAction::triggered, this, withResult(&exportAllCharts));
    auto* tables = exportMenu_->addAction(tr("Tables (CSV and Excel workbook)…"));
    connect(tables, &QAction::triggered, this, withResult(&exportTables));
    connect(printAct_, &QAction::triggered, this, withRisk(&printPortfolio));
    file->addAction(printAct_);
    file->addSeparator();
    file->addAction(quitAct_);
    file->setToolTipsVisible(true);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAct_);
    edit->addAction(redoAct_);
    edit->addSeparator();
    edit->addAction(copyAct_);
    edit->addAction(pasteAct_);
    edit->addSeparator();
    edit->addAction(addSiteAct_);
    edit->addAction(duplicateSiteAct_);
    edit->addAction(removeSiteAct_);
    edit->addSeparator();
    auto* costsAct =
        edit->addAction(Icons::action(QStringLiteral("document-properties")), tr("Cost A&ssumptions…"));
    costsAct->setObjectName(QStringLiteral("costAssumptionsAction"));
    connect(costsAct, &QAction::triggered, this, &MainWindow::editCostAssumptions);
    // The same icon as Cost Assumptions: both edit the portfolio's properties.
    auto* financingAct =
        edit->addAction(Icons::action(QStringLiteral("document-properties")), tr("&Tax and Financing…"));
    financingAct->setObjectName(QStringLiteral("taxFinancingAction"));
    connect(financingAct, &QAction::triggered, this, &MainWindow::editTaxAndFinancing);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(portfolioViewAct_);
    view->addAction(siteViewAct_);
    view->addAction(riskViewAct_);
    view->addAction(scenarioViewAct_);
    view->addAction(scenarioDock_->toggleViewAction());
    QAction* compareAct = view->addAction(
        Icons::action(QStringLiteral("site-duplicate")), tr("&Compare Two Sites…"), this, [this] {
            auto* dialog = new SiteComparisonDialog(doc_, this);  // modeless: it follows edits
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    compareAct->setObjectName(QStringLiteral("compareSitesAction"));
    view->addSeparator();
    view->addAction(undoDock_->toggleViewAction());
    view->addSeparator();
    view->addAction(darkAct_);
    Translations::addLanguageMenu(view, this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(guideAct_);
    help->addAction(aboutAct_);
}

void MainWindow::buildToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    // Chinese texts mark their mnemonic as "新建(&N)"; Qt's icon text drops only the "&", so the
    // toolbar would say "新建(N)" (stripped below, after the last button).
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\([A-Za-z0-9]\\)"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(newAct_);
    bar->addAction(openAct_);
    bar->addAction(saveAct_);
    bar->addSeparator();
    // The Edit menu's Undo/Redo say what they undo ("Undo Rename site"); on the toolbar that text
    // would widen the buttons with every edit and push the site picker off screen. The toolbar has
    // its own actions with fixed text; the command is in the tooltip.
    QUndoStack* stack = doc_->undoStack();
    toolUndoAct_ = new QAction(Icons::action(QStringLiteral("edit-undo")), tr("Undo"), this);
    toolUndoAct_->setObjectName(QStringLiteral("toolUndo"));
    toolRedoAct_ = new QAction(Icons::action(QStringLiteral("edit-redo")), tr("Redo"), this);
    toolRedoAct_->setObjectName(QStringLiteral("toolRedo"));
    connect(toolUndoAct_, &QAction::triggered, stack, &QUndoStack::undo);
    connect(toolRedoAct_, &QAction::triggered, stack, &QUndoStack::redo);
    auto updateToolUndo = [this, stack] {
        toolUndoAct_->setEnabled(stack->canUndo());
        toolRedoAct_->setEnabled(stack->canRedo());
        // Plain-text tooltips: a site named "<img …>" must not be drawn (see installAutosave()).
        toolUndoAct_->setToolTip(PlainText::plainTextForAutoDetect(
            stack->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(stack->undoText()) : tr("Nothing to undo")));
        toolRedoAct_->setToolTip(PlainText::plainTextForAutoDetect(
            stack->canRedo() ? tr("Redo %1 (Ctrl+Y)").arg(stack->redoText()) : tr("Nothing to redo")));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateToolUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateToolUndo);
    updateToolUndo();
    bar->addAction(toolUndoAct_);
    bar->addAction(toolRedoAct_);
    bar->addSeparator();
    // In French and Spanish the site buttons' menu texts ("Dupliquer le site", "Duplicar
    // emplazamiento") push the view buttons and the site picker behind the overflow chevron at
    // 1280 px: the toolbar shows a short label of its own (English: the same words), the tooltip
    // keeps the full text.
    for (QAction* a : {addSiteAct_, duplicateSiteAct_, removeSiteAct_})
        a->setToolTip(a->iconText().remove(cjkMnemonic));
    addSiteAct_->setIconText(tr("Add Site", "toolbar button, short"));
    duplicateSiteAct_->setIconText(tr("Duplicate Site", "toolbar button, short"));
    removeSiteAct_->setIconText(tr("Remove Site", "toolbar button, short"));
    bar->addAction(addSiteAct_);
    bar->addAction(duplicateSiteAct_);
    bar->addAction(removeSiteAct_);
    bar->addSeparator();
    bar->addAction(portfolioViewAct_);
    bar->addAction(siteViewAct_);
    siteCombo_ = new QComboBox;
    siteCombo_->setObjectName(QStringLiteral("siteCombo"));
    siteCombo_->setMinimumContentsLength(18);
    siteCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    siteCombo_->setToolTip(tr("Site shown in the site view"));
    connect(siteCombo_, &QComboBox::activated, this, [this](int index) { doc_->setCurrentSite(index); });
    // A long name is cut to the combo's width: the tooltip has all of it.
    connect(siteCombo_, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        siteCombo_->setToolTip(
            PlainText::plainTextForAutoDetect(tr("Site shown in the site view: %1").arg(name)));
    });
    bar->addWidget(siteCombo_);
    for (QAction* a : bar->actions())
        if (a->iconText().contains(cjkMnemonic)) a->setIconText(a->iconText().remove(cjkMnemonic));
}

void MainWindow::buildCentral() {
    stack_ = new QStackedWidget;
    portfolioView_ = new PortfolioView(doc_);
    connect(portfolioView_, &PortfolioView::siteActivated, this, &MainWindow::showSite);
    connect(portfolioView_, &PortfolioView::message, this, &MainWindow::showMessage);
    stack_->addWidget(portfolioView_);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("siteSplitter"));
    editorTabs_ = new QTabWidget;
    siteEditor_ = new SiteEditor(doc_);
    conversionPanel_ = new ConversionPanel(doc_);
    connect(siteEditor_, &SiteEditor::message, this, &MainWindow::showMessage);
    connect(conversionPanel_, &ConversionPanel::message, this, &MainWindow::showMessage);
    editorTabs_->addTab(scrolled(siteEditor_), tr("Site inputs"));
    editorTabs_->addTab(scrolled(conversionPanel_), tr("Conversion steps"));
    editorTabs_->setMinimumWidth(380);
    dashboard_ = new SiteDashboard(doc_);
    split->addWidget(editorTabs_);
    split->addWidget(dashboard_);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 930});
    split->setChildrenCollapsible(false);
    siteView_ = split;
    stack_->addWidget(siteView_);
    riskView_ = new RiskView(doc_);
    stack_->addWidget(riskView_);
    scenarioView_ = new ScenarioComparisonView(doc_);
    stack_->addWidget(scenarioView_);
    scenarioDock_ = new ScenarioDock(doc_, this);
    scenarioDock_->toggleViewAction()->setIcon(Icons::action(QStringLiteral("view-scenarios")));
    connect(scenarioDock_, &ScenarioDock::message, this, &MainWindow::showMessage);
    connect(scenarioDock_, &ScenarioDock::compareRequested, scenarioViewAct_, &QAction::trigger);
    addDockWidget(Qt::RightDockWidgetArea, scenarioDock_);
    scenarioDock_->hide();  // View ▸ Scenarios; restoreState() brings back the user's choice
    setCentralWidget(stack_);

    undoDock_ = new QDockWidget(tr("Undo History"), this);
    undoDock_->setObjectName(QStringLiteral("undoDock"));
    auto* undoView = new QUndoView(doc_->undoStack());
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setCleanIcon(Icons::action(QStringLiteral("document-save")));
    undoDock_->setWidget(undoView);
    undoDock_->toggleViewAction()->setText(tr("Undo &History"));
    undoDock_->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+H")));
    addDockWidget(Qt::RightDockWidgetArea, undoDock_);
    undoDock_->hide();  // shown from the View menu; restoreState() brings back the user's choice
}

void MainWindow::showPortfolio() {
    stack_->setCurrentWidget(portfolioView_);
    portfolioViewAct_->setChecked(true);
}

void MainWindow::showSite(int index) {
    if (index >= 0) doc_->setCurrentSite(index);
    stack_->setCurrentWidget(siteView_);
    siteViewAct_->setChecked(true);
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — Mine2AI Planner").arg(doc_->displayName()));
    setWindowModified(doc_->isModified());
}

void MainWindow::updateSiteCombo() {
    const QSignalBlocker block(siteCombo_);
    siteCombo_->clear();
    for (const auto& s : doc_->portfolio().sites) siteCombo_->addItem(Format::qs(s.name));
    siteCombo_->setCurrentIndex(doc_->currentSite());
}

void MainWindow::updateActions() {
    const bool haveSite = doc_->currentSite() >= 0;
    duplicateSiteAct_->setEnabled(haveSite);
    removeSiteAct_->setEnabled(haveSite && doc_->siteCount() > 1);
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        // A '&' in a file name is text, not a mnemonic.
        QAction* a = recentMenu_->addAction(tr("&%1 %2").arg(i + 1).arg(
            QFileInfo(files[i]).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(PlainText::plainTextForAutoDetect(files[i]));
        const QString& path = files[i];
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openFile(path);
        });
    }
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("clearRecent"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        AppSettings::setRecentFiles({});
        // Rebuilt after the menu has closed: this action belongs to it.
        QTimer::singleShot(0, this, &MainWindow::updateRecentMenu);
    });
    QAction* reopen = recentMenu_->addAction(tr("&Reopen Last Project on Start"));
    reopen->setObjectName(QStringLiteral("reopenLast"));
    reopen->setCheckable(true);
    reopen->setChecked(AppSettings::reopenLastProject());
    connect(reopen, &QAction::toggled, this, [](bool on) { AppSettings::setReopenLastProject(on); });
    recentMenu_->setToolTipsVisible(true);
}

void MainWindow::showMessage(const QString& text) {
    // Core and the document name fields by path; the user reads labels and site names.
    statusBar()->showMessage(FieldLabels::humanize(text, doc_->portfolio()), 8000);
}

// ---- files ------------------------------------------------------------------------------------

void MainWindow::newProject() {
    m2ai::Portfolio p;
    p.sites.push_back(m2ai::newSiteTemplate(tr("Site 1").toStdString()));
    doc_->load(p, QString());
    showPortfolio();
}

void MainWindow::loadSample() {
    doc_->load(m2ai::samplePortfolio(), QString());
    showMessage(tr("Built-in sample portfolio loaded"));
}

bool MainWindow::openFile(const QString& path, bool interactive) {
    // The document reads the file by content with core's loader (the one `mine2ai-cli` uses).
    const ProjectDocument::OpenResult opened = doc_->openFile(path);
    if (!opened.ok) {
        const QString why =
            opened.problems.empty() ? opened.error : problemsText(opened.problems, opened.problemCount);
        const QString text = tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), why);
        if (interactive)
            QMessageBox::warning(this, tr("Open project"), PlainText::plainTextForAutoDetect(text));
        showMessage(text);
        return false;
    }
    if (!opened.imported) {
        AppSettings::addRecentFile(path);
        updateRecentMenu();
    }
    if (!opened.warning.isEmpty()) {
        if (interactive)
            QMessageBox::warning(this, tr("Open project"), PlainText::plainTextForAutoDetect(opened.warning));
        showMessage(opened.message + QStringLiteral(" — ") + opened.warning);
        return true;
    }
    showMessage(opened.message);
    return true;
}

bool MainWindow::saveTo(const QString& path) {
    const ProjectDocument::SaveOutcome saved = doc_->saveAs(path);
    if (!saved.ok) {
        QMessageBox::warning(this, tr("Save project"),
                             PlainText::plainTextForAutoDetect(tr("Could not save: %1").arg(saved.error)));
        return false;
    }
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    updateTitle();
    showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::save() {
    return doc_->filePath().isEmpty() ? saveAs() : saveTo(doc_->filePath());
}

bool MainWindow::saveAs() {
    QFileDialog dialog(this, tr("Save project"), doc_->filePath(), tr("Mine2AI projects (*.m2ai)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("m2ai"));
    // Native dialogs check the name as typed, before any suffix is added: the one overwrite
    // question is asked below, on the final name.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return false;
    return saveAsChosen(dialog.selectedFiles().constFirst());
}

QString MainWindow::finalProjectPath(const QString& chosen) {
    if (chosen.endsWith(QStringLiteral(".m2ai"), Qt::CaseInsensitive)) return chosen;
    return chosen + QStringLiteral(".m2ai");
}

bool MainWindow::saveAsChosen(const QString& chosen) {
    if (chosen.isEmpty()) return false;
    const QString path = finalProjectPath(chosen);
    if (!confirmOverwrite(path)) {
        showMessage(tr("Not saved: %1 was kept").arg(QFileInfo(path).fileName()));
        return false;
    }
    return saveTo(path);
}

bool MainWindow::confirmOverwrite(const QString& path) {
    if (!QFileInfo::exists(path)) return true;
    if (askOverwrite_) return askOverwrite_(path);
    QMessageBox box(QMessageBox::Warning, tr("Save project"),
                    tr("%1 already exists.\nDo you want to replace it?").arg(QFileInfo(path).fileName()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);  // a file name is user text
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::open() {
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(), tr("Mine2AI projects (*.m2ai);;JSON portfolios (*.json)"));
    if (!path.isEmpty()) openFile(path);
}

void MainWindow::importJson() {
    if (!maybeSave()) return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import JSON"), QString(), tr("JSON portfolios (*.json)"));
    if (!path.isEmpty()) openFile(path);
}

void MainWindow::exportJson() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export JSON"), QString(), tr("JSON portfolios (*.json)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".json"))) path += QStringLiteral(".json");
    QSaveFile out(path);  // atomic: the old file stays intact if anything fails
    if (!out.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export JSON"), out.errorString());
        return;
    }
    out.write(QByteArray::fromStdString(m2ai::portfolioToJson(doc_->portfolio())));
    if (!out.commit()) {
        QMessageBox::warning(this, tr("Export JSON"), out.errorString());
        return;
    }
    showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()));
}

bool MainWindow::maybeSave() {
    if (!doc_->isModified()) return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        PlainText::plainTextForAutoDetect(tr("%1 has unsaved changes. Save them?").arg(doc_->displayName())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    // Saved or discarded on purpose: the recovery copy has done its job.
    if (autosave_) autosave_->discard();
    event->accept();
}

// ---- autosave and recovery ----------------------------------------------------------------------

void MainWindow::installAutosave() {
    autosave_ = new Autosave(doc_, Autosave::defaultDirectory(), Autosave::intervalSecondsSetting(), this);
    connect(autosave_, &Autosave::failed, this, &MainWindow::showMessage);
    // The undo/redo tool buttons show the command text as a tooltip, and tooltips guess the text
    // format: a site named "<img src=…>" would be drawn. Give them plain-text tooltips.
    for (QAction* action : {undoAct_, redoAct_})
        connect(action, &QAction::changed, this, [action] {
            const QString tip =
                PlainText::plainTextForAutoDetect(QString(action->text()).remove(QLatin1Char('&')));
            if (action->toolTip() != tip) action->setToolTip(tip);
        });
}

bool MainWindow::offerRecovery() {
    for (const RecoveryCandidate& c : Autosave::findOrphans(Autosave::defaultDirectory())) {
        const QString what = c.originalPath.isEmpty() ? tr("an untitled project (“%1”)").arg(c.projectName)
                                                      : QDir::toNativeSeparators(c.originalPath);
        QMessageBox box(QMessageBox::Warning, tr("Recover unsaved changes"),
                        tr("Mine2AI Planner did not close normally last time.\n\nA recovery copy of %1 "
                           "with unsaved changes was saved %2.\n\nRecover opens it (the original file "
                           "stays as it was until you save); Discard deletes the copy.")
                            .arg(what, QLocale().toString(c.savedAt.toLocalTime(), QLocale::LongFormat)),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton* recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recoverButton);
        box.exec();
        if (box.clickedButton() == recoverButton) {
            if (recover(c)) return true;
            continue;  // recover() said why; the copy stays for the next start
        }
        Autosave::removeCandidate(c);
    }
    return false;
}

bool MainWindow::recover(const RecoveryCandidate& candidate) {
    const ProjectDocument::OpenResult opened =
        doc_->openRecovery(candidate.recoveryPath, candidate.originalPath);
    if (!opened.ok) {
        showMessage(tr("Could not recover %1: %2").arg(candidate.recoveryPath, opened.error));
        return false;
    }
    updateTitle();
    QString error;
    if (!autosave_->writeNow(&error)) {
        showMessage(error);
        return true;  // keep the orphan: it is still the only copy on disk
    }
    Autosave::removeCandidate(candidate);
    showMessage(tr("Recovered unsaved changes from %1")
                    .arg(QLocale().toString(candidate.savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && (url.toLocalFile().endsWith(QStringLiteral(".m2ai")) ||
                                  url.toLocalFile().endsWith(QStringLiteral(".json")))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !maybeSave()) return;
    openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

// ---- help and theme -------------------------------------------------------------------------

void MainWindow::showUserGuide() {
    QFile f(QStringLiteral(":/docs/user-guide.md"));
    QString text =
        f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : tr("The user guide is missing.");
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mine2AI Planner — User Guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(text);
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 620);
    dialog->show();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Mine2AI Planner"),
        tr("<h3>Mine2AI Planner %1</h3>"
           "<p>Plan the conversion of Bitcoin-mining sites into AI data centres: power budget, "
           "PUE, schedule and economics per site and for the portfolio.</p>"
           "<p>Figures and their sources: see the user guide and docs/model.md.</p>")
            .arg(QStringLiteral(M2AI_VERSION)));
}

void MainWindow::editTaxAndFinancing() {
    std::vector<std::string> names;
    names.reserve(doc_->portfolio().sites.size());
    for (const m2ai::Site& site : doc_->portfolio().sites) names.push_back(site.name);
    TaxFinancingDialog dialog(doc_->portfolio().financing, names, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const m2ai::Financing financing = dialog.financing();
    if (financing == doc_->portfolio().financing) return;
    QString error;
    if (!doc_->editPortfolio(
            tr("Edit tax and financing"), QStringLiteral("portfolio.financing"),
            [financing](m2ai::Portfolio& p) { p.financing = financing; }, &error))
        QMessageBox::warning(this, tr("Tax and financing refused"), PlainText::plainTextForAutoDetect(error));
}

void MainWindow::editCostAssumptions() {
    CostAssumptionsDialog dialog(doc_->portfolio().costs, doc_->portfolio().opex, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const m2ai::CostAssumptions costs = dialog.costs();
    const m2ai::OperatingCosts opex = dialog.opex();
    if (costs == doc_->portfolio().costs && opex == doc_->portfolio().opex) return;
    QString error;
    // Costs and operating costs together: one undo step for one dialog.
    if (!doc_->editPortfolio(
            tr("Edit cost assumptions"), QStringLiteral("portfolio.costs"),
            [costs, opex](m2ai::Portfolio& p) {
                p.costs = costs;
                p.opex = opex;
            },
            &error))
        QMessageBox::warning(
            this, tr("Cost assumptions refused"),
            PlainText::plainTextForAutoDetect(FieldLabels::humanize(error, doc_->portfolio())));
}
