#pragma once

#include <functional>

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPoint>
#include <QPointF>
#include <QRectF>

#include "core/render/lrucache.h"

namespace Marquee::Render {

struct ShadowStyle
{
    QColor color = QColor(0, 0, 0, 150);
    qreal blur = 3.0;      // Gaussian sigma in canvas pixels
    QPointF offset = QPointF(0, 1.5);
};

// A finished shadow: blurred coverage (Format_Alpha8) whose top-left sits at `topLeft` in device
// pixels, before the style's offset. Independent of the shadow's colour and opacity.
struct ShadowMask
{
    QImage alpha;
    QPoint topLeft;

    bool isNull() const { return alpha.isNull(); }
};

// Draws the blurred silhouette of whatever `draw` paints, under it, in one colour. Used for text,
// logos and ribbons: the silhouette is painted into a small mask in device space, so it follows any
// rotation of the painter, and only the area around `bounds` is blurred.
class SoftShadow
{
public:
    // `bounds` is in the painter's logical coordinates and must cover everything `draw` paints.
    // A non-empty `contentKey` names what `draw` paints (text, font, logical position…): the blurred
    // mask is then kept in maskCache() and reused by any later shadow with the same key, transform,
    // device area and blur, which skips painting and blurring entirely.
    static void paint(QPainter &painter, const QRectF &bounds, const ShadowStyle &style,
                      const std::function<void(QPainter &)> &draw, const QByteArray &contentKey = QByteArray());

    // The shadow of an already-rendered sprite (its alpha channel), for a sprite drawn unrotated at
    // `topLeft` in device pixels. Saves painting an expensive shape twice.
    static void paintForSprite(QPainter &painter, const QImage &sprite, const QPoint &topLeft, const ShadowStyle &style);

    // The blurred, padded coverage of a sprite drawn at `topLeft`: what paintForSprite draws. Callers
    // that draw the same sprite often keep this and hand it to drawMask().
    static ShadowMask spriteMask(const QImage &sprite, const QPoint &topLeft, qreal blur);
    // Draws a finished mask tinted in the style's colour at its offset, in device space.
    static void drawMask(QPainter &painter, const ShadowMask &mask, const ShadowStyle &style);

    // The process-wide cache of blurred masks for keyed paint() calls (bounded to a few MB).
    static LruCache<ShadowMask> &maskCache();

private:
    static ShadowMask renderMask(QPainter &painter, const QRect &device, qreal blur,
                                 const std::function<void(QPainter &)> &draw);
    static QByteArray fullKey(const QByteArray &contentKey, const QTransform &world, const QRect &device, qreal blur);
    // Writes `colour` at each coverage of `alpha` into `shadow` (premultiplied, same size).
    static void tint(const QImage &alpha, const QColor &colour, QImage &shadow);
};

} // namespace Marquee::Render
