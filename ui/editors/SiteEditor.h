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
    // Replaces the current site's climate by an EnergyPlus weather file (core/climate/EpwClimate):
    // its monthly means and, for a full year, its 8,760 (8,784) hours; with the station's latitude,
    // longitude and elevation too when `location` says so (Ask: a question box, which also warns when
    // the station is more than kFarStationKm from the site). One undoable edit. false, with the
    // reason sent to message(), when the file is not a readable EPW.
    enum class EpwLocation { Ask, Keep, Take };
    bool importClimateFromEpw(const QString& path, EpwLocation location = EpwLocation::Keep);
    // The last import's distance warning (empty when the station was near or its location taken).
    QString lastEpwWarning() const { return lastEpwWarning_; }

signals:
    void message(const QString& text);

private:
    QWidget* buildLocation();
    QWidget* buildGrid();
    QWidget* buildClimate();
    QWidget* buildMining();
    QWidget* buildDesign();
    void applyCountryPreset(int comboIndex);
    void applyAsic(int comboIndex);

    ProjectDocument* doc_;
    SiteBinder* binder_;
    ClimateTableModel* climateModel_;
    QComboBox* countryCombo_ = nullptr;
    QComboBox* asicCombo_ = nullptr;
    QString lastEpwWarning_;
};
