#include "tests/core/render/goldencases.h"

#include <QDir>
#include <QUrlQuery>

#include "core/config/renderconfig.h"
#include "tests/core/render/syntheticart.h"

namespace Marquee::Test {

using Render::FontBook;
using Render::RenderInputs;
using Render::SashInfo;
using Render::SashType;

namespace {

using Tweak = std::function<void(RenderInputs &, const FontBook &)>;

RenderInputs baseInputs()
{
    RenderInputs in;
    in.art = SyntheticArt::discs(1);
    in.title = QStringLiteral("The Long Night Harbor");
    in.genre = QStringLiteral("Drama");
    in.year = 2019;
    in.score = 78;
    in.sash = SashInfo {QStringLiteral("Oscar Winner"), SashType::Win};
    in.qualityTokens = {QStringLiteral("4K"), QStringLiteral("REMUX"), QStringLiteral("DV"), QStringLiteral("ATMOS")};
    in.ageRating = 16;
    return in;
}

GoldenCase make(const char *name, const char *query, const Tweak &tweak = {})
{
    return GoldenCase {QLatin1String(name), QLatin1String(query), [tweak](const FontBook &fonts) {
                           RenderInputs in = baseInputs();
                           if (tweak)
                               tweak(in, fonts);
                           return in;
                       }};
}

Tweak score(int value)
{
    return [value](RenderInputs &in, const FontBook &) { in.score = value; };
}

Tweak sash(const char *label, SashType type)
{
    return [label, type](RenderInputs &in, const FontBook &) { in.sash = SashInfo {QLatin1String(label), type}; };
}

Tweak tokens(const QStringList &list)
{
    return [list](RenderInputs &in, const FontBook &) { in.qualityTokens = list; };
}

Tweak withLogo(bool dark = false)
{
    return [dark](RenderInputs &in, const FontBook &fonts) {
        in.logo = SyntheticArt::logo(QStringLiteral("NIGHT HARBOR"), fonts.titleFont(QStringLiteral("Action"), 120), dark);
    };
}

Tweak noArt(const char *genre, const char *title)
{
    return [genre, title](RenderInputs &in, const FontBook &) {
        in.art = QImage();
        in.genre = QLatin1String(genre);
        in.title = QLatin1String(title);
    };
}

Tweak art(const QImage &image)
{
    return [image](RenderInputs &in, const FontBook &) { in.art = image; };
}

QList<GoldenCase> ratingCases()
{
    return {
        make("rating_mode0_hidden", "rating_display_mode=0"),
        make("rating_mode1_bar", "rating_display_mode=1", withLogo()),
        make("rating_mode1_na", "rating_display_mode=1", [](RenderInputs &in, const FontBook &) { in.score.reset(); }),
        make("rating_mode1_score_zero_empty_track", "rating_display_mode=1", score(0)),
        make("rating_mode4_rating_black_score_zero", "rating_display_mode=4&bar_style=rating_black&bar_accent=palette_2",
             score(0)),
        make("rating_mode1_append_sash", "rating_display_mode=1&accent_bar_append_mode=2"),
        make("rating_mode1_text_color", "rating_display_mode=1&rating_text_color=ffd27a"),
        make("rating_mode2_clean", "rating_display_mode=2"),
        make("rating_mode2_out_of_10_hide_genre", "rating_display_mode=2&score_out_of_10=true&hide_genre=true"),
        make("rating_mode2_na", "rating_display_mode=2", [](RenderInputs &in, const FontBook &) { in.score.reset(); }),
        make("rating_mode3_year_pip", "rating_display_mode=3&minimalist_append_mode=0"),
        make("rating_mode3_rating_star", "rating_display_mode=3&minimalist_append_mode=1"),
        make("rating_mode3_both_bullet", "rating_display_mode=3&minimalist_append_mode=2&minimalist_separator=bullet"),
        make("rating_mode3_split", "rating_display_mode=3&minimalist_append_mode=3"),
        make("rating_mode3_center", "rating_display_mode=3&minimalist_append_mode=2&minimalist_center=true"),
        make("rating_mode4_frosted", "rating_display_mode=4&sash_mode=notch"),
        make("rating_mode4_frosted_bright", "rating_display_mode=4&bar_append=rating", art(SyntheticArt::bright())),
        make("rating_mode4_pure_black_year", "rating_display_mode=4&bar_style=pure_black&bar_append=year"),
        make("rating_mode4_silver", "rating_display_mode=4&bar_style=silver"),
        make("rating_mode4_gold_sash", "rating_display_mode=4&bar_style=gold&bar_append=sash"),
        make("rating_mode4_rating_black_gold", "rating_display_mode=4&bar_style=rating_black&bar_accent=gold"),
        make("rating_mode4_rating_frosted_palette", "rating_display_mode=4&bar_style=rating_frosted&bar_accent=palette_0",
             art(SyntheticArt::sunset())),
        make("rating_mode4_na", "rating_display_mode=4", [](RenderInputs &in, const FontBook &) { in.score.reset(); }),
    };
}

QList<GoldenCase> paletteCases()
{
    return {
        make("palette0_classic", "score_color_mode=0", score(88)),
        make("palette1_six_band", "score_color_mode=1", score(45)),
        make("palette2_metal", "score_color_mode=2", score(62)),
        make("palette3_custom", "score_color_mode=3&score_custom_palette=0:ff3355,60:33ddaa,90:3399ff", score(72)),
        make("glow_on_white", "score_glow_threshold=80&score_glow_alpha=160&score_glow_blur=6", score(93)),
        make("glow_on_match", "score_glow_threshold=80&score_glow_alpha=200&score_glow_blur=8&score_glow_color=match",
             score(93)),
        make("glow_off", "score_glow_threshold=80&score_glow_alpha=0", score(93)),
    };
}

QList<GoldenCase> vignetteCases()
{
    return {
        make("vignette_off", "top_gradient=off&bottom_gradient=off&sash_mode=hidden"),
        make("vignette_low", "top_gradient=low&bottom_gradient=low&sash_mode=hidden"),
        make("vignette_medium", "top_gradient=medium&bottom_gradient=medium&sash_mode=hidden"),
        make("vignette_high", "top_gradient=high&bottom_gradient=high&sash_mode=hidden"),
        make("vignette_custom", "top_gradient=custom&top_gradient_height=0.6&top_gradient_opacity=1"
                                "&bottom_gradient=custom&bottom_gradient_height=0.15&bottom_gradient_opacity=0.5&sash_mode=hidden"),
        make("vignette_top_sash_only", "top_vignette_sash_only=true&sash_mode=hidden"),
    };
}

// Poster-coloured bands (reference §2.4): hue pick, two-tone ramp, local columns, saturation,
// lightness and blur, and the cases that must stay black.
QList<GoldenCase> tintedVignetteCases()
{
    return {
        make("tint_bottom_sunset", "vignette_poster_color_bottom=true&sash_mode=hidden", art(SyntheticArt::sunset())),
        make("tint_both_legacy_flag", "vignette_poster_color=true&sash_mode=hidden"),
        make("tint_sharp_local_columns", "vignette_poster_color_bottom=true&vignette_color_blur=0&sash_mode=hidden",
             art(SyntheticArt::sunset())),
        make("tint_no_ramp_pale_light", "vignette_poster_color_bottom=true&vignette_color_ramp=false"
                                        "&vignette_color_saturation=0.8&vignette_color_lightness=2.2&sash_mode=hidden",
             art(SyntheticArt::sunset())),
        make("tint_top_off_under_sash", "vignette_poster_color=true&top_gradient=high", art(SyntheticArt::sunset())),
        make("tint_baked_title_stays_black", "vignette_poster_color=true&sash_mode=hidden",
             [](RenderInputs &in, const FontBook &) {
                 in.art = SyntheticArt::sunset();
                 in.artHasBakedTitle = true;
             }),
        make("tint_notch_matches_vignette", "top_gradient=medium&bottom_gradient=medium&vignette_poster_color_bottom=true"
                                            "&vignette_color_local=false&rating_display_mode=3&sash_mode=notch"
                                            "&notch_vignette_color=true&sash_badge_size_w=1.8&sash_badge_size_h=1.2",
             art(SyntheticArt::sunset())),
    };
}

QList<GoldenCase> sashCases()
{
    return {
        make("sash_win", "sash_mode=sash"),
        make("sash_win_star_muted", "sash_mode=sash&sash_winner_star=true&muted=true"),
        make("sash_nom", "sash_mode=sash", sash("Oscar Nominee", SashType::Nom)),
        make("sash_prestige", "sash_mode=sash", sash("A24 Films", SashType::Prestige)),
        make("sash_cast", "sash_mode=sash", sash("D. Day-Lewis", SashType::Cast)),
        make("sash_info", "sash_mode=sash", sash("True Story", SashType::Info)),
        make("sash_alert_long", "sash_mode=sash&sash_length_ratio=0.9&sash_height_ratio=0.09",
             sash("Oct 16 Cinema", SashType::Alert)),
        make("sash_trending_text_color", "sash_mode=sash&sash_text_color=ffe08a&sash_height_ratio=0.16",
             sash("#3 Today", SashType::Trending)),
        make("sash_poster_color", "sash_mode=sash&sash_poster_color=true", art(SyntheticArt::sunset())),
        make("notch_frosted", "sash_mode=notch&sash_badge_style=frosted"),
        make("notch_black", "sash_mode=notch&sash_badge_style=black", sash("#3 Today", SashType::Trending)),
        make("notch_silver", "sash_mode=notch&sash_badge_style=silver", sash("Oscar Nominee", SashType::Nom)),
        make("notch_gold_star", "sash_mode=notch&sash_badge_style=gold&sash_winner_star=true"),
        make("notch_sized", "sash_mode=notch&sash_badge_size_w=1.6&sash_badge_size_h=0.8&sash_badge_pad=1.4"
                            "&sash_badge_font_ratio=0.5&sash_badge_inset=0.01",
             sash("New Season", SashType::Alert)),
    };
}

QList<GoldenCase> logoCases()
{
    return {
        make("logo_centred", "", withLogo()),
        make("logo_bottom_anchor", "logo_bottom_anchor=true&logo_bottom_ratio=0.16&logo_max_h_ratio=0.2", withLogo()),
        make("logo_dark_whitened", "", [](RenderInputs &in, const FontBook &fonts) {
            withLogo(true)(in, fonts);
            in.art = SyntheticArt::discs(7);
        }),
        make("logo_skipped_baked_title", "", [](RenderInputs &in, const FontBook &fonts) {
            withLogo()(in, fonts);
            in.artHasBakedTitle = true;
        }),
        make("title_drama", "", [](RenderInputs &in, const FontBook &) { in.title = QStringLiteral("Quiet Rooms"); }),
        make("title_horror_wrap", "", [](RenderInputs &in, const FontBook &) {
            in.genre = QStringLiteral("Horror");
            in.title = QStringLiteral("The House at the End of Hollow Lane");
        }),
        make("title_comedy", "", [](RenderInputs &in, const FontBook &) {
            in.genre = QStringLiteral("Comedy");
            in.title = QStringLiteral("Summer Mixup");
        }),
        make("title_action", "", [](RenderInputs &in, const FontBook &) {
            in.genre = QStringLiteral("Action");
            in.title = QStringLiteral("Iron Meridian");
        }),
    };
}

QList<GoldenCase> fallbackCases()
{
    return {
        make("fallback_scifi", "", noArt("Sci-Fi", "Orbital Drift")),
        make("fallback_horror", "", noArt("Horror", "Hollow")),
        make("fallback_comedy", "", noArt("Comedy", "Best Day Ever")),
        make("fallback_documentary", "rating_display_mode=4", noArt("Documentary", "Deep Water Planet")),
        make("fallback_unknown_greyscale", "", [](RenderInputs &in, const FontBook &fonts) {
            noArt("Unknown", "Untitled Project")(in, fonts);
            in.greyscale = true;
        }),
        make("greyscale_art", "", [](RenderInputs &in, const FontBook &) { in.greyscale = true; }),
        make("greyscale_art_tinted_vignette_black", "vignette_poster_color=true&sash_mode=hidden",
             [](RenderInputs &in, const FontBook &) {
                 in.art = SyntheticArt::sunset();
                 in.greyscale = true;
             }),
        make("photoreal_horror", "fallback_bg_style=photoreal", noArt("Horror", "Hollow")),
        make("photoreal_scifi_bar", "fallback_bg_style=photoreal&rating_display_mode=4&bar_style=silver",
             noArt("Sci-Fi", "Orbital Drift")),
        make("photoreal_unknown_default", "fallback_bg_style=photoreal&sash_mode=notch",
             noArt("Unknown", "Untitled Project")),
        make("photoreal_landscape_romance", "fallback_bg_style=photoreal&shape=landscape",
             noArt("Romance", "The Blue Hours")),
    };
}

QList<GoldenCase> badgeCases()
{
    return {
        make("badges_mode4_gold", "badge_display_mode=4"),
        make("badges_mode4_silver", "badge_display_mode=4", tokens({QStringLiteral("4K"), QStringLiteral("WEBDL"), QStringLiteral("HDR10")})),
        make("badges_mode4_bronze", "badge_display_mode=4&badge_height=30", tokens({QStringLiteral("1080P"), QStringLiteral("WEBDL")})),
        make("badges_mode4_min_score_suppressed", "badge_display_mode=4&badge_min_score=6",
             tokens({QStringLiteral("1080P"), QStringLiteral("WEBDL")})),
        make("badges_mode2_row", "badge_display_mode=2&badge_height=24&badge_gap=6"),
        make("badges_mode5_combined", "badge_display_mode=5&badge_height=22"),
        make("badges_mode5_stacked_web", "badge_display_mode=5&badge_height=20&combined_badge_stacked=true",
             tokens({QStringLiteral("1080P"), QStringLiteral("WEBDL")})),
        make("badges_mode6_bookmark_gold", "badge_display_mode=6&badge_height=30"),
        make("badges_mode6_bookmark_bronze", "badge_display_mode=6",
             tokens({QStringLiteral("1080P"), QStringLiteral("WEBDL")})),
        make("badges_mode6_no_tokens", "badge_display_mode=6&badge_height=30", tokens({})),
        make("badges_mode0_hidden", "badge_display_mode=0&badge_height=30"),
        make("badges_mode1_age", "badge_display_mode=1&badge_height=34"),
        make("badges_mode3_age", "badge_display_mode=3&badge_height=34&badge_anchor_x=0.06&badge_anchor_y=0.04"),
    };
}

QList<GoldenCase> landscapeCases()
{
    auto wide = art(SyntheticArt::landscape());
    return {
        make("landscape_logo", "shape=landscape", [wide](RenderInputs &in, const FontBook &fonts) {
            wide(in, fonts);
            withLogo()(in, fonts);
        }),
        make("landscape_title_top_right", "shape=landscape&badge_pos=top_right", wide),
        make("landscape_sash_above_logo", "shape=landscape&badge_pos=logo", [wide](RenderInputs &in, const FontBook &fonts) {
            wide(in, fonts);
            withLogo()(in, fonts);
            in.sash = SashInfo {QStringLiteral("#3 Today"), SashType::Trending};
        }),
        make("landscape_no_art_no_score", "shape=landscape", [](RenderInputs &in, const FontBook &fonts) {
            noArt("Sci-Fi", "Orbital Drift")(in, fonts);
            in.score.reset();
        }),
    };
}

} // namespace

QList<GoldenCase> GoldenCases::all()
{
    QList<GoldenCase> cases;
    cases << ratingCases() << paletteCases() << vignetteCases() << tintedVignetteCases() << sashCases() << logoCases()
          << fallbackCases() << badgeCases() << landscapeCases();
    return cases;
}

QImage GoldenCases::render(const GoldenCase &goldenCase, const Render::PosterRenderer &renderer, const FontBook &fonts)
{
    const Config::RenderConfig config = Config::RenderConfig::fromQuery(QUrlQuery(goldenCase.query));
    const QImage poster = renderer.render(goldenCase.inputs(fonts), config);
    return poster.scaled(poster.width() / 2, poster.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB888);
}

QString GoldenCases::directory()
{
    return QStringLiteral(MARQUEE_SOURCE_DIR "/tests/data/golden");
}

QString GoldenCases::path(const GoldenCase &goldenCase)
{
    return QDir(directory()).filePath(goldenCase.name + QStringLiteral(".png"));
}

} // namespace Marquee::Test
