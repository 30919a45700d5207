#pragma once

#include <QImage>
#include <QString>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Steps 5–6: the dark bands at the top and bottom that keep the overlays legible (reference §2.4;
// landscape §2.15). Black bands for now; poster-tinted bands come later.
class Vignette
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    struct Band
    {
        qreal height = 0;  // ratio of the canvas height
        int alpha = 0;     // peak alpha at the edge
    };
    // The band for a level name ("off", "low", "medium", "high", "custom"); custom reads the two params.
    static Band portraitTop(const RenderContext &ctx);
    static Band portraitBottom(const RenderContext &ctx);
    static Band landscapeBottom(const RenderContext &ctx);
};

} // namespace Marquee::Render
