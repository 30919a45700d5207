#include "core/render/artsnapshot.h"

#include <cmath>

#include "core/render/imagefilters.h"

namespace Marquee::Render {

ArtSnapshot::ArtSnapshot(const QImage &canvas)
    : m_canvasSize(canvas.size())
{
    if (canvas.isNull())
        return;
    m_image = ImageFilters::scaled(canvas, QSize(qMax(1, qRound(canvas.width() * m_scale)),
                                                 qMax(1, qRound(canvas.height() * m_scale))))
                  .convertToFormat(QImage::Format_RGB32);
}

QImage ArtSnapshot::blurred(const QRect &canvasRect, qreal sigma, QRect *placed) const
{
    const QRect area = canvasRect.intersected(QRect(QPoint(0, 0), m_canvasSize));
    if (placed)
        *placed = area;
    if (m_image.isNull() || area.isEmpty())
        return QImage();
    // The matching area of the reduced copy, widened to whole pixels.
    const QRect source(int(std::floor(area.x() * m_scale)), int(std::floor(area.y() * m_scale)),
                       qMax(1, int(std::ceil((area.right() + 1) * m_scale)) - int(std::floor(area.x() * m_scale))),
                       qMax(1, int(std::ceil((area.bottom() + 1) * m_scale)) - int(std::floor(area.y() * m_scale))));
    const QImage small = ImageFilters::blurred(m_image.copy(source.intersected(m_image.rect())), sigma * m_scale);
    return ImageFilters::scaled(small, area.size()).convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace Marquee::Render
