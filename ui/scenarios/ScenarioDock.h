#pragma once
// The Scenarios dock: the project's scenarios (add, rename in place, duplicate, delete) and the
// overrides of the selected one, with a small form to set one: where it applies (the portfolio or a
// site), the field, the value. The base is the portfolio as edited; a scenario names only what it
// changes. Every change is one undo step (ScenarioEdits); a refused one says why in the dock and in
// message().
#include <QDockWidget>

class ProjectDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;
class ScenarioOverridesModel;

class ScenarioDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ScenarioDock(ProjectDocument* doc, QWidget* parent = nullptr);

    QListWidget* scenarioList() const { return list_; }
    QTableView* overridesView() const { return overrides_; }
    ScenarioOverridesModel* overridesModel() const { return model_; }
    int currentScenario() const;
    void setCurrentScenario(int index);

    // The buttons' actions (also for tests).
    bool addScenario();
    bool duplicateScenario();
    bool removeScenario();
    bool makeBase();
    // Sets the override the form describes on the current scenario.
    bool applyForm();
    bool removeOverride();
    // Fills the form: target "" = the portfolio, else a site name; path a registry path.
    void setForm(const QString& target, const QString& path, const QString& valueText);
    QString lastError() const { return lastError_; }

signals:
    void message(const QString& text);
    void compareRequested();

private:
    void reloadList();
    void reloadTargets();
    void reloadFields();
    void showValueEditor();
    void loadOverrideIntoForm(int row);
    void onItemChanged(QListWidgetItem* item);
    void report(bool ok, const QString& error);
    void updateButtons();

    ProjectDocument* doc_;
    QListWidget* list_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* duplicate_ = nullptr;
    QPushButton* rename_ = nullptr;
    QPushButton* remove_ = nullptr;
    QPushButton* makeBase_ = nullptr;
    QPushButton* compare_ = nullptr;
    QTableView* overrides_ = nullptr;
    ScenarioOverridesModel* model_ = nullptr;
    QComboBox* target_ = nullptr;
    QComboBox* field_ = nullptr;
    QLineEdit* valueText_ = nullptr;
    QComboBox* valueChoice_ = nullptr;
    QPushButton* set_ = nullptr;
    QPushButton* removeOverride_ = nullptr;
    QLabel* status_ = nullptr;
    QString lastError_;
    bool reloading_ = false;
};
