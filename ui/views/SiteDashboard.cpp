#include "views/SiteDashboard.h"

#include <QChart>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app/ProblemText.h"
#include "charts/ChartView.h"
#include "charts/ClimateCharts.h"
#include "charts/GanttWidget.h"
#include "charts/SiteCharts.h"
#include "document/ProjectDocument.h"
#include "util/ElidedLabel.h"
#include "util/Format.h"
#include "views/ChartHost.h"

namespace {
// setStyleSheet re-polishes the label (and relayouts the strip) even when the sheet is the same:
// skipped when nothing changes, which is most refreshes.
void setStyleIfChanged(QLabel* label, const QString& sheet) {
    if (label->styleSheet() != sheet) label->setStyleSheet(sheet);
}
}  // namespace

SiteDashboard::SiteDashboard(ProjectDocument* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("dashboardTitle"));
    title_->setTextFormat(Qt::PlainText);  // the site name and country are user text
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    layout->addWidget(title_);
    layout->addWidget(buildKpiStrip());
    details_ = new QLabel;
    details_->setObjectName(QStringLiteral("kpiDetails"));
    details_->setTextFormat(Qt::PlainText);
    details_->setWordWrap(true);
    details_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(details_);

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("dashboardTabs"));
    auto pair = [this](const QString& a, const QString& b) {
        auto* split = new QSplitter(Qt::Horizontal);
        split->addWidget(addChart(a));
        split->addWidget(addChart(b));
        split->setChildrenCollapsible(false);
        return split;
    };
    tabs_->addTab(pair(QStringLiteral("powerBudget"), QStringLiteral("pue")), tr("Power and PUE"));

    auto* schedule = new QSplitter(Qt::Vertical);
    gantt_ = new GanttWidget;
    gantt_->setObjectName(QStringLiteral("gantt"));
    gantt_->setMinimumHeight(180);
    schedule->addWidget(gantt_);
    schedule->addWidget(addChart(QStringLiteral("capacityOnline")));
    schedule->setStretchFactor(0, 3);
    schedule->setStretchFactor(1, 2);
    schedule->setChildrenCollapsible(false);
    tabs_->addTab(schedule, tr("Schedule"));

    tabs_->addTab(pair(QStringLiteral("cashFlow"), QStringLiteral("capex")), tr("Cash flow and capex"));

    warnings_ = new QListWidget;
    warnings_->setObjectName(QStringLiteral("warnings"));
    warnings_->setWordWrap(true);
    tabs_->addTab(warnings_, tr("Warnings"));  // infeasibilities first, then warnings
    // Hourly PUE and cooling modes (ui/charts/ClimateCharts); last, so the tab indices above stay.
    // Duration curve and heat map side by side, the cooling modes below them.
    auto* climate = new QSplitter(Qt::Vertical);
    climate->addWidget(pair(QStringLiteral("pueDuration"), QStringLiteral("pueHeatMap")));
    climate->addWidget(addChart(QStringLiteral("coolingModes")));
    climate->setStretchFactor(0, 3);
    climate->setStretchFactor(1, 2);
    climate->setChildrenCollapsible(false);
    tabs_->addTab(climate, tr("Climate"));
    layout->addWidget(tabs_, 1);
    connect(tabs_, &QTabWidget::currentChanged, this, &SiteDashboard::refreshTab);

    connect(doc_, &ProjectDocument::resultChanged, this, [this] {
        // Another site's result changed: nothing shown here did.
        const int changed = doc_->changedResultSite();
        if (changed >= 0 && changed != doc_->currentSite()) return;
        refreshOrMarkDirty();
    });
    connect(doc_, &ProjectDocument::currentSiteChanged, this, &SiteDashboard::refreshOrMarkDirty);
    connect(doc_, &ProjectDocument::projectReset, this, &SiteDashboard::refreshOrMarkDirty);
    refresh();
}

ChartHost* SiteDashboard::addChart(const QString& name) {
    auto* host = new ChartHost(name);
    charts_.insert(name, host);
    return host;
}

QWidget* SiteDashboard::buildKpiStrip() {
    auto* strip = new QFrame;
    strip->setObjectName(QStringLiteral("kpiStrip"));
    strip->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(strip);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setHorizontalSpacing(14);
    const QString captions[KpiCount] = {tr("IT load"),
                                        tr("GPUs"),
                                        tr("Annual PUE"),
                                        tr("Ready for service"),
                                        tr("Capex"),
                                        tr("NPV"),
                                        tr("NPV vs mining"),
                                        tr("Incremental IRR vs keep mining"),
                                        tr("Terminal value share of NPV"),
                                        tr("Equity IRR after tax and debt"),
                                        tr("Minimum DSCR")};
    const QString tips[KpiCount] = {
        tr("Critical IT load the grid share and the redundant power chain allow"),
        tr("GPUs installed (racks × GPUs per rack)"),
        tr("Energy-weighted PUE over the year with this site's climate"),
        tr("First full month in service, end of the critical path"),
        tr("Conversion capex including contingency, net of ASIC resale"),
        tr("Net present value of converting over the portfolio horizon"),
        tr("NPV of converting minus NPV of keeping the whole site mining"),
        tr("IRR of converting's monthly net minus keep-mining's: the return on the decision to convert"),
        tr("Present value of the terminal value (the hall's worth at the horizon's end) as a share of NPV"),
        tr("IRR of the equity's monthly flows: converting's net after income tax, plus debt drawdowns, "
           "minus debt service (Edit ▸ Tax and Financing…)"),
        tr("Lowest yearly debt service coverage: operating cash after tax ÷ scheduled interest and "
           "principal; — without debt"),
    };
    const char* names[KpiCount] = {
        "kpi.itMw",          "kpi.gpus",      "kpi.annualPue",      "kpi.rfs",
        "kpi.capex",         "kpi.npv",       "kpi.incrementalNpv", "kpi.incrementalIrr",
        "kpi.terminalShare", "kpi.equityIrr", "kpi.minDscr"};
    // Two rows of six: eleven figures in one row pushed the window past 1280 px. Captions are one
    // line of whole words with an ellipsis (the whole caption leads the tooltip); the figures are
    // never elided.
    constexpr int kColumns = 6;
    for (int c = 0; c < kColumns; ++c) grid->setColumnStretch(c, 1);
    for (int i = 0; i < KpiCount; ++i) {
        auto* caption = new ElidedLabel(captions[i]);
        caption->setToolTip(tips[i]);
        QFont small = caption->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        caption->setFont(small);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // gives way to the figures
        auto* value = new QLabel(QStringLiteral("—"));
        value->setObjectName(QString::fromLatin1(names[i]));
        value->setToolTip(tips[i]);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        big.setBold(true);
        value->setFont(big);
        kpiCaptions_[i] = caption;
        grid->addWidget(caption, (i / kColumns) * 2, i % kColumns);
        grid->addWidget(value, (i / kColumns) * 2 + 1, i % kColumns);
        kpiValues_[i] = value;
    }
    return strip;
}

void SiteDashboard::refreshOrMarkDirty() {
    // Hidden behind another page of a window on screen: redraw when shown, not for every edit.
    if (!isVisible() && window()->isVisible()) {
        dirty_ = true;
        return;
    }
    refresh();
}

void SiteDashboard::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_) refresh();
}

void SiteDashboard::refresh() {
    dirty_ = false;
    const int index = doc_->currentSite();
    const m2ai::SiteResult* r = doc_->siteResult(index);
    if (index >= 0 && index < doc_->siteCount())
        title_->setText(
            tr("%1 — %2").arg(Format::qs(doc_->portfolio().sites[static_cast<size_t>(index)].name),
                              Format::qs(doc_->portfolio().sites[static_cast<size_t>(index)].country)));
    else
        title_->setText(tr("No site"));
    if (!r) {
        for (QLabel* l : kpiValues_) l->setText(QStringLiteral("—"));
        details_->clear();
        return;
    }
    const m2ai::EconomicsResult& e = r->economics;
    const m2ai::YearMonth start = doc_->portfolio().startMonth;
    kpiValues_[ItMw]->setText(Format::mw(r->power.itMw));
    kpiValues_[Gpus]->setText(Format::count(r->power.gpus));
    kpiValues_[AnnualPue]->setText(Format::pue(r->power.pue.annual));
    kpiValues_[Rfs]->setText(Format::yearMonth(start.plusMonths(r->schedule.rfsMonthIndex)));
    kpiValues_[Capex]->setText(Format::usdMillions(e.capexUsd));
    // The split a reader needs to compare sites: the hall per MW of IT, GPUs apart.
    kpiValues_[Capex]->setToolTip(
        tr("Facility %1 (%2 per MW of IT, GPUs excluded) + GPU purchase %3, "
           "net of ASIC resale %4")
            .arg(Format::usdMillions(e.facilityCapexUsd), Format::usdMillions(e.facilityCapexUsdPerMwIt),
                 Format::usdMillions(e.gpuPurchaseUsd), Format::usdMillions(e.capex.asicResaleUsd)));
    kpiCaptions_[Capex]->setText(
        tr("Capex (facility %1/MW IT)").arg(Format::usdMillions(e.facilityCapexUsdPerMwIt)));
    const QString red = QStringLiteral("color: #c62828;");
    if (!r->feasible) {
        // Not a figure to weigh: the plan cannot work (engines/Feasibility), so no NPV is shown.
        const QString why = Format::infeasibleTooltip(*r);
        for (Kpi k : {Npv, IncrementalNpv, IncrementalIrr, TerminalShare, EquityIrr, MinDscr}) {
            kpiValues_[k]->setText(Format::infeasible());
            setStyleIfChanged(kpiValues_[k], red);
            kpiValues_[k]->setToolTip(why);
        }
    } else {
        kpiValues_[Npv]->setText(Format::usdMillions(e.npvUsd));
        kpiValues_[IncrementalNpv]->setText(Format::usdMillions(e.incrementalNpvUsd));
        kpiValues_[IncrementalIrr]->setText(Format::irr(e.incrementalIrr));
        // The share is only meaningful against a positive NPV; beside a loss it reads "—".
        kpiValues_[TerminalShare]->setText(
            e.terminalValueSharePct ? Format::percent(*e.terminalValueSharePct, 0) : QStringLiteral("—"));
        // Colour the comparison against mining: the decision number.
        setStyleIfChanged(kpiValues_[IncrementalNpv],
                          e.incrementalNpvUsd >= 0 ? QStringLiteral("color: #2e7d32;") : red);
        for (Kpi k : {Npv, IncrementalIrr, TerminalShare}) setStyleIfChanged(kpiValues_[k], QString());
        kpiValues_[Npv]->setToolTip(tr("Net present value of converting over the portfolio horizon: USD %1 M "
                                       "within the horizon + USD %2 M terminal value (present value). IRR "
                                       "of converting: %3")
                                        .arg(Format::number(e.npvWithinHorizonUsd / 1e6, 1),
                                             Format::number(e.terminalValuePvUsd / 1e6, 1),
                                             Format::irr(e.convertingIrr)));
        kpiValues_[IncrementalNpv]->setToolTip(
            tr("NPV of converting minus NPV of keeping the whole site mining"));
        kpiValues_[IncrementalIrr]->setToolTip(kpiCaptions_[IncrementalIrr]->toolTip());
        kpiValues_[TerminalShare]->setToolTip(kpiCaptions_[TerminalShare]->toolTip());
        const m2ai::FinancingResult& f = e.financing;
        kpiValues_[EquityIrr]->setText(Format::irr(f.equityIrr));
        setStyleIfChanged(kpiValues_[EquityIrr], QString());
        kpiValues_[EquityIrr]->setToolTip(
            tr("%1. Project IRR after tax (unlevered): %2; income tax over the horizon: %3")
                .arg(kpiCaptions_[EquityIrr]->toolTip(), Format::irr(f.projectIrr),
                     f.taxApplies ? Format::usdMillions(f.taxUsd) : tr("off")));
        kpiValues_[MinDscr]->setText(f.minDscr ? Format::number(*f.minDscr, 2) + QStringLiteral(" ×")
                                               : QStringLiteral("—"));
        setStyleIfChanged(kpiValues_[MinDscr], f.dscrBelowMinimum ? red : QString());
        kpiValues_[MinDscr]->setToolTip(kpiCaptions_[MinDscr]->toolTip());
    }
    if (!r->feasible)
        details_->setText(
            tr("Infeasible: no NPV figures (see the Infeasible tab) · keep mining: miners off in "
               "%1 month(s) of negative margin")
                .arg(e.keepMiningCurtailedMonths));
    else
        details_->setText(
            tr("NPV within the horizon %1 · terminal value %2 (present value %3) · IRR of converting %4 · "
               "keep mining: miners off in %5 month(s) of negative margin · mining share that stays: off in "
               "%6")
                .arg(Format::usdMillions(e.npvWithinHorizonUsd), Format::usdMillions(e.terminalValueUsd),
                     Format::usdMillions(e.terminalValuePvUsd), Format::irr(e.convertingIrr))
                .arg(e.keepMiningCurtailedMonths)
                .arg(e.remainingMiningCurtailedMonths));
    kpiValues_[ItMw]->setToolTip(r->power.limitedByElectrical
                                     ? tr("Limited by the usable capacity of the electrical chain")
                                     : tr("Limited by the grid share converted"));

    // Charts of the tab on screen now; the other tabs when they are shown (a window not on screen,
    // e.g. an export or a test, gets every tab at once).
    for (int tab = 0; tab < kTabCount; ++tab) tabDirty_[tab] = true;
    if (window()->isVisible())
        refreshTab(tabs_->currentIndex());
    else
        for (int tab = 0; tab < kTabCount; ++tab) refreshTab(tab);

    warnings_->clear();
    if (!r->feasible) {
        auto* head =
            new QListWidgetItem(tr("Infeasible — this plan cannot work, so it earns no AI revenue "
                                   "and is left out of the portfolio totals and ranked last:"));
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        head->setForeground(QColor(0xc6, 0x28, 0x28));
        warnings_->addItem(head);
        for (const QString& reason : Format::infeasibilityReasons(*r))
            warnings_->addItem(tr("✖ %1").arg(reason));
    }
    for (const auto& w : r->warnings) warnings_->addItem(ProblemText::warning(w));
    if (r->warnings.empty() && r->feasible) warnings_->addItem(tr("No warnings for this site."));
    QString tab = r->warnings.empty() ? tr("Warnings") : tr("Warnings (%1)").arg(r->warnings.size());
    if (!r->feasible) tab = tr("Infeasible (%1) · %2").arg(r->infeasibilities.size()).arg(tab);
    if (tabs_->tabText(3) != tab) tabs_->setTabText(3, tab);  // a new text relayouts the tab bar
}

void SiteDashboard::refreshTab(int tab) {
    if (tab < 0 || tab >= kTabCount || !tabDirty_[tab]) return;
    const m2ai::SiteResult* r = doc_->siteResult(doc_->currentSite());
    if (!r) return;
    tabDirty_[tab] = false;
    const m2ai::YearMonth start = doc_->portfolio().startMonth;
    switch (tab) {
        case 0:
            charts_.value(QStringLiteral("powerBudget"))->setChart(makePowerBudgetChart(*r));
            charts_.value(QStringLiteral("pue"))
                ->setChart(makePueChart(*r, ChartTheme::Auto, /*numericMonthAxis=*/true));
            break;
        case 1:
            charts_.value(QStringLiteral("capacityOnline"))->setChart(makeCapacityOnlineChart(*r, start));
            gantt_->setSchedule(r->schedule, start);
            break;
        case 2:
            charts_.value(QStringLiteral("cashFlow"))->setChart(makeCashFlowChart(*r, start));
            charts_.value(QStringLiteral("capex"))->setChart(makeCapexChart(*r));
            break;
        case 4: {
            const m2ai::Site& site = doc_->portfolio().sites[static_cast<std::size_t>(doc_->currentSite())];
            const SiteClimateData data = siteClimateData(site, *r);
            charts_.value(QStringLiteral("pueDuration"))->setChart(makePueDurationChart(data, r->power.pue));
            charts_.value(QStringLiteral("pueHeatMap"))->setChart(makePueHeatMapChart(data, r->power.pue));
            charts_.value(QStringLiteral("coolingModes"))
                ->setChart(makeCoolingModeChart(
                    data, site.plan.cooling.enabled ? site.plan.cooling.technology : m2ai::CoolingTech::Air));
            break;
        }
        default:
            break;  // warnings: filled with the KPIs
    }
}

void SiteDashboard::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) refresh();
}
