#pragma once

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QSizeF>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Step 8: the clear logo, or the fallback title text when there is none (reference §2.11; landscape
// §2.15). The logo is cropped to its visible pixels, sized by the equal-area rule inside the
// envelope, and whitened when it is dark and achromatic over dark art.
class LogoLayer
{
public:
    // Paints and returns the area it covered (empty when nothing was drawn).
    QRectF paint(QImage &canvas, const RenderContext &ctx) const;

    // Whether the logo/title stage runs at all (skipped for baked-in titles, textless, original art).
    static bool wanted(const RenderContext &ctx);
    // The logo cropped to its alpha > 32 bounding box; null when nothing is visible.
    static QImage croppedLogo(const QImage &logo);
    // That bounding box (the whole image when it has no alpha); empty when nothing is visible.
    static QRect visibleRect(const QImage &logo);
    // Drops the scaled-logo caches (benchmarks measuring cold renders, tests).
    static void clearCaches();
    // Equal-area size: target = √(maxW×maxH), w = target×√aspect, h = target/√aspect, clamped to caps.
    static QSizeF equalAreaSize(const QSizeF &logo, const QSizeF &caps);

private:
    // The decoded logo, its content key and its visible area (found once per distinct logo).
    struct VisibleLogo
    {
        const QImage *image = nullptr;
        QByteArray key;
        QRect visible;
    };

    static VisibleLogo visibleLogo(const QImage &logo);
    QRectF paintPortrait(QImage &canvas, const RenderContext &ctx) const;
    QRectF paintLandscape(QImage &canvas, const RenderContext &ctx) const;
    static QRectF portraitPlacement(const RenderContext &ctx, const QSizeF &size);
    static void drawLogo(QImage &canvas, const VisibleLogo &logo, const QRectF &rect, bool landscape);
};

} // namespace Marquee::Render
