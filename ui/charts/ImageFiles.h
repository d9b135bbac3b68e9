#pragma once
// Write anything drawn with a QPainter as a PNG (pixels, white background) or an SVG (vectors),
// atomically (QSaveFile). Charts, the Gantt and exports all save through these two functions.
#include <QRectF>
#include <QSize>
#include <QString>
#include <functional>

class QPainter;

using PaintFunction = std::function<void(QPainter&, const QRectF&)>;

bool writePaintingAsPng(const PaintFunction& paint, const QString& path, QSize size,
                        QString* error = nullptr);
bool writePaintingAsSvg(const PaintFunction& paint, const QString& path, QSize size, const QString& title,
                        QString* error = nullptr);
