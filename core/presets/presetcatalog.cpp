#include "core/presets/presetcatalog.h"

#include <QCoreApplication>

namespace Marquee::Presets {

namespace {

using Items = QList<QPair<QString, QString>>;

Items items(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Items list;
    for (const auto &[name, value] : pairs)
        list.append({ QString::fromLatin1(name), QString::fromLatin1(value) });
    return list;
}

// Reference §4 blocks: C is common to every current preset, N adds the notch, S sizes the diagonal sash.
const Items &commonBlock()
{
    static const Items block = items({ { "primary_client", "stremio_tv_nuvio" },
        { "top_vignette_sash_only", "true" }, { "fallback_to_imdb", "true" },
        { "imdb_rating_source", "fallback" }, { "tmdb_rating_source", "fallback" },
        { "movie_weights", "letterboxd:0.99,trakt:0.01" }, { "tv_weights", "trakt:0.80,tomatoes:0.20" },
        { "fallback_bg_style", "photoreal" }, { "logo_max_h_ratio", "0.20" },
        { "logo_bottom_anchor", "true" }, { "badge_display_mode", "0" } });
    return block;
}

const Items &notchBlock()
{
    static const Items block
        = items({ { "sash_mode", "notch" }, { "sash_badge_size_w", "1.80" }, { "sash_badge_size_h", "1.20" },
            { "sash_badge_inset", "0.000" }, { "sash_badge_font_ratio", "0.46" } });
    return block;
}

const Items &sashBlock()
{
    static const Items block = items({ { "sash_length_ratio", "1.20" }, { "sash_height_ratio", "0.135" } });
    return block;
}

// The v1.1-era presets wrote every weight source and an explicit (authoritative) slot list, so slots
// added later (trending_broad, premiere…) stay off for them.
const Items &retiredBlock()
{
    static const Items block = items({ { "primary_client", "stremio_tv_nuvio" },
        { "fallback_to_imdb", "true" }, { "bottom_gradient", "true" },
        { "movie_weights",
            "imdb:0.00,tmdb:0.00,trakt:0.00,letterboxd:0.80,tomatoes:0.20,popcorn:0.00,metacritic:0.00,"
            "metacriticuser:0.00,rogerebert:0.00" },
        { "tv_weights",
            "imdb:0.00,tmdb:0.00,trakt:0.80,tomatoes:0.20,popcorn:0.00,metacritic:0.00,metacriticuser:0.00" },
        { "sash_priority",
            "wins,gg_wins,festival,pic_noms,gg_noms,studio,director,cast,trending,cult,foreign,"
            "new_release,metacritic,true_story,structural,release_status" } });
    return block;
}

Preset preset(const char *id, const QString &name, const QString &description, const Items &params,
    bool retired = false)
{
    QUrlQuery query;
    query.setQueryItems(params);
    return Preset { QString::fromLatin1(id), name, description, query, retired };
}

QList<Preset> currentPresets()
{
    const Items tintedMini = items({ { "top_gradient", "medium" }, { "bottom_gradient", "medium" },
        { "vignette_poster_color_bottom", "true" }, { "vignette_color_local", "false" },
        { "rating_display_mode", "3" }, { "minimalist_mode_font_size_ratio", "0.060" },
        { "minimalist_mode_font_x_offset", "0.065" }, { "rating_text_color", "FFFFFF" },
        { "logo_bottom_ratio", "0.17" } });
    const Items bar = items({ { "top_gradient", "medium" }, { "bottom_gradient", "medium" },
        { "rating_display_mode", "4" }, { "frost_reference", "true" }, { "bar_bottom_inset", "0.000" },
        { "logo_bottom_ratio", "0.17" } });
    const Items ratingBar = items(
        { { "top_gradient", "medium" }, { "frost_reference", "true" }, { "logo_bottom_ratio", "0.23" } });
    const Items clean = items({ { "top_gradient", "medium" }, { "rating_display_mode", "2" },
        { "frost_reference", "true" }, { "numeric_score_font_size_ratio", "0.090" },
        { "numeric_score_y_offset", "0.91" }, { "logo_bottom_ratio", "0.21" } });
    const Items &c = commonBlock();
    const Items &n = notchBlock();
    const Items &s = sashBlock();
    return {
        preset("tinted_mini_notch",
            QCoreApplication::translate("Marquee::Presets", "Tinted Minimalist Notch"),
            QCoreApplication::translate("Marquee::Presets",
                "Tinted vignette with minimal rating mode displaying the rating color (gold, silver, bronze) "
                "genre and year. A matching notch at the top displays interesting information."),
            c + tintedMini + n + items({ { "notch_vignette_color", "true" } })),
        preset("tinted_mini_sash", QCoreApplication::translate("Marquee::Presets", "Tinted Minimalist Sash"),
            QCoreApplication::translate("Marquee::Presets",
                "Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a "
                "diagonal corner sash for awards and other highlights."),
            c + tintedMini + s),
        preset("bar_notch", QCoreApplication::translate("Marquee::Presets", "Bar with matching notch"),
            QCoreApplication::translate(
                "Marquee::Presets", "Notch and bar sampled from the posters colour, clean and easy to read."),
            c + bar + n),
        preset("bar_sash", QCoreApplication::translate("Marquee::Presets", "Bar with matching sash"),
            QCoreApplication::translate("Marquee::Presets",
                "Bottom bar and diagonal corner sash both tinted from the poster's own colours."),
            c + bar + items({ { "sash_poster_color", "true" } }) + s),
        preset("ratingbar_notch", QCoreApplication::translate("Marquee::Presets", "Rating Bar with Notch"),
            QCoreApplication::translate("Marquee::Presets",
                "The bar at the bottom is colored based on the rating for 'at a glance' ratings, along with "
                "a notch sampled from the posters colour at the top."),
            c + ratingBar + n),
        preset("ratingbar_sash", QCoreApplication::translate("Marquee::Presets", "Rating Bar with Sash"),
            QCoreApplication::translate("Marquee::Presets",
                "A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights."),
            c + ratingBar + s),
        preset("clean_notch", QCoreApplication::translate("Marquee::Presets", "Clean Notch"),
            QCoreApplication::translate("Marquee::Presets",
                "One clean line with genre and score under the logo, and a notch at the top tinted from the "
                "poster."),
            c + clean + n),
        preset("clean_sash", QCoreApplication::translate("Marquee::Presets", "Clean Sash"),
            QCoreApplication::translate("Marquee::Presets",
                "One clean line with genre and score under the logo, and a diagonal corner sash for "
                "highlights."),
            c + clean + s),
        preset("mini_sash_oa", QCoreApplication::translate("Marquee::Presets", "Original Art - Mini & Sash"),
            QCoreApplication::translate("Marquee::Presets",
                "The official poster with its own title treatment, a minimal rating line and a diagonal "
                "corner sash."),
            c
                + items({ { "top_gradient", "low" }, { "bottom_gradient", "medium" },
                    { "rating_display_mode", "3" }, { "minimalist_mode_font_size_ratio", "0.060" },
                    { "minimalist_mode_font_x_offset", "0.065" }, { "use_original_art", "true" },
                    { "logo_bottom_ratio", "0.23" } })
                + s),
        preset("bar_notch_oa", QCoreApplication::translate("Marquee::Presets", "Original Art - Bar & Notch"),
            QCoreApplication::translate("Marquee::Presets",
                "The official poster with its own title treatment, a bar and a matching notch sampled from "
                "its colours."),
            c
                + items({ { "top_gradient", "medium" }, { "bottom_gradient", "low" },
                    { "rating_display_mode", "4" }, { "frost_reference", "true" },
                    { "bar_bottom_inset", "0.000" }, { "use_original_art", "true" },
                    { "logo_bottom_ratio", "0.23" } })
                + n),
    };
}

QList<Preset> retiredPresets()
{
    const Items &r = retiredBlock();
    const QString retiredNote = QCoreApplication::translate(
        "Marquee::Presets", "Retired style, kept so existing URLs keep working.");
    return {
        preset("prestige_rating_bar", QCoreApplication::translate("Marquee::Presets", "Prestige Rating Bar"),
            retiredNote,
            r
                + items({ { "rating_display_mode", "1" }, { "score_color_mode", "2" },
                    { "top_gradient", "medium" }, { "sash_mode", "sash" }, { "badge_display_mode", "5" },
                    { "badge_height", "28" }, { "badge_anchor_x", "0.060" }, { "badge_anchor_y", "0.045" },
                    { "combined_badge_min_score", "5" } }),
            true),
        preset("light_rating_bar", QCoreApplication::translate("Marquee::Presets", "Light Rating Bar"),
            retiredNote,
            r
                + items({ { "rating_display_mode", "1" }, { "score_color_mode", "0" },
                    { "sash_mode", "notch" }, { "sash_badge_style", "frosted" },
                    { "sash_badge_size_w", "1.40" }, { "sash_badge_size_h", "1.20" },
                    { "badge_display_mode", "4" }, { "badge_min_score", "5" } }),
            true),
        preset("mini", QCoreApplication::translate("Marquee::Presets", "Minimalist"), retiredNote,
            r
                + items({ { "rating_display_mode", "3" }, { "minimalist_mode_font_x_offset", "0.065" },
                    { "sash_mode", "sash" }, { "sash_length_ratio", "1.15" },
                    { "sash_height_ratio", "0.120" }, { "badge_display_mode", "5" },
                    { "badge_height", "28" } }),
            true),
        preset("frosted_notch", QCoreApplication::translate("Marquee::Presets", "Frosted Notch"), retiredNote,
            r
                + items(
                    { { "rating_display_mode", "4" }, { "bar_style", "frosted" }, { "sash_badge", "true" },
                        { "sash_badge_style", "frosted" }, { "badge_display_mode", "0" } }),
            true),
        preset("black_rating_bar_light_notch",
            QCoreApplication::translate("Marquee::Presets", "Black Rating Bar, Light Notch"), retiredNote,
            r
                + items({ { "rating_display_mode", "4" }, { "bar_style", "rating_black" },
                    { "bar_accent", "palette_0" }, { "sash_mode", "notch" },
                    { "sash_badge_style", "frosted" }, { "badge_display_mode", "0" } }),
            true),
        preset("black_rating_bar_oa",
            QCoreApplication::translate("Marquee::Presets", "Black Rating Bar (Original Art)"), retiredNote,
            r
                + items({ { "use_original_art", "true" }, { "rating_display_mode", "4" },
                    { "bar_style", "rating_black" }, { "bar_accent", "palette_2" }, { "sash_mode", "sash" },
                    { "badge_display_mode", "0" } }),
            true),
        preset("frosted_rating_bar_oa",
            QCoreApplication::translate("Marquee::Presets", "Frosted Rating Bar (Original Art)"), retiredNote,
            r
                + items({ { "use_original_art", "true" }, { "rating_display_mode", "4" },
                    { "bar_style", "rating_frosted" }, { "bar_append", "sash" }, { "sash_mode", "hidden" },
                    { "badge_display_mode", "0" } }),
            true),
        preset("mini_oa", QCoreApplication::translate("Marquee::Presets", "Minimalist (Original Art)"),
            retiredNote,
            r
                + items({ { "use_original_art", "true" }, { "rating_display_mode", "3" },
                    { "sash_mode", "sash" }, { "badge_display_mode", "0" } }),
            true),
    };
}

} // namespace

const QList<Preset> &PresetCatalog::builtIn()
{
    static const QList<Preset> presets = currentPresets() + retiredPresets();
    return presets;
}

QList<Preset> PresetCatalog::current()
{
    QList<Preset> list;
    for (const Preset &p : builtIn()) {
        if (!p.retired)
            list.append(p);
    }
    return list;
}

const Preset *PresetCatalog::find(QStringView id)
{
    for (const Preset &p : builtIn()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace Marquee::Presets
