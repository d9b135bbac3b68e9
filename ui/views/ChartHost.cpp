#include "views/ChartHost.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

#include "app/Translations.h"
#include "charts/ChartUpdate.h"
#include "charts/ChartView.h"
#include "charts/GanttWidget.h"
#include "charts/SiteCharts.h"

ChartHost::ChartHost(const QString& name, QWidget* parent) : QWidget(parent) {
    setObjectName(name);
    view_ = new ChartView(new QChart);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(280, 200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void ChartHost::setChart(QChart* chart) {
    QChart* old = view_->chart();
    // Translated first: the chart on screen was, so an equal one compares equal.
    Translations::translateChartSeries(chart);
    // A chart of the same structure is copied into the one laid out and painted (an equal one
    // changes nothing): only what changed is laid out again (charts/ChartUpdate.h).
    if (chart && updateChartInPlace(old, chart)) {
        delete chart;
        return;
    }
    view_->setChart(chart ? chart : new QChart);
    // QChartView::setChart releases the previous chart instead of deleting it.
    delete old;
}

QChart* ChartHost::chart() const {
    return view_->chart();
}
