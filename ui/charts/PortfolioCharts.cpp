// Portfolio-level chart factories (declared in charts/SiteCharts.h).
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

#include "charts/ChartStyle.h"
#include "charts/SiteCharts.h"
#include "util/PlainText.h"

using namespace chartstyle;

QChart* makePortfolioCapacityChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                                   ChartTheme theme) {
    auto* chart = new QChart;
    setup(chart, QObject::tr("AI capacity online by site"), resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    const size_t months = result.itOnlineMwByMonth.size();
    // Stacking for display: each area sits on the running sum of the sites drawn before it.
    std::vector<double> base(months, 0.0);
    QList<QAbstractSeries*> all;
    for (size_t s = 0; s < result.sites.size(); ++s) {
        const std::vector<double>& mw = result.sites[s].schedule.itOnlineMwByMonth;
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        for (size_t i = 0; i < months; ++i) {
            const double v = i < mw.size() ? mw[i] : 0.0;
            for (double edge : {static_cast<double>(i), static_cast<double>(i + 1)}) {
                lower->append(monthX(portfolio.startMonth, edge), base[i]);
                upper->append(monthX(portfolio.startMonth, edge), base[i] + v);
            }
            base[i] += v;
        }
        auto* area = new QAreaSeries(upper, lower);
        area->setName(PlainText::plainTextForRichContext(QString::fromStdString(result.sites[s].name)));
        const QColor c = siteColor(static_cast<int>(s));
        QColor fill = c;
        fill.setAlpha(200);
        area->setBrush(fill);
        area->setPen(QPen(c.darker(120), 1.0));
        chart->addSeries(area);
        all.append(area);
    }
    double hi = 0.0;
    for (double v : base) hi = std::max(hi, v);
    auto* x = monthAxis(portfolio.startMonth, static_cast<int>(std::max<size_t>(months, 1)));
    auto* y = valueAxis(QObject::tr("IT power online (MW)"));
    y->setRange(0, hi > 0 ? hi * 1.08 : 1.0);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart* makeNpvBySiteChart(const m2ai::Portfolio& portfolio, const m2ai::PortfolioResult& result,
                           ChartTheme theme) {
    (void)portfolio;  // site names come with the results
    auto* chart = new QChart;
    setup(chart, QObject::tr("NPV by site"), resolveChartTheme(theme));
    chart->setLocalizeNumbers(true);
    auto* npv = new QBarSet(ChartNames::npv);
    npv->setColor(kConverting);
    auto* inc = new QBarSet(ChartNames::incrementalNpv);
    inc->setColor(QColor(0x2c, 0xa0, 0x2c));
    auto* x = new QBarCategoryAxis;
    double lo = 0.0, hi = 0.0;
    for (const m2ai::SiteResult& s : result.sites) {
        const double a = s.economics.npvUsd / 1e6, b = s.economics.incrementalNpvUsd / 1e6;
        npv->append(a);
        inc->append(b);
        lo = std::min({lo, a, b});
        hi = std::max({hi, a, b});
        x->append(PlainText::plainTextForRichContext(QString::fromStdString(s.name)));
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
