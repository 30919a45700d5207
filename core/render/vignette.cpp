#include "core/render/vignette.h"

#include <cmath>

#include <QLinearGradient>
#include <QPainter>

namespace Marquee::Render {

using Config::Param;

namespace {

struct Levels
{
    Vignette::Band low, medium, high;
};

Vignette::Band bandFor(const RenderContext &ctx, Param level, Param height, Param opacity, const Levels &levels)
{
    const QString name = ctx.choice(level);
    if (name == QLatin1String("low"))
        return levels.low;
    if (name == QLatin1String("medium"))
        return levels.medium;
    if (name == QLatin1String("high"))
        return levels.high;
    if (name == QLatin1String("custom"))
        return {qBound(0.0, ctx.config.real(height), 1.0), qBound(0, qRound(ctx.config.real(opacity) * 255), 255)};
    return {};
}

// A gradient from the band's inner edge (transparent) to the canvas edge (peak alpha) following
// `curve` (t = 0 inner edge … 1 outer edge → 0…1). Sixteen stops are smooth at any band height.
template<typename Curve>
void fillBand(QPainter &p, const QRectF &rect, bool outerAtBottom, int peak, Curve curve)
{
    const QPointF inner = outerAtBottom ? rect.topLeft() : rect.bottomLeft();
    const QPointF outer = outerAtBottom ? rect.bottomLeft() : rect.topLeft();
    QLinearGradient gradient(inner, outer);
    constexpr int Stops = 16;
    for (int i = 0; i <= Stops; ++i) {
        const qreal t = qreal(i) / Stops;
        gradient.setColorAt(t, QColor(0, 0, 0, qBound(0, qRound(peak * curve(t)), 255)));
    }
    p.fillRect(rect, gradient);
}

} // namespace

Vignette::Band Vignette::portraitTop(const RenderContext &ctx)
{
    return bandFor(ctx, Param::TopGradient, Param::TopGradientHeight, Param::TopGradientOpacity,
                   {{.20, 150}, {.25, 190}, {.40, 220}});
}

Vignette::Band Vignette::portraitBottom(const RenderContext &ctx)
{
    return bandFor(ctx, Param::BottomGradient, Param::BottomGradientHeight, Param::BottomGradientOpacity,
                   {{.30, 180}, {.40, 210}, {.50, 225}});
}

Vignette::Band Vignette::landscapeBottom(const RenderContext &ctx)
{
    return bandFor(ctx, Param::BottomGradient, Param::BottomGradientHeight, Param::BottomGradientOpacity,
                   {{.30, 160}, {.38, 190}, {.45, 212}});
}

void Vignette::paint(QImage &canvas, const RenderContext &ctx) const
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    const bool landscape = ctx.size.width() > ctx.size.height();
    QPainter p(&canvas);

    // Landscape keeps its top clear by default (the fork exposes no top band there).
    const bool topWanted = !landscape && !(ctx.config.flag(Param::TopVignetteSashOnly) && !ctx.sash);
    if (topWanted) {
        const Band top = portraitTop(ctx);
        if (top.height > 0 && top.alpha > 0)
            fillBand(p, QRectF(0, 0, w, h * top.height), false, top.alpha, [](qreal t) { return t; });
    }

    const Band bottom = landscape ? landscapeBottom(ctx) : portraitBottom(ctx);
    if (bottom.height <= 0 || bottom.alpha <= 0)
        return;
    const QRectF rect(0, h * (1.0 - bottom.height), w, h * bottom.height);
    if (landscape) {
        fillBand(p, rect, true, bottom.alpha, [](qreal t) {
            return std::pow(t * t * (3.0 - 2.0 * t), 1.4);  // smoothstep, gamma 1.4
        });
    } else {
        fillBand(p, rect, true, bottom.alpha, [](qreal t) { return std::pow(t, 1.5); });
    }
}

} // namespace Marquee::Render
