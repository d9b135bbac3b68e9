#include "charts/ImageFiles.h"

#include <QImage>
#include <QObject>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}
}  // namespace

bool writePaintingAsPng(const PaintFunction& paint, const QString& path, QSize size, QString* error) {
    if (size.isEmpty()) return fail(error, QObject::tr("nothing to draw"));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(error, QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool writePaintingAsSvg(const PaintFunction& paint, const QString& path, QSize size, const QString& title,
                        QString* error) {
    if (size.isEmpty()) return fail(error, QObject::tr("nothing to draw"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QObject::tr("Mine2AI Planner chart"));
    {
        QPainter painter(&svg);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!file.commit()) return fail(error, QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
