#pragma once

#include <functional>

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QPoint>
#include <QRectF>

#include "core/render/lrucache.h"

namespace Marquee::Render {

// A finished, device-space layer: what a keyed drawing looked like on transparency.
struct Layer
{
    QImage image;  // Format_ARGB32_Premultiplied
    QPoint topLeft;
};

// Draws an element that looks the same on every poster that shows it (a sash ribbon of one colour
// at one place) from a cached sprite: the first time it is painted into a transparent layer under
// the painter's transform, later times the layer is drawn at once. Only for elements painted
// entirely with SourceOver, where "layer, then composite" equals "paint directly" up to rounding.
class CachedLayer
{
public:
    // `bounds` (logical coordinates) must cover everything `paint` draws; `contentKey` names what it
    // draws. The transform and the device area join the key, so the sprite is reused only where it
    // lands on exactly the same pixels.
    static void paint(QPainter &painter, const QRectF &bounds, const QByteArray &contentKey,
                      const std::function<void(QPainter &)> &paint);

    // The process-wide cache of layers (bounded to a few MB).
    static LruCache<Layer> &cache();
};

} // namespace Marquee::Render
