#include "core/render/posterrenderer.h"

#include "core/render/ageratingbadge.h"
#include "core/render/artlayer.h"
#include "core/render/cleanscore.h"
#include "core/render/diagonalsash.h"
#include "core/render/fallbackcanvas.h"
#include "core/render/frostedbar.h"
#include "core/render/landscapeinfo.h"
#include "core/render/logolayer.h"
#include "core/render/minimalistline.h"
#include "core/render/notchbadge.h"
#include "core/render/qualitybadges.h"
#include "core/render/ratingtext.h"
#include "core/render/rendercontext.h"
#include "core/render/scorebar.h"
#include "core/render/vignette.h"

namespace Marquee::Render {

using Config::Param;

namespace {

constexpr QSize PortraitSize(500, 750);
constexpr QSize LandscapeSize(1000, 563);

std::optional<SashInfo> effectiveSash(const RenderInputs &inputs, const Config::RenderConfig &config)
{
    if (!inputs.sash || inputs.sash->label.trimmed().isEmpty())
        return std::nullopt;
    if (config.text(Param::SashMode).toLower() == QLatin1String("hidden"))
        return std::nullopt;
    return inputs.sash;
}

} // namespace

PosterRenderer::PosterRenderer(const FontBook &fonts)
    : m_fonts(fonts)
    , m_fallback(std::make_shared<FallbackCanvas>())
{
}

QSize PosterRenderer::canvasSize(const Config::RenderConfig &config)
{
    return config.text(Param::Shape).toLower() == QLatin1String("landscape") ? LandscapeSize : PortraitSize;
}

bool PosterRenderer::needsFrost(const Config::RenderConfig &config)
{
    const QString barStyle = config.text(Param::BarStyle).toLower();
    const bool bar = config.integer(Param::RatingDisplayMode) == 4
        && (barStyle.endsWith(QLatin1String("frosted")) || config.text(Param::BarAccent).toLower() == QLatin1String("sample"));
    const QString sashMode = config.text(Param::SashMode).toLower();
    const bool notch = sashMode == QLatin1String("notch") && config.text(Param::SashBadgeStyle).toLower() == QLatin1String("frosted");
    const bool sash = sashMode == QLatin1String("sash") && config.flag(Param::SashPosterColor);
    return bar || notch || sash;
}

QImage PosterRenderer::render(const RenderInputs &inputs, const Config::RenderConfig &config) const
{
    const QSize size = canvasSize(config);
    QImage canvas(size, QImage::Format_RGB32);
    // 1. Art (or the genre canvas), greyscaled first when asked, so every later sample is neutral.
    ArtLayer(*m_fallback).paint(canvas, inputs, config.text(Param::FallbackBgStyle));

    RenderContext ctx {inputs, config, m_fonts, size,
                       // 2. Genre label ("Documentary" → "Doc"; hide_genre → none).
                       RatingText::displayGenre(inputs.genre, config.flag(Param::HideGenre)),
                       // 3. The sash was picked upstream from sash_priority; sash_mode may still hide it.
                       effectiveSash(inputs, config),
                       // 4. Snapshot of the bare art for frosting and colour sampling, taken below only
                       // when some element samples it.
                       ArtSnapshot(), FrostTint(), ScorePalette::fromConfig(config)};
    const bool landscape = size.width() > size.height();
    const bool frost = needsFrost(config);
    const bool tinted = config.flag(Param::VignettePosterColorTop) || config.flag(Param::VignettePosterColorBottom);
    if (frost || tinted || (landscape && ctx.sash))
        ctx.art = ArtSnapshot(canvas);
    if (frost)
        ctx.frost = ctx.art.frostTint();
    if (tinted) {
        ctx.topTint = Vignette::pickTint(ctx, true);
        ctx.bottomTint = Vignette::pickTint(ctx, false);
    }

    if (landscape)
        paintLandscape(canvas, ctx);
    else
        paintPortrait(canvas, ctx);
    return canvas;
}

void PosterRenderer::paintPortrait(QImage &canvas, const RenderContext &ctx) const
{
    // 5–6. Top and bottom vignettes.
    Vignette().paint(canvas, ctx);
    // 7. Quality and age badges.
    QualityBadges().paint(canvas, ctx);
    AgeRatingBadge().paint(canvas, ctx);
    // 8. Logo or fallback title.
    LogoLayer().paint(canvas, ctx);
    // 9. The rating element of rating_display_mode.
    paintRating(canvas, ctx);
    // 10. Sash or notch last, on top of everything.
    if (ctx.choice(Param::SashMode) == QLatin1String("notch"))
        NotchBadge().paint(canvas, ctx);
    else
        DiagonalSash().paint(canvas, ctx);
}

void PosterRenderer::paintRating(QImage &canvas, const RenderContext &ctx) const
{
    switch (ctx.config.integer(Param::RatingDisplayMode)) {
    case 1:
        ScoreBar().paint(canvas, ctx);
        break;
    case 2:
        CleanScore().paint(canvas, ctx);
        break;
    case 3:
        MinimalistLine().paint(canvas, ctx);
        break;
    case 4:
        FrostedBar().paint(canvas, ctx);
        break;
    default:
        break;  // 0: hidden
    }
}

void PosterRenderer::paintLandscape(QImage &canvas, const RenderContext &ctx) const
{
    // Landscape (reference §2.15): bottom band, logo on the baseline at the left, the info line at
    // the right and the sash as a glass pill. Rating elements and quality badges are not drawn.
    Vignette().paint(canvas, ctx);
    const QRectF logo = LogoLayer().paint(canvas, ctx);
    LandscapeInfo().paint(canvas, ctx, logo);
}

} // namespace Marquee::Render
