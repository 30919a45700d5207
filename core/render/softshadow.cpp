#include "core/render/softshadow.h"

#include <array>
#include <cmath>
#include <cstring>

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
    }
    drawBlurred(painter, mask.convertToFormat(QImage::Format_Alpha8), device.topLeft(), style);
}

void SoftShadow::paintForSprite(QPainter &painter, const QImage &sprite, const QPoint &topLeft, const ShadowStyle &style)
{
    if (style.color.alpha() == 0 || sprite.isNull())
        return;
    // Pad the coverage so the blur has room to spread beyond the sprite's edges.
    const int margin = int(std::ceil(style.blur * 3.0)) + 2;
    QImage padded(sprite.width() + 2 * margin, sprite.height() + 2 * margin, QImage::Format_Alpha8);
    padded.fill(0);
    const QImage alpha = sprite.convertToFormat(QImage::Format_Alpha8);
    for (int y = 0; y < alpha.height(); ++y)
        memcpy(padded.scanLine(y + margin) + margin, alpha.constScanLine(y), size_t(alpha.width()));
    drawBlurred(painter, padded, topLeft - QPoint(margin, margin), style);
}

void SoftShadow::drawBlurred(QPainter &painter, const QImage &coverage, const QPoint &deviceTopLeft,
                             const ShadowStyle &style)
{
    // Only the coverage matters: blur it as one channel, then tint it in a single pass.
    const QImage alpha = ImageFilters::blurredAlpha(coverage, style.blur);
    // Qt draws an Alpha8 image as black at that coverage: a black shadow needs no tinted copy.
    const bool black = (style.color.rgb() & RGB_MASK) == 0;
    QImage shadow = black ? alpha : QImage(alpha.size(), QImage::Format_ARGB32_Premultiplied);
    if (!black)
        tint(alpha, style.color, shadow);

    painter.save();
    painter.resetTransform();
    painter.setOpacity(painter.opacity() * style.color.alphaF());
    painter.drawImage(QPointF(deviceTopLeft) + style.offset, shadow);
    painter.restore();
}

void SoftShadow::tint(const QImage &alpha, const QColor &colour, QImage &shadow)
{
    // One colour at 256 coverages: a table replaces the per-pixel premultiply.
    const QRgb color = colour.rgb();
    std::array<QRgb, 256> table;
    for (int a = 0; a < 256; ++a)
        table[size_t(a)] = qPremultiply(qRgba(qRed(color), qGreen(color), qBlue(color), a));
    const int width = alpha.width();
    for (int y = 0; y < alpha.height(); ++y) {
        const uchar *in = alpha.constScanLine(y);
        QRgb *out = reinterpret_cast<QRgb *>(shadow.scanLine(y));
        for (int x = 0; x < width; ++x)
            out[x] = table[in[x]];
    }
}

} // namespace Marquee::Render
