#pragma once

#include <QImage>
#include <QRect>

namespace Marquee::Render {

// Step 4 of the drawing order: the bare art (after greyscale, before any overlay) kept for the
// elements that frost or sample it. It is stored at half resolution: every consumer blurs it by
// several pixels anyway, and a half-size copy avoids faulting in a second full-size buffer per render.
class ArtSnapshot
{
public:
    ArtSnapshot() = default;
    explicit ArtSnapshot(const QImage &canvas);

    bool isNull() const { return m_image.isNull(); }
    const QImage &image() const { return m_image; }  // the reduced copy, for colour sampling

    // The art under `canvasRect` (clipped to the canvas), Gaussian-blurred by `sigma` canvas pixels,
    // at canvas resolution. Returns the clipped rect in `placed`; null when nothing is visible.
    QImage blurred(const QRect &canvasRect, qreal sigma, QRect *placed) const;

private:
    QImage m_image;
    QSize m_canvasSize;
    qreal m_scale = 0.5;
};

} // namespace Marquee::Render
