#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QSize>

namespace Marquee::Render {

// The few pixel operations QPainter lacks (core cannot use the Widgets-only qt_blurImage): Gaussian
// blur, desaturation and mean luminance. Pure functions over QImage, safe on any thread.
class ImageFilters
{
public:
    // Gaussian-like blur (three box passes) with standard deviation `sigma` pixels; edges extend.
    // Large sigmas are blurred on a downscaled copy, which looks the same and costs far less.
    // Returns Format_ARGB32_Premultiplied.
    static QImage blurred(const QImage &source, qreal sigma);
    // The same blur, returned at the reduced size it was computed at (up to sigma / 3 times smaller
    // than `source`, never larger): the caller stretches it over the source's area, bilinearly, as
    // blurred() does, or folds that stretch into its own pass (see TintedBand).
    static QImage blurredReduced(const QImage &source, qreal sigma);
    // The same on a single-channel mask (Format_Alpha8 in and out): four times less work, for shadows.
    static QImage blurredAlpha(const QImage &mask, qreal sigma);

    // Smooth resize to `size`: area averaging when shrinking, bilinear when growing, like
    // Qt::SmoothTransformation but several times cheaper (vectorised byte planes, no threads).
    // Returns Format_RGB32 for opaque formats, Format_ARGB32_Premultiplied otherwise.
    static QImage scaled(const QImage &source, const QSize &size);

    // Replaces every pixel by its luma, keeping alpha. Works in place on 32-bit formats.
    static void desaturate(QImage &image);

    // The average colour of every pixel (premultiplied formats averaged correctly); black when null.
    static QColor meanColor(const QImage &image);

    // Mean Rec. 709 luma (0–1) over `rect` (clipped to the image); 0 for an empty area.
    static qreal meanLuminance(const QImage &image, const QRect &rect);

    // Relative luminance (0–1) of one colour, the contrast rule of reference §2.7.
    static qreal luminance(const QColor &color);
};

} // namespace Marquee::Render
