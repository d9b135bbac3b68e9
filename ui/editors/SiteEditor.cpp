#include "editors/SiteEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "app/CatalogueText.h"
#include "app/InputNotesUi.h"
#include "app/ProblemText.h"
#include "catalogue/Catalogue.h"
#include "climate/EpwClimate.h"
#include "climate/HourlyClimate.h"
#include "climate/SiteClimateRules.h"
#include "document/ProjectDocument.h"
#include "editors/FieldHints.h"
#include "editors/RangeSpinBox.h"
#include "editors/SiteBinder.h"
#include "models/ClimateTableModel.h"
#include "util/Format.h"

namespace {

QString energyLabel(m2ai::EnergySource e) {
    switch (e) {
        case m2ai::EnergySource::Hydro:
            return SiteEditor::tr("Hydro");
        case m2ai::EnergySource::NaturalGas:
            return SiteEditor::tr("Natural gas");
        case m2ai::EnergySource::GridMix:
            return SiteEditor::tr("Grid mix");
        case m2ai::EnergySource::Nuclear:
            return SiteEditor::tr("Nuclear");
        case m2ai::EnergySource::Other:
            return SiteEditor::tr("Other");
    }
    return {};
}

}  // namespace

SiteEditor::SiteEditor(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      binder_(new SiteBinder(doc, this)),
      climateModel_(new ClimateTableModel(doc, this)) {
    connect(binder_, &SiteBinder::message, this, &SiteEditor::message);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildLocation());
    layout->addWidget(buildGrid());
    layout->addWidget(buildMining());
    layout->addWidget(buildClimate());
    layout->addWidget(buildDesign());
    layout->addStretch(1);
    binder_->refresh();
}

QDoubleSpinBox* SiteEditor::doubleField(const QString& path) const {
    return findChild<QDoubleSpinBox*>(path);
}

QWidget* SiteEditor::buildLocation() {
    auto* box = new QGroupBox(tr("Site"));
    auto* form = new QFormLayout(box);

    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("name"));
    binder_->bindText(
        name, QStringLiteral("name"), tr("Rename site"), [](const m2ai::Site& s) { return s.name; },
        [](m2ai::Site& s, std::string v) { s.name = std::move(v); });
    form->addRow(tr("Name"), name);

    countryCombo_ = new QComboBox;
    countryCombo_->setObjectName(QStringLiteral("countryPreset"));
    countryCombo_->addItem(tr("Custom"), QString());
    for (const auto& c : m2ai::defaultCatalogue().countries)
        countryCombo_->addItem(CatalogueText::countryName(c), Format::qs(c.id));
    countryCombo_->setToolTip(
        tr("Fills latitude, longitude, energy source, power price, grid carbon and the "
           "12-month climate from the preset (one undo step)"));
    InputNotesUi::tagInput(countryCombo_, QStringLiteral("country"));  // its note is the country's
    connect(countryCombo_, &QComboBox::activated, this, &SiteEditor::applyCountryPreset);
    binder_->onRefresh([this](const m2ai::Site& s) {
        const QSignalBlocker block(countryCombo_);
        const int i = countryCombo_->findData(Format::qs(s.country));
        countryCombo_->setCurrentIndex(i < 0 ? 0 : i);
    });
    form->addRow(tr("Country preset"), countryCombo_);

    auto* country = new QLineEdit;
    country->setObjectName(QStringLiteral("country"));
    binder_->bindText(
        country, QStringLiteral("country"), tr("Change country"),
        [](const m2ai::Site& s) { return s.country; },
        [](m2ai::Site& s, std::string v) { s.country = std::move(v); });
    form->addRow(tr("Country"), country);
    form->addRow(tr("Latitude"), binder_->doubleSpin(
                                     QStringLiteral("latitudeDeg"), tr(" °"), 3, tr("Change latitude"),
                                     [](const m2ai::Site& s) { return s.latitudeDeg; },
                                     [](m2ai::Site& s, double v) { s.latitudeDeg = v; }));
    form->addRow(tr("Longitude"), binder_->doubleSpin(
                                      QStringLiteral("longitudeDeg"), tr(" °"), 3, tr("Change longitude"),
                                      [](const m2ai::Site& s) { return s.longitudeDeg; },
                                      [](m2ai::Site& s, double v) { s.longitudeDeg = v; }));
    return box;
}

QWidget* SiteEditor::buildGrid() {
    auto* box = new QGroupBox(tr("Grid and energy"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Grid interconnect today"),
                 binder_->doubleSpin(
                     QStringLiteral("gridInterconnectMw"), tr(" MW"), 1, tr("Change grid interconnect"),
                     [](const m2ai::Site& s) { return s.gridInterconnectMw; },
                     [](m2ai::Site& s, double v) { s.gridInterconnectMw = v; }));

    // Grid queue: optional extra capacity from a month on.
    auto* queued = new QCheckBox(tr("Extra capacity requested"));
    queued->setObjectName(QStringLiteral("gridQueue"));
    binder_->bindBool(
        queued, QStringLiteral("gridQueue"), tr("Toggle grid queue"),
        [](const m2ai::Site& s) { return s.gridQueue.has_value(); },
        [](m2ai::Site& s, bool on) {
            if (on && !s.gridQueue) s.gridQueue = m2ai::GridQueue{};
            if (!on) s.gridQueue.reset();
        });
    form->addRow(tr("Grid queue"), queued);
    auto* extra = binder_->doubleSpin(
        QStringLiteral("gridQueue.extraMw"), tr(" MW"), 1, tr("Change queued grid capacity"),
        [](const m2ai::Site& s) { return s.gridQueue ? s.gridQueue->extraMw : 0.0; },
        [](m2ai::Site& s, double v) {
            if (s.gridQueue) s.gridQueue->extraMw = v;
        });
    form->addRow(tr("Queued extra"), extra);
    auto* queueYear = new RangeSpinBox;
    queueYear->setRange(2000, 2100);
    queueYear->setFieldLabel(tr("Grid queue year"));
    auto* queueMonth = new RangeSpinBox;
    queueMonth->setRange(1, 12);
    queueMonth->setFieldLabel(tr("Grid queue month"));
    queueYear->setToolTip(tr("Year the queued capacity becomes available"));
    queueMonth->setToolTip(tr("Month (1–12) the queued capacity becomes available"));
    binder_->bindInt(
        queueYear, QStringLiteral("gridQueue.year"), tr("Change grid queue date"),
        [](const m2ai::Site& s) { return s.gridQueue ? s.gridQueue->availableMonth.year : 2028; },
        [](m2ai::Site& s, int v) {
            if (s.gridQueue) s.gridQueue->availableMonth.year = v;
        });
    binder_->bindInt(
        queueMonth, QStringLiteral("gridQueue.month"), tr("Change grid queue date"),
        [](const m2ai::Site& s) { return s.gridQueue ? s.gridQueue->availableMonth.month : 1; },
        [](m2ai::Site& s, int v) {
            if (s.gridQueue) s.gridQueue->availableMonth.month = v;
        });
    auto* when = new QWidget;
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(queueYear);
    whenLayout->addWidget(queueMonth);
    form->addRow(tr("Available from (year, month)"), when);
    binder_->onRefresh([=](const m2ai::Site& s) {
        extra->setEnabled(s.gridQueue.has_value());
        when->setEnabled(s.gridQueue.has_value());
    });

    auto* energy = new QComboBox;
    energy->setObjectName(QStringLiteral("energySource"));
    for (const auto& [e, n] : m2ai::EnumNames<m2ai::EnergySource>::names)
        energy->addItem(energyLabel(e), static_cast<int>(e));
    binder_->bindCombo(
        energy, QStringLiteral("energySource"), tr("Change energy source"),
        [](const m2ai::Site& s) { return static_cast<int>(s.energySource); },
        [](m2ai::Site& s, int v) { s.energySource = static_cast<m2ai::EnergySource>(v); });
    form->addRow(tr("Energy source"), energy);
    form->addRow(tr("Power price"),
                 binder_->doubleSpin(
                     QStringLiteral("powerPriceUsdPerMwh"), tr(" USD/MWh"), 2, tr("Change power price"),
                     [](const m2ai::Site& s) { return s.powerPriceUsdPerMwh; },
                     [](m2ai::Site& s, double v) { s.powerPriceUsdPerMwh = v; }));
    form->addRow(
        tr("Price escalation"),
        binder_->doubleSpin(
            QStringLiteral("powerPriceEscalationPctPerYear"), tr(" %/yr"), 2, tr("Change price escalation"),
            [](const m2ai::Site& s) { return s.powerPriceEscalationPctPerYear; },
            [](m2ai::Site& s, double v) { s.powerPriceEscalationPctPerYear = v; }));
    form->addRow(tr("Grid carbon"),
                 binder_->doubleSpin(
                     QStringLiteral("gridCarbonGPerKwh"), tr(" g/kWh"), 0, tr("Change grid carbon"),
                     [](const m2ai::Site& s) { return s.gridCarbonGPerKwh; },
                     [](m2ai::Site& s, double v) { s.gridCarbonGPerKwh = v; }));
    return box;
}

QWidget* SiteEditor::buildClimate() {
    auto* box = new QGroupBox(tr("Climate (monthly normals)"));
    auto* layout = new QVBoxLayout(box);
    auto* table = new QTableView;
    table->setObjectName(QStringLiteral("climateTable"));
    table->setModel(climateModel_);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setMinimumHeight(13 * (table->fontMetrics().height() + 6) + 4);
    table->setToolTip(
        tr("Double-click a cell to edit. The preset values come from the country's climate "
           "normals (domain.md §6.1–6.2)."));
    connect(climateModel_, &ClimateTableModel::refused, this,
            [this](const QString& reason) { emit message(tr("Refused: %1").arg(reason)); });
    layout->addWidget(table);
    auto* importEpw = new QPushButton(tr("Import from EPW weather file…"));
    importEpw->setObjectName(QStringLiteral("importEpw"));
    importEpw->setToolTip(
        tr("Replace the climate by an EnergyPlus weather file (TMY/EPW): its 8,760 hours (PUE and water "
           "are then computed hour by hour and the plant sized on its 0.4 % hours) and their monthly "
           "means; wet-bulb is computed from dry-bulb, humidity and pressure hour by hour. Offers the "
           "station's location and elevation for the site."));
    connect(importEpw, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import climate from EPW"), QString(),
                                         tr("EnergyPlus weather files (*.epw);;All files (*)"));
        if (!path.isEmpty()) importClimateFromEpw(path, EpwLocation::Ask);
    });
    layout->addWidget(importEpw, 0, Qt::AlignRight);
    return box;
}

bool SiteEditor::importClimateFromEpw(const QString& path, EpwLocation location) {
    lastEpwWarning_.clear();
    const m2ai::EpwClimate epw = m2ai::readEpwClimate(path.toStdString());
    if (!epw.ok) {
        emit message(tr("Climate not imported: %1").arg(ProblemText::message(epw.message)));
        return false;
    }
    // A year with an impossible hour keeps the monthly means only (the engines would refuse it).
    const bool hourly = m2ai::checkHourlyClimate(epw.hourly).ok;
    const int current = doc_->currentSite();
    const auto& sites = doc_->portfolio().sites;
    const m2ai::Site* site = current >= 0 && static_cast<std::size_t>(current) < sites.size()
                                 ? &sites[static_cast<std::size_t>(current)]
                                 : nullptr;
    const double km =
        site ? m2ai::greatCircleKm(site->latitudeDeg, site->longitudeDeg, epw.latitudeDeg, epw.longitudeDeg)
             : 0.0;
    const QString far = km > m2ai::kFarStationKm
                            ? tr("The station %1 is %2 km from the site (more than %3 km): its hours may "
                                 "not represent the site.")
                                  .arg(Format::qs(epw.location))
                                  .arg(km, 0, 'f', 0)
                                  .arg(m2ai::kFarStationKm, 0, 'f', 0)
                            : QString();
    if (location == EpwLocation::Ask) {
        const QString question = tr("Also use the station's location for the site?\n\n%1: %2°, %3°, %4 m.")
                                     .arg(Format::qs(epw.location))
                                     .arg(epw.latitudeDeg, 0, 'f', 2)
                                     .arg(epw.longitudeDeg, 0, 'f', 2)
                                     .arg(epw.elevationM, 0, 'f', 0) +
                                 (far.isEmpty() ? QString() : QStringLiteral("\n\n") + far);
        const auto answer =
            QMessageBox::question(this, tr("Import climate"), question,
                                  QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel) return false;
        location = answer == QMessageBox::Yes ? EpwLocation::Take : EpwLocation::Keep;
    }
    const bool take = location == EpwLocation::Take;
    const bool ok = binder_->edit(
        tr("Import climate from %1").arg(QFileInfo(path).fileName()), QString(),
        [&epw, hourly, take](m2ai::Site& s) {
            s.climate = epw.climate;
            if (hourly)
                s.hourlyClimate = epw.hourly;
            else
                s.hourlyClimate.reset();
            if (take) {
                s.latitudeDeg = epw.latitudeDeg;
                s.longitudeDeg = epw.longitudeDeg;
                s.siteClimate.elevationM = epw.elevationM;
            }
        },
        nullptr);
    if (!ok) return false;
    if (!take) lastEpwWarning_ = far;
    QString text = hourly ? tr("Climate from %1 (%2 hours, PUE and water hour by hour)")
                                .arg(Format::qs(epw.location))
                                .arg(epw.hourly.dryBulbC.size())
                          : tr("Climate from %1 (%2 hours, monthly means only)")
                                .arg(Format::qs(epw.location))
                                .arg(epw.hours);
    if (take) text += tr("; location and elevation from the station");
    if (!lastEpwWarning_.isEmpty()) text += QStringLiteral(". ") + lastEpwWarning_;
    emit message(text);
    return true;
}

// Design day and altitude (model/SiteClimate.h): the design temperature sizes a site without hourly
// weather; the elevation thins the air the fans move.
QWidget* SiteEditor::buildDesign() {
    auto* box = new QGroupBox(tr("Design day and altitude"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Elevation"),
                 binder_->doubleSpin(
                     QStringLiteral("siteClimate.elevationM"), tr(" m"), 0, tr("Change elevation"),
                     [](const m2ai::Site& s) { return s.siteClimate.elevationM; },
                     [](m2ai::Site& s, double v) { s.siteClimate.elevationM = v; }));
    // Index into kDesignPercentiles; a value outside them (refused by validation) shows as 0.4 %.
    auto* percentile = new QComboBox;
    percentile->setObjectName(QStringLiteral("siteClimate.designPercentile"));
    percentile->addItem(tr("0.4 % (ASHRAE default)"), 0);
    percentile->addItem(tr("1 %"), 1);
    percentile->addItem(tr("2 %"), 2);
    percentile->setToolTip(
        tr("For a site with hourly weather: the share of the year's hours allowed above the design "
           "dry-bulb and wet-bulb the cooling plant is sized for, taken from the file's own hours "
           "(ASHRAE Handbook—Fundamentals ch. 14 annual cooling percentiles). 0.4 % is the usual data-centre "
           "choice; 1 % and 2 % size for milder hours and so leave more power for IT. A site with monthly "
           "climate only uses the design temperature below."));
    binder_->bindCombo(
        percentile, QStringLiteral("siteClimate.designPercentile"), tr("Change design percentile"),
        [](const m2ai::Site& s) {
            for (int i = 0; i < 3; ++i)
                if (m2ai::kDesignPercentiles[i] == s.siteClimate.designPercentile) return i;
            return 0;
        },
        [](m2ai::Site& s, int v) { s.siteClimate.designPercentile = m2ai::kDesignPercentiles[v]; });
    form->addRow(tr("Design percentile"), percentile);
    auto* useDesign = new QCheckBox(tr("Size the plant on a design temperature"));
    useDesign->setObjectName(QStringLiteral("siteClimate.design"));
    useDesign->setToolTip(
        tr("For a site without hourly weather: the 0.4 % annual cooling dry-bulb and evaporation "
           "wet-bulb (ASHRAE). Off: the hottest month's mean sizes the plant. A country preset proposes "
           "one (docs/model.md \"Design temperature defaults\"); an imported EPW brings its own hours."));
    binder_->bindBool(
        useDesign, QStringLiteral("siteClimate.design"), tr("Change design temperature"),
        [](const m2ai::Site& s) { return s.siteClimate.design.has_value(); },
        [](m2ai::Site& s, bool on) {
            if (!on) {
                s.siteClimate.design.reset();
                return;
            }
            // Start from the country preset's value, else from the hottest month.
            if (const auto* d = m2ai::countryDesignDefault(s.country)) {
                s.siteClimate.design = m2ai::DesignTemperature{d->designDryBulbC, d->designWetBulbC};
                return;
            }
            std::size_t hot = 0;
            for (std::size_t m = 1; m < 12; ++m)
                if (s.climate.dryBulbC[m] > s.climate.dryBulbC[hot]) hot = m;
            s.siteClimate.design = m2ai::DesignTemperature{s.climate.dryBulbC[hot], s.climate.wetBulbC[hot]};
        });
    form->addRow(useDesign);
    auto* dry = binder_->doubleSpin(
        QStringLiteral("siteClimate.design.dryBulbC"), tr(" °C"), 1, tr("Change design dry-bulb"),
        [](const m2ai::Site& s) { return s.siteClimate.design ? s.siteClimate.design->dryBulbC : 0.0; },
        [](m2ai::Site& s, double v) {
            if (!s.siteClimate.design) s.siteClimate.design = m2ai::DesignTemperature{v, std::min(v, 0.0)};
            s.siteClimate.design->dryBulbC = v;
        });
    auto* wet = binder_->doubleSpin(
        QStringLiteral("siteClimate.design.wetBulbC"), tr(" °C"), 1, tr("Change design wet-bulb"),
        [](const m2ai::Site& s) { return s.siteClimate.design ? s.siteClimate.design->wetBulbC : 0.0; },
        [](m2ai::Site& s, double v) {
            if (!s.siteClimate.design) s.siteClimate.design = m2ai::DesignTemperature{std::max(v, 0.0), v};
            s.siteClimate.design->wetBulbC = v;
        });
    form->addRow(tr("Design dry-bulb"), dry);
    form->addRow(tr("Design wet-bulb"), wet);
    binder_->onRefresh([dry, wet](const m2ai::Site& s) {
        dry->setEnabled(s.siteClimate.design.has_value());
        wet->setEnabled(s.siteClimate.design.has_value());
    });
    return box;
}

QWidget* SiteEditor::buildMining() {
    auto* box = new QGroupBox(tr("Mining fleet today"));
    auto* form = new QFormLayout(box);
    asicCombo_ = new QComboBox;
    asicCombo_->setObjectName(QStringLiteral("asicModel"));
    for (const auto& a : m2ai::defaultCatalogue().asicModels)
        asicCombo_->addItem(Format::qs(a.name), Format::qs(a.id));
    asicCombo_->addItem(tr("Custom"), QString());
    asicCombo_->setToolTip(tr("Fills kW and TH/s per unit from the ASIC catalogue"));
    InputNotesUi::tagInput(asicCombo_, QStringLiteral("mining.asicModel"));
    connect(asicCombo_, &QComboBox::activated, this, &SiteEditor::applyAsic);
    binder_->onRefresh([this](const m2ai::Site& s) {
        const QSignalBlocker block(asicCombo_);
        int i = asicCombo_->findData(Format::qs(s.mining.asicModel));
        if (i < 0) i = asicCombo_->findText(Format::qs(s.mining.asicModel));
        asicCombo_->setCurrentIndex(i < 0 ? asicCombo_->count() - 1 : i);
    });
    form->addRow(tr("ASIC model"), asicCombo_);

    auto* units = new RangeSpinBox;
    units->setObjectName(QStringLiteral("mining.units"));
    FieldHints::apply(units, QStringLiteral("mining.units"), QString());
    binder_->bindInt(
        units, QStringLiteral("mining.units"), tr("Change ASIC count"),
        [](const m2ai::Site& s) { return s.mining.units; }, [](m2ai::Site& s, int v) { s.mining.units = v; });
    form->addRow(tr("Units"), units);
    form->addRow(tr("Power per unit"),
                 binder_->doubleSpin(
                     QStringLiteral("mining.kwPerUnit"), tr(" kW"), 2, tr("Change ASIC power"),
                     [](const m2ai::Site& s) { return s.mining.kwPerUnit; },
                     [](m2ai::Site& s, double v) { s.mining.kwPerUnit = v; }));
    form->addRow(tr("Hashrate per unit"),
                 binder_->doubleSpin(
                     QStringLiteral("mining.thPerSecondPerUnit"), tr(" TH/s"), 1, tr("Change ASIC hashrate"),
                     [](const m2ai::Site& s) { return s.mining.thPerSecondPerUnit; },
                     [](m2ai::Site& s, double v) { s.mining.thPerSecondPerUnit = v; }));
    form->addRow(tr("Mining PUE"),
                 binder_->doubleSpin(
                     QStringLiteral("mining.miningPue"), QString(), 2, tr("Change mining PUE"),
                     [](const m2ai::Site& s) { return s.mining.miningPue; },
                     [](m2ai::Site& s, double v) { s.mining.miningPue = v; }));
    form->addRow(tr("Hashprice"), binder_->doubleSpin(
                                      QStringLiteral("mining.hashpriceUsdPerPhDay"), tr(" USD/PH/day"), 2,
                                      tr("Change hashprice"),
                                      [](const m2ai::Site& s) { return s.mining.hashpriceUsdPerPhDay; },
                                      [](m2ai::Site& s, double v) { s.mining.hashpriceUsdPerPhDay = v; }));
    form->addRow(
        tr("Hashprice change"),
        binder_->doubleSpin(
            QStringLiteral("mining.hashpriceChangePctPerYear"), tr(" %/yr"), 1, tr("Change hashprice trend"),
            [](const m2ai::Site& s) { return s.mining.hashpriceChangePctPerYear; },
            [](m2ai::Site& s, double v) { s.mining.hashpriceChangePctPerYear = v; }));
    form->addRow(tr("Uptime"), binder_->doubleSpin(
                                   QStringLiteral("mining.uptimePct"), tr(" %"), 1, tr("Change uptime"),
                                   [](const m2ai::Site& s) { return s.mining.uptimePct; },
                                   [](m2ai::Site& s, double v) { s.mining.uptimePct = v; }));
    return box;
}

void SiteEditor::applyCountryPreset(int comboIndex) {
    const QString id = countryCombo_->itemData(comboIndex).toString();
    const m2ai::CountryPreset* preset = m2ai::defaultCatalogue().country(id.toStdString());
    if (!preset) return;  // "Custom": keep the site's own values
    binder_->edit(
        tr("Apply country preset %1").arg(Format::qs(preset->name)), QString(),
        [preset](m2ai::Site& s) {
            s.country = preset->id;
            s.latitudeDeg = preset->latitudeDeg;
            s.longitudeDeg = preset->longitudeDeg;
            s.energySource = preset->energySource;
            s.powerPriceUsdPerMwh = preset->powerPriceUsdPerMwh;
            s.gridCarbonGPerKwh = preset->gridCarbonGPerKwh;
            s.climate.dryBulbC = preset->dryBulbC;
            s.climate.wetBulbC = preset->wetBulbC;
            // The preset's representative station: design day and altitude (docs/model.md).
            if (const auto* d = m2ai::countryDesignDefault(preset->id)) {
                s.siteClimate.design = m2ai::DesignTemperature{d->designDryBulbC, d->designWetBulbC};
                s.siteClimate.elevationM = d->elevationM;
            }
        },
        countryCombo_);
}

void SiteEditor::applyAsic(int comboIndex) {
    const QString id = asicCombo_->itemData(comboIndex).toString();
    const m2ai::AsicModel* asic = m2ai::defaultCatalogue().asic(id.toStdString());
    if (!asic) return;
    binder_->edit(
        tr("Change ASIC model"), QString(),
        [asic](m2ai::Site& s) {
            s.mining.asicModel = asic->name;
            s.mining.kwPerUnit = asic->kwPerUnit;
            s.mining.thPerSecondPerUnit = asic->thPerSecondPerUnit;
        },
        asicCombo_);
}
