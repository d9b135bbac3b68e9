#pragma once
// The site form: location and country preset, grid and energy, the 12-month climate and the mining
// fleet. Every input is bound to the current site through SiteBinder (validated, undoable).
#include <QWidget>
#include <functional>

#include "model/Portfolio.h"

class ClimateTableModel;
class ProjectDocument;
class QComboBox;
class QDoubleSpinBox;
class SiteBinder;

class SiteEditor : public QWidget {
    Q_OBJECT
public:
    explicit SiteEditor(ProjectDocument* doc, QWidget* parent = nullptr);

    // For tests and the screenshot tool: the spin box of a field by its path ("gridInterconnectMw").
    QDoubleSpinBox* doubleField(const QString& path) const;
    QComboBox* countryCombo() const { return countryCombo_; }
    // Replaces the current site's 12-month climate by the monthly means of an EnergyPlus weather file
    // (core/climate/EpwClimate), as one undoable edit. false, with the reason sent to message(), when
    // the file is not a readable EPW.
    bool importClimateFromEpw(const QString& path);

signals:
    void message(const QString& text);

private:
    QWidget* buildLocation();
    QWidget* buildGrid();
    QWidget* buildClimate();
    QWidget* buildMining();
    void applyCountryPreset(int comboIndex);
    void applyAsic(int comboIndex);

    ProjectDocument* doc_;
    SiteBinder* binder_;
    ClimateTableModel* climateModel_;
    QComboBox* countryCombo_ = nullptr;
    QComboBox* asicCombo_ = nullptr;
};
