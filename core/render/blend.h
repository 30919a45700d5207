#pragma once

#include <QImage>
#include <QPainter>
#include <QPoint>

namespace Marquee::Render {

// Composition steps the vignette bands repeat over large areas, where QPainter's generic paths cost
// tens of instructions per pixel: Darken at an opacity (Qt has no SIMD path for it) and masking
// a layer by a vertical ramp. Results match QPainter's arithmetic exactly; each falls back to
// QPainter when the target is not a plain 32-bit image.
class Blend
{
public:
    // Same as painter.setCompositionMode(Darken), painter.setOpacity(opacity × current) and
    // painter.drawImage(topLeft, layer), with the painter's state left unchanged.
    static void darken(QPainter &painter, const QPoint &topLeft, const QImage &layer, qreal opacity);

    // Draws `image` (premultiplied) at `topLeft` SourceOver, each row y first scaled by the alpha of
    // `column` at y: the same as maskRows() on a copy followed by painter.drawImage(), in one pass.
    static void drawMaskedRows(QPainter &painter, const QPoint &topLeft, const QImage &image, const QImage &column);

    // A band whose every row is `row` (a 1-pixel-high premultiplied image) scaled by the alpha of
    // `column` at that row, drawn SourceOver at `topLeft` and then once more in Darken mode at
    // `darkenOpacity`: the tinted vignette's layer, fused into one pass with no band-sized image.
    static void tintBand(QPainter &painter, const QPoint &topLeft, const QImage &row, const QImage &column,
                         qreal darkenOpacity);

    // DestinationIn by a mask that only varies down the rows: row y of `layer` (premultiplied) is
    // multiplied by the alpha of `column` at row y (a 1-pixel-wide premultiplied image, same height).
    static void maskRows(QImage &layer, const QImage &column);

    // Copies row 0 of `image` over every other row: a horizontal gradient is painted into one row
    // and repeated, instead of being evaluated for every pixel.
    static void repeatFirstRow(QImage &image);
};

} // namespace Marquee::Render
