#include "core/render/softshadow.h"

#include <array>
#include <cmath>
#include <cstring>

#include <QImage>
#include <QTransform>

#include "core/render/imagefilters.h"

namespace Marquee::Render {

namespace {

// Masks are small (text runs, badges): 4 MB holds several hundred, enough for every label, score
// and sash string a busy server draws in rotation, and little next to the daemon's memory budget.
constexpr qsizetype MaskCacheBytes = 4 * 1024 * 1024;

int marginFor(qreal blur)
{
    return int(std::ceil(blur * 3.0)) + 2;
}

template<typename T>
void appendRaw(QByteArray &key, const T &value)
{
    key.append(reinterpret_cast<const char *>(&value), sizeof(value));
}

} // namespace

LruCache<ShadowMask> &SoftShadow::maskCache()
{
    static LruCache<ShadowMask> cache(MaskCacheBytes);
    return cache;
}

QByteArray SoftShadow::fullKey(const QByteArray &contentKey, const QTransform &world, const QRect &device, qreal blur)
{
    // Exact values, not rounded ones: a sub-pixel shift changes the antialiased coverage.
    QByteArray key = contentKey;
    key.reserve(contentKey.size() + 9 * int(sizeof(qreal)) + 4 * int(sizeof(int)));
    for (const qreal v : {world.m11(), world.m12(), world.m13(), world.m21(), world.m22(), world.m23(),
                          world.m31(), world.m32(), world.m33(), blur})
        appendRaw(key, v);
    for (const int v : {device.x(), device.y(), device.width(), device.height()})
        appendRaw(key, v);
    return key;
}

ShadowMask SoftShadow::renderMask(QPainter &painter, const QRect &device, qreal blur,
                                  const std::function<void(QPainter &)> &draw)
{
    QImage mask(device.size(), QImage::Format_ARGB32_Premultiplied);
    mask.fill(Qt::transparent);
    {
        QPainter mp(&mask);
        mp.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        mp.setWorldTransform(painter.worldTransform() * QTransform::fromTranslate(-device.x(), -device.y()));
        draw(mp);
    }
    return ShadowMask {ImageFilters::blurredAlpha(mask.convertToFormat(QImage::Format_Alpha8), blur), device.topLeft()};
}

void SoftShadow::paint(QPainter &painter, const QRectF &bounds, const ShadowStyle &style,
                       const std::function<void(QPainter &)> &draw, const QByteArray &contentKey)
{
    if (style.color.alpha() == 0 || bounds.isEmpty())
        return;
    const QTransform world = painter.worldTransform();
    const int margin = marginFor(style.blur);
    QRect device = world.mapRect(bounds).toAlignedRect().adjusted(-margin, -margin, margin, margin);
    // Nothing outside the target can show, so the mask never needs to be larger than the device.
    if (painter.device()) {
        const QRect target(0, 0, painter.device()->width(), painter.device()->height());
        device = device.intersected(target.adjusted(-margin, -margin, margin, margin)
                                        .translated(-style.offset.toPoint()));
    }
    if (device.isEmpty())
        return;
    if (contentKey.isEmpty()) {
        drawMask(painter, renderMask(painter, device, style.blur, draw), style);
        return;
    }
    const QByteArray key = fullKey(contentKey, world, device, style.blur);
    std::optional<ShadowMask> mask = maskCache().find(key);
    if (!mask) {
        mask = renderMask(painter, device, style.blur, draw);
        maskCache().insert(key, *mask, mask->alpha.sizeInBytes() + key.size());
    }
    drawMask(painter, *mask, style);
}

ShadowMask SoftShadow::spriteMask(const QImage &sprite, const QPoint &topLeft, qreal blur)
{
    if (sprite.isNull())
        return ShadowMask();
    // Pad the coverage so the blur has room to spread beyond the sprite's edges. The alpha bytes are
    // read straight from the 32-bit sprite: no intermediate Alpha8 copy.
    const int margin = marginFor(blur);
    const QImage argb = sprite.depth() == 32 ? sprite : sprite.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage padded(argb.width() + 2 * margin, argb.height() + 2 * margin, QImage::Format_Alpha8);
    padded.fill(0);
    const bool opaque = !argb.hasAlphaChannel();
    const int width = argb.width(), height = argb.height();
    uchar *bits = padded.bits();
    const qsizetype stride = padded.bytesPerLine();
    for (int y = 0; y < height; ++y) {
        const QRgb *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = bits + (y + margin) * stride + margin;
        if (opaque) {
            memset(out, 0xff, size_t(width));
            continue;
        }
        for (int x = 0; x < width; ++x)
            out[x] = uchar(qAlpha(in[x]));
    }
    return ShadowMask {ImageFilters::blurredAlpha(padded, blur), topLeft - QPoint(margin, margin)};
}

void SoftShadow::paintForSprite(QPainter &painter, const QImage &sprite, const QPoint &topLeft, const ShadowStyle &style)
{
    if (style.color.alpha() == 0 || sprite.isNull())
        return;
    drawMask(painter, spriteMask(sprite, topLeft, style.blur), style);
}

void SoftShadow::drawMask(QPainter &painter, const ShadowMask &mask, const ShadowStyle &style)
{
    if (mask.isNull() || style.color.alpha() == 0)
        return;
    // Qt draws an Alpha8 image as black at that coverage: a black shadow needs no tinted copy.
    const bool black = (style.color.rgb() & RGB_MASK) == 0;
    QImage shadow = black ? mask.alpha : QImage(mask.alpha.size(), QImage::Format_ARGB32_Premultiplied);
    if (!black)
        tint(mask.alpha, style.color, shadow);

    painter.save();
    painter.resetTransform();
    painter.setOpacity(painter.opacity() * style.color.alphaF());
    painter.drawImage(QPointF(mask.topLeft) + style.offset, shadow);
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
