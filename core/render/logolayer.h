#pragma once

#include <QImage>
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
    // Equal-area size: target = √(maxW×maxH), w = target×√aspect, h = target/√aspect, clamped to caps.
    static QSizeF equalAreaSize(const QSizeF &logo, const QSizeF &caps);

private:
    QRectF paintPortrait(QImage &canvas, const RenderContext &ctx) const;
    QRectF paintLandscape(QImage &canvas, const RenderContext &ctx) const;
    static QRectF portraitPlacement(const RenderContext &ctx, const QSizeF &size);
    static void drawLogo(QImage &canvas, const QImage &logo, const QRectF &rect, bool landscape);
};

} // namespace Marquee::Render
