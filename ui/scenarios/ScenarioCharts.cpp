#include "scenarios/ScenarioCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>
#include <algorithm>

#include "charts/ChartStyle.h"
#include "util/PlainText.h"

using namespace chartstyle;

QChart* makeScenarioNpvChart(const m2ai::ScenarioComparison& comparison, int target, ChartTheme theme) {
    const bool site = target >= 0 && target < static_cast<int>(comparison.siteNames.size());
    auto* chart = new QChart;
    const QString of = site ? PlainText::plainTextForRichContext(QString::fromStdString(
                                  comparison.siteNames[static_cast<std::size_t>(target)]))
                            : QObject::tr("portfolio");
    setup(chart, QObject::tr("NPV by scenario: %1").arg(of), resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    auto* npv = new QBarSet(ScenarioChartNames::npv);
    npv->setColor(kConverting);
    auto* inc = new QBarSet(ScenarioChartNames::incrementalNpv);
    inc->setColor(QColor(0x2c, 0xa0, 0x2c));
    auto* x = new QBarCategoryAxis;
    double lo = 0.0, hi = 0.0;
    for (const m2ai::ScenarioOutcome& o : comparison.outcomes) {
        const m2ai::ScenarioFigures* f = &o.portfolio;
        if (site) {
            if (static_cast<std::size_t>(target) >= o.sites.size()) continue;
            f = &o.sites[static_cast<std::size_t>(target)];
        }
        QString name = PlainText::plainTextForRichContext(QString::fromStdString(o.name));
        if (!f->feasible) {
            npv->append(0.0);
            inc->append(0.0);
            x->append(QObject::tr("%1 (infeasible)").arg(name));
            continue;
        }
        const double a = f->npvUsd / 1e6;
        const double b = f->incrementalNpvUsd / 1e6;
        npv->append(a);
        inc->append(b);
        lo = std::min({lo, a, b});
        hi = std::max({hi, a, b});
        x->append(name);
    }
    auto* series = new QBarSeries;
    series->append(npv);
    series->append(inc);
    chart->addSeries(series);
    attach(chart, x, Qt::AlignBottom, {series});
    auto* y = valueAxis(QObject::tr("USD M (discounted)"));
    const double pad = std::max(1.0, (hi - lo) * 0.08);
    y->setRange(lo < 0 ? lo - pad : 0.0, hi + pad);
    y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {series});
    return chart;
}
