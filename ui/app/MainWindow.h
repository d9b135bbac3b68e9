#pragma once
// The main window: menus, toolbar, status bar and two views over one ProjectDocument: the
// portfolio (table + portfolio charts) and the site (editor and conversion steps beside the
// dashboard). File handling (new/open/save/import/export, recent files, drag and drop, the
// unsaved-changes prompt) lives here; everything else is delegated.
#include <QMainWindow>
#include <QRect>
#include <QSize>
#include <functional>

#include "model/Portfolio.h"

class Autosave;
class ConversionPanel;
class PortfolioView;
class ProjectDocument;
class QAbstractItemView;
class QAction;
class QDockWidget;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class RiskView;
class ScenarioComparisonView;
class ScenarioDock;
class SiteDashboard;
class SiteEditor;
struct RecoveryCandidate;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectDocument* document() const { return doc_; }
    PortfolioView* portfolioView() const { return portfolioView_; }
    RiskView* riskView() const { return riskView_; }
    ScenarioDock* scenarioDock() const { return scenarioDock_; }
    ScenarioComparisonView* scenarioView() const { return scenarioView_; }
    SiteEditor* siteEditor() const { return siteEditor_; }
    ConversionPanel* conversionPanel() const { return conversionPanel_; }
    SiteDashboard* siteDashboard() const { return dashboard_; }

    // Open a .m2ai project or a portfolio JSON, detected by content (ProjectDocument::openFile).
    // Returns false and shows the reason on failure;
    // `interactive` false reports to the status bar only (command line, tests).
    bool openFile(const QString& path, bool interactive = true);
    bool saveTo(const QString& path);
    // Save As after the file dialog: `chosen` gets the .m2ai extension if it lacks one, and an
    // existing file under the FINAL name is replaced only if the overwrite question says yes.
    bool saveAsChosen(const QString& chosen);
    static QString finalProjectPath(const QString& chosen);
    // The size of the window on first start (no saved geometry): 1366×768 where that fits, else
    // the screen's available area (less the taskbar and a window frame), centred on it.
    static constexpr QSize kPreferredSize{1366, 768};
    static QRect defaultGeometry(const QRect& available);
    // The overwrite question (default: a Yes/No message box); tests answer it without a dialog.
    void setOverwriteQuestion(std::function<bool(const QString& path)> ask) {
        askOverwrite_ = std::move(ask);
    }
    Autosave* autosave() const { return autosave_; }
    // Offers recovery copies left by a session that did not close normally (Recover / Discard).
    // Returns true when one was recovered into this window.
    bool offerRecovery();
    // Loads a recovery copy as a modified project titled after its original file; the copy moves
    // to this session (written again at once, the orphan removed).
    bool recover(const RecoveryCandidate& candidate);
    void loadSample();
    // Opens the most recent project when the setting says so (File › Open Recent); false when
    // nothing was opened.
    bool reopenLastProject();
    // File › Import Sites from Spreadsheet… for a chosen file: the preview dialog, then one undo step.
    bool importSitesFrom(const QString& path);
    // File › New from Template…: the sites template (.xlsx, or .csv by name) with the sample's sites
    // as example rows. *written: the final path (".xlsx" added when the name has no extension).
    bool writeTemplateTo(const QString& chosen, QString* written = nullptr);
    // Edit › Paste into a table (the portfolio or climate table): one undo step or nothing.
    bool pasteInto(QAbstractItemView* view, const QString& tabSeparated);
    QDockWidget* undoDock() const { return undoDock_; }
    void newProject();
    void showPortfolio();
    void showSite(int index);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentral();
    void updateTitle();
    void updateRecentMenu();
    void updateSiteCombo();
    void updateActions();
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void importJson();
    void importSites();
    void newFromTemplate();
    void copy();
    void paste();
    QAbstractItemView* focusedTable() const;
    void exportJson();
    void showUserGuide();
    void showAbout();
    void editCostAssumptions();
    void editTaxAndFinancing();
    void showMessage(const QString& text);
    void installAutosave();
    bool confirmOverwrite(const QString& path);

    ProjectDocument* doc_;
    Autosave* autosave_ = nullptr;
    std::function<bool(const QString& path)> askOverwrite_;
    QStackedWidget* stack_ = nullptr;
    PortfolioView* portfolioView_ = nullptr;
    QWidget* siteView_ = nullptr;
    QTabWidget* editorTabs_ = nullptr;
    SiteEditor* siteEditor_ = nullptr;
    ConversionPanel* conversionPanel_ = nullptr;
    SiteDashboard* dashboard_ = nullptr;
    QComboBox* siteCombo_ = nullptr;
    QLabel* computeLabel_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* exportMenu_ = nullptr;
    QDockWidget* undoDock_ = nullptr;

    QAction* newAct_ = nullptr;
    QAction* openAct_ = nullptr;
    QAction* saveAct_ = nullptr;
    QAction* saveAsAct_ = nullptr;
    QAction* importAct_ = nullptr;
    QAction* exportJsonAct_ = nullptr;
    QAction* printAct_ = nullptr;
    QAction* quitAct_ = nullptr;
    QAction* undoAct_ = nullptr;
    QAction* redoAct_ = nullptr;
    QAction* toolUndoAct_ = nullptr;  // toolbar: fixed text, the command in the tooltip
    QAction* toolRedoAct_ = nullptr;
    QAction* copyAct_ = nullptr;
    QAction* pasteAct_ = nullptr;
    QAction* closeAct_ = nullptr;
    QAction* templateAct_ = nullptr;
    QAction* importSitesAct_ = nullptr;
    QAction* addSiteAct_ = nullptr;
    QAction* duplicateSiteAct_ = nullptr;
    QAction* removeSiteAct_ = nullptr;
    QAction* portfolioViewAct_ = nullptr;
    QAction* siteViewAct_ = nullptr;
    QAction* riskViewAct_ = nullptr;  // the risk page (issue 14)
    RiskView* riskView_ = nullptr;
    QAction* scenarioViewAct_ = nullptr;  // the scenario comparison page (ui/scenarios)
    ScenarioComparisonView* scenarioView_ = nullptr;
    ScenarioDock* scenarioDock_ = nullptr;
    QAction* darkAct_ = nullptr;
    QAction* guideAct_ = nullptr;
    QAction* aboutAct_ = nullptr;
};
