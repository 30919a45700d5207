#include "core/render/artlayer.h"

#include <QPainter>

#include "core/render/fallbackcanvas.h"
#include "core/render/imagefilters.h"

namespace Marquee::Render {

ArtLayer::ArtLayer(const FallbackCanvas &fallback)
    : m_fallback(fallback)
{
}

QImage ArtLayer::coverFitted(const QImage &art, const QSize &size)
{
    if (art.isNull() || size.isEmpty())
        return QImage();
    if (art.size() == size)
        return art;
    const qreal scale = qMax(qreal(size.width()) / art.width(), qreal(size.height()) / art.height());
    // Crop in source pixels first so the smooth (area-averaging) scaler only touches what shows.
    const qreal srcW = qMin<qreal>(art.width(), size.width() / scale);
    const qreal srcH = qMin<qreal>(art.height(), size.height() / scale);
    const QRect crop(qRound((art.width() - srcW) / 2.0), qRound((art.height() - srcH) / 2.0),
                     qMax(1, qRound(srcW)), qMax(1, qRound(srcH)));
    return art.copy(crop).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

void ArtLayer::paint(QImage &canvas, const RenderInputs &inputs, const QString &fallbackStyle) const
{
    QPainter painter(&canvas);
    // Art with transparency sits on black, like a poster on a dark wall.
    if (inputs.art.isNull() || inputs.art.hasAlphaChannel())
        painter.fillRect(canvas.rect(), Qt::black);
    if (inputs.art.isNull()) {
        painter.drawImage(0, 0, m_fallback.canvas(inputs.genre, canvas.size(), fallbackStyle));
    } else {
        const qreal scale = qMax(qreal(canvas.width()) / inputs.art.width(), qreal(canvas.height()) / inputs.art.height());
        if (scale >= 0.5) {
            // Up to a 2× reduction, bilinear sampling straight from the source looks the same as an
            // area-averaged rescale and saves two full-size intermediate images.
            const QSizeF source(canvas.width() / scale, canvas.height() / scale);
            const QRectF crop(QPointF((inputs.art.width() - source.width()) / 2.0,
                                      (inputs.art.height() - source.height()) / 2.0), source);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(canvas.rect()), inputs.art, crop);
        } else {
            painter.drawImage(0, 0, coverFitted(inputs.art, canvas.size()));
        }
    }
    painter.end();
    if (inputs.greyscale)
        ImageFilters::desaturate(canvas);
}

} // namespace Marquee::Render
