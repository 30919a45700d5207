#include "core/render/notchbadge.h"

#include <cmath>

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include "core/render/inlinerun.h"
#include "core/render/ratingtext.h"
#include "core/render/sashpalette.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

// Square top (it runs off the canvas edge), rounded bottom corners. Open (no top edge) for the trim
// that outlines only the sides and bottom; closed for the body.
QPainterPath tabOutline(const QRectF &r, qreal radius, bool closed)
{
    QPainterPath path;
    const qreal rad = qMin(radius, qMin(r.width(), r.height()) / 2.0);
    path.moveTo(r.left(), r.top() - 2);
    path.lineTo(r.left(), r.bottom() - rad);
    path.arcTo(QRectF(r.left(), r.bottom() - 2 * rad, 2 * rad, 2 * rad), 180, 90);
    path.lineTo(r.right() - rad, r.bottom());
    path.arcTo(QRectF(r.right() - 2 * rad, r.bottom() - 2 * rad, 2 * rad, 2 * rad), 270, 90);
    path.lineTo(r.right(), r.top() - 2);
    if (closed)
        path.closeSubpath();
    return path;
}

QPainterPath tabShape(const QRectF &r, qreal radius)
{
    return tabOutline(r, radius, true);
}

QPainterPath trimPath(const QRectF &r, qreal radius)
{
    return tabOutline(r, radius, false);
}

} // namespace

QColor NotchBadge::frostColor(const RenderContext &ctx)
{
    // notch_vignette_color: the notch wears the painted (bottom, else top) vignette colour as it is,
    // lightness kept, only lifted to a value floor of .12 — when that colour was picked confidently.
    if (ctx.config.flag(Param::NotchVignetteColor)) {
        for (const VignetteTint *band : {&ctx.bottomTint, &ctx.topTint}) {
            if (!band->matchesNotch())
                continue;
            const QColor c = band->color();
            return c.valueF() >= 0.12f ? c : QColor::fromHsvF(qMax(0.0f, c.hsvHueF()), c.hsvSaturationF(), 0.12f);
        }
    }
    return ctx.frost.tint(ctx.config.real(Param::SashBadgeFrostSaturation), ctx.config.flag(Param::FrostReference));
}

NotchBadge::Layout NotchBadge::layout(const RenderContext &ctx)
{
    Layout l;
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    l.label = ctx.sash ? RatingText::sashLabel(*ctx.sash, ctx.config.flag(Param::SashWinnerStar)) : QString();
    const qreal base = h * 0.075 * ctx.config.real(Param::SashBadgeSizeH);
    l.fontSize = qMax(6.0, base * ctx.config.real(Param::SashBadgeFontRatio));
    QFont font = ctx.fonts.uiFont(l.fontSize);
    const qreal maxWidth = w * 0.70;
    qreal textWidth = QFontMetricsF(font).horizontalAdvance(l.label);
    // Shrink the label rather than let it run past the widest allowed tab.
    while (textWidth + 0.70 * base > maxWidth && font.pixelSize() > 6) {
        font.setPixelSize(font.pixelSize() - 1);
        textWidth = QFontMetricsF(font).horizontalAdvance(l.label);
    }
    l.fontSize = font.pixelSize();
    const QFontMetricsF metrics(font);
    const qreal inkMinimum = metrics.capHeight() + 0.9 * l.fontSize;
    const qreal height = qMax(inkMinimum, base * ctx.config.real(Param::SashBadgePad));
    const qreal width = qBound(qMin(w * 0.28 * ctx.config.real(Param::SashBadgeSizeW), maxWidth),
                               textWidth + 0.70 * base, maxWidth);
    const qreal top = qMax(-height, h * ctx.config.real(Param::SashBadgeInset));
    l.rect = QRectF((w - width) / 2.0, top, width, height);
    return l;
}

QColor NotchBadge::paintBody(QPainter &p, const RenderContext &ctx, const QRectF &rect,
                             const QPainterPath &shape) const
{
    const QString style = ctx.choice(Param::SashBadgeStyle);
    const qreal height = rect.height();
    if (style == QLatin1String("black")) {
        p.fillPath(shape, QColor(10, 10, 12, 230));
        // A faint rim keeps the tab's outline readable on dark art.
        p.setPen(QPen(QColor(255, 255, 255, 34), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawPath(trimPath(rect.adjusted(0.5, 0, -0.5, -0.5), 0.32 * height - 0.5));
        p.setPen(Qt::NoPen);
        return QColor(10, 10, 12);
    }
    if (style == QLatin1String("silver") || style == QLatin1String("gold")) {
        QLinearGradient body(rect.topLeft(), rect.bottomLeft());
        body.setColorAt(0.0, QColor(36, 36, 40, 235));
        body.setColorAt(1.0, QColor(10, 10, 12, 235));
        p.fillPath(shape, body);
        const QColor trim = style == QLatin1String("gold") ? QColor(212, 175, 55) : QColor(192, 192, 200);
        const qreal border = qMax(1.0, 0.055 * height);
        // Inset by half the pen so the whole trim stays inside the tab.
        const QRectF inner = rect.adjusted(border / 2, 0, -border / 2, -border / 2);
        p.setPen(QPen(trim, border, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(trimPath(inner, 0.32 * height - border / 2));
        p.setPen(Qt::NoPen);
        return QColor(20, 20, 22);
    }
    // frosted (default)
    QRect area;
    QColor mean;
    const QImage blurred = ctx.art.blurred(rect.toAlignedRect(), qMax(4.0, 0.35 * height), &area, &mean);
    const QColor tint = frostColor(ctx);
    const qreal opacity = qBound(0.0, ctx.config.real(Param::SashBadgeFrostOpacity), 1.0);
    p.save();
    p.setClipPath(shape);
    p.drawImage(area.topLeft(), blurred);
    QColor veil = tint;
    veil.setAlphaF(float(opacity));
    p.fillRect(rect, veil);
    p.restore();
    if (blurred.isNull())
        mean = tint;
    return QColor::fromRgbF(float(mean.redF() * (1 - opacity) + tint.redF() * opacity),
                            float(mean.greenF() * (1 - opacity) + tint.greenF() * opacity),
                            float(mean.blueF() * (1 - opacity) + tint.blueF() * opacity));
}

void NotchBadge::paint(QImage &canvas, const RenderContext &ctx) const
{
    if (!ctx.sash)
        return;
    const Layout l = layout(ctx);
    if (l.label.isEmpty() || l.rect.bottom() <= 0)
        return;
    const qreal radius = 0.32 * l.rect.height();
    const QPainterPath shape = tabShape(l.rect, radius);
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    p.setPen(Qt::NoPen);
    // The tab's shape is fixed by its rect and radius, which name its cached shadow mask.
    QByteArray shadowKey("notch");
    for (const qreal v : {l.rect.x(), l.rect.y(), l.rect.width(), l.rect.height(), radius})
        shadowKey.append(reinterpret_cast<const char *>(&v), sizeof(v));
    SoftShadow::paint(p, l.rect, ShadowStyle {QColor(0, 0, 0, 90), 5.0, QPointF(0, 2.5)},
                      [&shape](QPainter &mp) { mp.fillPath(shape, Qt::black); }, shadowKey);
    const QColor surface = paintBody(p, ctx, l.rect, shape);

    const QString style = ctx.choice(Param::SashBadgeStyle);
    QColor ink;
    if (style == QLatin1String("silver") || style == QLatin1String("gold"))
        ink = ctx.config.color(Param::SashTextColor).value_or(SashPalette::colors(ctx.sash->type).accent);
    else if (style == QLatin1String("black"))
        ink = ctx.config.color(Param::SashTextColor).value_or(QColor(210, 210, 218));
    else
        ink = FrostTint::inkFor(surface);  // frosted: legibility decides, the text colour is ignored

    InlineRun run(ctx.fonts.uiFont(l.fontSize));
    run.addText(l.label, ink);
    const qreal visibleTop = qMax(0.0, l.rect.top());
    const qreal centreY = (visibleTop + l.rect.bottom()) / 2.0;
    run.paint(p, QPointF(l.rect.center().x() - run.width() / 2.0, run.baselineForCentre(centreY)));
}

} // namespace Marquee::Render
