#include "core/render/minimalistline.h"

#include <QPainter>

#include "core/render/ratingtext.h"

namespace Marquee::Render {

using Config::Param;

void MinimalistLine::addSeparator(InlineRun &run, const QString &kind, const QColor &color) const
{
    if (kind == QLatin1String("pip"))
        run.addPip(color);
    else if (kind == QLatin1String("star"))
        run.addText(QLatin1Char(' ') + RatingText::star() + QLatin1Char(' '), color);
    else
        run.addText(QStringLiteral(" \u2022 "), color);
}

void MinimalistLine::paint(QImage &canvas, const RenderContext &ctx) const
{
    const qreal w = ctx.width();
    const qreal size = w * ctx.config.real(Param::MinimalistModeFontSizeRatio);
    if (size < 4)
        return;
    const QFont font = ctx.fonts.uiFont(size);
    const QColor ink = ctx.config.color(Param::RatingTextColor).value_or(QColor(235, 235, 235));
    const int append = ctx.config.integer(Param::MinimalistAppendMode);
    const QString separator = ctx.choice(Param::MinimalistSeparator);
    const QString ratingSeparator = ctx.choice(Param::MinimalistRatingSeparator);
    const std::optional<int> score = ctx.inputs.score;
    const QColor band = score ? ctx.palette.shades(*score).bright : QColor(ink.red(), ink.green(), ink.blue(), 150);
    const QString scoreText = score ? RatingText::score(*score, ctx.config.flag(Param::MinimalistScoreOutOf10))
                                    : QString();
    const QString year = (append == 1) ? QString() : RatingText::year(ctx.inputs.year);

    // The left group: genre, separator, year (the separator only between two present parts).
    InlineRun main(font);
    main.addText(ctx.genre, ink);
    if (!ctx.genre.isEmpty() && !year.isEmpty())
        addSeparator(main, separator, band);
    main.addText(year, ink);

    InlineRun scoreRun(font);
    if (score && append != 0) {
        if (append == 3) {
            if (ratingSeparator == QLatin1String("star"))
                scoreRun.addText(RatingText::star() + QLatin1Char(' '), band);
        } else if (!main.isEmpty()) {
            addSeparator(main, ratingSeparator, band);
        } else if (ratingSeparator == QLatin1String("star")) {
            main.addText(RatingText::star() + QLatin1Char(' '), band);
        }
        (append == 3 ? scoreRun : main).addText(scoreText, band);
    }
    if (main.isEmpty() && scoreRun.isEmpty())
        return;

    const qreal margin = w * qBound(0.0, ctx.config.real(Param::MinimalistModeFontXOffset), 0.45);
    const qreal available = w - 2 * margin - (scoreRun.isEmpty() ? 0 : scoreRun.width() + size);
    main.fitWidth(qMax(size, available));
    scoreRun.setFont(main.font());
    const qreal cap = main.capHeight();
    const qreal top = qBound(2.0, ctx.height() * ctx.config.real(Param::MinimalistModeFontYOffset),
                             ctx.height() - cap - 4);
    const qreal baseline = top + cap;

    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const ShadowStyle shadow {QColor(0, 0, 0, 150), qMax(1.2, size * 0.07), QPointF(0, size * 0.04)};
    if (append == 3) {
        main.paint(p, QPointF(margin, baseline), shadow);
        scoreRun.paint(p, QPointF(w - margin - scoreRun.width(), baseline), shadow);
        return;
    }
    const qreal left = ctx.config.flag(Param::MinimalistCenter) ? (w - main.width()) / 2.0
                                                                 : w - margin - main.width();
    main.paint(p, QPointF(left, baseline), shadow);
}

} // namespace Marquee::Render
