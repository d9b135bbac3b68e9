#include "views/SiteComparison.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "app/CatalogueText.h"
#include "app/FieldLabels.h"
#include "catalogue/Catalogue.h"
#include "document/ProjectDocument.h"
#include "util/Format.h"

namespace SiteComparison {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SiteComparison", text);
}

QString yesNo(bool on) {
    return on ? tr("yes") : tr("no");
}

}  // namespace

std::vector<Row> compare(const m2ai::Portfolio& portfolio, int a, int b, const m2ai::SiteResult* ra,
                         const m2ai::SiteResult* rb) {
    std::vector<Row> rows;
    const int n = static_cast<int>(portfolio.sites.size());
    if (a < 0 || b < 0 || a >= n || b >= n) return rows;
    const m2ai::Site& sa = portfolio.sites[static_cast<size_t>(a)];
    const m2ai::Site& sb = portfolio.sites[static_cast<size_t>(b)];
    const QString inputs = tr("Inputs");
    auto input = [&](const QString& field, auto value) {
        const QString label = FieldLabels::label(field);
        const QString va = value(sa);
        const QString vb = value(sb);
        rows.push_back({inputs, label.isEmpty() ? field : label, va, vb, va != vb});
    };
    using S = const m2ai::Site&;
    input(QStringLiteral("name"), [](S s) { return Format::qs(s.name); });
    input(QStringLiteral("country"), [](S s) { return Format::qs(s.country); });
    input(QStringLiteral("gridInterconnectMw"), [](S s) { return Format::mw(s.gridInterconnectMw); });
    input(QStringLiteral("gridQueue.extraMw"),
          [](S s) { return s.gridQueue ? Format::mw(s.gridQueue->extraMw) : QStringLiteral("—"); });
    input(QStringLiteral("gridQueue.availableMonth"), [](S s) {
        return s.gridQueue ? Format::yearMonth(s.gridQueue->availableMonth) : QStringLiteral("—");
    });
    input(QStringLiteral("energySource"), [](S s) { return Format::energySourceName(s.energySource); });
    input(QStringLiteral("powerPriceUsdPerMwh"),
          [](S s) { return tr("%1 USD/MWh").arg(Format::number(s.powerPriceUsdPerMwh, 2)); });
    input(QStringLiteral("powerPriceEscalationPctPerYear"),
          [](S s) { return tr("%1 per year").arg(Format::percent(s.powerPriceEscalationPctPerYear)); });
    input(QStringLiteral("gridCarbonGPerKwh"),
          [](S s) { return tr("%1 g/kWh").arg(Format::number(s.gridCarbonGPerKwh, 0)); });
    input(QStringLiteral("mining.asicModel"), [](S s) { return Format::qs(s.mining.asicModel); });
    input(QStringLiteral("mining.units"), [](S s) { return Format::count(s.mining.units); });
    input(QStringLiteral("mining.hashpriceUsdPerPhDay"),
          [](S s) { return tr("%1 USD/PH/day").arg(Format::number(s.mining.hashpriceUsdPerPhDay, 2)); });
    input(QStringLiteral("plan.convertedSharePct"),
          [](S s) { return Format::percent(s.plan.convertedSharePct); });
    input(QStringLiteral("plan.scheduleMode"),
          [](S s) { return Format::scheduleModeName(s.plan.scheduleMode); });
    input(QStringLiteral("plan.business.model"),
          [](S s) { return Format::businessModelName(s.plan.business.model); });
    input(QStringLiteral("plan.business.colocationUsdPerKwMonth"), [](S s) {
        return tr("%1 USD/kW-month").arg(Format::number(s.plan.business.colocationUsdPerKwMonth, 2));
    });
    input(QStringLiteral("plan.business.gpuUsdPerHour"),
          [](S s) { return tr("%1 USD/GPU-hour").arg(Format::number(s.plan.business.gpuUsdPerHour, 2)); });
    input(QStringLiteral("plan.gpu.platformId"), [](S s) {
        if (!s.plan.gpu.enabled) return tr("step off");
        // The platform's name, not its catalogue id ("NVIDIA GB300 NVL72", not "gb300-nvl72").
        const m2ai::GpuPlatform* g = m2ai::defaultCatalogue().gpu(s.plan.gpu.platformId);
        return g ? CatalogueText::gpuName(*g) : Format::qs(s.plan.gpu.platformId);
    });
    input(QStringLiteral("plan.gpu.kwPerRack"),
          [](S s) { return tr("%1 kW").arg(Format::number(s.plan.gpu.kwPerRack, 1)); });
    input(QStringLiteral("plan.gpu.gpusPerRack"), [](S s) { return Format::count(s.plan.gpu.gpusPerRack); });
    input(QStringLiteral("plan.gpu.priceUsdPerGpu"),
          [](S s) { return tr("%1 USD").arg(Format::number(s.plan.gpu.priceUsdPerGpu, 0)); });
    input(QStringLiteral("plan.electrical.redundancy"),
          [](S s) { return Format::redundancyName(s.plan.electrical.redundancy); });
    input(QStringLiteral("plan.electrical.blockSizeMw"),
          [](S s) { return Format::mw(s.plan.electrical.blockSizeMw); });
    input(QStringLiteral("plan.electrical.installedBlocks"),
          [](S s) { return Format::count(s.plan.electrical.installedBlocks); });
    input(QStringLiteral("plan.cooling.technology"), [](S s) {
        if (!s.plan.cooling.enabled) return tr("air-cooled as mined");
        return CatalogueText::coolingName(s.plan.cooling.technology);
    });
    input(QStringLiteral("plan.facility.certification"),
          [](S s) { return Format::certificationName(s.plan.facility.certification); });
    input(QStringLiteral("plan.energisationPhases"),
          [](S s) { return Format::count(s.plan.energisationPhases); });
    rows.push_back({inputs, tr("Hourly weather"), yesNo(sa.hourlyClimate.has_value()),
                    yesNo(sb.hourlyClimate.has_value()),
                    sa.hourlyClimate.has_value() != sb.hourlyClimate.has_value()});

    const QString results = tr("Results");
    const m2ai::YearMonth start = portfolio.startMonth;
    auto result = [&](const QString& label, auto value) {
        const QString va = ra ? value(*ra) : QStringLiteral("—");
        const QString vb = rb ? value(*rb) : QStringLiteral("—");
        rows.push_back({results, label, va, vb, va != vb});
    };
    using R = const m2ai::SiteResult&;
    auto money = [](double usd, const m2ai::SiteResult& r) {
        return r.feasible ? Format::usdMillions(usd) : Format::infeasible();
    };
    result(tr("Feasible"), [](R r) { return yesNo(r.feasible); });
    result(tr("IT load"), [](R r) { return Format::mw(r.power.itMw); });
    result(tr("GPUs"), [](R r) { return Format::count(r.power.gpus); });
    result(tr("Annual PUE"), [](R r) { return Format::pue(r.power.pue.annual); });
    result(tr("Ready for service"),
           [&](R r) { return Format::yearMonth(start.plusMonths(r.schedule.rfsMonthIndex)); });
    result(tr("Capex"), [](R r) { return Format::usdMillions(r.economics.capexUsd); });
    result(tr("NPV"), [&](R r) { return money(r.economics.npvUsd, r); });
    result(tr("NPV vs mining"), [&](R r) { return money(r.economics.incrementalNpvUsd, r); });
    result(tr("Incremental IRR vs keep mining"),
           [](R r) { return r.feasible ? Format::irr(r.economics.incrementalIrr) : Format::infeasible(); });
    return rows;
}

}  // namespace SiteComparison

SiteComparisonDialog::SiteComparisonDialog(ProjectDocument* doc, QWidget* parent)
    : QDialog(parent), doc_(doc) {
    setWindowTitle(tr("Compare Two Sites"));
    auto* layout = new QVBoxLayout(this);
    auto* pick = new QHBoxLayout;
    a_ = new QComboBox;
    a_->setObjectName(QStringLiteral("siteA"));
    b_ = new QComboBox;
    b_->setObjectName(QStringLiteral("siteB"));
    for (QComboBox* c : {a_, b_}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(16);
    }
    auto* labelA = new QLabel(tr("Site &A:"));
    labelA->setBuddy(a_);
    auto* labelB = new QLabel(tr("Site &B:"));
    labelB->setBuddy(b_);
    pick->addWidget(labelA);
    pick->addWidget(a_, 1);
    pick->addSpacing(12);
    pick->addWidget(labelB);
    pick->addWidget(b_, 1);
    layout->addLayout(pick);

    table_ = new QTableWidget(0, 4);
    table_->setObjectName(QStringLiteral("comparisonTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(table_, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);

    fillSites();
    const int current = std::max(0, doc_->currentSite());
    a_->setCurrentIndex(current);
    b_->setCurrentIndex(doc_->siteCount() > 1 ? (current + 1) % doc_->siteCount() : current);
    connect(a_, &QComboBox::currentIndexChanged, this, &SiteComparisonDialog::refresh);
    connect(b_, &QComboBox::currentIndexChanged, this, &SiteComparisonDialog::refresh);
    connect(doc_, &ProjectDocument::resultChanged, this, &SiteComparisonDialog::refresh);
    connect(doc_, &ProjectDocument::siteChanged, this, &SiteComparisonDialog::refresh);
    for (auto signal : {&ProjectDocument::siteInserted, &ProjectDocument::siteRemoved})
        connect(doc_, signal, this, [this] {
            const int ia = a_->currentIndex();
            const int ib = b_->currentIndex();
            fillSites();
            a_->setCurrentIndex(std::min(ia, a_->count() - 1));
            b_->setCurrentIndex(std::min(ib, b_->count() - 1));
            refresh();
        });
    connect(doc_, &ProjectDocument::projectReset, this, [this] {
        fillSites();
        refresh();
    });
    refresh();
}

void SiteComparisonDialog::fillSites() {
    for (QComboBox* c : {a_, b_}) {
        const QSignalBlocker block(c);
        c->clear();
        for (int i = 0; i < doc_->siteCount(); ++i) {
            const QString name = Format::qs(doc_->portfolio().sites[static_cast<size_t>(i)].name);
            c->addItem(name);
            c->setItemData(i, name, Qt::ToolTipRole);  // the whole name where the box elides it
        }
    }
}

void SiteComparisonDialog::refresh() {
    const int a = a_->currentIndex();
    const int b = b_->currentIndex();
    const std::vector<SiteComparison::Row> rows =
        SiteComparison::compare(doc_->portfolio(), a, b, doc_->siteResult(a), doc_->siteResult(b));
    table_->setHorizontalHeaderLabels(
        {tr("Input or result"), a_->currentText(), b_->currentText(), QString()});
    table_->setRowCount(0);
    // A tint that reads in light and dark palettes: the highlight colour, mostly transparent.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(60);
    QString section;
    for (const SiteComparison::Row& r : rows) {
        if (r.section != section) {
            section = r.section;
            const int at = table_->rowCount();
            table_->insertRow(at);
            auto* head = new QTableWidgetItem(section);
            QFont bold = head->font();
            bold.setBold(true);
            head->setFont(bold);
            table_->setItem(at, 0, head);
            table_->setSpan(at, 0, 1, 4);
        }
        const int at = table_->rowCount();
        table_->insertRow(at);
        const QString cells[4] = {r.label, r.a, r.b, r.differs ? QStringLiteral("≠") : QString()};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 1 || c == 2) item->setToolTip(cells[c]);
            if (r.differs) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(tint);
            }
            if (c == 3) {
                item->setTextAlignment(Qt::AlignCenter);
                if (r.differs) item->setToolTip(tr("The two sites differ here"));
            }
            table_->setItem(at, c, item);
        }
    }
}
