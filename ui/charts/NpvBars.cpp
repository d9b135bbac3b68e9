#include "charts/NpvBars.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>
#include <memory>

#include "charts/ChartStyle.h"
#include "charts/ChartUpdate.h"

using namespace chartstyle;

NpvBars::NpvBars(const QString& npvName, const QString& incrementalName)
    : npv_(new QBarSet(npvName)),
      incremental_(new QBarSet(incrementalName)),
      categories_(new QBarCategoryAxis) {
    colour();
}

void NpvBars::colour() {
    npv_->setColor(kConverting);
    incremental_->setColor(kIncremental);
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
    // addSeries paints the sets in the chart theme's colours (the dark theme's first is green):
    // ours again, so NPV is blue and the increment green in every theme, as the legend of the
    // other theme and the report say.
    colour();
    attach(chart, categories_, Qt::AlignBottom, {series});
    attach(chart, usdAxis(), Qt::AlignLeft, {series});
}

QValueAxis* NpvBars::usdAxis() const {
    auto* y = valueAxis(QObject::tr("USD M (discounted)"));
    // At least 1 M of headroom, so an all-zero chart still has an axis to read.
    const double pad = std::max(1.0, (hiM_ - loM_) * 0.08);
    y->setRange(loM_ < 0 ? loM_ - pad : 0.0, hiM_ + pad);
    y->applyNiceNumbers();
    return y;
}

namespace {
QList<double> valuesOf(const QBarSet* set) {
    QList<double> out;
    out.reserve(set->count());
    for (int i = 0; i < set->count(); ++i) out.append(set->at(i));
    return out;
}
}  // namespace

bool NpvBars::updateInPlace(QChart* shown) const {
    if (!shown || shown->series().size() != 1 || shown->axes().size() != 2) return false;
    auto* series = qobject_cast<QBarSeries*>(shown->series().front());
    auto* categories = qobject_cast<QBarCategoryAxis*>(shown->axes(Qt::Horizontal).value(0));
    auto* usd = qobject_cast<QValueAxis*>(shown->axes(Qt::Vertical).value(0));
    if (!series || series->type() != QAbstractSeries::SeriesTypeBar || series->count() != 2 || !categories ||
        !usd)
        return false;
    // The set labels are the fixed names given at construction (translated on screen): kept.
    updateBarValuesInPlace(series->barSets().at(0), valuesOf(npv_));
    updateBarValuesInPlace(series->barSets().at(1), valuesOf(incremental_));
    updateAxisInPlace(categories, categories_);
    const std::unique_ptr<QValueAxis> y(usdAxis());
    updateAxisInPlace(usd, y.get());
    return true;
}
