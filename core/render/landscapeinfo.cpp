#include "core/render/landscapeinfo.h"

#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "core/render/inlinerun.h"
#include "core/render/ratingtext.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

InlineRun infoRun(const RenderContext &ctx, const QFont &font, bool withGenre, bool withYear)
{
    const QColor ink(255, 255, 255, 195);
    const QColor separator(255, 255, 255, 90);
    QStringList parts;
    if (withGenre)
        parts << ctx.genre;
    if (withYear)
        parts << RatingText::year(ctx.inputs.year);
    if (ctx.inputs.score)
        parts << RatingText::score(*ctx.inputs.score, ctx.config.flag(Param::ScoreOutOf10));
    parts.removeAll(QString());
    InlineRun run(font);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            run.addText(QStringLiteral("  \u2022  "), separator);
        run.addText(parts[i], ink);
    }
    return run;
}

} // namespace

void LandscapeInfo::paintInfoLine(QPainter &p, const RenderContext &ctx, const QRectF &logoRect) const
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    const QFont font = ctx.fonts.uiFont(h * 0.058);
    const qreal right = w - w * 0.045;
    const qreal clearance = logoRect.isEmpty() ? w * 0.055 : logoRect.right() + w * 0.03;
    // Shed the genre first, then the year, rather than run into the logo.
    InlineRun run = infoRun(ctx, font, true, true);
    if (right - run.width() < clearance)
        run = infoRun(ctx, font, false, true);
    if (right - run.width() < clearance)
        run = infoRun(ctx, font, false, false);
    if (run.isEmpty() || right - run.width() < clearance)
        return;
    run.paint(p, QPointF(right - run.width(), h * 0.925),
              ShadowStyle {QColor(0, 0, 0, 150), 3.0, QPointF(0, 1.5)});
}

void LandscapeInfo::paintSashPill(QPainter &p, const RenderContext &ctx, const QRectF &logoRect) const
{
    if (!ctx.sash)
        return;
    const QString label = RatingText::sashLabel(*ctx.sash, ctx.config.flag(Param::SashWinnerStar));
    if (label.isEmpty())
        return;
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    InlineRun run(ctx.fonts.uiFont(h * 0.048));
    run.addText(label, Qt::white);
    run.fitWidth(w * 0.40);
    const qreal padX = 25.0 * h / 563.0;
    const qreal padY = 13.0 * h / 563.0;
    const QSizeF size(std::round(run.width() + 2 * padX), std::round(run.capHeight() + 2 * padY));
    const QString position = ctx.choice(Param::BadgePos);
    QPointF topLeft;
    if (position == QLatin1String("logo") && !logoRect.isEmpty())
        topLeft = QPointF(logoRect.left(), logoRect.top() - 0.03 * h - size.height());
    else if (position == QLatin1String("top_right"))
        topLeft = QPointF(w - 0.11 * w - size.width(), 0.075 * h);
    else  // top_left, and "logo" without a logo; the corner itself stays clear for client overlays
        topLeft = QPointF(0.11 * w, 0.075 * h);
    topLeft.ry() = qMax(0.0, topLeft.y());
    const QRectF pill(topLeft.toPoint(), size);
    const qreal radius = pill.height() / 2.0;
    QPainterPath shape;
    shape.addRoundedRect(pill, radius, radius);

    // Glass: the art under the pill, blurred, under its own colour lifted for contrast.
    QRect area;
    QColor sampled;
    const QImage blurred = ctx.art.blurred(pill.toAlignedRect(), 10.0, &area, &sampled);
    if (blurred.isNull())
        sampled = QColor(0x80, 0x80, 0x80);
    const QColor glass = QColor::fromHsvF(qMax(0.0f, sampled.hsvHueF()), sampled.hsvSaturationF() * 0.7f,
                                          qMax(0.62f, sampled.valueF() * 0.6f + 0.45f));
    SoftShadow::paint(p, pill, ShadowStyle {QColor(0, 0, 0, 100), 6.0, QPointF(0, 3)},
                      [&shape](QPainter &mp) { mp.fillPath(shape, Qt::black); });
    p.save();
    p.setClipPath(shape);
    p.drawImage(area.topLeft(), blurred);
    QColor veil = glass;
    veil.setAlpha(200);
    p.fillRect(pill, veil);
    p.restore();
    p.setPen(QPen(QColor(255, 255, 255, 70), 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius - 0.5, radius - 0.5);
    p.setPen(Qt::NoPen);

    const QColor surface = QColor::fromRgbF(sampled.redF() * 0.22f + glass.redF() * 0.78f,
                                            sampled.greenF() * 0.22f + glass.greenF() * 0.78f,
                                            sampled.blueF() * 0.22f + glass.blueF() * 0.78f);
    InlineRun text(run.font());
    text.addText(label, FrostTint::inkFor(surface));
    text.paint(p, QPointF(pill.left() + padX, text.baselineForCentre(pill.center().y())));
}

void LandscapeInfo::paint(QImage &canvas, const RenderContext &ctx, const QRectF &logoRect) const
{
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintInfoLine(p, ctx, logoRect);
    paintSashPill(p, ctx, logoRect);
}

} // namespace Marquee::Render
