#include "core/render/cleanscore.h"

#include <QPainter>

#include "core/render/inlinerun.h"
#include "core/render/ratingtext.h"

namespace Marquee::Render {

using Config::Param;

void CleanScore::paint(QImage &canvas, const RenderContext &ctx) const
{
    const qreal size = ctx.width() * ctx.config.real(Param::NumericScoreFontSizeRatio);
    if (size < 4)
        return;
    const QColor ink = ctx.config.color(Param::RatingTextColor).value_or(QColor(200, 200, 200));
    InlineRun run(ctx.fonts.uiFont(size));
    run.addText(ctx.genre, ink);
    if (ctx.inputs.score) {
        const QColor accent = ctx.palette.shades(*ctx.inputs.score).bright;
        if (!ctx.genre.isEmpty())
            run.addText(QStringLiteral(" "), ink);
        run.addText(RatingText::star() + QLatin1Char(' ')
                        + RatingText::score(*ctx.inputs.score, ctx.config.flag(Param::ScoreOutOf10)),
                    accent);
    }
    if (run.isEmpty())
        return;
    run.fitWidth(ctx.width() * 0.92);
    const qreal cap = run.capHeight();
    const qreal centreY = qBound(cap / 2 + 2, ctx.height() * ctx.config.real(Param::NumericScoreYOffset),
                                 ctx.height() - cap / 2 - 2);
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    run.paint(p, QPointF((ctx.width() - run.width()) / 2.0, run.baselineForCentre(centreY)),
              ShadowStyle {QColor(0, 0, 0, 150), qMax(1.5, size * 0.06), QPointF(0, size * 0.03)});
}

} // namespace Marquee::Render
