#include "core/render/qualitybadges.h"

#include <cmath>

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include "core/render/inlinerun.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

QColor opaque(const QColor &c, int alpha = 255)
{
    return QColor(c.red(), c.green(), c.blue(), alpha);
}

QPointF anchor(const RenderContext &ctx)
{
    return QPointF(std::round(ctx.width() * ctx.config.real(Param::BadgeAnchorX)),
                   std::round(ctx.height() * ctx.config.real(Param::BadgeAnchorY)));
}

qreal badgeHeight(const RenderContext &ctx)
{
    const int configured = ctx.config.integer(Param::BadgeHeight);
    return configured > 0 ? configured : qMax(20.0, 0.028 * ctx.height());
}

// A dark glassy body with a hairline border, shared by the row and the combined badge.
void paintPlate(QPainter &p, const QRectF &rect, const QColor &border)
{
    const qreal radius = qMin(rect.height() * 0.24, 8.0);
    SoftShadow::paint(p, rect, ShadowStyle {QColor(0, 0, 0, 110), qMax(1.5, rect.height() * 0.12), QPointF(0, 1)},
                      [&](QPainter &mp) {
                          mp.setPen(Qt::NoPen);
                          mp.setBrush(Qt::black);
                          mp.drawRoundedRect(rect, radius, radius);
                      });
    QLinearGradient body(rect.topLeft(), rect.bottomLeft());
    body.setColorAt(0.0, QColor(34, 34, 38, 215));
    body.setColorAt(1.0, QColor(12, 12, 14, 215));
    p.setBrush(body);
    p.setPen(QPen(border, 1.0));
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    p.setBrush(Qt::NoBrush);
    p.setPen(Qt::NoPen);
}

} // namespace

QString QualityBadges::tokenLabel(const QString &token)
{
    if (token == QLatin1String("1080P"))
        return QStringLiteral("1080p");
    if (token == QLatin1String("REMUX"))
        return QStringLiteral("Remux");
    if (token == QLatin1String("WEBDL"))
        return QStringLiteral("Web");
    if (token == QLatin1String("ATMOS"))
        return QStringLiteral("Atmos");
    if (token == QLatin1String("DTSX"))
        return QStringLiteral("DTS:X");
    return token;  // 4K, DV, HDR10+, HDR10
}

void QualityBadges::paintNotchPill(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const
{
    const QualityTier::Colors colors = tier.colors();
    const qreal w = qMax(3.0, std::round(0.008 * ctx.width()));
    const QRectF pill(anchor(ctx), QSizeF(w, badgeHeight(ctx)));
    auto shape = [&pill, w](QPainter &mp) {
        mp.setPen(Qt::NoPen);
        mp.setBrush(Qt::black);
        mp.drawRoundedRect(pill, w / 2.0, w / 2.0);
    };
    // Glow (pad 5×w, blur 1.8×w), a tight contact shadow, the body, then a sheen on its left half.
    SoftShadow::paint(p, pill.adjusted(-5 * w, -5 * w, 5 * w, 5 * w), ShadowStyle {opaque(colors.glow, qMin(255, colors.glow.alpha() * 2)), 1.8 * w, QPointF(0, 0)}, shape);
    SoftShadow::paint(p, pill, ShadowStyle {colors.shadow, qMax(1.0, w * 0.4), QPointF(0, 1)}, shape);
    p.setPen(Qt::NoPen);
    p.setBrush(opaque(colors.primary, qMax(colors.primary.alpha(), 225)));
    p.drawRoundedRect(pill, w / 2.0, w / 2.0);
    p.setBrush(opaque(colors.highlight, qMin(255, colors.highlight.alpha() * 3)));
    p.drawRoundedRect(QRectF(pill.left(), pill.top(), w / 2.0, pill.height()), w / 4.0, w / 4.0);
    p.setBrush(Qt::NoBrush);
}

void QualityBadges::paintRow(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const
{
    const qreal h = badgeHeight(ctx);
    const QFont font = ctx.fonts.uiFont(qMax(6.0, h * 0.56));
    const QFontMetricsF metrics(font);
    const qreal padding = h * 0.42;
    const qreal gap = ctx.config.integer(Param::BadgeGap);
    const QColor border = opaque(tier.colors().primary, 170);
    QPointF at = anchor(ctx);
    for (const QString &token : tier.tokens()) {
        const QString label = tokenLabel(token);
        const QRectF rect(at, QSizeF(std::round(metrics.horizontalAdvance(label) + 2 * padding), h));
        if (rect.right() > ctx.width() - 2)
            break;  // never clip a badge at the edge; the row just ends
        paintPlate(p, rect, border);
        InlineRun run(font);
        run.addText(label, QColor(236, 236, 240));
        run.paint(p, QPointF(rect.left() + padding, run.baselineForCentre(rect.center().y())));
        at.rx() = rect.right() + gap;
    }
}

void QualityBadges::paintCombined(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const
{
    const bool remux = tier.has("REMUX");
    if (!(tier.has("4K") || tier.has("1080P")) || !(remux || tier.has("WEBDL")))
        return;  // the combined badge names a resolution and a source, or nothing
    const QString resolution = tier.has("4K") ? QStringLiteral("4K") : QStringLiteral("HD");
    const QString format = tier.has("DV")       ? QStringLiteral("DV")
                         : tier.has("HDR10+")   ? QStringLiteral("HDR+")
                         : tier.has("HDR10")    ? QStringLiteral("HDR")
                                                : QStringLiteral("SDR");
    const QColor separator = remux ? QColor(255, 210, 60) : QColor(192, 192, 200);
    const QColor ink(240, 240, 244);
    const qreal fs = badgeHeight(ctx);
    const QFont font = ctx.fonts.uiFont(fs);
    const QFontMetricsF metrics(font);
    const qreal cap = metrics.capHeight();
    const qreal padX = fs * 0.38;
    const qreal padY = fs * 0.30;
    const QPointF at = anchor(ctx);

    if (ctx.config.flag(Param::CombinedBadgeStacked)) {
        const qreal textW = qMax(metrics.horizontalAdvance(resolution), metrics.horizontalAdvance(format));
        const qreal rule = qMax(1.5, fs * 0.08);
        const QRectF rect(at, QSizeF(std::round(textW + 2 * padX), std::round(2 * cap + 3 * padY + rule)));
        if (rect.right() > ctx.width() || rect.bottom() > ctx.height())
            return;
        paintPlate(p, rect, opaque(separator, 150));
        p.setFont(font);
        p.setPen(ink);
        const qreal cx = rect.center().x();
        p.drawText(QPointF(cx - metrics.horizontalAdvance(resolution) / 2.0, rect.top() + padY + cap), resolution);
        p.fillRect(QRectF(rect.left() + padX, rect.top() + 1.5 * padY + cap, textW, rule), separator);
        p.drawText(QPointF(cx - metrics.horizontalAdvance(format) / 2.0, rect.bottom() - padY), format);
        return;
    }
    const qreal barW = qMax(2.0, fs * 0.1);
    const qreal gap = fs * 0.32;
    InlineRun run(font);
    run.addText(resolution, ink);
    run.addGap(2 * gap + barW);
    run.addText(format, ink);
    const QRectF rect(at, QSizeF(std::round(run.width() + 2 * padX), std::round(cap + 2 * padY)));
    if (rect.right() > ctx.width() || rect.bottom() > ctx.height())
        return;
    paintPlate(p, rect, opaque(separator, 150));
    const qreal baseline = run.baselineForCentre(rect.center().y());
    run.paint(p, QPointF(rect.left() + padX, baseline));
    const qreal barX = rect.left() + padX + metrics.horizontalAdvance(resolution) + gap;
    p.setPen(Qt::NoPen);
    p.setBrush(separator);
    p.drawRoundedRect(QRectF(barX, baseline - cap * 1.1, barW, cap * 1.2), barW / 2.0, barW / 2.0);
    p.setBrush(Qt::NoBrush);
}

QPainterPath QualityBadges::bookmarkShape(qreal size)
{
    const qreal leg = size * std::sqrt(2.0);
    const qreal tip = 0.18 * size;
    const qreal bow = 0.04 * size;
    const QPointF a(leg, 0);  // top tip
    const QPointF b(0, leg);  // left tip
    const QPointF along = (b - a) / std::hypot(leg, leg);
    const QPointF outward(std::sqrt(0.5), std::sqrt(0.5));  // away from the corner
    QPainterPath path;
    // The outer edges run a little past the canvas so no antialiased seam shows along them.
    path.moveTo(-2, -2);
    path.lineTo(a.x() - tip, -2);
    path.lineTo(a.x() - tip, 0);
    path.quadTo(a, a + along * tip);
    // A quadratic whose midpoint sits `bow` outside the straight edge: control point at 2 × bow.
    path.quadTo((a + b) / 2.0 + outward * (2.0 * bow), b - along * tip);
    path.quadTo(b, QPointF(0, b.y() - tip));
    path.lineTo(-2, b.y() - tip);
    path.closeSubpath();
    return path;
}

void QualityBadges::paintBookmark(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const
{
    const QualityTier::Colors colors = tier.colors();
    const qreal size = qMax(6.0, badgeHeight(ctx));
    const QPainterPath shape = bookmarkShape(size);
    const QRectF bounds = shape.boundingRect();
    auto silhouette = [&shape](QPainter &mp) { mp.fillPath(shape, Qt::black); };
    // Halo glow, then a tight contact shadow down-right of the fold.
    SoftShadow::paint(p, bounds.adjusted(0, 0, size * 0.6, size * 0.6),
                      ShadowStyle {opaque(colors.glow, qMin(255, colors.glow.alpha() * 2)), size * 0.22, QPointF(0, 0)},
                      silhouette);
    SoftShadow::paint(p, bounds.adjusted(0, 0, 4, 4), ShadowStyle {colors.shadow, qMax(1.0, size * 0.06),
                                                                   QPointF(size * 0.03 + 0.5, size * 0.05 + 0.5)},
                      silhouette);
    // Corner-lit body: brightest in the corner (+18 %), the tier colour toward the inner edge.
    const QColor face = opaque(colors.primary);
    const QColor lit = QColor::fromRgbF(face.redF() + (1 - face.redF()) * 0.18f, face.greenF() + (1 - face.greenF()) * 0.18f,
                                        face.blueF() + (1 - face.blueF()) * 0.18f);
    QLinearGradient body(QPointF(0, 0), QPointF(size * 0.75, size * 0.75));
    body.setColorAt(0.0, lit);
    body.setColorAt(1.0, face.darker(118));
    p.fillPath(shape, body);
    // Rim light along the inner edge, clipped to the fold.
    p.save();
    p.setClipPath(shape);
    const qreal leg = size * std::sqrt(2.0);
    QPen rim(opaque(colors.highlight, qMin(255, colors.highlight.alpha() * 3 + 40)), 0.12 * size);
    p.setPen(rim);
    p.setBrush(Qt::NoBrush);
    QPainterPath edge;
    edge.moveTo(leg, 0);
    const qreal bowOut = 2.0 * 0.04 * size * std::sqrt(0.5);  // the shape's control point, see bookmarkShape
    edge.quadTo(QPointF(leg / 2 + bowOut, leg / 2 + bowOut), QPointF(0, leg));
    p.drawPath(edge);
    p.restore();
    p.setPen(Qt::NoPen);
}

void QualityBadges::paint(QImage &canvas, const RenderContext &ctx) const
{
    const int mode = ctx.config.integer(Param::BadgeDisplayMode);
    if (mode != 2 && mode != 4 && mode != 5 && mode != 6)
        return;
    const QualityTier tier(ctx.inputs.qualityTokens);
    if (tier.tokens().isEmpty() || tier.points() < ctx.config.integer(Param::BadgeMinScore))
        return;
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (mode == 4)
        paintNotchPill(p, ctx, tier);
    else if (mode == 5)
        paintCombined(p, ctx, tier);
    else if (mode == 6)
        paintBookmark(p, ctx, tier);
    else
        paintRow(p, ctx, tier);
}

} // namespace Marquee::Render
