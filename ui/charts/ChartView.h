#pragma once
// A QChartView with a context menu: Save as PNG…, Save as SVG…, Copy to clipboard. The save
// functions are free so exports and the report CLI reuse them without a visible view.
#include <QChartView>
#include <QSize>
#include <QString>

class QPainter;
class QRectF;

class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);
    explicit ChartView(QWidget* parent = nullptr);

    bool savePng(const QString& path) const;  // at the view's current size
    // At a chosen size and resolution: pixels wide and high, laid out as the chart would be on a
    // screen of dpi dots per inch (fonts keep their size in inches), dpi stored in the file.
    bool savePng(const QString& path, QSize pixels, int dpi) const;
    bool saveSvg(const QString& path) const;
    void copyToClipboard() const;

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
};

// Draws chart into target on painter as vectors (QGraphicsScene::render, no pixmap), so a PDF keeps
// sharp lines and selectable text. logicalSize is the size the chart is laid out at (fonts keep their
// point size relative to it); default: target's size. The chart is temporarily moved into a private
// scene and returned to its previous scene afterwards.
void renderChart(QPainter& painter, const QRectF& target, QChart* chart, QSizeF logicalSize = {});
// The same with logicalSize = target size × layoutScale.
void renderChart(QPainter& painter, const QRectF& target, QChart* chart, double layoutScale);

// Gives every font of chart (title, legend, axes, bar and point labels) a pixel size: titlePx for
// the title, labelPx for the rest. Pixel-sized fonts lay out identically on screen, SVG, PDF and
// printers (point sizes would be resolved at each device's own DPI and overflow their boxes).
void setChartPixelFonts(QChart* chart, int titlePx, int labelPx);

// Save a chart (not shown anywhere) as a PNG of exactly size pixels / an SVG of size. Atomic
// (QSaveFile). Return false and leave no file on failure; error (optional) says why.
bool saveChartPng(QChart* chart, const QString& path, QSize size, QString* error = nullptr);
bool saveChartSvg(QChart* chart, const QString& path, QSize size, const QString& title = {},
                  QString* error = nullptr);

// Switches a shown chart to another Qt theme (the app's light or dark palette) and keeps what its
// factory chose for each series and bar set: their pens and brushes. Nothing when already themed.
void retheme(QChart* chart, QChart::ChartTheme theme);
