#pragma once
// The conversion plan of the current site: the four steps in order (GPU install, electrical,
// cooling, facility), each a checkable group, then share converted, schedule mode, phases,
// business terms and the extra schedule tasks. Bound through SiteBinder like the site form.
#include <QWidget>
#include <functional>

#include "model/Portfolio.h"

class ProjectDocument;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;
class QTableView;
class SiteBinder;
class UserTaskTableModel;

class ConversionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConversionPanel(ProjectDocument* doc, QWidget* parent = nullptr);

    QComboBox* redundancyCombo() const { return redundancy_; }
    QComboBox* gpuPlatformCombo() const { return gpuPlatform_; }
    UserTaskTableModel* taskModel() const { return taskModel_; }

signals:
    void message(const QString& text);

private:
    QWidget* buildPlan();
    QWidget* buildGpu();
    QWidget* buildElectrical();
    QWidget* buildCooling();
    QWidget* buildFacility();
    QWidget* buildBusiness();
    QWidget* buildTasks();

    ProjectDocument* doc_;
    SiteBinder* binder_;
    UserTaskTableModel* taskModel_;
    QComboBox* redundancy_ = nullptr;
    QComboBox* gpuPlatform_ = nullptr;
    QTableView* taskTable_ = nullptr;
};
