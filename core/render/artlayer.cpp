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

void ArtLayer::paint(QImage &canvas, const RenderInputs &inputs) const
{
    const QImage source = inputs.art.isNull() ? m_fallback.canvas(inputs.genre, canvas.size())
                                              : coverFitted(inputs.art, canvas.size());
    {
        QPainter painter(&canvas);
        // Art with transparency sits on black, like a poster on a dark wall.
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.fillRect(canvas.rect(), Qt::black);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.drawImage(0, 0, source);
    }
    if (inputs.greyscale)
        ImageFilters::desaturate(canvas);
}

} // namespace Marquee::Render
