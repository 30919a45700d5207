#pragma once

#include <QImage>
#include <QRectF>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// The notch (sash_mode=notch, reference §2.8): a tab hanging from the top edge, centred, with rounded
// bottom corners, carrying the sash label. Styles: frosted (blurred art under the poster tint), black,
// silver and gold (dark body with an open-top trim).
class NotchBadge
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    struct Layout
    {
        QRectF rect;       // the tab; its top may sit above the canvas (negative inset)
        qreal fontSize = 0;
        QString label;
    };
    static Layout layout(const RenderContext &ctx);
    // The frosted body's tint: the poster frost tint, or the vignette colour (notch_vignette_color).
    static QColor frostColor(const RenderContext &ctx);

private:
    QColor paintBody(QPainter &p, const RenderContext &ctx, const QRectF &rect, const QPainterPath &shape) const;
};

} // namespace Marquee::Render
