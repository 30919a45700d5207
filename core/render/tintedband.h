#pragma once

#include <vector>

#include <QImage>
#include <QRect>

namespace Marquee::Render {

// The tinted vignette band of reference §2.4 composited in one pass over the canvas: the frosted art
// under its alpha ramp, then each column's tint colour under the band's ramp, then a little of that
// tint again in Darken mode, so bright art darkens toward the tint but never lightens. The frost
// comes as the blur's reduced copy and is stretched (bilinearly) inside the same pass: no band-sized
// layer is ever filled, which made this band the most expensive thing on a tinted poster.
//
// The arithmetic is 7-bit fixed point on 16-bit lanes; it matches drawing the three layers with
// QPainter to within a few levels per channel.
struct TintedBand
{
    QRect area; // canvas pixels covered (clipped to the canvas by paint())
    QImage frost; // reduced blurred art to stretch over `area`; null for none
    std::vector<uchar> frostAlpha; // the frost's alpha, one per row of `area`
    std::vector<QRgb> tint; // the tint colour of each column of `area` (alpha ignored)
    std::vector<uchar> tintAlpha; // the tint's alpha, one per row of `area`
    qreal darkenOpacity = 0.35; // how much of the tint is applied again in Darken mode

    // Composites onto `canvas`, which must be Format_RGB32 (the poster canvas); other formats are
    // converted to it first.
    void paint(QImage &canvas) const;

    // Whether paint() may use AVX2 where the CPU has it (the default); returns whether it now does.
    // Tests turn it off to check the SSE2 path too.
    static bool useWideVectors(bool wanted);
};

} // namespace Marquee::Render
