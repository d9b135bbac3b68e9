// Issue 12's presentation, headless: an infeasible site shows "Infeasible" in place of its NPV in
// the portfolio table, the key-figure strip, the NPV chart and the report, ranks last, and the
// totals say how many sites they leave out; every IRR is labelled with its flows; reports print
// catalogue names, not ids.
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "catalogue/Catalogue.h"
#include "charts/SiteCharts.h"
#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "engines/Feasibility.h"
#include "models/PortfolioTableModel.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "sample/Sample.h"
#include "support/PortfolioGenerator.h"
#include "support/QtApp.h"
#include "support/RunProcess.h"
#include "util/Format.h"
#include "views/SiteDashboard.h"

namespace {

// The sample with its first site's GPU step switched off: an AI hall without the GPU step cannot
// work (engines/Feasibility, AiHallWithoutGpuStep).
m2ai::Portfolio sampleWithInfeasibleFirstSite() {
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.sites[0].plan.gpu.enabled = false;
    return p;
}

QString pdfText(const QString& pdf) {
    const auto r =
        m2ai::test::runProcess("/bin/sh", {"-c", QStringLiteral("pdftotext '%1' -").arg(pdf).toStdString()});
    QString text = QString::fromStdString(r.out);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

}  // namespace

TEST_CASE("Economics UI: the infeasible sample variant really is infeasible and the rest is not",
          "[ui][economics]") {
    const m2ai::PortfolioResult r = m2ai::computePortfolio(sampleWithInfeasibleFirstSite());
    REQUIRE(r.sites.size() == 6);
    REQUIRE_FALSE(r.sites[0].feasible);
    REQUIRE_FALSE(r.sites[0].infeasibilities.empty());
    CHECK(r.infeasibleSiteCount == 1);
    for (size_t i = 1; i < r.sites.size(); ++i) CHECK(r.sites[i].feasible);
}

TEST_CASE("Economics UI: table shows Infeasible, sorts it last and the total counts it", "[ui][economics]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(sampleWithInfeasibleFirstSite(), QString());
    doc.waitForCompute();
    PortfolioTableModel model(&doc);
    REQUIRE(model.rowCount() == 7);

    CHECK(model.index(0, PortfolioTableModel::Npv).data().toString() == QStringLiteral("Infeasible"));
    CHECK(model.index(0, PortfolioTableModel::IncrementalNpv).data().toString() ==
          QStringLiteral("Infeasible"));
    CHECK(model.index(1, PortfolioTableModel::Npv).data().toString() ==
          Format::usdMillions(doc.siteResult(1)->economics.npvUsd));
    // Why, in the tooltip: core's English sentence.
    const QString tip = model.index(0, PortfolioTableModel::Npv).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Infeasible")));
    CHECK(tip.contains(
        QString::fromStdString(m2ai::describeInfeasibility(doc.siteResult(0)->infeasibilities[0]))));

    // The totals leave it out and say so.
    CHECK(model.index(model.totalRow(), PortfolioTableModel::Name).data().toString() ==
          QStringLiteral("Total (6 sites, 1 infeasible excluded)"));
    CHECK(model.index(model.totalRow(), PortfolioTableModel::Name)
              .data(Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("6 sites, 1 infeasible — excluded from totals")));
    CHECK(model.index(model.totalRow(), PortfolioTableModel::Npv)
              .data(PortfolioTableModel::SortRole)
              .toDouble() == Approx(doc.result().npvUsd));

    // Sorted by NPV, best first: the infeasible site is last (above the Total row).
    PortfolioSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PortfolioTableModel::SortRole);
    proxy.sort(PortfolioTableModel::Npv, Qt::DescendingOrder);
    CHECK(proxy.index(5, PortfolioTableModel::Npv).data().toString() == QStringLiteral("Infeasible"));
    CHECK(proxy.index(6, 0).data(PortfolioTableModel::IsTotalRole).toBool());
    proxy.sort(PortfolioTableModel::IncrementalNpv, Qt::DescendingOrder);
    CHECK(proxy.index(5, PortfolioTableModel::Name).data().toString() ==
          QString::fromStdString(doc.portfolio().sites[0].name));
    // Core's ranking agrees.
    CHECK(doc.result().ranking.back().siteIndex == 0);

    // Grid MW: both definitions, both labelled; business model and converted share per site.
    CHECK(model.headerData(PortfolioTableModel::GridMw, Qt::Horizontal).toString() ==
          QStringLiteral("Grid today"));
    CHECK(model.headerData(PortfolioTableModel::GridWithQueueMw, Qt::Horizontal).toString() ==
          QStringLiteral("Grid with queue"));
    for (int row = 0; row < 6; ++row) {
        const m2ai::SiteResult* s = doc.siteResult(row);
        CHECK(model.index(row, PortfolioTableModel::GridMw).data(PortfolioTableModel::SortRole).toDouble() ==
              Approx(s->power.gridMw));
        CHECK(model.index(row, PortfolioTableModel::GridWithQueueMw)
                  .data(PortfolioTableModel::SortRole)
                  .toDouble() == Approx(s->power.gridWithQueueMw));
        const QString business = model.index(row, PortfolioTableModel::Business).data().toString();
        CHECK((business == QStringLiteral("Colocation") || business == QStringLiteral("GPU cloud")));
    }
    CHECK(model.headerData(PortfolioTableModel::IncrementalIrr, Qt::Horizontal).toString() ==
          QStringLiteral("Incremental IRR"));
    CHECK(model.index(1, PortfolioTableModel::IncrementalIrr).data().toString() ==
          Format::irr(doc.siteResult(1)->economics.incrementalIrr));
}

TEST_CASE("Economics UI: key-figure strip, IRR labels and the reasons list", "[ui][economics]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(sampleWithInfeasibleFirstSite(), QString());
    doc.waitForCompute();
    SiteDashboard dash(&doc);
    doc.setCurrentSite(0);
    CHECK(dash.kpiLabel(SiteDashboard::Npv)->text() == QStringLiteral("Infeasible"));
    CHECK(dash.kpiLabel(SiteDashboard::IncrementalNpv)->text() == QStringLiteral("Infeasible"));
    CHECK(dash.kpiLabel(SiteDashboard::Npv)
              ->toolTip()
              .contains(QString::fromStdString(
                  m2ai::describeInfeasibility(doc.siteResult(0)->infeasibilities[0]))));
    // The reasons head the warnings list.
    REQUIRE(dash.warningsList()->count() >= 2);
    CHECK(dash.warningsList()->item(0)->text().startsWith(QStringLiteral("Infeasible")));
    CHECK(dash.tabs()->tabText(3).startsWith(QStringLiteral("Infeasible (")));

    doc.setCurrentSite(1);
    const m2ai::EconomicsResult& e = doc.siteResult(1)->economics;
    CHECK(dash.kpiLabel(SiteDashboard::Npv)->text() == Format::usdMillions(e.npvUsd));
    CHECK(dash.kpiCaption(SiteDashboard::IncrementalIrr)->text() ==
          QStringLiteral("Incremental IRR vs keep mining"));
    CHECK(dash.kpiLabel(SiteDashboard::IncrementalIrr)->text() == Format::irr(e.incrementalIrr));
    CHECK(dash.kpiLabel(SiteDashboard::Npv)->toolTip().contains(QStringLiteral("IRR of converting")));
    // NPV within the horizon, terminal value and the curtailed mining months, from core.
    const QString details = dash.detailsLabel()->text();
    CHECK(details.contains(Format::usdMillions(e.npvWithinHorizonUsd)));
    CHECK(details.contains(Format::usdMillions(e.terminalValuePvUsd)));
    CHECK(details.contains(QStringLiteral("IRR of converting")));
    CHECK(details.contains(QStringLiteral("off in %1 month").arg(e.keepMiningCurtailedMonths)));
    CHECK(dash.warningsList()->item(0)->text().startsWith(QStringLiteral("Infeasible")) == false);
}

TEST_CASE("Economics UI: the NPV chart draws no bar for an infeasible site and says so", "[ui][economics]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = sampleWithInfeasibleFirstSite();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    std::unique_ptr<QChart> chart(makeNpvBySiteChart(p, r, ChartTheme::Light));
    auto* series = qobject_cast<QBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    for (QBarSet* set : series->barSets()) {
        CHECK(set->at(0) == 0.0);
        CHECK(set->at(1) != 0.0);
    }
    const auto axes = chart->axes(Qt::Horizontal);
    auto* x = qobject_cast<QBarCategoryAxis*>(axes.value(0));
    REQUIRE(x);
    CHECK(x->at(0).endsWith(QStringLiteral("(infeasible)")));
    CHECK_FALSE(x->at(1).contains(QStringLiteral("infeasible")));
}

TEST_CASE("Economics UI: report says Infeasible, ranks it last, labels IRRs and prints names",
          "[report][economics]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = sampleWithInfeasibleFirstSite();
    const m2ai::PortfolioResult r = m2ai::computePortfolio(p);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("infeasible.pdf"));
    ReportOptions options;
    options.date = QDate(2026, 5, 1);
    QString error;
    REQUIRE(ReportRenderer(p, r, options).writePdf(pdf, &error));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Infeasible")));
    CHECK(text.contains(QStringLiteral("6 sites, 1 infeasible — excluded from totals")));
    CHECK(text.contains(QStringLiteral("6. %1 (infeasible)").arg(QString::fromStdString(p.sites[0].name))));
    CHECK(text.contains(QString::fromStdString(m2ai::describeInfeasibility(r.sites[0].infeasibilities[0]))));
    // The infeasible site's NPV figure is nowhere; a feasible site's is.
    CHECK(text.contains(ReportFormat::usdM(r.sites[1].economics.npvUsd)));
    CHECK(text.contains(QStringLiteral("Incremental IRR vs keep mining")));
    CHECK(text.contains(QStringLiteral("IRR of converting")));
    CHECK(text.contains(QStringLiteral("NPV within horizon")));
    CHECK(text.contains(QStringLiteral("Terminal value (PV)")));
    CHECK(text.contains(QStringLiteral("Grid MW today / queue")));

    // Names, not catalogue ids.
    CHECK_FALSE(text.contains(QStringLiteral("tier-iii")));
    CHECK_FALSE(text.contains(QStringLiteral("direct-to-chip,")));
    const m2ai::Catalogue& cat = m2ai::defaultCatalogue();
    for (const m2ai::Site& s : p.sites) {
        if (!s.plan.gpu.enabled) continue;
        const m2ai::GpuPlatform* g = cat.gpu(s.plan.gpu.platformId);
        if (!g) continue;
        INFO(s.plan.gpu.platformId);
        CHECK_FALSE(text.contains(QString::fromStdString(s.plan.gpu.platformId) + QStringLiteral(",")));
    }
    // Cooling by the catalogue's name (its start: long names are elided in the table cell).
    CHECK(
        text.contains(QString::fromStdString(cat.cooling(p.sites[1].plan.cooling.technology).name).left(12)));
}

TEST_CASE("Economics UI: site counts and IRR format", "[ui][economics]") {
    CHECK(Format::siteCountWithInfeasible(5, 0) == QStringLiteral("5 sites"));
    CHECK(Format::siteCountWithInfeasible(1, 0) == QStringLiteral("1 site"));
    CHECK(Format::siteCountWithInfeasible(5, 1) ==
          QStringLiteral("5 sites, 1 infeasible — excluded from totals"));
    // Large counts are grouped like every other figure (this was "10000 sites").
    CHECK(Format::siteCountWithInfeasible(10000, 1200) ==
          QStringLiteral("10,000 sites, 1,200 infeasible — excluded from totals"));
    CHECK(Format::irr(std::nullopt) == QStringLiteral("—"));
    CHECK(Format::businessModelName(m2ai::BusinessModel::GpuCloud) == QStringLiteral("GPU cloud"));
    CHECK(Format::certificationName(m2ai::Certification::TierIII) == QStringLiteral("Uptime Tier III"));
}

TEST_CASE("Economics UI: the Total row of a large portfolio groups its site count", "[ui][economics]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(m2ai::test::generatePortfolio(11, 1200), QString());
    doc.waitForCompute();
    PortfolioTableModel model(&doc);
    REQUIRE(model.rowCount() == 1201);
    const QString label = model.index(model.totalRow(), PortfolioTableModel::Name).data().toString();
    INFO(label.toStdString());
    CHECK(label.startsWith(QStringLiteral("Total (1,200 sites")));
    // The generator's random plans are mostly infeasible (over a thousand here): grouped too.
    const int infeasible = doc.result().infeasibleSiteCount;
    REQUIRE(infeasible >= 1000);
    CHECK(label ==
          QStringLiteral("Total (1,200 sites, %1 infeasible excluded)").arg(QLocale().toString(infeasible)));
    CHECK(label.contains(QStringLiteral("1,1")));
}
