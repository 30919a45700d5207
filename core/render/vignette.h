#pragma once

#include <QImage>
#include <QString>

#include "core/render/rendercontext.h"
#include "core/render/vignettetint.h"

namespace Marquee::Render {

// Steps 5–6: the bands at the top and bottom that keep the overlays legible (reference §2.4;
// landscape §2.15). Black by default; with vignette_poster_color_top/bottom a band is painted in a
// colour picked from the art (VignetteTint) over a frosted copy of the art beneath it.
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

    // Whether the top band is drawn at all (top_vignette_sash_only; landscape has no top band).
    static bool wantsTop(const RenderContext &ctx);
    // The poster colour of a band, or an invalid tint (black) when the band is not tinted: the
    // flag is off, the band is off, the art carries a baked title, or (top) a sash/notch is shown.
    static VignetteTint pickTint(const RenderContext &ctx, bool top);
    static VignetteTint::Params tintParams(const Config::RenderConfig &config);
};

} // namespace Marquee::Render
