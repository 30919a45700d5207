#include "core/config/paramregistry.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

namespace Marquee::Config {

namespace {

QStringList latin1List(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

// Small builders so the table below reads like the reference's parameter table.
class SpecTable
{
public:
    ParamGroup group = ParamGroup::Core;

    ParamSpec &add(Param id, const char *name, ParamType type, const QVariant &def)
    {
        ParamSpec spec { id, QString::fromLatin1(name), type, def };
        spec.group = group;
        m_specs.append(spec);
        return m_specs.last();
    }
    ParamSpec &integer(Param id, const char *name, int def, int min, int max)
    {
        ParamSpec &spec = add(id, name, ParamType::Int, def);
        spec.min = min;
        spec.max = max;
        return spec;
    }
    ParamSpec &real(Param id, const char *name, double def, double min, double max)
    {
        ParamSpec &spec = add(id, name, ParamType::Real, def);
        spec.min = min;
        spec.max = max;
        return spec;
    }
    ParamSpec &flag(Param id, const char *name, bool def) { return add(id, name, ParamType::Bool, def); }
    ParamSpec &choice(
        Param id, const char *name, const char *def, std::initializer_list<const char *> choices)
    {
        ParamSpec &spec = add(id, name, ParamType::Choice, QString::fromLatin1(def));
        spec.choices = latin1List(choices);
        Q_ASSERT(spec.choices.contains(spec.defaultValue.toString()));
        return spec;
    }
    ParamSpec &color(Param id, const char *name) { return add(id, name, ParamType::Color, QString()); }
    ParamSpec &text(Param id, const char *name, const char *def)
    {
        ParamSpec &spec = add(id, name, ParamType::Text, QString::fromLatin1(def));
        spec.lowerCase = true;
        return spec;
    }
    ParamSpec &weights(Param id, const char *name)
    {
        ParamSpec &spec = add(id, name, ParamType::Weights, QString());
        spec.choices = ParamRegistry::weightSources(id);
        return spec;
    }

    QList<ParamSpec> take() { return std::move(m_specs); }

private:
    QList<ParamSpec> m_specs;
};

QMap<QString, QString> legacyGradientValues()
{
    const QString high = QStringLiteral("high");
    const QString off = QStringLiteral("off");
    return { { QStringLiteral("true"), high }, { QStringLiteral("1"), high }, { QStringLiteral("yes"), high },
        { QStringLiteral("false"), off }, { QStringLiteral("0"), off }, { QStringLiteral("no"), off } };
}

void addCoreParams(SpecTable &t)
{
    using P = Param;
    t.group = ParamGroup::Core;
    ParamSpec &shape = t.choice(P::Shape, "shape", "portrait", { "portrait", "landscape" });
    shape.valueAliases = { { QStringLiteral("poster"), QStringLiteral("portrait") },
        { QStringLiteral("square"), QStringLiteral("portrait") } };
    t.choice(P::LandscapeArt, "landscape_art", "textless", { "textless", "original" });
    t.choice(P::BadgePos, "badge_pos", "top_left", { "top_left", "top_right", "logo" }).aliases
        = QStringList { QStringLiteral("landscape_badge_pos") };
    t.choice(P::FallbackBgStyle, "fallback_bg_style", "minimal", { "minimal", "photoreal" });
    for (Param p : { P::TopGradient, P::BottomGradient }) {
        ParamSpec &g = t.choice(p, p == P::TopGradient ? "top_gradient" : "bottom_gradient", "high",
            { "off", "low", "medium", "high", "custom" });
        g.valueAliases = legacyGradientValues();
    }
    t.real(P::TopGradientOpacity, "top_gradient_opacity", 0.86, 0, 1);
    t.real(P::TopGradientHeight, "top_gradient_height", 0.40, 0, 1);
    t.real(P::BottomGradientOpacity, "bottom_gradient_opacity", 0.88, 0, 1);
    t.real(P::BottomGradientHeight, "bottom_gradient_height", 0.50, 0, 1);
    t.flag(P::TopVignetteSashOnly, "top_vignette_sash_only", false);
    t.flag(P::VignettePosterColorTop, "vignette_poster_color_top", false);
    t.flag(P::VignettePosterColorBottom, "vignette_poster_color_bottom", false);
    t.real(P::VignetteColorSaturation, "vignette_color_saturation", 2.5, 0, 3);
    t.real(P::VignetteColorLightness, "vignette_color_lightness", 1.3, 0.4, 2.5);
    t.real(P::VignetteColorBlur, "vignette_color_blur", 1.0, 0, 1);
    t.flag(P::VignetteColorRamp, "vignette_color_ramp", true);
    t.flag(P::VignetteColorLocal, "vignette_color_local", true);
}

void addRatingParams(SpecTable &t)
{
    using P = Param;
    t.group = ParamGroup::Rating;
    t.integer(P::RatingDisplayMode, "rating_display_mode", 1, 0, 4);
    t.integer(P::ScoreColorMode, "score_color_mode", 2, 0, 3);
    t.add(P::ScoreCustomPalette, "score_custom_palette", ParamType::Palette, QString());
    t.color(P::RatingTextColor, "rating_text_color");
    t.flag(P::HideGenre, "hide_genre", false);
    t.real(P::AccentBarFontSizeRatio, "accent_bar_font_size_ratio", 0.08, 0, 0.5);
    t.real(P::AccentBarYOffset, "accent_bar_y_offset", 0.90, 0, 1);
    t.integer(P::AccentBarAppendMode, "accent_bar_append_mode", 0, 0, 2);
    t.real(P::AccentBarBottomRatio, "accent_bar_bottom_ratio", 0.04, 0, 0.5);
    t.integer(P::ScoreGlowThreshold, "score_glow_threshold", 85, 0, 100);
    t.integer(P::ScoreGlowBlur, "score_glow_blur", 1, 0, 50);
    t.integer(P::ScoreGlowAlpha, "score_glow_alpha", 40, 0, 255);
    ParamSpec &glow = t.add(P::ScoreGlowColor, "score_glow_color", ParamType::ColorOrWord, QString());
    glow.choices = QStringList { QString(), QStringLiteral("match") };
    glow.valueAliases = { { QStringLiteral("white"), QString() } };
    t.real(P::NumericScoreFontSizeRatio, "numeric_score_font_size_ratio", 0.10, 0, 0.5);
    t.real(P::NumericScoreYOffset, "numeric_score_y_offset", 0.90, 0, 1);
    t.flag(P::ScoreOutOf10, "score_out_of_10", false);
    t.real(P::MinimalistModeFontSizeRatio, "minimalist_mode_font_size_ratio", 0.055, 0, 0.5);
    t.real(P::MinimalistModeFontXOffset, "minimalist_mode_font_x_offset", 0.05, 0, 1);
    t.real(P::MinimalistModeFontYOffset, "minimalist_mode_font_y_offset", 0.92, 0, 1);
    t.integer(P::MinimalistAppendMode, "minimalist_append_mode", 0, 0, 3);
    t.flag(P::MinimalistScoreOutOf10, "minimalist_score_out_of_10", false);
    t.flag(P::MinimalistCenter, "minimalist_center", false);
    t.choice(P::MinimalistSeparator, "minimalist_separator", "pip", { "pip", "bullet" });
    t.choice(
        P::MinimalistRatingSeparator, "minimalist_rating_separator", "star", { "pip", "bullet", "star" });
    t.choice(P::BarStyle, "bar_style", "frosted",
        { "frosted", "pure_black", "silver", "gold", "rating_black", "rating_frosted" });
    t.choice(P::BarAccent, "bar_accent", "silver",
        { "silver", "gold", "sample", "palette_0", "palette_1", "palette_2", "palette_custom" });
    t.choice(P::BarAppend, "bar_append", "rating_year", { "rating_year", "rating", "year", "sash" });
    t.flag(P::BarScoreOutOf10, "bar_score_out_of_10", false);
    t.real(P::BarHeightRatio, "bar_height_ratio", 0.08, 0.04, 0.20);
    t.real(P::BarFontSizeRatio, "bar_font_size_ratio", 0.55, 0.15, 0.70);
    t.real(P::BarFrostOpacity, "bar_frost_opacity", 0.85, 0, 1);
    t.real(P::BarFrostSaturation, "bar_frost_saturation", 1.2, 0, 2);
    // Client-dependent (reference §2.16): never published as a default, always written in URLs.
    t.real(P::BarBottomInset, "bar_bottom_inset", 0, 0, 0.10).published = false;
    t.flag(P::FrostReference, "frost_reference", false);
}

void addLogoParams(SpecTable &t)
{
    using P = Param;
    t.group = ParamGroup::Logo;
    t.flag(P::Textless, "textless", false);
    t.flag(P::UseOriginalArt, "use_original_art", false);
    t.choice(P::OriginalArtSource, "original_art_source", "primary", { "primary", "top_rated" });
    // The language controls sit on the configurator's Core tab (reference §7.2).
    t.group = ParamGroup::Core;
    t.text(P::LogoLanguage, "logo_language", "en");
    t.text(P::LogoLanguageSecondary, "logo_language_secondary", "");
    t.choice(P::LogoPriority, "logo_priority", "native_original",
        { "native_original", "original_native", "native_if_original_english", "native_text",
            "native_custom_text", "native_custom_original_text" });
    t.group = ParamGroup::Logo;
    t.real(P::LogoMaxWRatio, "logo_max_w_ratio", 0.75, 0, 1.5);
    t.real(P::LogoMaxHRatio, "logo_max_h_ratio", 0.25, 0, 1);
    t.real(P::LogoBottomRatio, "logo_bottom_ratio", 0.28, 0, 1);
    t.flag(P::LogoBottomAnchor, "logo_bottom_anchor", false);
}

void addSashParams(SpecTable &t)
{
    using P = Param;
    t.group = ParamGroup::Sash;
    t.choice(P::SashMode, "sash_mode", "sash", { "hidden", "sash", "notch" });
    ParamSpec &priority = t.add(P::SashPriority, "sash_priority", ParamType::SashPriority,
        ParamRegistry::defaultSashPriority().join(QLatin1Char(',')));
    priority.choices = ParamRegistry::knownSashSlots();
    t.flag(P::Muted, "muted", false);
    t.flag(P::SashPosterColor, "sash_poster_color", false);
    t.real(P::SashLengthRatio, "sash_length_ratio", 1.15, 0.80, 1.50);
    t.real(P::SashHeightRatio, "sash_height_ratio", 0.12, 0.06, 0.20);
    t.flag(P::SashWinnerStar, "sash_winner_star", false);
    t.color(P::SashTextColor, "sash_text_color");
    t.choice(P::SashBadgeStyle, "sash_badge_style", "frosted", { "frosted", "black", "silver", "gold" });
    t.real(P::SashBadgeSizeW, "sash_badge_size_w", 1.05, 0.5, 2);
    t.real(P::SashBadgeSizeH, "sash_badge_size_h", 1.05, 0.5, 2);
    t.real(P::SashBadgePad, "sash_badge_pad", 1.0, 0.5, 1.5);
    t.real(P::SashBadgeInset, "sash_badge_inset", 0, -0.02, 0.02).published = false;
    t.real(P::SashBadgeFontRatio, "sash_badge_font_ratio", 0.43, 0.1, 1);
    t.real(P::SashBadgeFrostOpacity, "sash_badge_frost_opacity", 0.75, 0, 1);
    t.real(P::SashBadgeFrostSaturation, "sash_badge_frost_saturation", 1.2, 0, 2);
    t.flag(P::NotchVignetteColor, "notch_vignette_color", false);
    t.flag(P::CinemaGreyscale, "cinema_greyscale", true);
    t.flag(P::CinemaGreyscaleSkipIfAvailable, "cinema_greyscale_skip_if_available", false);
    t.flag(P::ReleaseStatusCinemaOnly, "release_status_cinema_only", false);
    t.flag(P::ReleaseStatusDates, "release_status_dates", true);
}

void addQualityAndWeightParams(SpecTable &t)
{
    using P = Param;
    t.group = ParamGroup::Quality;
    t.integer(P::BadgeDisplayMode, "badge_display_mode", 4, 0, 6);
    t.integer(P::BadgeHeight, "badge_height", 20, 1, 200);
    t.integer(P::BadgeGap, "badge_gap", 8, 0, 100);
    t.real(P::BadgeAnchorX, "badge_anchor_x", 0.05, 0, 1);
    t.real(P::BadgeAnchorY, "badge_anchor_y", 0.05, 0, 1);
    t.integer(P::BadgeMinScore, "badge_min_score", 2, 2, 6).aliases
        = QStringList { QStringLiteral("combined_badge_min_score") };
    t.flag(P::CombinedBadgeStacked, "combined_badge_stacked", false);
    t.flag(P::WaitForQuality, "wait_for_quality", false);
    t.flag(P::GreyscaleNoQuality, "greyscale_no_quality", false);

    t.group = ParamGroup::Weights;
    t.weights(P::MovieWeights, "movie_weights");
    t.weights(P::TvWeights, "tv_weights");
    t.weights(P::AnimeMovieWeights, "anime_movie_weights");
    t.weights(P::AnimeTvWeights, "anime_tv_weights");
    t.flag(P::FallbackToImdb, "fallback_to_imdb", false);
    t.choice(P::ImdbRatingSource, "imdb_rating_source", "mdblist", { "mdblist", "dataset", "fallback" });
    t.choice(P::TmdbRatingSource, "tmdb_rating_source", "mdblist", { "mdblist", "direct", "fallback" });
}

QList<ParamSpec> buildSpecs()
{
    SpecTable table;
    addCoreParams(table);
    addRatingParams(table);
    addLogoParams(table);
    addSashParams(table);
    addQualityAndWeightParams(table);
    QList<ParamSpec> specs = table.take();
    // spec(id) indexes by enum value, so the table must follow the enum exactly.
    std::sort(specs.begin(), specs.end(), [](const ParamSpec &a, const ParamSpec &b) { return a.id < b.id; });
    Q_ASSERT(specs.size() == ParamCount);
    for (int i = 0; i < specs.size(); ++i)
        Q_ASSERT(static_cast<int>(specs.at(i).id) == i);
    return specs;
}

} // namespace

const QList<ParamSpec> &ParamRegistry::all()
{
    static const QList<ParamSpec> specs = buildSpecs();
    return specs;
}

const ParamSpec &ParamRegistry::spec(Param id)
{
    return all().at(static_cast<qsizetype>(id));
}

const ParamSpec *ParamRegistry::find(QStringView name)
{
    static const QHash<QString, const ParamSpec *> byName = [] {
        QHash<QString, const ParamSpec *> map;
        for (const ParamSpec &spec : all()) {
            map.insert(spec.name, &spec);
            for (const QString &alias : spec.aliases)
                map.insert(alias, &spec);
        }
        return map;
    }();
    return byName.value(name.toString(), nullptr);
}

QString ParamRegistry::groupName(ParamGroup group)
{
    switch (group) {
    case ParamGroup::Core:
        return QCoreApplication::translate("Marquee::Config", "Core");
    case ParamGroup::Rating:
        return QCoreApplication::translate("Marquee::Config", "Rating");
    case ParamGroup::Logo:
        return QCoreApplication::translate("Marquee::Config", "Logo");
    case ParamGroup::Sash:
        return QCoreApplication::translate("Marquee::Config", "Sash");
    case ParamGroup::Quality:
        return QCoreApplication::translate("Marquee::Config", "Quality");
    case ParamGroup::Weights:
        return QCoreApplication::translate("Marquee::Config", "Weights");
    }
    return {};
}

const QStringList &ParamRegistry::defaultSashPriority()
{
    static const QStringList slotNames = latin1List(
        { "wins", "gg_wins", "festival", "pic_noms", "metacritic", "gg_noms", "trending", "trending_broad",
            "premiere", "new_release", "just_added", "new_season", "season_finale", "studio", "director",
            "cast", "cult", "foreign", "true_story", "short_film", "mini_series", "binge_ready", "returning",
            "airing", "cancelled", "ended", "physical", "streaming", "cinema", "production" });
    return slotNames;
}

const QStringList &ParamRegistry::knownSashSlots()
{
    static const QStringList slotNames = defaultSashPriority()
        + latin1List({ "release_status", "structural", "emmy_noms", "noms", "digital_release" });
    return slotNames;
}

const QStringList &ParamRegistry::weightSources(Param weightsParam)
{
    static const QStringList movie = latin1List({ "imdb", "letterboxd", "trakt", "tomatoes", "popcorn",
        "metacritic", "metacriticuser", "tmdb", "rogerebert", "myanimelist", "anilist", "kitsu" });
    static const QStringList tv = latin1List({ "trakt", "tomatoes", "popcorn", "imdb", "metacritic",
        "metacriticuser", "tmdb", "myanimelist", "anilist", "kitsu" });
    static const QStringList animeTv = latin1List({ "myanimelist", "anilist", "kitsu", "trakt", "tomatoes",
        "popcorn", "imdb", "metacriticuser", "tmdb", "letterboxd" });
    static const QStringList none;
    switch (weightsParam) {
    case Param::MovieWeights:
    case Param::AnimeMovieWeights:
        return movie;
    case Param::TvWeights:
        return tv;
    case Param::AnimeTvWeights:
        return animeTv;
    default:
        return none;
    }
}

const QStringList &ParamRegistry::legacyNames()
{
    static const QStringList names
        = latin1List({ "logo_native_fallback", "vignette_poster_color", "show_award_sash", "sash_badge",
            "show_quality_badges", "sash_badge_notch_offset", "bar_match_notch" });
    return names;
}

const QStringList &ParamRegistry::neverOmittedParams()
{
    static const QStringList names = [] {
        QStringList list = latin1List({ "tmdb_id", "imdb_id", "type", "stremio_id", "anilist_id", "kitsu_id",
            "access_key", "tmdb_key", "mdblist_key", "primary_client", "quality" });
        for (const ParamSpec &spec : all()) {
            if (!spec.published)
                list.append(spec.name);
        }
        list.sort();
        return list;
    }();
    return names;
}

} // namespace Marquee::Config
