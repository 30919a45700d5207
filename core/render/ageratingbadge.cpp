#include "core/render/ageratingbadge.h"

#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "core/render/qualitytier.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

QColor withAlpha(const QColor &c, int alpha)
{
    return QColor(c.red(), c.green(), c.blue(), qBound(0, alpha, 255));
}

} // namespace

void AgeRatingBadge::paint(QImage &canvas, const RenderContext &ctx) const
{
    const int mode = ctx.config.integer(Param::BadgeDisplayMode);
    if ((mode != 1 && mode != 3) || !ctx.inputs.ageRating || *ctx.inputs.ageRating < 0)
        return;
    QualityTier::Tier tierLevel = QualityTier::Silver;
    if (mode == 1) {
        const QualityTier tier(ctx.inputs.qualityTokens);
        // Below the minimum quality the numeral still shows, just without a tier colour.
        tierLevel = tier.points() >= ctx.config.integer(Param::BadgeMinScore) ? tier.tier() : QualityTier::Grey;
    }
    const QualityTier::Colors colors = QualityTier::colorsFor(tierLevel);

    const QString numeral = QString::number(*ctx.inputs.ageRating);
    const qreal fs = qMax(6, ctx.config.integer(Param::BadgeHeight));
    QFont font = ctx.fonts.uiFont(fs);
    if (numeral.size() >= 2)
        font.setLetterSpacing(QFont::PercentageSpacing, 110);
    const QFontMetricsF metrics(font);
    const QPointF origin(std::round(ctx.width() * ctx.config.real(Param::BadgeAnchorX)),
                         std::round(ctx.height() * ctx.config.real(Param::BadgeAnchorY)) + metrics.capHeight());
    QPainterPath glyphs;
    glyphs.addText(origin, font, numeral);
    const QRectF bounds = glyphs.boundingRect();
    if (bounds.right() > ctx.width() || bounds.bottom() > ctx.height())
        return;
    auto silhouette = [&glyphs](QPainter &mp) { mp.fillPath(glyphs, Qt::black); };

    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    SoftShadow::paint(p, bounds, ShadowStyle {withAlpha(colors.glow, colors.glow.alpha() * 2), qMax(fs / 4.0, 8.0) / 2.0, {}},
                      silhouette);
    SoftShadow::paint(p, bounds, ShadowStyle {withAlpha(colors.primary, 110), qMax(1.0, fs / 14.0), {}}, silhouette);
    SoftShadow::paint(p, bounds,
                      ShadowStyle {colors.shadow, qMax(2.0, fs / 10.0) / 2.0, QPointF(0, qMax(1.0, fs / 16.0))},
                      silhouette);
    p.fillPath(glyphs, withAlpha(colors.primary, qMax(colors.primary.alpha(), 235)));
    // The highlight: the face again, offset up-left and clipped to the glyphs, so only its edges light.
    p.save();
    p.setClipPath(glyphs);
    p.translate(-qMax(0.6, fs / 30.0), -qMax(0.6, fs / 30.0));
    p.fillPath(glyphs.translated(0, 0), withAlpha(colors.highlight, colors.highlight.alpha() * 3));
    p.restore();
}

} // namespace Marquee::Render
