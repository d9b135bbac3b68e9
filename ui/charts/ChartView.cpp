#include "charts/ChartView.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QXYSeries>

#include "app/Translations.h"
#include "charts/ImageFiles.h"
#include "charts/LegendText.h"
#include "charts/SiteCharts.h"

ChartView::ChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

ChartView::ChartView(QWidget* parent) : ChartView(new QChart, parent) {}

bool ChartView::savePng(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    // grab() is non-const in spirit only: it paints the current view into a pixmap.
    const QPixmap pixmap = const_cast<ChartView*>(this)->grab();
    if (!pixmap.save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

bool ChartView::savePng(const QString& path, QSize pixels, int dpi) const {
    if (!chart() || pixels.isEmpty() || dpi <= 0) return false;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    // The margin around the chart's rounded background takes the background's colour (a theme
    // brush may be a gradient, whose color() is black).
    const QBrush background = chart()->backgroundBrush();
    QColor fill = background.style() == Qt::NoBrush ? QColor(Qt::white) : background.color();
    if (background.gradient() && !background.gradient()->stops().isEmpty())
        fill = background.gradient()->stops().constFirst().second;
    image.fill(fill);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // Laid out at the size the pixels cover on a 96-dpi screen: 300 dpi gives print-sharp
        // lines and text, not a chart with tiny fonts.
        renderChart(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), chart(), QSizeF(pixels) * (96.0 / dpi));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

bool ChartView::saveSvg(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size());
    svg.setViewBox(QRect(QPoint(0, 0), size()));
    svg.setTitle(chart() ? chart()->title() : QString());
    svg.setDescription(tr("Mine2AI Planner chart"));
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        const_cast<ChartView*>(this)->render(&painter);
    }
    return file.commit();
}

void ChartView::copyToClipboard() const {
    QApplication::clipboard()->setPixmap(const_cast<ChartView*>(this)->grab());
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    const QString base = chart() && !chart()->title().isEmpty() ? chart()->title() : tr("chart");
    menu.addAction(tr("Save as PNG…"), this, [this, base] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                    base + QStringLiteral(".png"), tr("PNG images (*.png)"));
        // A name typed without its extension would not open as an image elsewhere.
        if (path.isEmpty()) return;
        if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) path += QStringLiteral(".png");
        // Size and resolution: the view's size at screen resolution unless the user asks for more.
        QDialog ask(this);
        ask.setWindowTitle(tr("PNG size"));
        auto* form = new QFormLayout(&ask);
        auto* widthBox = new QSpinBox;
        auto* heightBox = new QSpinBox;
        auto* dpiBox = new QSpinBox;
        widthBox->setRange(100, 10000);
        heightBox->setRange(100, 10000);
        dpiBox->setRange(48, 1200);
        widthBox->setSuffix(tr(" px"));
        heightBox->setSuffix(tr(" px"));
        dpiBox->setSuffix(tr(" dpi"));
        widthBox->setValue(this->width());
        heightBox->setValue(this->height());
        dpiBox->setValue(96);
        form->addRow(tr("&Width"), widthBox);
        form->addRow(tr("&Height"), heightBox);
        form->addRow(tr("&Resolution"), dpiBox);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(buttons);
        if (ask.exec() != QDialog::Accepted) return;
        if (!savePng(path, QSize(widthBox->value(), heightBox->value()), dpiBox->value()))
            QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
    });
    menu.addAction(tr("Save as SVG…"), this, [this, base] {
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart as SVG"), base + QStringLiteral(".svg"), tr("SVG drawings (*.svg)"));
        if (!path.isEmpty() && !path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
            path += QStringLiteral(".svg");
        if (!path.isEmpty() && !saveSvg(path))
            QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
    });
    menu.addSeparator();
    menu.addAction(tr("Copy to clipboard"), this, [this] { copyToClipboard(); });
    menu.exec(event->globalPos());
}

namespace {

// The pens and brushes the chart factories gave each series and bar set, in chart order.
// QChart::setTheme repaints them all in the theme's own few colours (five in the dark theme, so
// sites repeated colours and NPV turned green); a theme change should only change the chart's
// background, grid and text.
struct SeriesColours {
    QList<QPen> pens;
    QList<QBrush> brushes;
};

template <typename Visit>
void forEachColoured(QChart* chart, Visit visit) {
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) visit(set);
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            visit(area);
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            visit(xy);
        }
    }
}

SeriesColours seriesColours(QChart* chart) {
    SeriesColours out;
    forEachColoured(chart, [&](auto* item) {
        out.pens.append(item->pen());
        out.brushes.append(item->brush());
    });
    return out;
}

void restoreSeriesColours(QChart* chart, const SeriesColours& colours) {
    qsizetype i = 0;
    forEachColoured(chart, [&](auto* item) {
        if (i >= colours.pens.size()) return;
        item->setPen(colours.pens[i]);
        item->setBrush(colours.brushes[i]);
        ++i;
    });
}

}  // namespace

void retheme(QChart* chart, QChart::ChartTheme theme) {
    if (!chart || chart->theme() == theme) return;
    const SeriesColours colours = seriesColours(chart);
    const bool boldTitle = chart->titleFont().bold();  // setup()'s; the theme resets the title font
    chart->setTheme(theme);
    restoreSeriesColours(chart, colours);
    QFont title = chart->titleFont();
    title.setBold(boldTitle);
    chart->setTitleFont(title);
    legendtext::fit(chart);  // the theme's legend font
}

void ChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && chart())
        retheme(chart(), resolveChartTheme(ChartTheme::Auto));
    QChartView::changeEvent(event);
}

void setChartPixelFonts(QChart* chart, int titlePx, int labelPx) {
    if (!chart) return;
    auto px = [](QFont f, int size) {
        f.setPixelSize(size);
        return f;
    };
    chart->setTitleFont(px(chart->titleFont(), titlePx));
    chart->legend()->setFont(px(chart->legend()->font(), labelPx));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(px(axis->labelsFont(), labelPx));
        axis->setTitleFont(px(axis->titleFont(), labelPx));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets()) set->setLabelFont(px(set->labelFont(), labelPx));
        if (auto* xy = qobject_cast<QXYSeries*>(series))
            xy->setPointLabelsFont(px(xy->pointLabelsFont(), labelPx));
    }
}

namespace {
// Point-sized fonts → pixel sizes at 96 dpi (what they look like on a screen).
void pixelFontsIfNeeded(QChart* chart) {
    if (chart->titleFont().pixelSize() > 0) return;
    const auto toPx = [](const QFont& f) { return qRound(f.pointSizeF() * 96.0 / 72.0); };
    const int labelPx =
        chart->axes().isEmpty() ? toPx(chart->legend()->font()) : toPx(chart->axes().front()->labelsFont());
    setChartPixelFonts(chart, toPx(chart->titleFont()), labelPx);
}
}  // namespace

void renderChart(QPainter& painter, const QRectF& target, QChart* chart, QSizeF logicalSize) {
    if (!chart) return;
    Translations::translateChartSeries(chart);
    if (logicalSize.isEmpty()) logicalSize = target.size();
    pixelFontsIfNeeded(chart);
    QGraphicsScene* previous = chart->scene();
    if (previous) previous->removeItem(chart);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(logicalSize);
    legendtext::fit(chart);  // renamed (translated) series, pixel fonts: resize alone may not refit
    // Lay the chart out now (normally done on the next event loop pass).
    // Two passes: axis label truncation depends on the geometry of the previous pass.
    for (int pass = 0; pass < 2; ++pass) {
        if (chart->layout()) {
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
        QApplication::sendPostedEvents();
    }
    const QRectF source(QPointF(0, 0), logicalSize);
    scene.setSceneRect(source);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
    scene.removeItem(chart);
    if (previous) previous->addItem(chart);
}

void renderChart(QPainter& painter, const QRectF& target, QChart* chart, double layoutScale) {
    renderChart(painter, target, chart, target.size() * layoutScale);
}

bool saveChartPng(QChart* chart, const QString& path, QSize size, QString* error) {
    if (!chart) {
        if (error) *error = QObject::tr("nothing to draw");
        return false;
    }
    return writePaintingAsPng([chart](QPainter& p, const QRectF& r) { renderChart(p, r, chart); }, path, size,
                              error);
}

bool saveChartSvg(QChart* chart, const QString& path, QSize size, const QString& title, QString* error) {
    if (!chart) {
        if (error) *error = QObject::tr("nothing to draw");
        return false;
    }
    return writePaintingAsSvg([chart](QPainter& p, const QRectF& r) { renderChart(p, r, chart); }, path, size,
                              title.isEmpty() ? chart->title() : title, error);
}
