#include "charts/NpvBars.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

#include "charts/ChartStyle.h"

using namespace chartstyle;

NpvBars::NpvBars(const QString& npvName, const QString& incrementalName)
    : npv_(new QBarSet(npvName)),
      incremental_(new QBarSet(incrementalName)),
      categories_(new QBarCategoryAxis) {
    npv_->setColor(kConverting);
    incremental_->setColor(QColor(0x2c, 0xa0, 0x2c));
}

NpvBars::~NpvBars() {
    if (attached_) return;
    delete npv_;
    delete incremental_;
    delete categories_;
}

void NpvBars::append(double npvUsd, double incrementalNpvUsd, const QString& category) {
    const double a = npvUsd / 1e6;
    const double b = incrementalNpvUsd / 1e6;
    npv_->append(a);
    incremental_->append(b);
    loM_ = std::min({loM_, a, b});
    hiM_ = std::max({hiM_, a, b});
    categories_->append(category);
}

void NpvBars::appendEmpty(const QString& category) {
    npv_->append(0.0);
    incremental_->append(0.0);
    categories_->append(category);
}

void NpvBars::attachTo(QChart* chart) {
    if (attached_) return;
    attached_ = true;
    auto* series = new QBarSeries;
    series->append(npv_);
    series->append(incremental_);
    chart->addSeries(series);
    attach(chart, categories_, Qt::AlignBottom, {series});
    auto* y = valueAxis(QObject::tr("USD M (discounted)"));
    // At least 1 M of headroom, so an all-zero chart still has an axis to read.
    const double pad = std::max(1.0, (hiM_ - loM_) * 0.08);
    y->setRange(loM_ < 0 ? loM_ - pad : 0.0, hiM_ + pad);
    y->applyNiceNumbers();
    attach(chart, y, Qt::AlignLeft, {series});
}
