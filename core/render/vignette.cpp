#include "core/render/vignette.h"

#include <cmath>
#include <functional>
#include <vector>

#include <QLinearGradient>
#include <QPainter>

#include "core/render/tintedband.h"

namespace Marquee::Render {

using Config::Param;

namespace {

using Curve = std::function<qreal(qreal)>;  // t = 0 inner edge … 1 outer edge → 0…1

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

bool isLandscape(const RenderContext &ctx)
{
    return ctx.size.width() > ctx.size.height();
}

// A vertical gradient from the band's inner edge (transparent) to the canvas edge (peak alpha)
// following `curve`, in `color`. Sixteen stops are smooth at any band height.
QLinearGradient ramp(const QRectF &rect, bool outerAtBottom, int peak, const Curve &curve, const QColor &color)
{
    const QPointF inner = outerAtBottom ? rect.topLeft() : rect.bottomLeft();
    const QPointF outer = outerAtBottom ? rect.bottomLeft() : rect.topLeft();
    QLinearGradient gradient(inner, outer);
    constexpr int Stops = 16;
    for (int i = 0; i <= Stops; ++i) {
        const qreal t = qreal(i) / Stops;
        QColor c = color;
        c.setAlpha(qBound(0, qRound(peak * curve(t)), 255));
        gradient.setColorAt(t, c);
    }
    return gradient;
}

// The band's alpha ramp, one value per row of `rect`, sampled at pixel centres as a gradient from
// the inner edge (0) to the canvas edge (`peak`) would be.
std::vector<uchar> rampAlphas(const QRect &rect, bool outerAtBottom, int peak, const Curve &curve)
{
    std::vector<uchar> alphas(size_t(qMax(0, rect.height())));
    for (int i = 0; i < rect.height(); ++i) {
        const qreal along = (i + 0.5) / rect.height();
        alphas[size_t(i)] = uchar(qBound(0, qRound(peak * curve(outerAtBottom ? along : 1.0 - along)), 255));
    }
    return alphas;
}

// The tinted band: the art under it frosted (blur × band height × .24), then the column colours
// through the band's alpha ramp, then a little of the same colour in Darken mode so bright art
// beneath darkens toward the tint but never lightens (the "bleed" budget).
void paintTinted(QImage &canvas, const RenderContext &ctx, const QRect &rect, bool outerAtBottom, int peak,
                 const Curve &curve, const VignetteTint &tint)
{
    TintedBand band;
    band.area = rect;
    const qreal blur = qBound(0.0, ctx.config.real(Param::VignetteColorBlur), 1.0);
    if (blur > 0.01 && !ctx.art.isNull()) {
        QRect placed;
        band.frost = ctx.art.frosted(rect, qMax(1.0, rect.height() * 0.24 * blur / 2.0), &placed);
        band.area = placed;
        band.frostAlpha = rampAlphas(placed, outerAtBottom, 255, curve);
    }
    // Every row of the colour layer is the same: one row is painted once and reused down the band.
    QImage row(band.area.width(), 1, QImage::Format_ARGB32_Premultiplied);
    {
        QLinearGradient across(0, 0, row.width(), 0);
        const auto &columns = tint.columns();
        for (int i = 0; i < VignetteTint::Columns; ++i)
            across.setColorAt((i + 0.5) / VignetteTint::Columns, columns[size_t(i)]);
        QPainter lp(&row);
        lp.setCompositionMode(QPainter::CompositionMode_Source);
        lp.fillRect(row.rect(), across);
    }
    const QRgb *colours = reinterpret_cast<const QRgb *>(row.constScanLine(0));
    band.tint.assign(colours, colours + row.width());
    band.tintAlpha = rampAlphas(band.area, outerAtBottom, peak, curve);
    band.darkenOpacity = 0.35;
    band.paint(canvas);
}

void paintBand(QImage &canvas, const RenderContext &ctx, const QRectF &rect, bool outerAtBottom, int peak,
               const Curve &curve, const VignetteTint &tint)
{
    if (rect.height() <= 0 || peak <= 0)
        return;
    if (tint.isValid()) {
        paintTinted(canvas, ctx, rect.toAlignedRect().intersected(QRect(QPoint(0, 0), ctx.size)), outerAtBottom, peak,
                    curve, tint);
        return;
    }
    QPainter p(&canvas);
    p.fillRect(rect, ramp(rect, outerAtBottom, peak, curve, Qt::black));
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

bool Vignette::wantsTop(const RenderContext &ctx)
{
    // Landscape keeps its top clear by default (the fork exposes no top band there).
    return !isLandscape(ctx) && !(ctx.config.flag(Param::TopVignetteSashOnly) && !ctx.sash);
}

VignetteTint::Params Vignette::tintParams(const Config::RenderConfig &config)
{
    VignetteTint::Params params;
    params.saturation = config.real(Param::VignetteColorSaturation);
    params.lightness = config.real(Param::VignetteColorLightness);
    params.blur = config.real(Param::VignetteColorBlur);
    params.ramp = config.flag(Param::VignetteColorRamp);
    params.local = config.flag(Param::VignetteColorLocal);
    return params;
}

VignetteTint Vignette::pickTint(const RenderContext &ctx, bool top)
{
    // A baked title under a frosted, tinted band would smear it: those posters keep a black band.
    if (ctx.art.isNull() || ctx.inputs.artHasBakedTitle)
        return {};
    if (top) {
        // The top tint would fight the sash or notch colours for attention.
        if (!ctx.config.flag(Param::VignettePosterColorTop) || ctx.sash || !wantsTop(ctx))
            return {};
        const Band band = portraitTop(ctx);
        if (band.height <= 0 || band.alpha <= 0)
            return {};
        return ctx.art.vignetteTint({0.0, band.height, false}, tintParams(ctx.config));
    }
    if (!ctx.config.flag(Param::VignettePosterColorBottom))
        return {};
    const Band band = isLandscape(ctx) ? landscapeBottom(ctx) : portraitBottom(ctx);
    if (band.height <= 0 || band.alpha <= 0)
        return {};
    return ctx.art.vignetteTint({1.0 - band.height, 1.0, true}, tintParams(ctx.config));
}

void Vignette::paint(QImage &canvas, const RenderContext &ctx) const
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    const bool landscape = isLandscape(ctx);

    if (wantsTop(ctx)) {
        const Band top = portraitTop(ctx);
        paintBand(canvas, ctx, QRectF(0, 0, w, h * top.height), false, top.alpha, [](qreal t) { return t; }, ctx.topTint);
    }

    const Band bottom = landscape ? landscapeBottom(ctx) : portraitBottom(ctx);
    const QRectF rect(0, h * (1.0 - bottom.height), w, h * bottom.height);
    if (landscape) {
        paintBand(canvas, ctx, rect, true, bottom.alpha,
                  [](qreal t) { return std::pow(t * t * (3.0 - 2.0 * t), 1.4); },  // smoothstep, gamma 1.4
                  ctx.bottomTint);
    } else {
        paintBand(canvas, ctx, rect, true, bottom.alpha, [](qreal t) { return std::pow(t, 1.5); }, ctx.bottomTint);
    }
}

} // namespace Marquee::Render
