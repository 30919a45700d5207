#pragma once

#include <functional>

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QRectF>

namespace Marquee::Render {

struct ShadowStyle
{
    QColor color = QColor(0, 0, 0, 150);
    qreal blur = 3.0;      // Gaussian sigma in canvas pixels
    QPointF offset = QPointF(0, 1.5);
};

// Draws the blurred silhouette of whatever `draw` paints, under it, in one colour. Used for text,
// logos and ribbons: the silhouette is painted into a small mask in device space, so it follows any
// rotation of the painter, and only the area around `bounds` is blurred.
class SoftShadow
{
public:
    // `bounds` is in the painter's logical coordinates and must cover everything `draw` paints.
    static void paint(QPainter &painter, const QRectF &bounds, const ShadowStyle &style,
                      const std::function<void(QPainter &)> &draw);

    // The shadow of an already-rendered sprite (its alpha channel), for a sprite drawn unrotated at
    // `topLeft` in device pixels. Saves painting an expensive shape twice.
    static void paintForSprite(QPainter &painter, const QImage &sprite, const QPoint &topLeft, const ShadowStyle &style);

private:
    // Blurs `coverage` (Format_Alpha8) and draws it tinted at `deviceTopLeft` + the style's offset.
    static void drawBlurred(QPainter &painter, const QImage &coverage, const QPoint &deviceTopLeft,
                            const ShadowStyle &style);
    // Writes `colour` at each coverage of `alpha` into `shadow` (premultiplied, same size).
    static void tint(const QImage &alpha, const QColor &colour, QImage &shadow);
};

} // namespace Marquee::Render
