#include "core/render/softshadow.h"

#include <cmath>

#include <QImage>

#include "core/render/imagefilters.h"

namespace Marquee::Render {

void SoftShadow::paint(QPainter &painter, const QRectF &bounds, const ShadowStyle &style,
                       const std::function<void(QPainter &)> &draw)
{
    if (style.color.alpha() == 0 || bounds.isEmpty())
        return;
    const QTransform world = painter.worldTransform();
    const int margin = int(std::ceil(style.blur * 3.0)) + 2;
    QRect device = world.mapRect(bounds).toAlignedRect().adjusted(-margin, -margin, margin, margin);
    // Nothing outside the target can show, so the mask never needs to be larger than the device.
    if (painter.device()) {
        const QRect target(0, 0, painter.device()->width(), painter.device()->height());
        device = device.intersected(target.adjusted(-margin, -margin, margin, margin)
                                        .translated(-style.offset.toPoint()));
    }
    if (device.isEmpty())
        return;

    QImage mask(device.size(), QImage::Format_ARGB32_Premultiplied);
    mask.fill(Qt::transparent);
    {
        QPainter mp(&mask);
        mp.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        mp.setWorldTransform(world * QTransform::fromTranslate(-device.x(), -device.y()));
        draw(mp);
        mp.setCompositionMode(QPainter::CompositionMode_SourceIn);
        mp.resetTransform();
        mp.fillRect(mask.rect(), QColor(style.color.red(), style.color.green(), style.color.blue()));
    }
    const QImage shadow = ImageFilters::blurred(mask, style.blur);

    painter.save();
    painter.resetTransform();
    painter.setOpacity(painter.opacity() * style.color.alphaF());
    painter.drawImage(QPointF(device.topLeft()) + style.offset, shadow);
    painter.restore();
}

} // namespace Marquee::Render
