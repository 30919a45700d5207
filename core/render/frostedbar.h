#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QString>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Rating mode 4 "Frosted Bar" (reference §2.5): a full-width bar at the bottom carrying
// "year · genre · ★ score" (by bar_append) on one of six bodies: frosted art, pure black, silver or
// gold trim, or a rating stripe over a black or frosted body.
class FrostedBar
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    static QRectF barRect(const RenderContext &ctx);
    static QString content(const RenderContext &ctx);

private:
    // Paints the body and returns the colour the text sits on (for the automatic ink).
    QColor paintBody(QPainter &p, const RenderContext &ctx, const QRectF &bar) const;
    void paintStripe(QPainter &p, const RenderContext &ctx, const QRectF &bar, const QColor &surface,
                     bool frosted) const;
    static QColor accentColor(const RenderContext &ctx, const QColor &surface);
};

} // namespace Marquee::Render
