#include "core/render/cachedlayer.h"

#include <QTransform>

namespace Marquee::Render {

namespace {

// A corner ribbon is ~200 kB: 6 MB keeps every sash colour and placement in rotation.
constexpr qsizetype LayerCacheBytes = 6 * 1024 * 1024;

template<typename T>
void appendRaw(QByteArray &key, const T &value)
{
    key.append(reinterpret_cast<const char *>(&value), sizeof(value));
}

} // namespace

LruCache<Layer> &CachedLayer::cache()
{
    static LruCache<Layer> layers(LayerCacheBytes);
    return layers;
}

void CachedLayer::paint(QPainter &painter, const QRectF &bounds, const QByteArray &contentKey,
                        const std::function<void(QPainter &)> &paint)
{
    const QTransform world = painter.worldTransform();
    // One pixel of margin holds the antialiased edges.
    QRect device = world.mapRect(bounds).toAlignedRect().adjusted(-1, -1, 1, 1);
    if (painter.device())
        device = device.intersected(QRect(0, 0, painter.device()->width(), painter.device()->height()));
    if (device.isEmpty())
        return;
    QByteArray key = contentKey;
    for (const qreal v : {world.m11(), world.m12(), world.m13(), world.m21(), world.m22(), world.m23(), world.m31(),
                          world.m32(), world.m33()})
        appendRaw(key, v);
    for (const int v : {device.x(), device.y(), device.width(), device.height()})
        appendRaw(key, v);
    const QPainter::RenderHints hints = painter.renderHints();
    appendRaw(key, int(hints));

    std::optional<Layer> layer = cache().find(key);
    if (!layer) {
        layer = Layer {QImage(device.size(), QImage::Format_ARGB32_Premultiplied), device.topLeft()};
        layer->image.fill(Qt::transparent);
        {
            QPainter lp(&layer->image);
            lp.setRenderHints(hints);
            lp.setWorldTransform(world * QTransform::fromTranslate(-device.x(), -device.y()));
            paint(lp);
        }
        cache().insert(key, *layer, layer->image.sizeInBytes() + key.size());
    }
    painter.save();
    painter.resetTransform();
    painter.drawImage(layer->topLeft, layer->image);
    painter.restore();
}

} // namespace Marquee::Render
