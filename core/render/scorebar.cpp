#include "core/render/scorebar.h"

#include <cmath>

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include "core/render/inlinerun.h"
#include "core/render/ratingtext.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

QColor softened(const QColor &c, int alpha)
{
    // 10 % toward white keeps saturated band colours from looking harsh on dark art.
    return QColor(c.red() + (255 - c.red()) / 10, c.green() + (255 - c.green()) / 10,
                  c.blue() + (255 - c.blue()) / 10, alpha);
}

QColor glowColor(const RenderContext &ctx, const ScoreShades &shades)
{
    const QString word = ctx.config.text(Param::ScoreGlowColor).trimmed().toLower();
    if (word == QLatin1String("match")) {
        return QColor((shades.bright.red() + shades.dark.red()) / 2, (shades.bright.green() + shades.dark.green()) / 2,
                      (shades.bright.blue() + shades.dark.blue()) / 2);
    }
    if (!word.isEmpty() && word != QLatin1String("white")) {
        const QColor hex = QColor::fromString(word.startsWith(QLatin1Char('#')) ? word : QLatin1Char('#') + word);
        if (hex.isValid())
            return hex;
    }
    return Qt::white;
}

} // namespace

QString ScoreBar::label(const RenderContext &ctx)
{
    const int mode = ctx.config.integer(Param::AccentBarAppendMode);
    const QString sashText = ctx.inputs.sash ? ctx.inputs.sash->label.trimmed() : QString();
    QStringList parts;
    parts << ctx.genre;
    if (mode == 0 || mode == 2)
        parts << RatingText::year(ctx.inputs.year);
    if (mode == 1 || mode == 2)
        parts << sashText;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" \u00B7 "));
}

QRectF ScoreBar::trackRect(const RenderContext &ctx) const
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    const qreal barH = qMax(8.0, std::round(h * 0.012));
    const qreal margin = w * 0.14;  // 70 px at 500 wide
    const qreal bottom = qBound(barH, h - h * ctx.config.real(Param::AccentBarBottomRatio), h);
    return QRectF(margin, bottom - barH, w - 2 * margin, barH);
}

void ScoreBar::paint(QImage &canvas, const RenderContext &ctx) const
{
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintLabel(p, ctx);
    paintBar(p, ctx);
}

void ScoreBar::paintLabel(QPainter &p, const RenderContext &ctx) const
{
    const QString text = label(ctx);
    const qreal size = ctx.width() * ctx.config.real(Param::AccentBarFontSizeRatio);
    if (text.isEmpty() || size < 4)
        return;
    const QColor color = ctx.config.color(Param::RatingTextColor).value_or(QColor(200, 200, 200));
    InlineRun run(ctx.fonts.uiFont(size));
    run.addText(text, color);
    run.fitWidth(ctx.width() * 0.92);
    const qreal cap = run.capHeight();
    const qreal centreY = qBound(cap / 2 + 2, ctx.height() * ctx.config.real(Param::AccentBarYOffset),
                                 ctx.height() - cap / 2 - 2);
    const QPointF origin((ctx.width() - run.width()) / 2.0, run.baselineForCentre(centreY));
    run.paint(p, origin, ShadowStyle {QColor(0, 0, 0, 140), qMax(1.5, size * 0.06), QPointF(0, size * 0.03)});
}

void ScoreBar::paintBar(QPainter &p, const RenderContext &ctx) const
{
    const QRectF track = trackRect(ctx);
    const qreal radius = qMin(track.height() / 2.0, 8.0);
    QPainterPath pill;
    pill.addRoundedRect(track, radius, radius);
    p.setPen(Qt::NoPen);
    p.fillPath(pill, QColor(255, 255, 255, 45));
    if (!ctx.inputs.score)
        return;  // N/A: the empty track says "not rated yet"

    const int score = qBound(0, *ctx.inputs.score, 100);
    const ScoreShades shades = ctx.palette.shades(score);
    const qreal length = track.width() * score / 100.0;
    if (length <= 0.5)
        return;
    // The right end is cut flat unless the bar is (nearly) full.
    QPainterPath fill = pill;
    if (score < 99) {
        QPainterPath clip;
        clip.addRect(QRectF(track.left(), track.top() - 1, length, track.height() + 2));
        fill = pill.intersected(clip);
    }

    const int threshold = ctx.config.integer(Param::ScoreGlowThreshold);
    const int glowAlpha = ctx.config.integer(Param::ScoreGlowAlpha);
    if (score >= threshold && glowAlpha > 0) {
        const qreal blur = qMax(0, ctx.config.integer(Param::ScoreGlowBlur));
        const QRectF fillRect(track.left(), track.top(), length, track.height());
        const QRectF glowRect = fillRect.adjusted(-2 * blur, -2 * blur, 2 * blur, 2 * blur);
        QColor glow = glowColor(ctx, shades);
        glow.setAlpha(glowAlpha);
        SoftShadow::paint(p, glowRect, ShadowStyle {glow, qMax(0.01, blur), QPointF(0, 0)}, [&](QPainter &mp) {
            const qreal r = qMin(glowRect.height() / 2.0, radius + 2 * blur);
            mp.setPen(Qt::NoPen);
            mp.setBrush(Qt::black);
            mp.drawRoundedRect(glowRect, r, r);
        });
    }

    QLinearGradient gradient(track.left(), 0, track.left() + length, 0);
    gradient.setColorAt(0.0, softened(shades.dark, 220));
    gradient.setColorAt(1.0, softened(shades.bright, 220));
    p.fillPath(fill, gradient);

    // A one-pixel highlight along the top edge gives the fill a little depth.
    p.save();
    p.setClipPath(fill);
    p.fillRect(QRectF(track.left(), track.top(), length, 1.0), QColor(255, 255, 255, 60));
    p.restore();
}

} // namespace Marquee::Render
