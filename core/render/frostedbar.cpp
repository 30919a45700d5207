#include "core/render/frostedbar.h"

#include <cmath>

#include <QLinearGradient>
#include <QPainter>

#include "core/render/imagefilters.h"
#include "core/render/inlinerun.h"
#include "core/render/ratingtext.h"

namespace Marquee::Render {

using Config::Param;

namespace {

const QColor SilverInk(210, 210, 218);
const QColor Gold(212, 175, 55);

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QRectF FrostedBar::barRect(const RenderContext &ctx)
{
    const qreal h = ctx.height();
    const qreal barH = qMax(24.0, std::round(h * ctx.config.real(Param::BarHeightRatio)));
    const qreal bottom = qBound(barH, std::round(h - h * ctx.config.real(Param::BarBottomInset)), h);
    return QRectF(0, bottom - barH, ctx.width(), barH);
}

QString FrostedBar::content(const RenderContext &ctx)
{
    const QString append = ctx.choice(Param::BarAppend);
    const QString year = RatingText::year(ctx.inputs.year);
    const QString score = ctx.inputs.score
        ? RatingText::star() + QLatin1Char(' ')
            + RatingText::score(*ctx.inputs.score, ctx.config.flag(Param::BarScoreOutOf10))
        : QString();
    QStringList parts;
    if (append == QLatin1String("rating"))
        parts << ctx.genre << score;
    else if (append == QLatin1String("year"))
        parts << year << ctx.genre;
    else if (append == QLatin1String("sash"))
        parts << ctx.genre << (ctx.inputs.sash ? ctx.inputs.sash->label.trimmed() : QString());
    else
        parts << year << ctx.genre << score;
    parts.removeAll(QString());
    return parts.join(parts.size() <= 2 ? QStringLiteral("  \u00B7  ") : QStringLiteral(" \u00B7 "));
}

QColor FrostedBar::accentColor(const RenderContext &ctx, const QColor &surface)
{
    const QString accent = ctx.choice(Param::BarAccent);
    if (accent == QLatin1String("gold"))
        return Gold;
    if (!ctx.inputs.score)
        return SilverInk;  // no score to colour by
    if (accent == QLatin1String("sample")) {
        // Derived from the poster tint: on a light bar the fill must be darker to read as a fill.
        const QColor tint = ctx.frost.tint(1.6, true);
        return ImageFilters::luminance(surface) >= 0.45 ? tint.darker(190) : tint;
    }
    if (accent.startsWith(QLatin1String("palette_"))) {
        const QString which = accent.mid(8);
        const ScorePalette palette = which == QLatin1String("custom")
            ? ScorePalette(3, ctx.config.customPalette())
            : ScorePalette(which.toInt(), {});
        return palette.shades(*ctx.inputs.score).bright;
    }
    return SilverInk;
}

QColor FrostedBar::paintBody(QPainter &p, const RenderContext &ctx, const QRectF &bar) const
{
    const QString style = ctx.choice(Param::BarStyle);
    const bool frosted = style == QLatin1String("frosted") || style == QLatin1String("rating_frosted");
    if (frosted) {
        QRect area;
        QColor mean;
        const QImage blurred = ctx.art.blurred(bar.toAlignedRect(), qMax(6.0, 0.45 * bar.height()), &area, &mean);
        p.drawImage(area.topLeft(), blurred);
        const qreal opacity = qBound(0.0, ctx.config.real(Param::BarFrostOpacity), 1.0);
        const QColor tint = ctx.frost.tint(ctx.config.real(Param::BarFrostSaturation), ctx.config.flag(Param::FrostReference));
        QColor veil = tint;
        veil.setAlphaF(float(opacity));
        p.fillRect(bar, veil);
        // A faint top hairline makes the glass edge read against similar-coloured art.
        p.fillRect(QRectF(bar.left(), bar.top(), bar.width(), 1.0), QColor(255, 255, 255, 40));
        return mix(mean, tint, opacity);
    }
    if (style == QLatin1String("pure_black")) {
        p.fillRect(bar, QColor(12, 12, 12));
        return QColor(12, 12, 12);
    }
    // silver, gold, rating_black: a dark body with a gentle vertical sheen.
    QLinearGradient body(bar.topLeft(), bar.bottomLeft());
    body.setColorAt(0.0, QColor(26, 26, 30));
    body.setColorAt(1.0, QColor(8, 8, 10));
    p.fillRect(bar, body);
    if (style == QLatin1String("silver") || style == QLatin1String("gold")) {
        const qreal stripe = qMax(2.0, std::round(0.06 * bar.height()));
        p.fillRect(QRectF(bar.left(), bar.top(), bar.width(), stripe), style == QLatin1String("gold") ? Gold : SilverInk);
    }
    return QColor(16, 16, 18);
}

void FrostedBar::paintStripe(QPainter &p, const RenderContext &ctx, const QRectF &bar, const QColor &surface,
                             bool frosted) const
{
    const qreal stripeH = qMax(3.0, std::round(0.10 * bar.height()));
    const QRectF stripe(bar.left(), bar.top(), bar.width(), stripeH);
    const QColor accent = accentColor(ctx, surface);
    const qreal filled = ctx.inputs.score ? bar.width() * qBound(0, *ctx.inputs.score, 100) / 100.0 : 0.0;
    if (frosted) {
        QColor dim = accent;
        dim.setAlpha(90);
        QColor fill = accent;
        fill.setAlpha(230);
        p.fillRect(stripe, dim);
        p.fillRect(QRectF(stripe.left(), stripe.top(), filled, stripe.height()), fill);
    } else {
        p.fillRect(stripe, QColor(accent.red() / 5, accent.green() / 5, accent.blue() / 5));
        p.fillRect(QRectF(stripe.left(), stripe.top(), filled, stripe.height()), accent);
    }
}

void FrostedBar::paint(QImage &canvas, const RenderContext &ctx) const
{
    const QRectF bar = barRect(ctx);
    const QString style = ctx.choice(Param::BarStyle);
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QColor surface = paintBody(p, ctx, bar);
    if (style.startsWith(QLatin1String("rating_")))
        paintStripe(p, ctx, bar, surface, style == QLatin1String("rating_frosted"));

    const QString text = content(ctx);
    if (text.isEmpty())
        return;
    const bool frosted = style == QLatin1String("frosted") || style == QLatin1String("rating_frosted");
    const QColor ink = ctx.config.color(Param::RatingTextColor).value_or(frosted ? FrostTint::inkFor(surface) : SilverInk);
    InlineRun run(ctx.fonts.uiFont(qMax(10.0, bar.height() * ctx.config.real(Param::BarFontSizeRatio))));
    run.addText(text, ink);
    const qreal padding = qMax(20.0, 0.055 * ctx.width());
    run.fitWidth(ctx.width() - 2 * padding);
    // Rating styles carry a stripe on top, so the text centres in the body below it.
    const qreal stripe = style.startsWith(QLatin1String("rating_")) ? qMax(3.0, std::round(0.10 * bar.height())) : 0.0;
    const qreal centreY = bar.top() + stripe + (bar.height() - stripe) / 2.0;
    run.paint(p, QPointF((ctx.width() - run.width()) / 2.0, run.baselineForCentre(centreY)));
}

} // namespace Marquee::Render
