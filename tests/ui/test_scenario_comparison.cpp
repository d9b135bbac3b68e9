// The scenario comparison view and the report's scenario page: every figure shown is core's
// compareScenarios (the table's numbers equal it, its text is that number formatted), the chart draws
// the same NPVs, the comparison follows edits, an override not applied is listed; the PDF's scenario
// page reads back (pdftotext) with the scenario names, the base's figures and what was not applied.
// M2AI_SCENARIO_VIEW_PNG / M2AI_SCENARIO_PAGE_PNG=path save pictures of the view and the page.
#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

#include "app/Translations.h"
#include "document/ProjectDocument.h"
#include "engines/Compute.h"
#include "report/ReportFormat.h"
#include "report/ReportRenderer.h"
#include "report/ReportScenarioPage.h"
#include "sample/Sample.h"
#include "scenarios/ScenarioCharts.h"
#include "scenarios/ScenarioComparisonModel.h"
#include "scenarios/ScenarioComparisonView.h"
#include "scenarios/ScenarioEdits.h"
#include "support/QtApp.h"
#include "util/Format.h"
#include "views/ChartHost.h"

namespace {

m2ai::ScenarioOverride over(std::string site, std::string path, m2ai::OverrideValue value) {
    return {std::move(site), std::move(path), std::move(value)};
}

// The sample with the committee's questions: keep mining at one site, a fast-track premium, a
// cheaper power deal, and one override of a site that is no longer there.
m2ai::Portfolio sampleWithScenarios() {
    m2ai::Portfolio p = m2ai::samplePortfolio();
    p.scenarios.push_back({"Keep mining at Tydal", {over("Tydal", "plan.convertedSharePct", 0.0)}});
    p.scenarios.push_back({"Fast-track premium",
                           {over("", "costs.contingencyPct", 25.0),
                            over("Wenatchee", "plan.scheduleMode", std::string("fast-track"))}});
    p.scenarios.push_back(
        {"Cheap power",
         {over("Rockdale", "powerPriceUsdPerMwh", 25.0), over("Sold site", "powerPriceUsdPerMwh", 20.0)}});
    return p;
}

QString pdfText(const QString& pdf) {
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000)) return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

}  // namespace

TEST_CASE("scenario comparison view: the table and chart are core's comparison", "[ui][scenarios]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(sampleWithScenarios(), QString());
    doc.waitForCompute();
    ScenarioComparisonView view(&doc);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1200, 760);
    view.show();
    view.waitForComparison();
    const m2ai::ScenarioComparison core = m2ai::compareScenarios(doc.portfolio());
    REQUIRE(core.ok);
    ScenarioComparisonModel* model = view.model();
    REQUIRE(model->columnCount() == 4);  // the base and three scenarios
    REQUIRE(model->rowCount() == ScenarioComparisonModel::FigureCount);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Base"));
    CHECK(model->headerData(3, Qt::Horizontal).toString().startsWith(QStringLiteral("Cheap power")));
    const m2ai::YearMonth start = doc.portfolio().startMonth;
    auto checkTarget = [&](int target) {
        for (int col = 0; col < 4; ++col) {
            const auto& o = core.outcomes[static_cast<std::size_t>(col)];
            const m2ai::ScenarioFigures& f =
                target < 0 ? o.portfolio : o.sites[static_cast<std::size_t>(target)];
            auto number = [&](ScenarioComparisonModel::Figure row) {
                return model->data(model->index(row, col), Qt::UserRole);
            };
            auto text = [&](ScenarioComparisonModel::Figure row) {
                return model->data(model->index(row, col)).toString();
            };
            INFO("target " << target << " column " << col);
            CHECK(number(ScenarioComparisonModel::Npv).toDouble() == f.npvUsd);
            CHECK(number(ScenarioComparisonModel::IncrementalNpv).toDouble() == f.incrementalNpvUsd);
            CHECK(number(ScenarioComparisonModel::Capex).toDouble() == f.capexUsd);
            CHECK(number(ScenarioComparisonModel::ItMw).toDouble() == f.itMw);
            CHECK(number(ScenarioComparisonModel::Gpus).toLongLong() == f.gpus);
            CHECK(number(ScenarioComparisonModel::Co2).toDouble() == f.co2TonnesPerYear);
            CHECK(number(ScenarioComparisonModel::FirstRfs).isValid() == f.firstRfsMonthIndex.has_value());
            if (f.firstRfsMonthIndex) {
                CHECK(number(ScenarioComparisonModel::FirstRfs).toInt() == *f.firstRfsMonthIndex);
                CHECK(text(ScenarioComparisonModel::FirstRfs) ==
                      Format::yearMonth(start.plusMonths(*f.firstRfsMonthIndex)));
            }
            CHECK(number(ScenarioComparisonModel::Pue).isValid() == f.pue.has_value());
            CHECK(number(ScenarioComparisonModel::EquityIrr).isValid() == f.equityIrr.has_value());
            if (f.feasible) {
                CHECK(text(ScenarioComparisonModel::Npv) == Format::usdMillions(f.npvUsd));
                CHECK(text(ScenarioComparisonModel::EquityIrr) == Format::irr(f.equityIrr));
            }
            CHECK(text(ScenarioComparisonModel::Capex) == Format::usdMillions(f.capexUsd));
            CHECK(text(ScenarioComparisonModel::FullCapacity) ==
                  Format::optionalMonthIndex(start, f.fullCapacityMonthIndex));
        }
    };
    checkTarget(-1);
    // The scenarios really differ from the base where they say they do.
    CHECK(core.outcomes[1].sites[0].itMw == 0.0);  // Tydal keeps mining
    CHECK(core.outcomes[0].sites[0].itMw > 0.0);
    CHECK(core.outcomes[2].portfolio.capexUsd > core.outcomes[0].portfolio.capexUsd);  // more contingency

    // The chart draws the same NPVs (USD M).
    auto npvBars = [&]() -> const QBarSet* {
        for (QAbstractSeries* s : view.npvChart()->chart()->series())
            if (auto* bars = qobject_cast<QBarSeries*>(s))
                for (QBarSet* set : bars->barSets())
                    if (set->label() == ScenarioChartNames::npv()) return set;
        return nullptr;
    };
    REQUIRE(npvBars() != nullptr);
    REQUIRE(npvBars()->count() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(npvBars()->at(i) == Approx(core.outcomes[static_cast<std::size_t>(i)].portfolio.npvUsd / 1e6));

    // Per site: Rockdale (index 2).
    REQUIRE(view.targetCombo()->count() == 7);
    view.targetCombo()->setCurrentIndex(3);
    CHECK(view.targetCombo()->currentText() == QStringLiteral("Rockdale"));
    CHECK(model->target() == 2);
    checkTarget(2);
    CHECK(npvBars()->at(3) == Approx(core.outcomes[3].sites[2].npvUsd / 1e6));
    CHECK(view.npvChart()->chart()->title().contains(QStringLiteral("Rockdale")));

    // The override of the sold site is listed, by scenario, with its field's label.
    CHECK(view.problemsLabel()->isVisibleTo(&view));
    CHECK(view.problemsLabel()->text().contains(QStringLiteral("Cheap power: site 'Sold site'")));
    CHECK(view.problemsLabel()->text().contains(QStringLiteral("Power price not applied")));

    const QByteArray png = qgetenv("M2AI_SCENARIO_VIEW_PNG");
    if (!png.isEmpty()) view.grab().save(QString::fromLocal8Bit(png));

    // An edit of a scenario and one of the base are both compared again.
    REQUIRE(ScenarioEdits::setOverride(&doc, 2, over("Rockdale", "powerPriceUsdPerMwh", 60.0)));
    view.waitForComparison();
    CHECK(model->data(model->index(ScenarioComparisonModel::Npv, 3), Qt::UserRole).toDouble() ==
          m2ai::compareScenarios(doc.portfolio()).outcomes[3].sites[2].npvUsd);
    REQUIRE(doc.editPortfolio(QStringLiteral("Discount rate"), QStringLiteral("discountRatePct"),
                              [](m2ai::Portfolio& p) { p.discountRatePct = 11.0; }));
    doc.waitForCompute();
    view.waitForComparison();
    const m2ai::ScenarioComparison after = m2ai::compareScenarios(doc.portfolio());
    CHECK(model->data(model->index(ScenarioComparisonModel::Npv, 0), Qt::UserRole).toDouble() ==
          after.outcomes[0].sites[2].npvUsd);
}

TEST_CASE("scenario comparison view: hidden, it waits until shown", "[ui][scenarios]") {
    testsupport::qtApp();
    ProjectDocument doc;
    doc.load(sampleWithScenarios(), QString());
    ScenarioComparisonView view(&doc);
    REQUIRE(ScenarioEdits::removeScenario(&doc, 0));
    CHECK_FALSE(view.isComputing());
    CHECK(view.model()->columnCount() == 0);
    view.show();
    view.waitForComparison();
    CHECK(view.model()->columnCount() == 3);
}

TEST_CASE("report: a scenario page after the summary when the project has scenarios",
          "[ui][scenarios][report]") {
    testsupport::qtApp();
    const m2ai::Portfolio p = sampleWithScenarios();
    const m2ai::PortfolioResult result = m2ai::computePortfolio(p);
    ReportOptions options;
    options.appendix = false;
    options.sites = std::vector<int>{0};
    options.date = QDate(2026, 12, 1);
    options.scenarios = scenarioReportFor(p);
    REQUIRE(options.scenarios);
    const ReportRenderer renderer(p, result, options);
    REQUIRE(renderer.pageCount() == 4);  // title, summary, scenarios, Tydal
    CHECK(renderer.pages()[2].kind == ReportRenderer::PageKind::Scenarios);
    // No scenarios, no page (and nothing computed for it).
    CHECK(scenarioReportFor(m2ai::samplePortfolio()) == nullptr);
    ReportOptions none = options;
    none.scenarios = scenarioReportFor(m2ai::samplePortfolio());
    CHECK(ReportRenderer(m2ai::samplePortfolio(), result, none).pageCount() == 3);

    QImage page(595 * 2, 842 * 2, QImage::Format_ARGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.scale(2.0, 2.0);
        renderer.paintPage(painter, QSizeF(595, 842), 2);
    }
    const QByteArray pagePng = qgetenv("M2AI_SCENARIO_PAGE_PNG");
    if (!pagePng.isEmpty()) page.save(QString::fromLocal8Bit(pagePng));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext not installed: cannot read the PDF back");
        return;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("scenarios.pdf"));
    QString error;
    REQUIRE(renderer.writePdf(pdf, &error));
    const QString text = pdfText(pdf);
    const m2ai::ScenarioComparison& c = *options.scenarios;
    CHECK(text.contains(QStringLiteral("Scenario comparison")));
    for (const char* name : {"Keep mining at Tydal", "Fast-track premium", "Cheap power"})
        CHECK(text.contains(QString::fromLatin1(name)));
    // The base's portfolio NPV and capex as printed (USD M, one decimal, with group separators).
    CHECK(text.contains(ReportFormat::number(c.outcomes[0].portfolio.npvUsd / 1e6, 1)));
    CHECK(text.contains(ReportFormat::number(c.outcomes[2].portfolio.capexUsd / 1e6, 1)));
    CHECK(text.contains(ReportFormat::month(p.startMonth, *c.outcomes[0].portfolio.firstRfsMonthIndex)));
    CHECK(text.contains(QStringLiteral("Not applied: Cheap power: site 'Sold site'")));
    CHECK(text.contains(QStringLiteral("Page 3 of 4")));
}

TEST_CASE("scenario chart: the legend is in the interface language", "[ui][scenarios][translations]") {
    testsupport::qtApp();
    const m2ai::ScenarioComparison c = m2ai::compareScenarios(sampleWithScenarios());
    REQUIRE(c.ok);
    // The portfolio's equity IRR is there too (its sites' summed equity flows), as a site's is.
    REQUIRE(c.outcomes.front().portfolio.equityIrr);
    const auto legend = [&] {
        const std::unique_ptr<QChart> chart(makeScenarioNpvChart(c, -1));
        QStringList labels;
        for (QAbstractSeries* s : chart->series())
            if (auto* bars = qobject_cast<QBarSeries*>(s))
                for (QBarSet* set : bars->barSets()) labels << set->label();
        return labels;
    };
    // The base's column: core names it "Base" in files and JSON, the interface in its language; a
    // user scenario keeps the name its user gave it.
    const auto columns = [&] {
        ScenarioComparisonModel model;
        model.setComparison(c, sampleWithScenarios().startMonth);
        return QStringList{model.headerData(0, Qt::Horizontal).toString(),
                           model.headerData(1, Qt::Horizontal).toString()};
    };
    const QLocale before;
    CHECK(legend() == QStringList{QStringLiteral("NPV"), QStringLiteral("Incremental NPV")});
    const QStringList englishColumns = columns();
    REQUIRE(Translations::install(Translations::localeFor(QStringLiteral("fr"))));
    const QStringList french = legend();
    const QStringList frenchColumns = columns();
    Translations::install(before);
    CHECK(french == QStringList{QStringLiteral("VAN"), QString::fromUtf8("VAN incrémentale")});
    CHECK(englishColumns.front() == QStringLiteral("Base"));
    CHECK(frenchColumns.front() == QString::fromUtf8("Référence"));
    CHECK(frenchColumns.back() == englishColumns.back());
    REQUIRE(c.outcomes[1].problems.empty());
    CHECK(frenchColumns.back() == QString::fromStdString(c.outcomes[1].name));
}
