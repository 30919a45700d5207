#include "core/render/diagonalsash.h"

#include <cmath>

#include <QLinearGradient>
#include <QPainter>

#include "core/render/cachedlayer.h"
#include "core/render/inlinerun.h"
#include "core/render/ratingtext.h"
#include "core/render/sashpalette.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

// Everything paintRibbon() draws depends on: the sash colours (type, or the poster's frost tint)
// and the geometry. The ribbon is the same on every poster with these, so it is drawn from a
// cached sprite (CachedLayer adds the transform and device area to the key).
QByteArray ribbonKey(const RenderContext &ctx, const DiagonalSash::Geometry &g)
{
    const bool posterColor = ctx.config.flag(Param::SashPosterColor);
    QByteArray key("sash-ribbon");
    for (const qint64 v : {qint64(ctx.sash->type), qint64(posterColor),
                           qint64(posterColor ? ctx.frost.tint(1.2, ctx.config.flag(Param::FrostReference)).rgba() : 0)})
        key.append(reinterpret_cast<const char *>(&v), sizeof(v));
    for (const qreal v : {g.length, g.thickness})
        key.append(reinterpret_cast<const char *>(&v), sizeof(v));
    return key;
}

// Covers the ribbon and its shadow band (2.5 sigma beyond each long edge, offset by ~3 px).
QRectF ribbonBounds(const DiagonalSash::Geometry &g)
{
    const qreal spread = 2.5 * 10.0 / 3.0 + 5.0;
    return QRectF(-g.length / 2.0 - spread, -g.thickness / 2.0 - spread, g.length + 2 * spread,
                  g.thickness + 2 * spread);
}

} // namespace

DiagonalSash::Geometry DiagonalSash::geometry(const RenderContext &ctx)
{
    Geometry g;
    const qreal w = ctx.width();
    g.length = w * ctx.config.real(Param::SashLengthRatio);
    g.thickness = w * ctx.config.real(Param::SashHeightRatio);
    // The rotated ribbon's bounding square, placed with its left at W − .68 box, top at −.32 box.
    const qreal box = (g.length + g.thickness) / std::sqrt(2.0);
    g.centre = QPointF(w - 0.68 * box + box / 2.0, -0.32 * box + box / 2.0);
    // The centre line leaves the canvas through the top and right edges; the label must stay clear
    // of both cut ends by about half a thickness.
    const qreal visibleHalf = std::min(g.centre.y(), w - g.centre.x()) * std::sqrt(2.0);
    g.maxTextWidth = qMax(0.0, 2.0 * (visibleHalf - 0.55 * g.thickness));
    return g;
}

void DiagonalSash::paintRibbon(QPainter &p, const RenderContext &ctx, const Geometry &g) const
{
    SashColors colors = SashPalette::colors(ctx.sash->type);
    if (ctx.config.flag(Param::SashPosterColor)) {
        colors.hi = ctx.frost.tint(1.2, ctx.config.flag(Param::FrostReference));
        colors.lo = QColor(int(colors.hi.red() * 0.6), int(colors.hi.green() * 0.6), int(colors.hi.blue() * 0.6));
        colors.border = colors.hi;
    }
    const qreal t = g.thickness;
    const QRectF ribbon(-g.length / 2.0, -t / 2.0, g.length, t);

    // Reference: alpha 110, blur 10, offset (+6,+6) on the ×3 supersampled ribbon. The ribbon's ends
    // always lie outside the canvas, so its blurred shadow is just a band with soft long edges: a
    // gradient across the thickness, offset down-right, costs nothing compared with a real blur.
    const qreal sigma = 10.0 / 3.0;
    const QPointF offset = QTransform().rotate(-45.0).map(QPointF(2, 2));  // canvas (+2,+2) in ribbon space
    QLinearGradient shade(0, -t / 2.0 - 2.5 * sigma, 0, t / 2.0 + 2.5 * sigma);
    const qreal edge = 5.0 * sigma / (t + 5.0 * sigma);
    shade.setColorAt(0.0, QColor(0, 0, 0, 0));
    shade.setColorAt(edge * 0.5, QColor(0, 0, 0, 55));
    shade.setColorAt(edge, QColor(0, 0, 0, 110));
    shade.setColorAt(1.0 - edge, QColor(0, 0, 0, 110));
    shade.setColorAt(1.0 - edge * 0.5, QColor(0, 0, 0, 55));
    shade.setColorAt(1.0, QColor(0, 0, 0, 0));
    p.fillRect(ribbon.adjusted(0, -2.5 * sigma, 0, 2.5 * sigma).translated(offset), shade);

    QLinearGradient body(0, -t / 2.0, 0, t / 2.0);
    body.setColorAt(0.0, colors.lo);
    body.setColorAt(0.5, colors.hi);
    body.setColorAt(1.0, colors.lo);
    p.fillRect(ribbon, body);
    const qreal border = qMax(2.0, t / 18.0);
    p.fillRect(QRectF(ribbon.left(), ribbon.top(), ribbon.width(), border), colors.border);
    p.fillRect(QRectF(ribbon.left(), ribbon.bottom() - border, ribbon.width(), border), colors.border);
    const qreal inset = 0.12 * t;
    p.fillRect(ribbon.adjusted(0, inset, 0, -inset), QColor(8, 8, 8, 245));
}

void DiagonalSash::paintLabel(QPainter &p, const RenderContext &ctx, const Geometry &g) const
{
    const QString label = RatingText::sashLabel(*ctx.sash, ctx.config.flag(Param::SashWinnerStar));
    if (label.isEmpty())
        return;
    const qreal t = g.thickness;
    const qreal size = qMin(0.4 * t, 0.85 * t / std::pow(qMax<qsizetype>(1, label.size()), 0.35));
    QColor ink = ctx.config.color(Param::SashTextColor).value_or(QColor(225, 225, 225));
    ink.setAlpha(225);
    InlineRun run(ctx.fonts.uiFont(size));
    run.addText(label, ink);
    run.fitWidth(g.maxTextWidth, 6);
    run.paint(p, QPointF(-run.width() / 2.0, run.baselineForCentre(0.0)),
              ShadowStyle {QColor(0, 0, 0, 200), 1.0, QPointF(0.7, 0.7)});
}

void DiagonalSash::paint(QImage &canvas, const RenderContext &ctx) const
{
    if (!ctx.sash)
        return;
    const Geometry g = geometry(ctx);
    if (g.length <= 0 || g.thickness <= 0)
        return;
    const auto draw = [&](QPainter &p, const QPointF &origin) {
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        p.translate(g.centre - origin);
        p.rotate(45.0);
        CachedLayer::paint(p, ribbonBounds(g), ribbonKey(ctx, g), [&](QPainter &lp) { paintRibbon(lp, ctx, g); });
        paintLabel(p, ctx, g);
    };
    if (!ctx.config.flag(Param::Muted)) {
        QPainter p(&canvas);
        draw(p, QPointF(0, 0));
        return;
    }
    // Muted fades the whole ribbon evenly, so it is drawn into its own layer first. The ribbon only
    // ever covers the top-right corner; the layer is that corner plus the shadow.
    const qreal box = (g.length + g.thickness) / std::sqrt(2.0);
    const QRect area = QRectF(g.centre.x() - box / 2.0, 0, box + 20, g.centre.y() + box / 2.0 + 20)
                           .toAlignedRect()
                           .intersected(canvas.rect());
    if (area.isEmpty())
        return;
    QImage layer(area.size(), QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    {
        QPainter p(&layer);
        draw(p, QPointF(area.topLeft()));
    }
    QPainter p(&canvas);
    p.setOpacity(0.8);
    p.drawImage(area.topLeft(), layer);
}

} // namespace Marquee::Render
