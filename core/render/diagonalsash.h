#pragma once

#include <QImage>
#include <QPointF>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// The diagonal info sash (sash_mode=sash, reference §2.8): a ribbon across the top-right corner,
// rotated 45° clockwise, coloured by sash type (or by the poster), with its label centred along it.
// Drawn into its own layer so `muted` fades the whole ribbon evenly.
class DiagonalSash
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    struct Geometry
    {
        qreal length = 0;     // ribbon length
        qreal thickness = 0;  // ribbon thickness
        QPointF centre;       // ribbon centre on the canvas
        qreal maxTextWidth = 0;
    };
    static Geometry geometry(const RenderContext &ctx);

private:
    void paintRibbon(QPainter &p, const RenderContext &ctx, const Geometry &g) const;
    void paintLabel(QPainter &p, const RenderContext &ctx, const Geometry &g) const;
};

} // namespace Marquee::Render
