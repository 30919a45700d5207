#pragma once

#include <QColor>
#include <QImage>
#include <QRect>

#include "core/render/frosttint.h"
#include "core/render/vignettetint.h"

namespace Marquee::Render {

// Step 4 of the drawing order: the bare art (after greyscale, before any overlay) kept for the
// elements that frost or sample it. It is stored at half resolution: every consumer blurs it by
// several pixels anyway, and a half-size copy avoids faulting in a second full-size buffer per render.
//
// What is derived from it (frosted areas, the frost colour, vignette tints) depends only on its
// pixels, and the same art comes back often: under other presets, clients and insets, and whenever
// a composite expires. So those results are memoised process-wide by a hash of the pixels.
class ArtSnapshot
{
public:
    ArtSnapshot() = default;
    explicit ArtSnapshot(const QImage &canvas);

    bool isNull() const { return m_image.isNull(); }
    const QImage &image() const { return m_image; } // the reduced copy, for colour sampling
    quint64 contentKey() const { return m_key; } // hash of the reduced copy's pixels and size

    // The art under `canvasRect` (clipped to the canvas, returned in `placed`), Gaussian-blurred by
    // `sigma` canvas pixels, at the reduced size the blur worked at: stretched over `placed` it is
    // the frosted art. Null when nothing is visible.
    QImage frosted(const QRect &canvasRect, qreal sigma, QRect *placed) const;

    // The same, stretched to canvas resolution (Format_ARGB32_Premultiplied). `mean`, when given,
    // receives its average colour.
    QImage blurred(const QRect &canvasRect, qreal sigma, QRect *placed, QColor *mean = nullptr) const;

    // FrostTint::sample and VignetteTint::pick of this art, memoised.
    FrostTint frostTint() const;
    VignetteTint vignetteTint(const VignetteTint::Band &band, const VignetteTint::Params &params) const;

    // Empties the memo caches (benchmarks measure a never-seen title this way).
    static void clearCaches();

private:
    QImage m_image;
    QSize m_canvasSize;
    qreal m_scale = 0.5;
    quint64 m_key = 0;
};

} // namespace Marquee::Render
